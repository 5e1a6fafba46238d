// The README's generated sections, so they cannot drift: the policy table from the policies' own
// metadata, the coverage of the provider SDKs from the registry and the installed SDKs' tokens, and
// the reliability counts from the test tables.
//   npx tsx scripts/readme-sections.ts                    → Markdown on stdout
//   npx tsx scripts/readme-sections.ts --write README.md  → regenerate the sections in place
//   npx tsx scripts/readme-sections.ts --check README.md  → exit 1 if a section is stale (npm run lint)
import { readFileSync, writeFileSync } from "node:fs";
import type { Policy } from "@pulumi/policy";
import { POLICIES } from "../policypack/policies";
import { CATALOG_VERSION } from "../sovereignty";
import { declarationOf } from "../sovereignty/registry";
import { classifyToken } from "../sovereignty/registry/modules";
import { SDKS, sdkTokens, sdkVersion } from "./sdk-tokens";
import { reliabilityTable, unknownsTable } from "../test/reliability/counts";

function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\s+/g, " ").trim();
}

export function policyTable(policies: readonly Policy[] = POLICIES): string {
  const lines = [
    "| Policy | Kind | Default level | Severity | What it checks (and its rule for unknown values) | Remediation |",
    "|---|---|---|---|---|---|",
  ];
  for (const p of policies) {
    const kind = "validateStack" in p ? "stack" : "resource";
    const remediates = "remediateResource" in p && p.remediateResource ? " (remediates)" : "";
    lines.push(
      `| \`${p.name}\` | ${kind}${remediates} | ${p.enforcementLevel ?? "advisory"} | ${p.severity ?? ""} | ${cell(p.description)} | ${cell(p.remediationSteps ?? "")} |`,
    );
  }
  lines.push(
    "",
    `Messages carry the catalog version (currently \`${CATALOG_VERSION}\`) and say "outside the declared zone \`<zone>\`"; the legal framework is metadata only.`,
  );
  return lines.join("\n");
}

/** The rows of the coverage table: what a token is once the registry has judged it. */
const COVERAGE_ROWS = [
  "data · storage",
  "data · database",
  "data · backup",
  "data · queue",
  "data · log",
  "data · key",
  "data · cache",
  "data · secret",
  "configures a holder",
  "processes data",
  "control plane",
  "location-less",
] as const;
type CoverageRow = (typeof COVERAGE_ROWS)[number];

/** The row of a token: its declaration's class when it has one, else its module rule's. */
function coverageRow(token: string): { readonly row: CoverageRow; readonly declared: boolean } | undefined {
  const declaration = declarationOf(token);
  const facts = declaration ?? classifyToken(token);
  if (!facts) return undefined;
  const declared = declaration !== undefined;
  switch (facts.class) {
    case "data":
      return { row: `data · ${facts.category}` as CoverageRow, declared };
    case "configures":
      return { row: "configures a holder", declared };
    case "processes":
      return { row: "processes data", declared };
    case "control-plane":
      return { row: "control plane", declared };
    default:
      return { row: "location-less", declared };
  }
}

/**
 * Every resource token of the installed provider SDKs by class (and data category) and SDK: how
 * many tokens, and how many of them the registry declares in depth (the rest are judged by their
 * module rule with the SDK's usual location and tag properties).
 */
export function coverageTable(): string {
  const counts = new Map<string, { tokens: number; declared: number }>();
  const unclassified = new Map<string, number>();
  const cell = (row: string, sdk: string) => counts.get(`${row}|${sdk}`) ?? { tokens: 0, declared: 0 };
  for (const sdk of SDKS) {
    for (const { token } of sdkTokens(sdk)) {
      const found = coverageRow(token);
      if (!found) {
        unclassified.set(sdk, (unclassified.get(sdk) ?? 0) + 1);
        continue;
      }
      for (const row of [found.row, "all"]) {
        const c = cell(row, sdk);
        counts.set(`${row}|${sdk}`, {
          tokens: c.tokens + 1,
          declared: c.declared + (found.declared ? 1 : 0),
        });
      }
    }
  }
  const show = (c: { tokens: number; declared: number }) =>
    c.tokens === 0 ? "—" : c.declared === 0 ? `${c.tokens}` : `${c.tokens} (${c.declared})`;
  const lines = [
    `| Class | ${SDKS.map((sdk) => `\`${sdk}\` ${sdkVersion(sdk)}`).join(" | ")} |`,
    `|---|${SDKS.map(() => "---:").join("|")}|`,
    ...COVERAGE_ROWS.map((row) => `| ${row} | ${SDKS.map((sdk) => show(cell(row, sdk))).join(" | ")} |`),
    `| **all tokens** | ${SDKS.map((sdk) => `**${show(cell("all", sdk))}**`).join(" | ")} |`,
  ];
  if (unclassified.size > 0) {
    lines.push(`| unclassified | ${SDKS.map((sdk) => `${unclassified.get(sdk) ?? 0}`).join(" | ")} |`);
  }
  lines.push(
    "",
    "Counts of resource tokens; in parentheses, how many the registry declares in depth (`sovereignty/registry/<cloud>/<service>.ts`: location, tags, flows, encryption, immutability). Every other token is judged by its module rule (`sovereignty/registry/modules/`) with its SDK's location and tag properties; `test/registry/classification.test.ts` fails on a token no rule covers.",
  );
  return lines.join("\n");
}

/** Generated README sections: each between `<!-- NAME:start ... -->` and `<!-- NAME:end -->`. */
const SECTIONS: readonly { readonly name: string; readonly render: () => string }[] = [
  { name: "policies", render: policyTable },
  { name: "coverage", render: coverageTable },
  { name: "reliability", render: () => `${reliabilityTable()}\n\n${unknownsTable()}` },
];

function replaceSection(readme: string, file: string, name: string, body: string): string {
  const startMarker = new RegExp(`<!-- ${name}:start[^>]*-->`);
  const endMarker = `<!-- ${name}:end -->`;
  const start = startMarker.exec(readme);
  const end = readme.indexOf(endMarker);
  if (!start || end < start.index) {
    console.error(`${file} has no generated section <!-- ${name}:start --> ... ${endMarker}`);
    process.exit(2);
  }
  const head = readme.slice(0, start.index + start[0].length);
  return `${head}\n${body}\n${readme.slice(end)}`;
}

if (require.main === module) {
  const mode = process.argv.find((arg) => arg === "--check" || arg === "--write");
  if (!mode) {
    for (const section of SECTIONS) process.stdout.write(`${section.render()}\n\n`);
  } else {
    const file = process.argv[process.argv.indexOf(mode) + 1] ?? "README.md";
    const readme = readFileSync(file, "utf8");
    const current = SECTIONS.reduce((text, s) => replaceSection(text, file, s.name, s.render()), readme);
    if (mode === "--write") {
      writeFileSync(file, current);
    } else if (current !== readme) {
      console.error(
        `${file}: a generated section (policy table, provider coverage or reliability counts) is stale; regenerate it with: npx tsx scripts/readme-sections.ts --write ${file}`,
      );
      process.exit(1);
    }
  }
}
