// The lookup the registry uses for a token it has no declaration of: the most specific module
// rule wins, a token listed as an exception of a rule first, then the longest matching prefix.
import type { DataCategory } from "../../resource/types";
import type { ModuleRule } from "../types";
import { AWS_RULES } from "./aws";
import { AZURE_CLASSIC_RULES } from "./azure-classic";
import { AZURE_NATIVE_RULES } from "./azure-native";
import { GCP_RULES } from "./gcp";
import type { RuleClass } from "./rule";

export const MODULE_RULES: readonly ModuleRule[] = [
  ...AWS_RULES,
  ...AZURE_NATIVE_RULES,
  ...AZURE_CLASSIC_RULES,
  ...GCP_RULES,
];

export interface TokenClassification {
  /** The rule that classifies the token (the one listing it as an exception, if any). */
  readonly rule: ModuleRule;
  readonly class: RuleClass;
  readonly category?: DataCategory;
  /** Whether the token is one of the rule's exceptions (else the rule's own class applies). */
  readonly exception: boolean;
}

const EXCEPTIONS: ReadonlyMap<string, TokenClassification> = new Map(
  MODULE_RULES.flatMap((rule) =>
    Object.entries(rule.except ?? {}).map(([token, c]): [string, TokenClassification] => [
      token,
      { rule, class: c.class, ...(c.category ? { category: c.category } : {}), exception: true },
    ]),
  ),
);
/**
 * A token's module: its package segment and the first segment after it, with the separator
 * (`aws:ec2/`, `azure-native:storage:`, `gcp:compute/`). Every rule's prefix starts with the
 * module of the tokens it covers (a test asserts it), so a token is only matched against its
 * module's rules.
 */
export function moduleOf(token: string): string {
  const colon = token.indexOf(":");
  if (colon < 0) return token;
  const rest = token.slice(colon + 1);
  const end = rest.search(/[/:]/);
  return end < 0 ? token : token.slice(0, colon + 2 + end);
}

/** Each module's rules, longest prefix first, so the first match is the most specific. */
const BY_MODULE: ReadonlyMap<string, readonly ModuleRule[]> = (() => {
  const byModule = new Map<string, ModuleRule[]>();
  for (const rule of MODULE_RULES) {
    const module = moduleOf(rule.prefix);
    if (!byModule.has(module)) byModule.set(module, []);
    byModule.get(module)!.push(rule);
  }
  for (const rules of byModule.values()) rules.sort((a, b) => b.prefix.length - a.prefix.length);
  return byModule;
})();
const memo = new Map<string, TokenClassification | null>();

/** The module rule classifying `token`, or undefined for a token no rule covers. */
export function classifyToken(token: string): TokenClassification | undefined {
  const known = memo.get(token);
  if (known !== undefined) return known ?? undefined;
  let found: TokenClassification | undefined = EXCEPTIONS.get(token);
  if (!found) {
    const rule = BY_MODULE.get(moduleOf(token))?.find((r) => token.startsWith(r.prefix));
    if (rule) {
      found = {
        rule,
        class: rule.class,
        ...(rule.category ? { category: rule.category } : {}),
        exception: false,
      };
    }
  }
  memo.set(token, found ?? null);
  return found;
}
