import * as pulumi from "@pulumi/pulumi";
import * as kms from "@pulumi/aws/kms";
import { fail, type ComponentContext } from "../core/errors";
import {
  requireLocation,
  requirePositiveInteger,
  resolvePrimaryLocation,
  resolveResidency,
  type ResidencyArgs,
} from "../core/residency";
import { mergeTags } from "../core/tags";
import type { Tags } from "./common";

export const KEY_TYPE = "sovereignty:aws:Key";

export interface KeyArgs extends ResidencyArgs {
  /** AWS region of the key. Default: stack config `aws:region`. Must lie in `zone` unless `public`. */
  region?: string;
  /** Key description. Default: "Customer-managed key for <name> (<zone>, <classification>)". */
  description?: pulumi.Input<string>;
  /** Days a scheduled deletion waits (7-30). Default 30. */
  deletionWindowInDays?: number;
  /** Automatic rotation period in days (90-2560). Rotation is always on. Default 365. */
  rotationPeriodInDays?: number;
  /**
   * Regions to replicate the key into. Setting any makes the key multi-Region
   * (`multiRegion: true`) with one `aws.kms.ReplicaKey` per region; every region must lie in the
   * zone. Default: none (single-Region key).
   */
  replicaRegions?: string[];
  /** Key policy JSON. Default: the AWS default key policy (the account root administers the key). */
  policy?: pulumi.Input<string>;
  /** An alias (`alias/...`) created for the key in its region. Default: none. */
  alias?: string;
  /** Extra tags. The residency tags are added by the component and may not be set here. */
  tags?: Tags;
}

/**
 * A KMS customer-managed key with rotation, tagged with its residency, in one region of the zone;
 * multi-Region only when every replica region is in the zone.
 *
 * Children: `aws.kms.Key`; one `aws.kms.ReplicaKey` per `replicaRegions` entry; `aws.kms.Alias` when `alias` is set.
 */
export class Key extends pulumi.ComponentResource {
  /** The key's ARN (carries its region). */
  public readonly arn: pulumi.Output<string>;
  public readonly keyId: pulumi.Output<string>;
  /** The region of the key. */
  public readonly region: string;
  /** ARNs of the replica keys, in `replicaRegions` order. */
  public readonly replicaArns: pulumi.Output<string>[];
  public readonly key: kms.Key;

  constructor(name: string, args: KeyArgs = {}, opts?: pulumi.ComponentResourceOptions) {
    const ctx: ComponentContext = { component: KEY_TYPE, name };
    const residency = resolveResidency(ctx, args);
    const region = resolvePrimaryLocation(ctx, residency, "aws", "regions", args.region, "region");
    const replicas = (args.replicaRegions ?? []).map((r, i) =>
      requireLocation(ctx, residency, "aws", "regions", r, `replicaRegions[${i}]`),
    );
    replicas.forEach((r, i) => {
      if (r.name === region.name) fail(ctx, `replicaRegions[${i}]`, `${r.name} is the key's own region`);
    });
    const deletionWindowInDays = requirePositiveInteger(
      ctx,
      "deletionWindowInDays",
      args.deletionWindowInDays ?? 30,
      7,
      30,
    );
    const rotationPeriodInDays = requirePositiveInteger(
      ctx,
      "rotationPeriodInDays",
      args.rotationPeriodInDays ?? 365,
      90,
      2560,
    );
    if (args.alias !== undefined && !/^alias\/[a-zA-Z0-9/_-]+$/.test(args.alias)) {
      fail(ctx, "alias", `"${args.alias}" must look like alias/<name> (letters, digits, '/', '_', '-')`);
    }
    const tags = mergeTags(ctx, residency.tags, args.tags);

    super(KEY_TYPE, name, {}, opts);
    this.region = region.name;
    this.key = new kms.Key(
      `${name}`,
      {
        region: region.name,
        description:
          args.description ??
          `Customer-managed key for ${name} (${residency.zone.id}, ${residency.classification})`,
        enableKeyRotation: true,
        rotationPeriodInDays,
        deletionWindowInDays,
        multiRegion: replicas.length > 0,
        ...(args.policy !== undefined && { policy: args.policy }),
        tags,
      },
      { parent: this },
    );
    this.arn = this.key.arn;
    this.keyId = this.key.keyId;
    this.replicaArns = replicas.map(
      (r) =>
        new kms.ReplicaKey(
          `${name}-${r.name}`,
          {
            region: r.name,
            primaryKeyArn: this.key.arn,
            deletionWindowInDays,
            description: `Replica of ${name} in ${r.name}`,
            ...(args.policy !== undefined && { policy: args.policy }),
            tags,
          },
          { parent: this },
        ).arn,
    );
    if (args.alias !== undefined) {
      new kms.Alias(
        `${name}-alias`,
        { region: region.name, name: args.alias, targetKeyId: this.key.keyId },
        { parent: this },
      );
    }
    this.registerOutputs({
      arn: this.arn,
      keyId: this.keyId,
      region: this.region,
      replicaArns: this.replicaArns,
    });
  }
}
