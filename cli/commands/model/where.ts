import type { Command } from "commander";
import {
  AZURE_GEO_SERVICES,
  CATALOG_VERSION,
  S3_LEGACY_LOCATION_CONSTRAINTS,
  SERVICES_BY_CLOUD,
  azureGeoReplicaRegion,
  unknownLocationMessage,
  zonesContaining,
  type AzureGeoService,
  type Cloud,
  type Location,
  type LocationService,
} from "../../../sovereignty";
import { UserError } from "../../errors";
import { countriesText } from "./regions";
import { parseCloud, parseFormat, parseService, table, writeOut } from "./options";
import {
  DEFAULT_MODEL,
  loadModel,
  POLICY_CONFIG_FLAG,
  POLICY_CONFIG_HELP,
  type Model,
} from "./policy-config";

export interface GeoRedundancyJson {
  service: AzureGeoService;
  kind: "pair" | "none" | "unavailable";
  location?: string;
  countries?: string[];
  reason?: string;
  /** Zones containing the primary region that the geo-redundant copy stays inside. */
  staysIn: string[];
  /** Zones containing the primary region that the copy leaves (or cannot be shown to stay in). */
  leaves: string[];
}

export interface WhereJson {
  catalogVersion: string;
  cloud: Cloud;
  service: LocationService;
  input: string;
  location: string;
  displayName: string;
  kind: string;
  countries: string[];
  zones: string[];
  partition?: string;
  pairedRegion?: string;
  memberRegions?: string[];
  note?: string;
  source: string;
  geoRedundancy?: GeoRedundancyJson[];
}

function resolve(
  model: Model,
  cloud: Cloud,
  service: LocationService,
  raw: string,
): { location: Location; note?: string } {
  const { catalog } = model;
  const location = catalog.lookup(cloud, service, raw);
  if (location) return { location };
  // S3's legacy LocationConstraint `EU` is not a region name, but a user asking "where is EU" on AWS means it.
  const legacy = S3_LEGACY_LOCATION_CONSTRAINTS[raw.trim()];
  if (cloud === "aws" && service === "regions" && legacy && raw.trim() !== "") {
    const region = catalog.lookupS3LocationConstraint(raw);
    if (region)
      return { location: region, note: `"${raw.trim()}" is S3's legacy LocationConstraint for ${legacy}` };
  }
  // `where gcp eur5` means the GCS dual-region: name the --service that knows it.
  const elsewhere = SERVICES_BY_CLOUD[cloud].filter(
    (other) => other !== service && catalog.lookup(cloud, other, raw) !== undefined,
  );
  const hint = elsewhere.length
    ? ` (it is a ${elsewhere.join(" and ")} location: add --service ${elsewhere[0]})`
    : "";
  throw new UserError(`${unknownLocationMessage(catalog, cloud, service, raw)}${hint}`);
}

function geoRedundancy(model: Model, location: Location): GeoRedundancyJson[] {
  const primaryZones = zonesContaining(location, model.zones);
  return AZURE_GEO_SERVICES.map((service) => {
    const replica = azureGeoReplicaRegion(service, location);
    if (replica.kind === "pair") {
      const copyZones = new Set(zonesContaining(replica.location, model.zones).map((z) => z.id));
      return {
        service,
        kind: replica.kind,
        location: replica.location.name,
        countries: [...replica.location.countries],
        staysIn: primaryZones.filter((z) => copyZones.has(z.id)).map((z) => z.id),
        leaves: primaryZones.filter((z) => !copyZones.has(z.id)).map((z) => z.id),
      };
    }
    if (replica.kind === "none") {
      return {
        service,
        kind: replica.kind,
        reason: replica.reason,
        staysIn: primaryZones.map((z) => z.id),
        leaves: [],
      };
    }
    return {
      service,
      kind: replica.kind,
      reason: replica.reason,
      staysIn: [],
      leaves: primaryZones.map((z) => z.id),
    };
  });
}

export function whereJson(
  cloud: Cloud,
  service: LocationService,
  raw: string,
  model: Model = DEFAULT_MODEL,
): WhereJson {
  const { location, note } = resolve(model, cloud, service, raw);
  return {
    catalogVersion: CATALOG_VERSION,
    cloud,
    service,
    input: raw,
    location: location.name,
    displayName: location.displayName,
    kind: location.kind,
    countries: [...location.countries],
    zones: zonesContaining(location, model.zones).map((z) => z.id),
    ...(location.partition !== undefined && { partition: location.partition }),
    ...(location.pairedRegion !== undefined && { pairedRegion: location.pairedRegion }),
    ...(location.memberRegions !== undefined && { memberRegions: [...location.memberRegions] }),
    ...(note !== undefined && { note }),
    source: location.source,
    ...(cloud === "azure" && service === "regions" && { geoRedundancy: geoRedundancy(model, location) }),
  };
}

function whereText(answer: WhereJson, location: Location): string {
  const lines: string[] = [];
  lines.push(
    `${answer.cloud} ${answer.service === "regions" ? "" : `${answer.service} `}${answer.location} (${answer.displayName}): ${answer.kind}`,
  );
  if (answer.note) lines.push(`note:      ${answer.note}`);
  lines.push(`countries: ${countriesText(location)}`);
  lines.push(`zones:     ${answer.zones.length ? answer.zones.join(", ") : "none (in no declared zone)"}`);
  if (answer.partition) lines.push(`partition: ${answer.partition}`);
  if (answer.memberRegions) lines.push(`regions:   ${answer.memberRegions.join(", ")}`);
  if (answer.pairedRegion) lines.push(`paired:    ${answer.pairedRegion}`);
  lines.push(`source:    ${answer.source}`);
  if (answer.geoRedundancy) {
    lines.push("", "geo-redundant copies:");
    const rows = [["SERVICE", "COPY GOES TO", "STAYS IN", "LEAVES (OR UNVERIFIABLE)"]];
    for (const g of answer.geoRedundancy) {
      const target =
        g.kind === "pair"
          ? `${g.location} (${(g.countries ?? []).join(" ")})`
          : g.kind === "none"
            ? "stays in region"
            : "unknown";
      rows.push([g.service, target, g.staysIn.join(", ") || "-", g.leaves.join(", ") || "-"]);
    }
    lines.push(table(rows).replace(/^/gm, "  "));
    for (const g of answer.geoRedundancy)
      if (g.kind === "unavailable" && g.reason) lines.push(`  ${g.service}: ${g.reason}`);
  }
  lines.push("", `catalog ${answer.catalogVersion}`);
  return lines.join("\n");
}

export function registerWhereCommand(program: Command): void {
  program
    .command("where")
    .description(
      "Where a location holds data: its countries, the zones containing it, and (Azure) where geo-redundant copies go",
    )
    .argument("<cloud>", "aws, azure or gcp")
    .argument(
      "<location>",
      'any spelling the cloud accepts ("West Europe", westeurope, europe-west3-a, EU, ...)',
    )
    .option("--service <service>", "regions (default), or for gcp: gcs, gcp-kms, bigquery")
    .option("--format <format>", "text or json", "text")
    .option(POLICY_CONFIG_FLAG, POLICY_CONFIG_HELP)
    .action(
      (
        cloudArg: string,
        locationArg: string,
        options: { service?: string; format?: string; policyConfig?: string },
      ) => {
        const format = parseFormat(options.format);
        const cloud = parseCloud(cloudArg);
        const service = parseService(cloud, options.service);
        const model = loadModel(options.policyConfig);
        const answer = whereJson(cloud, service, locationArg, model);
        if (format === "json") {
          writeOut(JSON.stringify(answer, null, 2));
          return;
        }
        const location = resolve(model, cloud, service, locationArg).location;
        writeOut(whereText(answer, location));
      },
    );
}
