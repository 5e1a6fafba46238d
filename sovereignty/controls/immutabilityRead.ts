// Building blocks of the per-type immutability readers (declared in ../registry): the shapes a
// provider's WORM setting takes. Pure: raw property bags in, readings out.
import { readString, type PropertyBag } from "../resource/properties";
import type { ImmutabilityReading } from "./types";

/** `2592000s` (protobuf Duration, GCP) → days. */
export function durationDays(raw: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)s$/.exec(raw.trim());
  return m ? Number(m[1]) / 86400 : undefined;
}

/**
 * Azure backup vaults: `<base>.immutabilitySettings.state` Locked / Unlocked is immutable. Azure
 * keeps retention in backup policies, not on the vault: retention is not read here.
 */
export function azureImmutability(base: string[]): (props: PropertyBag) => ImmutabilityReading {
  return immutabilityState([...base, "immutabilitySettings", "state"]);
}

/**
 * An Azure immutability state at `path` (azure-native `immutabilitySettings.state`, the classic
 * provider's `immutability` on a vault or `immutabilityPolicy.state` on a storage account): Locked
 * or Unlocked is immutable; Disabled or absent is not; unknown at preview is unknown.
 */
export function immutabilityState(path: string[]): (props: PropertyBag) => ImmutabilityReading {
  return (p) => {
    const state = readString(p, path);
    if (state.kind === "unknown") return { kind: "unknown", property: state.property };
    if (state.kind === "value" && ["locked", "unlocked"].includes((state.value as string).toLowerCase())) {
      return { kind: "immutable", property: state.property, mode: state.value as string };
    }
    return { kind: "mutable", property: path.join("."), detail: "immutability is not enabled" };
  };
}

/**
 * A backup holder whose immutability the model cannot read from its own properties: `reason` says
 * why (reported as such, never as immutable).
 */
export function immutabilityGap(reason: string): () => ImmutabilityReading {
  return () => ({ kind: "not-modelled", reason });
}
