import { UserError } from "../../errors";
import {
  CLOUDS,
  LOCATION_SERVICES,
  SERVICES_BY_CLOUD,
  type Cloud,
  type LocationService,
  type Zone,
  type ZoneRegistry,
} from "../../../sovereignty";
import { nearest } from "../../../sovereignty/catalog/suggest";

export type OutputFormat = "text" | "json";
const FORMATS: readonly OutputFormat[] = ["text", "json"];

function oneOf<T extends string>(what: string, value: string, allowed: readonly T[]): T {
  const v = value.trim().toLowerCase();
  if ((allowed as readonly string[]).includes(v)) return v as T;
  const hint = nearest(
    v,
    allowed.map((a) => ({ name: a, keys: [a] })),
  );
  throw new UserError(
    `unknown ${what} "${value}": expected one of ${allowed.join(", ")}${hint.length ? ` (nearest: ${hint.join(", ")})` : ""}`,
  );
}

export function parseFormat(value: string | undefined): OutputFormat {
  return oneOf("format", value ?? "text", FORMATS);
}

export function parseCloud(value: string): Cloud {
  return oneOf("cloud", value, CLOUDS);
}

export function parseService(cloud: Cloud, value: string | undefined): LocationService {
  if (value === undefined) return "regions";
  const service = oneOf("service", value, LOCATION_SERVICES);
  if (!SERVICES_BY_CLOUD[cloud].includes(service)) {
    throw new UserError(
      `service "${service}" does not exist for ${cloud}: expected ${SERVICES_BY_CLOUD[cloud].join(", ")}`,
    );
  }
  return service;
}

export function parseZone(value: string, zones: ZoneRegistry): Zone {
  const zone = zones.get(value);
  if (zone) return zone;
  try {
    return zones.require(value);
  } catch (error) {
    throw new UserError(error instanceof Error ? error.message : String(error));
  }
}

export function writeOut(text: string): void {
  process.stdout.write(text.endsWith("\n") ? text : `${text}\n`);
}

/** Columns padded to the widest cell; the last column is not padded. */
export function table(rows: readonly (readonly string[])[]): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return rows
    .map((row) =>
      row
        .map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i])))
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}
