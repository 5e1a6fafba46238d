// Prints the README's "Reliability" counts from the test tables themselves, so they cannot drift:
//   npx tsx test/reliability/counts.ts
import { EVASION_CASES } from "./evasion.cases";
import { PROPERTY_RUNS } from "./properties.cases";
import { UNKNOWN_ROWS } from "./unknowns.cases";
import { SHORT, type PolicyShort } from "./verdicts";

export interface PolicyCounts {
  readonly policy: string;
  readonly evasionCases: number;
  readonly unknownsRows: number;
  readonly propertyRuns: number;
}

export function reliabilityCounts(): PolicyCounts[] {
  return Object.entries(SHORT).map(([policy, short]) => {
    const evasion = EVASION_CASES.filter((c) => c.about.includes(short as PolicyShort)).length;
    const random = short === "stack" ? PROPERTY_RUNS.stacks : PROPERTY_RUNS.resourceBags;
    return {
      policy,
      evasionCases: evasion,
      // Each row is judged for internal and personal data.
      unknownsRows: UNKNOWN_ROWS.filter((r) => r.policy === short).length * 2,
      // Random bags (or stacks) plus the unrelated-property runs over the cases about it.
      propertyRuns: random + evasion * PROPERTY_RUNS.unrelatedPerCase,
    };
  });
}

export function reliabilityTable(): string {
  const rows = reliabilityCounts();
  const total = (k: keyof Omit<PolicyCounts, "policy">) => rows.reduce((n, r) => n + r[k], 0);
  return [
    "| Policy | Evasion cases | Unknowns-matrix rows (input × classification) | Property-test runs |",
    "|---|---|---|---|",
    ...rows.map((r) => `| \`${r.policy}\` | ${r.evasionCases} | ${r.unknownsRows} | ${r.propertyRuns} |`),
    "",
    `${EVASION_CASES.length} evasion cases in all (a case often exercises several policies), ` +
      `${UNKNOWN_ROWS.length * 2} unknowns-matrix rows (${UNKNOWN_ROWS.length} inputs × internal/personal; total ${total("unknownsRows")}), ` +
      `and per run of the input fuzzers ${PROPERTY_RUNS.randomFiles} random files and ${PROPERTY_RUNS.truncations} truncations of each fixture for each of \`--state\` and \`--preview\`.`,
  ].join("\n");
}

export function unknownsTable(): string {
  return [
    "| Input unknown at preview | Property | Policy | internal | personal |",
    "|---|---|---|---|---|",
    ...UNKNOWN_ROWS.map(
      (r) =>
        `| ${r.input.replace(/\|/g, "\\|")} | \`${r.property}\` | ${r.policy} | ${r.expect.internal} | ${r.expect.personal} |`,
    ),
  ].join("\n");
}

if (require.main === module) {
  process.stdout.write(`${reliabilityTable()}\n\n${unknownsTable()}\n`);
}
