// ARN reading goes through the model's parser (../arn.ts `parseArn`): one meaning of "the region an
// ARN names" for the whole project. S3 bucket ARNs name none; Backup vault, KMS, RDS and DynamoDB
// ARNs do, in every partition (`aws`, `aws-cn`, `aws-us-gov`, `aws-eusc`, `aws-iso*`).
import { parseArn } from "../arn";
import { readString, type Destinations } from "./read";
import type { FlowKind } from "./types";

export function isArn(text: string): boolean {
  return parseArn(text) !== undefined;
}

/** The region an ARN names, when it names one. */
export function arnRegion(text: string): string | undefined {
  return parseArn(text)?.region;
}

/**
 * A property holding an ARN (or a plain name): an ARN with a region is a location; an ARN without
 * one (S3 buckets) or a plain name is a resource the stack must resolve.
 */
export function arnOrResource(out: Destinations, kind: FlowKind, property: string, raw: unknown): void {
  const read = readString(raw);
  if (read.state === "unknown") return out.unknown(kind, property);
  if (read.state === "absent") return;
  const region = arnRegion(read.value);
  if (region !== undefined) return out.location(kind, property, "regions", region);
  out.resource(kind, property, read.value, isArn(read.value) ? "arn" : "name");
}
