// What the runner cannot see offline is said, never passed. A component whose children a provider
// plugin builds (RegisterResource with `remote: true`: awsx, eks, …) is constructed by that plugin's
// Construct under the engine; offline only the component itself is registered, so its children (a
// FargateService's log group, a cluster's volumes) are never judged. Each such component is a
// finding of the runner itself: advisory, or mandatory when its inputs declare personal or special
// data (the classifications whose rules are mandatory, see the README's residency tags).
import type { Violation } from "./report/types";
import type { SnapshotResource, StackSnapshot, WireValue } from "./snapshot";

/** The name findings of the runner itself carry as their pack. */
export const RUNNER_FINDINGS_PACK = "sovereignty-check";
export const PLUGIN_COMPONENT_POLICY = "plugin-component-children-unseen";
/** How reports describe the runner's own policy (as a pack describes its policies). */
export const PLUGIN_COMPONENT_DESCRIPTION =
  "Components a provider plugin builds (remote components such as awsx or eks) register their children only under the engine, so offline no policy judged them.";
const CLASSIFICATION_KEY = "data-classification";
const STRICT_CLASSIFICATIONS = new Set(["personal", "special"]);

/** Components built by a provider plugin. */
export function pluginComponents(snapshot: StackSnapshot): SnapshotResource[] {
  return snapshot.resources.filter((resource) => resource.remote === true);
}

export function pluginComponentFindings(snapshot: StackSnapshot, version: string): Violation[] {
  return pluginComponents(snapshot).map((component) => ({
    policyPackName: RUNNER_FINDINGS_PACK,
    policyPackVersion: version,
    policyName: PLUGIN_COMPONENT_POLICY,
    enforcementLevel: declaresStrictData(component.properties) ? "mandatory" : "advisory",
    urn: component.urn,
    description: PLUGIN_COMPONENT_DESCRIPTION,
    severity: "medium",
    message: `cannot verify: children of \`${component.type}\` are built by its plugin; check with \`pulumi preview --policy-pack\``,
  }));
}

/** Whether any `data-classification` key (any case, at any depth) in the inputs is personal or special. */
function declaresStrictData(value: WireValue): boolean {
  if (Array.isArray(value)) return value.some(declaresStrictData);
  if (value === null || typeof value !== "object") return false;
  for (const [key, inner] of Object.entries(value)) {
    if (
      key.trim().toLowerCase() === CLASSIFICATION_KEY &&
      typeof inner === "string" &&
      STRICT_CLASSIFICATIONS.has(inner.trim().toLowerCase())
    )
      return true;
    if (declaresStrictData(inner)) return true;
  }
  return false;
}
