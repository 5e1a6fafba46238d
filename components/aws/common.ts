// AWS helpers shared by the AWS components: user-supplied key ARNs must name a region that is
// the resource's own (S3 SSE-KMS, RDS and AWS Backup only accept a key in the same region, and
// docs/design.md requires it for `personal`/`special`), checked at construction when the ARN is a
// plain string and when it resolves otherwise.
import * as pulumi from "@pulumi/pulumi";
import { parseArn, type Location } from "../../sovereignty";
import { fail, ComponentInputError, type ComponentContext } from "../core/errors";

/** `pulumi.Input<string>` → plain string, when it already is one. */
function plain(value: pulumi.Input<string>): string | undefined {
  return typeof value === "string" ? value : undefined;
}

function keyArnProblem(arn: string, region: Location): string | undefined {
  const parsed = parseArn(arn);
  if (!parsed || parsed.service !== "kms") {
    return `"${arn}" is not a KMS key ARN (arn:aws:kms:<region>:<account>:key/<id>); a bare key id or alias does not name its region`;
  }
  if (parsed.region !== region.name) {
    return `key ${arn} is in ${parsed.region ?? "no region"}, but the resource is in ${region.name}: the key must be in the same region`;
  }
  return undefined;
}

/**
 * Validates a user-supplied KMS key ARN: now when it is a plain string, else when it resolves
 * (an error at deployment, since the value is not known before). Returns the ARN unchanged.
 */
export function checkedKeyArn(
  ctx: ComponentContext,
  input: string,
  arn: pulumi.Input<string>,
  region: Location,
): pulumi.Input<string> {
  const now = plain(arn);
  if (now !== undefined) {
    const problem = keyArnProblem(now, region);
    if (problem) fail(ctx, input, problem);
    return now;
  }
  return pulumi.output(arn).apply((resolved) => {
    const problem = keyArnProblem(resolved, region);
    if (problem) throw new ComponentInputError(ctx.component, ctx.name, input, problem);
    return resolved;
  });
}

/** A plain ARN's region (Backup vault ARNs carry one), checked against the zone by the caller. */
export function arnRegion(ctx: ComponentContext, input: string, arn: string): string {
  const parsed = typeof arn === "string" ? parseArn(arn) : undefined;
  if (!parsed) fail(ctx, input, `"${String(arn)}" is not an ARN`);
  if (!parsed.region)
    fail(ctx, input, `ARN "${arn}" names no region, so where the copy goes cannot be checked`);
  return parsed.region;
}

export type Tags = Record<string, pulumi.Input<string>>;
