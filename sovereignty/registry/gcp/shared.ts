// Small builders shared by several `gcp:` declarations (not a service file: it declares no type).
import { VERTEX_GLOBAL_DESTINATION } from "../../catalog/inference-geographies";
import { referenceOrigin, type OriginFunction } from "../../flows/origin";
import { readString } from "../../flows/read";
import { readPath } from "../../resource/properties";
import type { FlowFunction, FlowKind } from "../../flows/types";
import type { LocationRule } from "../../resource/types";
import { LABELS } from "../common";
import { flowAt as flowAtIn, type Emit } from "../paths";
import type { DataDeclaration, ProcessingDeclaration, TagRule } from "../types";

type Usual = "cloud" | "class" | "tags";

/** A GCP data holder labelled with `labels` (its location rule varies by service: always given). */
export function gcpData(
  d: Omit<DataDeclaration, Usual> & Partial<Pick<DataDeclaration, "tags">>,
): DataDeclaration {
  return { cloud: "gcp", class: "data", tags: LABELS, ...d };
}

/** A GCP resource that processes data (compute, serverless, AI inference), labelled with `labels`. */
export function gcpProcessing(
  d: Omit<ProcessingDeclaration, Usual> & Partial<Pick<ProcessingDeclaration, "tags">>,
): ProcessingDeclaration {
  return { cloud: "gcp", class: "processes", tags: LABELS, ...d };
}

/** `flowAt` (the registry's path module) for `gcp:` declarations. */
export const flowAt = (kind: FlowKind, path: string, emit: Emit): FlowFunction =>
  flowAtIn("gcp", kind, path, emit);

/** A resource whose SDK type has no `labels`: judged with the provider's `defaultLabels` or `sovereignty.defaults`. */
export function noLabels(what: string): TagRule {
  return {
    kind: "none",
    reason: `${what} has no \`labels\` input: judged with the provider's \`defaultLabels\` or \`sovereignty.defaults\``,
  };
}

/** A location inside a parent's resource id (`projects/p/locations/L/datasets/d`): the `L`. */
export function locationInId(property: string): LocationRule {
  return { properties: [property], service: "regions", providerDefault: false, parse: "gcp-resource-id" };
}

/**
 * Vertex AI's `global` location (any case): requests may be served from any Google Cloud region
 * (the catalog's inference geographies) — an `inference` flow to the whole world. A region
 * is the resource's own location (the location policy's): no flow.
 */
export const vertexGlobal: Emit = (out, _kind, property, raw) => {
  const read = readString(raw);
  if (read.state === "unknown") return out.unknown("inference", property);
  if (read.state === "value" && read.value.toLowerCase() === "global")
    out.add("inference", property, { kind: "countries", ...VERTEX_GLOBAL_DESTINATION });
};

/** The Vertex `global` flow of a resource whose location is in `property`. */
export const vertexGlobalAt = (property: string): FlowFunction => flowAt("inference", property, vertexGlobal);

/**
 * A GCP resource path naming its location (`projects/p/locations/europe-west3/clusters/c`): that
 * location; anything else set is a resource the stack resolves by id.
 */
export const locatedId: Emit = (out, kind, property, raw) => {
  const read = readString(raw);
  if (read.state === "unknown") return out.unknown(kind, property);
  if (read.state === "absent") return;
  const location = /\/locations\/([^/]+)\//.exec(read.value)?.[1];
  if (location !== undefined) out.location(kind, property, "regions", location.toLowerCase());
  else out.resource(kind, property, read.value, "id");
};

/**
 * A copy that names its source by resource path at `path` (a Memorystore secondary its primary, a
 * Filestore backup its instance): the path itself names the source's location.
 */
export function copyOfLocatedId(
  path: readonly (string | number)[],
  kind: "replication" | "backup-copy" | "read-replica" = "replication",
): OriginFunction {
  return (props) => {
    const primary = readPath(props, path);
    if (primary.kind === "unknown")
      return [{ kind, cloud: "gcp", property: primary.property, source: { kind: "unknown" } }];
    if (primary.kind === "absent") return [];
    const region = /\/locations\/([^/]+)\//.exec(String(primary.value))?.[1];
    return referenceOrigin("gcp", kind, primary.property, primary.value, "id").map((o) =>
      region !== undefined ? { ...o, sourceRegion: region } : o,
    );
  };
}
