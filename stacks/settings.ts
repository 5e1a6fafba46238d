// The stack settings every system module reads: which system this stack shows and the residency
// it declares. All under the project's own config namespace (`pulumi-sovereignty:`), so
// `pulumi config set system helpdesk` in this project sets `pulumi-sovereignty:system`.
import * as pulumi from "@pulumi/pulumi";
import type { ResidencyArgs } from "../components/core/residency";

/** One module per system of the brief (docs/design.md "The three systems"), plus the demo. */
export const SYSTEMS = ["helpdesk", "purchase-orders", "backup", "violations-demo"] as const;
export type System = (typeof SYSTEMS)[number];

export type Classification = NonNullable<ResidencyArgs["classification"]>;

export interface StackSettings {
  readonly system: System;
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
  return { system: system as System, config };
}

/**
 * The residency every component of a system is given: `pulumi-sovereignty:zone` (the declared
 * zone, `eu`, `br`, `us`, ...) and `pulumi-sovereignty:classification`. Their values are checked
 * against the model by the components, which name the nearest known zone; the demo declares
 * residency per resource instead (raw resources, some deliberately wrong).
 */
export function residency(settings: StackSettings): { zone: string; classification: Classification } {
  const read = (key: string, example: string): string => {
    const value = settings.config.get(key)?.trim();
    if (value === undefined || value === "") {
      throw new pulumi.RunError(
        `stack config pulumi-sovereignty:${key} is not set: the ${settings.system} system declares its ${key} there (e.g. ${example})`,
      );
    }
    return value;
  };
  return {
    zone: read("zone", "eu"),
    classification: read("classification", "personal") as Classification,
  };
}
