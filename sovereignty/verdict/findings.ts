// Findings are data: which rule, which resource, which fact about it, at which level, and the
// message. The pack's policies turn them into violations; each fact is reported once.
import type { Classification, Zone } from "../types";

/**
 * `policy`: at the rule's own (configured) enforcement level. `advisory`: never above advisory (an
 * unverifiable value on data that is not personal/special).
 */
export type FindingLevel = "policy" | "advisory";

/**
 * The fact a finding states about a resource, a stable key. One resource is told each fact once:
 * - `location`: where it keeps data (its own location, the location of a copy or of a side
 *   resource holding data; a flow to its own location is this fact too);
 * - `flow:<property>`: where a flow declared at `<property>` sends data;
 * - `tags`, `tag:<key>`: its residency tags; `approval`: its transfer approval;
 * - `configures`: which resource it configures;
 * - `encryption`, `key`, `public-access`, `immutability`, `retention`: the classification's controls.
 */
export type Fact =
  | "location"
  | `flow:${string}`
  | "tags"
  | `tag:${string}`
  | "approval"
  | "configures"
  | "encryption"
  | "key"
  | "public-access"
  | "immutability"
  | "retention";

export interface Finding {
  /** The policy (rule) name. */
  readonly rule: string;
  readonly urn: string;
  readonly fact: Fact;
  readonly level: FindingLevel;
  readonly message: string;
}

/** docs/design.md: an unresolvable value on personal/special data is at the policy's level "cannot verify"; otherwise advisory. */
export function unknownLevel(classification: Classification | undefined): FindingLevel {
  return classification === "personal" || classification === "special" ? "policy" : "advisory";
}

export function outsideZone(zone: Zone): string {
  return `outside the declared zone \`${zone.id}\``;
}

export function cannotVerify(
  what: string,
  property: string,
  classification: Classification | undefined,
): string {
  const cls = classification ? ` (${classification} data)` : "";
  return `cannot verify ${what}${cls}: \`${property}\` is unknown until the resource is created`;
}

/** "cannot verify …": the property's value is known but names a resource outside this stack. */
export function cannotVerifyOutside(
  what: string,
  property: string,
  classification: Classification | undefined,
): string {
  const cls = classification ? ` (${classification} data)` : "";
  return `cannot verify ${what}${cls}: \`${property}\` names a resource outside this stack`;
}

const RANK: Readonly<Record<FindingLevel, number>> = { policy: 1, advisory: 0 };

/** Does `a` say at least as much as `b` (its level is as strict)? */
export function atLeastAsStrict(a: Finding, b: Finding): boolean {
  return RANK[a.level] >= RANK[b.level];
}

/**
 * Findings with each (urn, fact) once. Precedence: the first finding for a fact stays unless a later
 * one is stricter (a violation at the policy's level beats an advisory "cannot verify"), so
 * deduplication never turns a violation into an advisory.
 */
export class FindingSet {
  private readonly byKey = new Map<string, Finding>();

  static key(f: Pick<Finding, "urn" | "fact">): string {
    return `${f.urn}\u0000${f.fact}`;
  }

  add(finding: Finding | undefined): void {
    if (!finding) return;
    const key = FindingSet.key(finding);
    const before = this.byKey.get(key);
    if (!before || !atLeastAsStrict(before, finding)) this.byKey.set(key, finding);
  }

  addAll(findings: Iterable<Finding>): void {
    for (const f of findings) this.add(f);
  }

  get(urn: string, fact: Fact): Finding | undefined {
    return this.byKey.get(FindingSet.key({ urn, fact }));
  }

  list(): readonly Finding[] {
    return [...this.byKey.values()];
  }
}
