// The other direction. Some resources do not send their data anywhere: they ARE the copy (an RDS
// read replica, a DynamoDB table replica, a KMS replica key, a Cloud SQL replica). Their own
// location is checked by the location policy, against their own tags; but a copy keeps the
// SOURCE's classification and zone (the README: "a `public` tag on a destination never licenses a
// copy of `personal` data"), and the source's properties never name its copies. So for these
// types the flow is declared on the copy, and a stack policy joins it: resolve `source` in the
// stack, take the source's effective residency tags, and check THIS resource's location against
// them. When the source cannot be resolved, `sourceRegion` (read from an ARN) still tells where
// the data comes from.
//
// Defined here rather than in ./types.ts because that file is the lead's contract; proposed for it.
import type { Cloud } from "../types";
import type { FlowKind, FlowTarget } from "./types";
import { arnRegion, isArn } from "./arn";
import { readString } from "./read";

export interface FlowOrigin {
  readonly kind: FlowKind;
  readonly cloud: Cloud;
  /** Property path that names the source, as users write it: `replicateSourceDb`. */
  readonly property: string;
  /** The source: a resource reference (ARN, name or id), or unknown at preview. */
  readonly source: Extract<FlowTarget, { kind: "resource" } | { kind: "unknown" }>;
  /** The source's region, when the reference itself carries one (ARNs do, except S3 buckets). */
  readonly sourceRegion?: string;
}

/** Every source this resource holds a copy of. Never throws. */
export type OriginFunction = (props: Readonly<Record<string, unknown>>) => readonly FlowOrigin[];

/**
 * The origin named by one reference property: nothing when absent, an unknown source when unknown
 * at preview, else a resource reference (`arn` when it parses as one, else `plain`).
 */
export function referenceOrigin(
  cloud: Cloud,
  kind: FlowKind,
  property: string,
  raw: unknown,
  plain: "name" | "id",
): FlowOrigin[] {
  const read = readString(raw);
  if (read.state === "absent") return [];
  if (read.state === "unknown") return [{ kind, cloud, property, source: { kind: "unknown" } }];
  const arn = isArn(read.value);
  const region = arn ? arnRegion(read.value) : undefined;
  return [
    {
      kind,
      cloud,
      property,
      source: { kind: "resource", reference: read.value, referenceKind: arn ? "arn" : plain },
      ...(region !== undefined ? { sourceRegion: region } : {}),
    },
  ];
}
