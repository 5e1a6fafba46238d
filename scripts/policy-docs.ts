// Prints the README's policy table from the policies' own metadata, so it cannot drift:
//   npx tsx scripts/policy-docs.ts            → Markdown on stdout
//   npx tsx scripts/policy-docs.ts --check README.md → exit 1 if README.md lacks the current table
import { readFileSync } from "node:fs";
import type { Policy } from "@pulumi/policy";
import { POLICIES } from "../policypack/policies";
import { CATALOG_VERSION } from "../sovereignty";

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

if (require.main === module) {
  const table = policyTable();
  const checkIndex = process.argv.indexOf("--check");
  if (checkIndex >= 0) {
    const file = process.argv[checkIndex + 1] ?? "README.md";
    if (!readFileSync(file, "utf8").includes(table)) {
      console.error(
        `${file} does not contain the current policy table; regenerate it with: npx tsx scripts/policy-docs.ts`,
      );
      process.exit(1);
    }
  } else {
    process.stdout.write(table + "\n");
  }
}
