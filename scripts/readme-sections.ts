// The README's generated sections, so they cannot drift: the policy table from the policies' own
// metadata, and the reliability counts from the test tables.
//   npx tsx scripts/readme-sections.ts                    → Markdown on stdout
//   npx tsx scripts/readme-sections.ts --write README.md  → regenerate the sections in place
//   npx tsx scripts/readme-sections.ts --check README.md  → exit 1 if a section is stale (npm run lint)
import { readFileSync, writeFileSync } from "node:fs";
import type { Policy } from "@pulumi/policy";
import { POLICIES } from "../policypack/policies";
import { CATALOG_VERSION } from "../sovereignty";
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

/** Generated README sections: each between `<!-- NAME:start ... -->` and `<!-- NAME:end -->`. */
const SECTIONS: readonly { readonly name: string; readonly render: () => string }[] = [
  { name: "policies", render: policyTable },
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
        `${file}: a generated section (policy table or reliability counts) is stale; regenerate it with: npx tsx scripts/readme-sections.ts --write ${file}`,
      );
      process.exit(1);
    }
  }
}
