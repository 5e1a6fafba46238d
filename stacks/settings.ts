// The stack settings every system module reads: which system this stack shows and the residency
// it declares. All under the project's own config namespace (`pulumi-sovereignty:`), so
// `pulumi config set system helpdesk` in this project sets `pulumi-sovereignty:system`.
import * as pulumi from "@pulumi/pulumi";
import type { ResidencyArgs } from "../components/shared/residency";

/** One module per system of the brief (design.md "The three systems"), plus the demo. */
export const SYSTEMS = ["helpdesk", "purchase-orders", "backup", "violations-demo"] as const;
export type System = (typeof SYSTEMS)[number];

export type Classification = NonNullable<ResidencyArgs["classification"]>;

export interface StackSettings {
  readonly system: System;
  /** `pulumi-sovereignty:zone`: the declared zone, passed to every component as `zone`. */
  readonly zone: string;
  /** `pulumi-sovereignty:classification`: what the data is, passed to every component. */
  readonly classification: Classification;
  /** The project config, for module-specific keys. */
  readonly config: pulumi.Config;
}

/** The stack's settings; a missing or misspelt `system` fails with one line naming the key. */
export function readSettings(): StackSettings {
  // The project's namespace: `pulumi-sovereignty:<key>` (Pulumi.yaml `name`).
  const config = new pulumi.Config();
  const system = config.get("system");
  if (system === undefined || !(SYSTEMS as readonly string[]).includes(system)) {
    throw new pulumi.RunError(
      `stack config pulumi-sovereignty:system is ${system === undefined ? "not set" : `"${system}"`}: expected one of ${SYSTEMS.join(", ")}`,
    );
  }
  // Zone and classification are checked against the model by the components themselves; the
  // demo declares them per resource (raw resources, some deliberately wrong).
  return {
    system: system as System,
    zone: config.get("zone") ?? "",
    classification: (config.get("classification") ?? "") as Classification,
    config,
  };
}

/** The residency arguments every component of a system takes. */
export function residency(settings: StackSettings): { zone: string; classification: Classification } {
  return { zone: settings.zone, classification: settings.classification };
}
