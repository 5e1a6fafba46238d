// What remediation changed, made visible: the snapshot as the pack judged it (each remediated
// resource with the properties its remediation returned, as the engine would create it), so the
// residency inventory counts the tags that will be deployed; and per remediation, which tags
// (GCP: labels) it added or changed, with their values, for every report format.
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import type { Remediation, SourceLocation } from "./report/types";
import type { SnapshotResource, StackSnapshot, WireObject, WireValue } from "./snapshot";

/** Properties that carry residency tags, per cloud (AWS and Azure `tags`, GCP `labels`). */
const TAG_PROPERTIES = ["tags", "labels"];

function isObject(value: WireValue | undefined): value is WireObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function show(value: WireValue): string {
  return typeof value === "string" ? value : JSON.stringify(value);
}

/** Tags present after and absent or different before, key → new value. */
export function tagsSet(before: WireObject, after: WireObject): Record<string, string> {
  const changed: Record<string, string> = {};
  for (const property of TAG_PROPERTIES) {
    const old = isObject(before[property]) ? before[property] : {};
    const now = after[property];
    if (!isObject(now)) continue;
    for (const [key, value] of Object.entries(now)) {
      if (JSON.stringify(old[key]) !== JSON.stringify(value)) changed[key] = show(value);
    }
  }
  return changed;
}

/**
 * The snapshot with each remediated resource's properties replaced by the last remediation's
 * (remediations of one resource apply in turn, each to the previous one's result), and the
 * remediations with the tags each set and without the properties themselves.
 */
export function applyRemediations(
  snapshot: StackSnapshot,
  remediations: readonly Remediation[],
): { snapshot: StackSnapshot; remediations: Remediation[] } {
  const current = new Map<string, WireObject>(snapshot.resources.map((r) => [r.urn, r.properties]));
  const shown: Remediation[] = [];
  for (const remediation of remediations) {
    const { properties, ...rest } = remediation;
    const before = current.get(remediation.urn);
    if (properties !== undefined && before !== undefined) {
      shown.push({ ...rest, tags: tagsSet(before, properties) });
      current.set(remediation.urn, properties);
    } else {
      shown.push(rest);
    }
  }
  if (remediations.length === 0) return { snapshot, remediations: shown };
  const resources: SnapshotResource[] = snapshot.resources.map((resource) => {
    const properties = current.get(resource.urn);
    return properties === resource.properties || properties === undefined
      ? resource
      : { ...resource, properties };
  });
  return { snapshot: { ...snapshot, resources }, remediations: shown };
}

/**
 * Where the program registered each of `urns` (the engine's RegisterResource source position), as
 * a path relative to the working directory where the file lies below it, else absolute.
 */
export function sourcesOf(
  snapshot: StackSnapshot,
  urns: ReadonlySet<string>,
  cwd: string = process.cwd(),
): Record<string, SourceLocation> {
  const sources: Record<string, SourceLocation> = {};
  for (const resource of snapshot.resources) {
    const position = resource.sourcePosition;
    if (position === undefined || !urns.has(resource.urn) || !(position.line >= 1)) continue;
    let file: string;
    try {
      file = position.uri.startsWith("file:") ? fileURLToPath(position.uri) : position.uri;
    } catch {
      continue; // not a file we can point at
    }
    // A line inside a dependency (a component library) is not the program's to fix.
    if (file.split(/[\\/]/).includes("node_modules")) continue;
    const relative = path.relative(cwd, file);
    sources[resource.urn] = {
      file:
        relative !== "" && !relative.startsWith("..") && !path.isAbsolute(relative)
          ? relative.split(path.sep).join("/")
          : file,
      line: position.line,
      ...(position.column !== undefined ? { column: position.column } : {}),
    };
  }
  return sources;
}
