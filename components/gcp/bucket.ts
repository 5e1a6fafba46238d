import * as pulumi from "@pulumi/pulumi";
import * as storage from "@pulumi/gcp/storage";
import { fail, type ComponentContext } from "../core/errors";
import {
  requireLocation,
  requirePositiveInteger,
  resolvePrimaryLocation,
  resolveResidency,
  type ResidencyArgs,
} from "../core/residency";
import { mergeLabels } from "../core/tags";
import { gcpKey, grantKey, kmsKeyLocation, kmsLocationForGcs, type Labels } from "./common";

export const BUCKET_TYPE = "sovereignty:gcp:Bucket";

export interface BucketArgs extends ResidencyArgs {
  /**
   * GCS location: a region (`europe-west3`), a multi-region (`EU`) or a predefined dual-region
   * (`EUR4`). Must lie in the zone (GCS `EU` excludes London and Zürich). Default: stack config `gcp:region`.
   */
  location?: string;
  /** A configurable dual-region: two regions inside the multi-region `location`. Default: none. */
  dataLocations?: [string, string];
  /** Project. Default: the provider's. */
  project?: pulumi.Input<string>;
  /** Bucket name. Default: auto-named. */
  bucketName?: pulumi.Input<string>;
  /**
   * An existing key (`projects/<p>/locations/<loc>/keyRings/<r>/cryptoKeys/<k>`); a plain name's
   * location must be the bucket's KMS location. Default: a new key ring + key.
   */
  kmsKeyName?: pulumi.Input<string>;
  /** KMS location of the new key. Default: derived from `location` (`EU` → `europe`, a region → itself). */
  kmsLocation?: string;
  /** Retention policy in days (objects cannot be deleted or replaced sooner). Default: none. */
  retentionDays?: number;
  /** Lock the retention policy: irreversible. Default false. */
  lockRetention?: boolean;
  /** Lifecycle: NEARLINE after `nearlineAfterDays` (30), COLDLINE after `coldlineAfterDays` (90); `false` turns it off. */
  tiering?: false | { nearlineAfterDays?: number; coldlineAfterDays?: number };
  /** Allow `pulumi destroy` to delete a non-empty bucket. Default false. */
  forceDestroy?: boolean;
  /** Extra labels (lower case). The residency labels are added by the component. */
  labels?: Labels;
}

/**
 * A GCS bucket in an in-zone region or dual-region, encrypted with a CMEK in the matching KMS
 * location, uniform bucket-level access, public access prevention enforced, versioning, optional
 * retention policy and Nearline/Coldline tiering.
 *
 * Children: (unless `kmsKeyName`) `kms.KeyRing`, `kms.CryptoKey`, `kms.CryptoKeyIAMMember` for the
 * GCS service agent; `storage.Bucket`.
 */
export class Bucket extends pulumi.ComponentResource {
  public readonly bucket: storage.Bucket;
  public readonly bucketName: pulumi.Output<string>;
  public readonly location: string;
  public readonly kmsKeyName: pulumi.Output<string>;

  constructor(name: string, args: BucketArgs = {}, opts?: pulumi.ComponentResourceOptions) {
    const ctx: ComponentContext = { component: BUCKET_TYPE, name };
    const residency = resolveResidency(ctx, args);
    const location = resolvePrimaryLocation(ctx, residency, "gcp", "gcs", args.location, "location");
    let dataLocations: string[] | undefined;
    if (args.dataLocations) {
      if (location.kind !== "multi-region")
        fail(
          ctx,
          "dataLocations",
          `a configurable dual-region needs a multi-region location (EU, US, ASIA), not ${location.name}`,
        );
      dataLocations = args.dataLocations.map((r, i) => {
        const region = requireLocation(ctx, residency, "gcp", "regions", r, `dataLocations[${i}]`);
        if (!region.countries.every((c) => location.countries.includes(c)))
          fail(ctx, `dataLocations[${i}]`, `${region.name} is not inside ${location.name}`);
        return region.name.toUpperCase();
      });
    }
    const kmsLocationName = args.kmsLocation ?? kmsLocationForGcs(location);
    const kmsLocation = requireLocation(ctx, residency, "gcp", "gcp-kms", kmsLocationName, "kmsLocation");
    if (typeof args.kmsKeyName === "string") {
      const keyLocation = kmsKeyLocation(args.kmsKeyName);
      if (keyLocation !== kmsLocation.name)
        fail(
          ctx,
          "kmsKeyName",
          `the key is in ${keyLocation ?? "an unknown location"}, but a bucket in ${location.name} needs a key in ${kmsLocation.name}`,
        );
    }
    const retentionDays =
      args.retentionDays === undefined
        ? undefined
        : requirePositiveInteger(ctx, "retentionDays", args.retentionDays);
    if (args.lockRetention && retentionDays === undefined) fail(ctx, "lockRetention", "needs retentionDays");
    const tiering =
      args.tiering === false
        ? undefined
        : {
            nearline: requirePositiveInteger(
              ctx,
              "tiering.nearlineAfterDays",
              args.tiering?.nearlineAfterDays ?? 30,
            ),
            coldline: requirePositiveInteger(
              ctx,
              "tiering.coldlineAfterDays",
              args.tiering?.coldlineAfterDays ?? 90,
            ),
          };
    if (tiering && tiering.coldline <= tiering.nearline)
      fail(ctx, "tiering.coldlineAfterDays", `must be later than nearlineAfterDays (${tiering.nearline})`);
    const labels = mergeLabels(ctx, residency.tags, args.labels);

    super(BUCKET_TYPE, name, {}, opts);
    this.location = location.name;
    let keyName: pulumi.Input<string>;
    const dependsOn: pulumi.Resource[] = [];
    if (args.kmsKeyName !== undefined) keyName = args.kmsKeyName;
    else {
      const key = gcpKey(this, name, kmsLocation.name, labels, args.project);
      const agent = storage.getProjectServiceAccountOutput(
        { ...(args.project !== undefined && { project: args.project }) },
        { parent: this },
      );
      dependsOn.push(grantKey(this, name, key, agent.member));
      keyName = key.keyName;
    }
    this.kmsKeyName = pulumi.output(keyName);
    this.bucket = new storage.Bucket(
      name,
      {
        location: location.name.toUpperCase(),
        ...(dataLocations && { customPlacementConfig: { dataLocations } }),
        ...(args.project !== undefined && { project: args.project }),
        ...(args.bucketName !== undefined && { name: args.bucketName }),
        uniformBucketLevelAccess: true,
        publicAccessPrevention: "enforced",
        encryption: { defaultKmsKeyName: keyName },
        versioning: { enabled: true },
        ...(retentionDays !== undefined && {
          retentionPolicy: {
            retentionPeriod: String(retentionDays * 86400),
            isLocked: args.lockRetention ?? false,
          },
        }),
        lifecycleRules: tiering
          ? [
              {
                action: { type: "SetStorageClass", storageClass: "NEARLINE" },
                condition: { age: tiering.nearline, matchesStorageClasses: ["STANDARD"] },
              },
              {
                action: { type: "SetStorageClass", storageClass: "COLDLINE" },
                condition: { age: tiering.coldline, matchesStorageClasses: ["STANDARD", "NEARLINE"] },
              },
            ]
          : [],
        forceDestroy: args.forceDestroy ?? false,
        labels,
      },
      { parent: this, dependsOn },
    );
    this.bucketName = this.bucket.name;
    this.registerOutputs({
      bucketName: this.bucketName,
      location: this.location,
      kmsKeyName: this.kmsKeyName,
    });
  }
}
