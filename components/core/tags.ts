// Residency tags on every child (docs/design.md "Residency tags"): components pass no inputs to the
// engine, so nothing inherits from a component parent; every child is tagged explicitly.
import * as pulumi from "@pulumi/pulumi";
import {
  CLASSIFICATION_TAG,
  RESIDENCY_TAG,
  TRANSFER_APPROVAL_TAG,
  validateLabelValue,
} from "../../sovereignty";
import type { Classification } from "../../sovereignty";
import { fail, type ComponentContext } from "./errors";

export function residencyTags(zone: string, classification: Classification): Record<string, string> {
  return { [RESIDENCY_TAG]: zone, [CLASSIFICATION_TAG]: classification };
}

const RESERVED = [RESIDENCY_TAG, CLASSIFICATION_TAG, TRANSFER_APPROVAL_TAG];

/**
 * The user's extra tags plus the residency tags. A user tag that spells a residency key (in any
 * case) is rejected: the component's declaration is the control, and two spellings with different
 * values would themselves be a violation. `transfer-approval` is not the component's to grant.
 */
export function mergeTags(
  ctx: ComponentContext,
  residency: Readonly<Record<string, string>>,
  user: Readonly<Record<string, pulumi.Input<string>>> | undefined,
  input = "tags",
): Record<string, pulumi.Input<string>> {
  const out: Record<string, pulumi.Input<string>> = {};
  for (const [key, value] of Object.entries(user ?? {})) {
    const k = key.trim().toLowerCase();
    if (RESERVED.includes(k)) {
      fail(
        ctx,
        `${input}.${key}`,
        `"${key}" is set by the component from \`zone\`/\`classification\`; remove it from ${input}`,
      );
    }
    out[key] = value;
  }
  return { ...out, ...residency };
}

/**
 * GCP labels: keys and values lower-case `[a-z0-9_-]`, at most 63 characters. Plain values are
 * checked at construction; the residency values always satisfy the rules (zone ids and
 * classifications are valid labels).
 */
export function mergeLabels(
  ctx: ComponentContext,
  residency: Readonly<Record<string, string>>,
  user: Readonly<Record<string, pulumi.Input<string>>> | undefined,
): Record<string, pulumi.Input<string>> {
  const merged = mergeTags(ctx, residency, user, "labels");
  for (const [key, value] of Object.entries(merged)) {
    const keyProblem = /^[a-z][a-z0-9_-]{0,62}$/.test(key)
      ? undefined
      : "must start with a lower-case letter and hold at most 63 lower-case letters, digits, '_' or '-'";
    if (keyProblem) fail(ctx, `labels.${key}`, `label key ${keyProblem}`);
    if (typeof value === "string") {
      const problem = validateLabelValue(value);
      if (problem) fail(ctx, `labels.${key}`, `label value "${value}" ${problem}`);
    }
  }
  return merged;
}
