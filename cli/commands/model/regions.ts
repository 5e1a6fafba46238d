import type { Command } from "commander";
import {
  CATALOG_VERSION,
  CLOUDS,
  SERVICES_BY_CLOUD,
  zonesContaining,
  type Catalog,
  type Location,
} from "../../../sovereignty";
import { parseCloud, parseFormat, parseService, parseZone, table, writeOut } from "./options";
import {
  DEFAULT_MODEL,
  loadModel,
  POLICY_CONFIG_FLAG,
  POLICY_CONFIG_HELP,
  type Model,
} from "./policy-config";

/** `regions --format json`: exactly these fields (the README, runner contract). */
export interface RegionJson {
  cloud: string;
  location: string;
  kind: string;
  countries: string[];
  zones: string[];
}

export function regionJson(location: Location, model: Model = DEFAULT_MODEL): RegionJson {
  return {
    cloud: location.cloud,
    location: location.name,
    kind: location.kind,
    countries: [...location.countries],
    zones: zonesContaining(location, model.zones).map((z) => z.id),
  };
}

export function countriesText(location: Location): string {
  return location.kind === "global" ? "(anywhere)" : location.countries.join(" ");
}

export function registerRegionsCommand(program: Command): void {
  program
    .command("regions")
    .description("List the locations the catalog knows, with their countries and the zones that contain them")
    .option("--zone <zone>", "only locations wholly inside this zone")
    .option("--cloud <cloud>", "aws, azure or gcp")
    .option("--service <service>", "regions (default), or for gcp: gcs, gcp-kms, bigquery")
    .option("--format <format>", "text or json", "text")
    .option(POLICY_CONFIG_FLAG, POLICY_CONFIG_HELP)
    .action(
      (options: {
        zone?: string;
        cloud?: string;
        service?: string;
        format?: string;
        policyConfig?: string;
      }) => {
        const format = parseFormat(options.format);
        const model = loadModel(options.policyConfig);
        const zone = options.zone === undefined ? undefined : parseZone(options.zone, model.zones);
        const locations = selectLocations(model.catalog, options.cloud, options.service);
        const selected =
          zone === undefined
            ? locations
            : locations.filter((l) => zonesContaining(l, model.zones).includes(zone));
        if (format === "json") {
          writeOut(
            JSON.stringify(
              selected.map((l) => regionJson(l, model)),
              null,
              2,
            ),
          );
          return;
        }
        const rows = [["CLOUD", "LOCATION", "KIND", "NAME", "COUNTRIES", "ZONES"]];
        for (const l of selected) {
          const zones = zonesContaining(l, model.zones).map((z) => z.id);
          rows.push([l.cloud, l.name, l.kind, l.displayName, countriesText(l), zones.join(" ") || "-"]);
        }
        const filter = zone ? ` inside zone ${zone.id}` : "";
        writeOut(
          `${table(rows)}\n\n${selected.length} location${selected.length === 1 ? "" : "s"}${filter} (catalog ${CATALOG_VERSION})`,
        );
      },
    );
}

/**
 * `--cloud C [--service S]`: that namespace (S must exist for C). `--service S` alone: S in every
 * cloud that has it. Neither: the regions of every cloud.
 */
function selectLocations(
  catalog: Catalog,
  cloudOption: string | undefined,
  serviceOption: string | undefined,
): Location[] {
  if (cloudOption !== undefined) {
    const cloud = parseCloud(cloudOption);
    return [...catalog.all(cloud, parseService(cloud, serviceOption))];
  }
  if (serviceOption === undefined) return CLOUDS.flatMap((cloud) => catalog.all(cloud, "regions"));
  const service = parseService("gcp", serviceOption); // GCP has every service; validates the name
  return CLOUDS.filter((cloud) => SERVICES_BY_CLOUD[cloud].includes(service)).flatMap((cloud) =>
    catalog.all(cloud, service),
  );
}
