import type { Command } from "commander";
import { CATALOG_VERSION, type Zone } from "../../../sovereignty";
import { parseFormat, table, writeOut } from "./options";
import { loadModel, POLICY_CONFIG_FLAG, POLICY_CONFIG_HELP } from "./policy-config";

export interface ZoneJson {
  id: string;
  name: string;
  countries: string[];
  legalFrameworks: string[];
  source: Zone["source"];
}

export function zoneJson(zone: Zone): ZoneJson {
  return {
    id: zone.id,
    name: zone.name,
    countries: [...zone.countries].sort(),
    legalFrameworks: [...zone.legalFrameworks],
    source: zone.source,
  };
}

export function registerZonesCommand(program: Command): void {
  program
    .command("zones")
    .description("List the residency zones (named country sets) a data-residency tag may name")
    .option("--format <format>", "text or json", "text")
    .option(POLICY_CONFIG_FLAG, POLICY_CONFIG_HELP)
    .action((options: { format?: string; policyConfig?: string }) => {
      const format = parseFormat(options.format);
      const zones = loadModel(options.policyConfig).zones.list();
      if (format === "json") {
        writeOut(JSON.stringify(zones.map(zoneJson), null, 2));
        return;
      }
      const rows = [["ZONE", "NAME", "COUNTRIES", "FRAMEWORKS (metadata, not a verdict)"]];
      for (const z of zones) {
        rows.push([z.id, z.name, [...z.countries].sort().join(" "), z.legalFrameworks.join("; ")]);
      }
      writeOut(
        `${table(rows)}\n\ncatalog ${CATALOG_VERSION}: zones are declarations, not legal conclusions.`,
      );
    });
}
