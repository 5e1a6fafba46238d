// Helpers that keep the module tables short: a rule is written as its prefix (without the SDK's
// package segment) and its classification; exceptions are keyed by the token without the package
// segment (`ec2/instance:Instance`, `storage:StorageAccount`). `moduleRules` spells them out as
// full `ModuleRule`s (registry/types.ts).
import type { DataCategory } from "../../resource/types";
import type { Cloud } from "../../types";
import { once } from "../../once";
import type { ModuleRule, TypeClass } from "../types";

export type RuleClass = Exclude<TypeClass, "configures">;

export interface Classification {
  readonly class: RuleClass;
  readonly category?: DataCategory;
  readonly reason: string;
}

/** Holds data of `category` (storage, databases, backups, queues, logs, keys, caches, secrets). */
export function D(category: DataCategory, reason: string): Classification {
  return { class: "data", category, reason };
}
/** Processes data (compute, functions, containers, AI inference, pipelines). */
export function P(reason: string): Classification {
  return { class: "processes", reason };
}
/** Location-less: global, no location (IAM, DNS, CDN, organisation policy, billing). */
export function L(reason: string): Classification {
  return { class: "location-less", reason };
}
/** Control plane: located, holds and processes no customer data (networks, alarms, quotas, settings). */
export function C(reason: string): Classification {
  return { class: "control-plane", reason };
}

// Reasons shared by the four SDKs' tables.
export const SETTING = C(
  "a setting, policy, rule, role or attachment of another resource: no data of its own",
);
export const NETWORK = C("networking: located, carries no stored customer data");
export const SNAPSHOT = D("backup", "a snapshot, backup or copy of a data holder's contents");
export const ACCESS = L("access control, identity, policy or governance: no location, no data");
export const BILLING = L("billing, cost, offers and account settings: account-wide, no location");
export const COMPUTE = P("runs customer workloads (compute)");
export const SECRET = D("secret", "keeps a credential or secret value");
export const DIRECTORY = D(
  "database",
  "an identity directory: users' names, e-mail addresses, attributes (personal data)",
);
/** Azure Arc and on-premises projections (both Azure SDKs). */
export const ARC = C(
  "an Azure Arc / on-premises projection: the workload runs outside Azure, Azure keeps its metadata",
);

/** One module's rule: its classification and the tokens of the module in another class. */
export interface ModuleEntry extends Classification {
  readonly except?: Readonly<Record<string, Classification>>;
}

export function rule(
  classification: Classification,
  except?: Readonly<Record<string, Classification>>,
): ModuleEntry {
  return except ? { ...classification, except } : classification;
}

/**
 * The `ModuleRule`s of one SDK from a table keyed by prefix without the package segment
 * (`"iam/"` → `aws:iam/`); exception keys gain the same package segment. The table is written
 * inside a function and spelled out on the first call: building the four SDKs' tables at import
 * was most of the policy pack's module evaluation (docs/decisions/2026-11-30-lazy-tables.md).
 */
export function moduleRules(
  sdk: ModuleRule["sdk"],
  cloud: Cloud,
  pkg: string,
  table: () => Readonly<Record<string, ModuleEntry>>,
): () => readonly ModuleRule[] {
  return once(() =>
    Object.entries(table()).map(([prefix, entry]): ModuleRule => {
      const except = entry.except
        ? Object.fromEntries(Object.entries(entry.except).map(([token, c]) => [`${pkg}:${token}`, c]))
        : undefined;
      return {
        cloud,
        sdk,
        prefix: `${pkg}:${prefix}`,
        class: entry.class,
        ...(entry.category ? { category: entry.category } : {}),
        reason: entry.reason,
        ...(except ? { except } : {}),
      };
    }),
  );
}
