// The lookup the registry uses for a token it has no declaration of: the most specific module
// rule wins, a token listed as an exception of a rule first, then the longest matching prefix.
import type { DataCategory } from "../../resource/types";
import type { ModuleRule } from "../types";
import { once } from "../../once";
import { awsRules } from "./aws";
import { azureClassicRules } from "./azure-classic";
import { azureNativeRules } from "./azure-native";
import { gcpRules } from "./gcp";
import type { RuleClass } from "./rule";

/** Every module rule of the four SDKs, spelled out on the first call (see `moduleRules`). */
export const allModuleRules: () => readonly ModuleRule[] = once(() => [
  ...awsRules(),
  ...azureNativeRules(),
  ...azureClassicRules(),
  ...gcpRules(),
]);

export interface TokenClassification {
  /** The rule that classifies the token (the one listing it as an exception, if any). */
  readonly rule: ModuleRule;
  readonly class: RuleClass;
  readonly category?: DataCategory;
  /** Whether the token is one of the rule's exceptions (else the rule's own class applies). */
  readonly exception: boolean;
}

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

/**
 * The indexes `classifyToken` reads, built on its first call: each listed exception, and each
 * module's rules longest prefix first, so the first match is the most specific.
 */
const indexes = once(() => {
  const exceptions = new Map<string, TokenClassification>(
    allModuleRules().flatMap((rule) =>
      Object.entries(rule.except ?? {}).map(([token, c]): [string, TokenClassification] => [
        token,
        { rule, class: c.class, ...(c.category ? { category: c.category } : {}), exception: true },
      ]),
    ),
  );
  const byModule = new Map<string, ModuleRule[]>();
  for (const rule of allModuleRules()) {
    const module = moduleOf(rule.prefix);
    if (!byModule.has(module)) byModule.set(module, []);
    byModule.get(module)!.push(rule);
  }
  for (const rules of byModule.values()) rules.sort((a, b) => b.prefix.length - a.prefix.length);
  return { exceptions, byModule: byModule as ReadonlyMap<string, readonly ModuleRule[]> };
});
const memo = new Map<string, TokenClassification | null>();

/** The module rule classifying `token`, or undefined for a token no rule covers. */
export function classifyToken(token: string): TokenClassification | undefined {
  const known = memo.get(token);
  if (known !== undefined) return known ?? undefined;
  const { exceptions, byModule } = indexes();
  let found: TokenClassification | undefined = exceptions.get(token);
  if (!found) {
    const rule = byModule.get(moduleOf(token))?.find((r) => token.startsWith(r.prefix));
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
