// Synthetic `pulumi stack export` files for the bench: deployment version 3, a root
// `pulumi:pulumi:Stack`, the three default providers (`aws` with `region`, `azure-native` with
// `location`, `gcp` with `project`/`region`), then "units" — what one team's application puts in a
// stack (a bucket with its side resources, a key, a database, a backup vault and plan...) — until
// the wanted size. Deterministic: the same (size, seed) always gives the same file.
//
// Property names are those of the installed SDKs' `*Args` (checked in
// @pulumi/aws 7.48 {s3,kms,rds,dynamodb,backup,iam} `...Args` (v7: per-resource `region`,
// `aws.s3.Bucket` = the former BucketV2, side resources carry `bucket` and `region`),
// @pulumi/azure-native 3.28 {storage,keyvault,dbforpostgresql,cosmosdb,recoveryservices}
// and @pulumi/gcp 9.37 {storage,kms,sql,bigquery,pubsub}). State shape from
// pulumi/pulumi sdk/go/common/apitype/core.go (DeploymentV3, ResourceV3, SecretV1); bridged (TF)
// providers keep `__defaults` in their inputs; encrypted secrets are `{ sig, ciphertext }`.
//
// About 5% of the resources carry an injected violation (wrong region, missing residency tag,
// GRS in brazilsouth, a backup copy or replica in us-east-1, a GCS dual-region that leaves the
// zone, a BigQuery dataset with no location...). Which ones is recorded so the bench can say how
// many it planted.
//
// Two mixes. `fixed`: only the units above. `registry` (the default, issue 12): about half the
// resources are single resources of a type drawn from the registry's full type set — every
// resource token of the installed @pulumi/aws, azure-native, azure (classic) and gcp that the
// registry declares or a module rule classifies, by class (data, processing, control plane,
// location-less; configuring side resources only come with their units) — with the location
// and tag properties the registry says the type has, in the unit's zone (or, planted, outside
// it). `SOVEREIGNTY_BENCH_MIX=fixed` selects the fixed mix without changing the bench driver.
import * as fs from "node:fs";
import * as path from "node:path";
import type { LocationRule } from "../sovereignty/resource/types";
import { declarationOf, locationRuleOf, tagRuleOf, type TypeClass } from "../sovereignty/registry";
import { classifyToken, conventionsFor } from "../sovereignty/registry/modules";
import { allSdkTokens } from "../scripts/sdk-tokens";
import { Random } from "./prng";

const PROJECT = "sovereignty-bench";
const ACCOUNT = "123456789012";
const GCP_PROJECT = "bench-project-123";
const AZURE_SUBSCRIPTION = "00000000-0000-0000-0000-00000000b0b0";
const TENANT = "11111111-2222-3333-4444-555555555555";
// Pulumi's secret signature (sdk/go/common/resource/sig); state files write encrypted secrets.
const SIG = "4dabf18193072939515e22adb298388d";
const SECRET_SIG = "1b47061264138c4ac30d75fd1eb44270";

export type BenchCloud = "aws" | "azure" | "gcp";
type ZoneId = "eu" | "us" | "br" | "uk" | "ch";
type Classification = "public" | "internal" | "confidential" | "personal" | "special";
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

interface ZoneRegions {
  readonly aws: readonly string[];
  readonly azure: readonly string[];
  readonly azureDisplay: readonly string[];
  readonly gcp: readonly string[];
  /** GCS / BigQuery multi-region for the zone, if there is one. */
  readonly multi?: string;
  /** Cloud KMS multi-region name (lowercase, a different catalog from GCS). */
  readonly kmsMulti?: string;
}

// Regions per zone (docs/reference/clouds.md, docs/design.md): London and Zurich are not EU.
const ZONES: { readonly [zone in ZoneId]: ZoneRegions } = {
  eu: {
    aws: ["eu-central-1", "eu-west-1", "eu-west-3", "eu-north-1", "eu-south-1"],
    azure: ["germanywestcentral", "westeurope", "northeurope", "francecentral", "swedencentral"],
    azureDisplay: ["Germany West Central", "West Europe", "North Europe", "France Central", "Sweden Central"],
    gcp: ["europe-west3", "europe-west1", "europe-west4", "europe-west9", "europe-north1"],
    multi: "EU",
    kmsMulti: "europe",
  },
  us: {
    aws: ["us-east-1", "us-east-2", "us-west-2"],
    azure: ["eastus", "eastus2", "westus2", "centralus"],
    azureDisplay: ["East US", "East US 2", "West US 2", "Central US"],
    gcp: ["us-central1", "us-east1", "us-west1"],
    multi: "US",
    kmsMulti: "us",
  },
  br: {
    aws: ["sa-east-1"],
    azure: ["brazilsouth"],
    azureDisplay: ["Brazil South"],
    gcp: ["southamerica-east1"],
  },
  uk: {
    aws: ["eu-west-2"],
    azure: ["uksouth", "ukwest"],
    azureDisplay: ["UK South", "UK West"],
    gcp: ["europe-west2"],
  },
  ch: {
    aws: ["eu-central-2"],
    azure: ["switzerlandnorth", "switzerlandwest"],
    azureDisplay: ["Switzerland North", "Switzerland West"],
    gcp: ["europe-west6"],
  },
};

const ZONE_WEIGHTS: readonly (readonly [ZoneId, number])[] = [
  ["eu", 50],
  ["us", 25],
  ["br", 10],
  ["uk", 10],
  ["ch", 5],
];
const CLASSIFICATION_WEIGHTS: readonly (readonly [Classification, number])[] = [
  ["public", 5],
  ["internal", 30],
  ["confidential", 30],
  ["personal", 30],
  ["special", 5],
];
const CLOUD_WEIGHTS: readonly (readonly [BenchCloud, number])[] = [
  ["aws", 35],
  ["azure", 30],
  ["gcp", 35],
];
/** Chance that a unit carries one injected violation; tuned for ~5% of resources. */
const VIOLATION_RATE = 0.14;

export type BenchMix = "registry" | "fixed";
export interface GenerateOptions {
  /** Default: `SOVEREIGNTY_BENCH_MIX`, else `registry`. */
  readonly mix?: BenchMix;
}
function mixOf(options: GenerateOptions): BenchMix {
  const mix = options.mix ?? process.env["SOVEREIGNTY_BENCH_MIX"] ?? "registry";
  if (mix !== "registry" && mix !== "fixed") throw new Error(`bench: unknown mix ${mix} (registry or fixed)`);
  return mix;
}
/** Registry mix: chance that a unit is one resource drawn from the registry (about half the resources). */
const REGISTRY_UNIT_SHARE = 0.8;
/** Registry mix: chance that a drawn resource carries a planted violation (outside its zone, or untagged). */
const REGISTRY_VIOLATION_RATE = 0.05;
/** Registry mix: how often each class is drawn (configuring side resources need a target: not drawn alone). */
const CLASS_WEIGHTS: readonly (readonly [Exclude<TypeClass, "configures">, number])[] = [
  ["data", 45],
  ["processes", 25],
  ["control-plane", 20],
  ["location-less", 10],
];
/** Registry mix: share of Azure draws from the classic `@pulumi/azure` rather than azure-native. */
const AZURE_CLASSIC_SHARE = 0.3;

const DEFAULT_REGION: { readonly [cloud in BenchCloud]: string } = {
  aws: "eu-central-1",
  azure: "westeurope",
  gcp: "europe-west3",
};

interface StateResource {
  urn: string;
  custom: boolean;
  id?: string;
  type: string;
  inputs: JsonObject;
  outputs: JsonObject;
  parent?: string;
  provider?: string;
  dependencies?: string[];
  propertyDependencies?: { [key: string]: string[] };
  created: string;
  modified: string;
}

export interface GeneratedStack {
  readonly file: string;
  readonly bytes: number;
  /** Resources in the deployment, root stack and default providers included. */
  readonly resources: number;
  readonly byCloud: { readonly [cloud in BenchCloud]: number };
  /** Resources that carry an injected violation. */
  readonly violationsInjected: number;
}

interface Unit {
  readonly zone: ZoneId;
  readonly classification: Classification;
  readonly region: string;
  /** The injected violation's name, if this unit has one (picked by the unit's generator). */
  readonly violate: boolean;
  readonly app: string;
}

const TIMESTAMP = "2026-11-20T10:00:00.000000Z";

class StackBuilder {
  readonly resources: StateResource[] = [];
  readonly rootUrn: string;
  readonly providerRefs: { [cloud in BenchCloud]: string };
  /** The classic azure provider (registry mix only). */
  readonly azureClassicRef?: string;
  readonly byCloud: { [cloud in BenchCloud]: number } = { aws: 0, azure: 0, gcp: 0 };
  /** URNs of the resources that carry an injected violation. */
  readonly violating = new Set<string>();
  private counter = 0;

  constructor(
    readonly stack: string,
    readonly random: Random,
    mix: BenchMix = "fixed",
  ) {
    this.rootUrn = this.urn("pulumi:pulumi:Stack", `${PROJECT}-${stack}`);
    this.resources.push({
      urn: this.rootUrn,
      custom: false,
      type: "pulumi:pulumi:Stack",
      inputs: {},
      outputs: {},
      created: TIMESTAMP,
      modified: TIMESTAMP,
    });
    const provider = (cloud: BenchCloud, pkg: string, version: string, inputs: JsonObject): string => {
      const urn = this.urn(`pulumi:providers:${pkg}`, `default_${version.replace(/\./g, "_")}`);
      const id = this.uuid();
      this.resources.push({
        urn,
        custom: true,
        id,
        type: `pulumi:providers:${pkg}`,
        inputs: { ...inputs, version },
        outputs: { ...inputs, version },
        created: TIMESTAMP,
        modified: TIMESTAMP,
      });
      this.byCloud[cloud] += 1;
      return `${urn}::${id}`;
    };
    this.providerRefs = {
      aws: provider("aws", "aws", "7.48.0", {
        region: DEFAULT_REGION.aws,
        skipCredentialsValidation: "false",
        skipRegionValidation: "true",
      }),
      azure: provider("azure", "azure-native", "3.28.0", {
        location: DEFAULT_REGION.azure,
        subscriptionId: AZURE_SUBSCRIPTION,
      }),
      gcp: provider("gcp", "gcp", "9.37.0", { project: GCP_PROJECT, region: DEFAULT_REGION.gcp }),
    };
    if (mix === "registry") {
      this.azureClassicRef = provider("azure", "azure", "6.40.0", {
        location: DEFAULT_REGION.azure,
        subscriptionId: AZURE_SUBSCRIPTION,
        features: "{}",
      });
    }
  }

  urn(type: string, name: string): string {
    return `urn:pulumi:${this.stack}::${PROJECT}::${type}::${name}`;
  }

  uuid(): string {
    const h = this.random.hex(32);
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
  }

  uniqueName(base: string): string {
    this.counter += 1;
    return `${base}-${this.counter.toString(36)}`;
  }

  /** Adds a custom resource; `refs` maps input properties to the URNs they were computed from. */
  add(
    cloud: BenchCloud,
    type: string,
    name: string,
    options: {
      readonly inputs: JsonObject;
      readonly outputs?: JsonObject;
      readonly id?: string;
      readonly refs?: { readonly [property: string]: readonly string[] };
      readonly violation?: boolean;
      /** A classic `@pulumi/azure` resource (its own provider; TF-bridged). */
      readonly classic?: boolean;
    },
  ): string {
    const urn = this.urn(type, name);
    // TF-bridged providers (aws, gcp, classic azure) record the defaults they applied.
    const bridged = cloud !== "azure" || options.classic === true;
    const inputs: JsonObject = bridged ? { __defaults: [], ...options.inputs } : options.inputs;
    const refs = options.refs ?? {};
    const dependencies = [...new Set(Object.values(refs).flat())];
    this.resources.push({
      urn,
      custom: true,
      id: options.id ?? name,
      type,
      inputs,
      outputs: { ...options.inputs, ...(options.outputs ?? {}) },
      parent: this.rootUrn,
      provider: options.classic && this.azureClassicRef ? this.azureClassicRef : this.providerRefs[cloud],
      ...(dependencies.length > 0
        ? {
            dependencies,
            propertyDependencies: Object.fromEntries(Object.entries(refs).map(([k, v]) => [k, [...v]])),
          }
        : {}),
      created: TIMESTAMP,
      modified: TIMESTAMP,
    });
    this.byCloud[cloud] += 1;
    if (options.violation) this.violating.add(urn);
    return urn;
  }

  secret(): Json {
    return { [SIG]: SECRET_SIG, ciphertext: `v1:${this.random.hex(24)}:${this.random.hex(48)}` };
  }
}

function tags(unit: Unit, extra: JsonObject = {}): JsonObject {
  return {
    "data-residency": unit.zone,
    "data-classification": unit.classification,
    app: unit.app,
    owner: "team-" + unit.app.split("-")[0],
    ...extra,
  };
}

function needsKey(unit: Unit): boolean {
  return unit.classification === "personal" || unit.classification === "special";
}

function otherRegion(random: Random, regions: readonly string[], not: string): string {
  const others = regions.filter((r) => r !== not);
  return others.length > 0 ? random.pick(others) : not;
}

/** A region outside the unit's zone: the typical mistake (us-east-1, or London for EU data). */
function outsideRegion(random: Random, cloud: BenchCloud, zone: ZoneId): string {
  if (zone === "eu")
    return random.pick(
      cloud === "aws"
        ? ["us-east-1", "eu-west-2"]
        : cloud === "azure"
          ? ["eastus", "uksouth"]
          : ["us-central1", "europe-west2"],
    );
  return cloud === "aws" ? "us-east-1" : cloud === "azure" ? "eastus" : "us-central1";
}

// ---------------------------------------------------------------------------------------------
// AWS

function awsKey(
  b: StackBuilder,
  unit: Unit,
  region: string,
  violation = false,
): { urn: string; arn: string } {
  const name = b.uniqueName(`${unit.app}-key`);
  const keyId = b.uuid();
  const arn = `arn:aws:kms:${region}:${ACCOUNT}:key/${keyId}`;
  const urn = b.add("aws", "aws:kms/key:Key", name, {
    id: keyId,
    inputs: {
      region,
      description: `${unit.app} data key`,
      enableKeyRotation: true,
      deletionWindowInDays: 30,
      keyUsage: "ENCRYPT_DECRYPT",
      customerMasterKeySpec: "SYMMETRIC_DEFAULT",
      multiRegion: false,
      isEnabled: true,
      tags: tags(unit),
    },
    outputs: { arn, keyId, tagsAll: tags(unit) },
    violation,
  });
  return { urn, arn };
}

function awsBucketUnit(b: StackBuilder, unit: Unit): void {
  const r = b.random;
  const violation = unit.violate
    ? r.pick(["region", "untagged", "replica-outside", "no-cmk"] as const)
    : undefined;
  const region = violation === "region" ? outsideRegion(r, "aws", unit.zone) : unit.region;
  const key = needsKey(unit) && violation !== "no-cmk" ? awsKey(b, unit, region) : undefined;
  const bucketName = `${unit.app}-${r.hex(8)}`;
  const bucketTags = violation === "untagged" ? { app: unit.app } : tags(unit);
  const bucket = b.add("aws", "aws:s3/bucket:Bucket", b.uniqueName(unit.app + "-data"), {
    id: bucketName,
    inputs: {
      bucket: bucketName,
      region,
      forceDestroy: false,
      objectLockEnabled: needsKey(unit),
      tags: bucketTags,
    },
    outputs: {
      arn: `arn:aws:s3:::${bucketName}`,
      bucketRegion: region,
      bucketDomainName: `${bucketName}.s3.amazonaws.com`,
      tagsAll: bucketTags,
    },
    violation: violation === "region" || violation === "untagged" || violation === "no-cmk",
  });
  const refs = { bucket: [bucket] };
  const sse: JsonObject = key
    ? { sseAlgorithm: "aws:kms", kmsMasterKeyId: key.arn }
    : { sseAlgorithm: "AES256" };
  b.add(
    "aws",
    "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration",
    b.uniqueName(unit.app + "-sse"),
    {
      inputs: {
        bucket: bucketName,
        region,
        rules: [{ applyServerSideEncryptionByDefault: sse, bucketKeyEnabled: !!key }],
      },
      refs: key ? { bucket: [bucket], rules: [key.urn] } : refs,
    },
  );
  b.add("aws", "aws:s3/bucketVersioning:BucketVersioning", b.uniqueName(unit.app + "-versioning"), {
    inputs: { bucket: bucketName, region, versioningConfiguration: { status: "Enabled" } },
    refs,
  });
  b.add("aws", "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock", b.uniqueName(unit.app + "-pab"), {
    inputs: {
      bucket: bucketName,
      region,
      blockPublicAcls: unit.classification !== "public",
      blockPublicPolicy: unit.classification !== "public",
      ignorePublicAcls: unit.classification !== "public",
      restrictPublicBuckets: unit.classification !== "public",
    },
    refs,
  });
  if (violation === "replica-outside" || r.chance(0.3)) {
    const replicaRegion =
      violation === "replica-outside"
        ? outsideRegion(r, "aws", unit.zone)
        : otherRegion(r, ZONES[unit.zone].aws, region);
    const replicaName = `${bucketName}-replica`;
    const replica = b.add("aws", "aws:s3/bucket:Bucket", b.uniqueName(unit.app + "-replica"), {
      id: replicaName,
      inputs: {
        bucket: replicaName,
        region: replicaRegion,
        forceDestroy: false,
        tags: tags(unit, { role: "replica" }),
      },
      outputs: { arn: `arn:aws:s3:::${replicaName}`, bucketRegion: replicaRegion },
      violation: violation === "replica-outside",
    });
    const roleArn = awsRole(b, unit, "replication");
    const replicaKey = key ? awsKey(b, unit, replicaRegion) : undefined;
    b.add(
      "aws",
      "aws:s3/bucketReplicationConfig:BucketReplicationConfig",
      b.uniqueName(unit.app + "-replication"),
      {
        inputs: {
          bucket: bucketName,
          region,
          role: roleArn.arn,
          rules: [
            {
              id: "replicate-all",
              status: "Enabled",
              priority: 1,
              filter: {},
              deleteMarkerReplication: { status: "Enabled" },
              destination: {
                bucket: `arn:aws:s3:::${replicaName}`,
                storageClass: "STANDARD_IA",
                ...(replicaKey ? { encryptionConfiguration: { replicaKmsKeyId: replicaKey.arn } } : {}),
              },
              ...(replicaKey
                ? { sourceSelectionCriteria: { sseKmsEncryptedObjects: { status: "Enabled" } } }
                : {}),
            },
          ],
        },
        refs: {
          bucket: [bucket],
          role: [roleArn.urn],
          rules: [replica, ...(replicaKey ? [replicaKey.urn] : [])],
        },
      },
    );
  }
}

function awsRole(b: StackBuilder, unit: Unit, purpose: string): { urn: string; arn: string } {
  const name = b.uniqueName(`${unit.app}-${purpose}`);
  const arn = `arn:aws:iam::${ACCOUNT}:role/${name}`;
  const service =
    purpose === "replication"
      ? "s3.amazonaws.com"
      : purpose === "backup"
        ? "backup.amazonaws.com"
        : "lambda.amazonaws.com";
  const urn = b.add("aws", "aws:iam/role:Role", name, {
    inputs: {
      name,
      assumeRolePolicy: JSON.stringify({
        Version: "2012-10-17",
        Statement: [{ Effect: "Allow", Principal: { Service: service }, Action: "sts:AssumeRole" }],
      }),
      forceDetachPolicies: false,
      maxSessionDuration: 3600,
      path: "/",
      tags: { app: unit.app },
    },
    outputs: { arn, uniqueId: `AROA${b.random.hex(16).toUpperCase()}` },
  });
  return { urn, arn };
}

function awsRdsUnit(b: StackBuilder, unit: Unit): void {
  const r = b.random;
  const violation = unit.violate ? r.pick(["region", "untagged", "unencrypted"] as const) : undefined;
  const region = violation === "region" ? outsideRegion(r, "aws", unit.zone) : unit.region;
  const key = needsKey(unit) ? awsKey(b, unit, region) : undefined;
  const identifier = b.uniqueName(unit.app + "-db");
  b.add("aws", "aws:rds/instance:Instance", identifier, {
    id: identifier,
    inputs: {
      identifier,
      region,
      engine: "postgres",
      engineVersion: "16.4",
      instanceClass: r.pick(["db.t4g.medium", "db.m6g.large", "db.r6g.xlarge"]),
      allocatedStorage: r.pick([20, 50, 100, 500]),
      storageType: "gp3",
      storageEncrypted: violation !== "unencrypted",
      ...(key ? { kmsKeyId: key.arn } : {}),
      backupRetentionPeriod: r.pick([7, 14, 35]),
      backupWindow: "03:00-04:00",
      multiAz: r.chance(0.5),
      publiclyAccessible: false,
      username: "app",
      password: b.secret(),
      skipFinalSnapshot: false,
      finalSnapshotIdentifier: `${identifier}-final`,
      deletionProtection: true,
      copyTagsToSnapshot: true,
      tags: violation === "untagged" ? { app: unit.app } : tags(unit),
    },
    outputs: {
      arn: `arn:aws:rds:${region}:${ACCOUNT}:db:${identifier}`,
      endpoint: `${identifier}.abc.${region}.rds.amazonaws.com:5432`,
    },
    refs: key ? { kmsKeyId: [key.urn] } : {},
    violation: violation !== undefined,
  });
}

function awsDynamoUnit(b: StackBuilder, unit: Unit): void {
  const r = b.random;
  const violation = unit.violate ? r.pick(["region", "replica-outside", "untagged"] as const) : undefined;
  const region = violation === "region" ? outsideRegion(r, "aws", unit.zone) : unit.region;
  const key = needsKey(unit) ? awsKey(b, unit, region) : undefined;
  const name = b.uniqueName(unit.app + "-table");
  const replicas: Json[] = [];
  if (violation === "replica-outside") replicas.push({ regionName: outsideRegion(r, "aws", unit.zone) });
  else if (ZONES[unit.zone].aws.length > 1 && r.chance(0.25))
    replicas.push({ regionName: otherRegion(r, ZONES[unit.zone].aws, region) });
  b.add("aws", "aws:dynamodb/table:Table", name, {
    inputs: {
      name,
      region,
      billingMode: "PAY_PER_REQUEST",
      hashKey: "pk",
      rangeKey: "sk",
      attributes: [
        { name: "pk", type: "S" },
        { name: "sk", type: "S" },
      ],
      pointInTimeRecovery: { enabled: true },
      serverSideEncryption: key ? { enabled: true, kmsKeyArn: key.arn } : { enabled: false },
      deletionProtectionEnabled: true,
      ...(replicas.length > 0 ? { replicas, streamEnabled: true, streamViewType: "NEW_AND_OLD_IMAGES" } : {}),
      tags: violation === "untagged" ? { app: unit.app } : tags(unit),
    },
    outputs: { arn: `arn:aws:dynamodb:${region}:${ACCOUNT}:table/${name}` },
    refs: key ? { serverSideEncryption: [key.urn] } : {},
    violation: violation !== undefined,
  });
}

function awsBackupUnit(b: StackBuilder, unit: Unit): void {
  const r = b.random;
  const violation = unit.violate ? r.pick(["copy-outside", "untagged", "region"] as const) : undefined;
  const region = violation === "region" ? outsideRegion(r, "aws", unit.zone) : unit.region;
  const key = awsKey(b, unit, region);
  const vaultName = b.uniqueName(unit.app + "-vault");
  const vault = b.add("aws", "aws:backup/vault:Vault", vaultName, {
    inputs: {
      name: vaultName,
      region,
      kmsKeyArn: key.arn,
      forceDestroy: false,
      tags: violation === "untagged" ? { app: unit.app } : tags(unit),
    },
    outputs: { arn: `arn:aws:backup:${region}:${ACCOUNT}:backup-vault:${vaultName}`, recoveryPoints: 0 },
    refs: { kmsKeyArn: [key.urn] },
    violation: violation === "untagged" || violation === "region",
  });
  if (needsKey(unit)) {
    b.add(
      "aws",
      "aws:backup/vaultLockConfiguration:VaultLockConfiguration",
      b.uniqueName(unit.app + "-lock"),
      {
        inputs: {
          backupVaultName: vaultName,
          region,
          minRetentionDays: 35,
          maxRetentionDays: 3650,
          changeableForDays: 3,
        },
        refs: { backupVaultName: [vault] },
      },
    );
  }
  const copyRegion =
    violation === "copy-outside" ? "us-east-1" : otherRegion(r, ZONES[unit.zone].aws, region);
  const copyVaultName = `${vaultName}-copy`;
  const copyKey = awsKey(b, unit, copyRegion);
  const copyVault = b.add("aws", "aws:backup/vault:Vault", b.uniqueName(unit.app + "-copyvault"), {
    id: copyVaultName,
    inputs: {
      name: copyVaultName,
      region: copyRegion,
      kmsKeyArn: copyKey.arn,
      forceDestroy: false,
      tags: tags(unit),
    },
    outputs: { arn: `arn:aws:backup:${copyRegion}:${ACCOUNT}:backup-vault:${copyVaultName}` },
    refs: { kmsKeyArn: [copyKey.urn] },
  });
  const planName = b.uniqueName(unit.app + "-plan");
  b.add("aws", "aws:backup/plan:Plan", planName, {
    inputs: {
      name: planName,
      region,
      rules: [
        {
          ruleName: "daily",
          targetVaultName: vaultName,
          schedule: "cron(0 3 * * ? *)",
          startWindow: 60,
          completionWindow: 180,
          lifecycle: { coldStorageAfter: 30, deleteAfter: 365 },
          copyActions: [
            {
              destinationVaultArn: `arn:aws:backup:${copyRegion}:${ACCOUNT}:backup-vault:${copyVaultName}`,
              lifecycle: { coldStorageAfter: 30, deleteAfter: 365 },
            },
          ],
          recoveryPointTags: tags(unit),
        },
      ],
      tags: tags(unit),
    },
    outputs: { arn: `arn:aws:backup:${region}:${ACCOUNT}:backup-plan:${b.uuid()}`, version: r.hex(24) },
    refs: { rules: [vault, copyVault] },
    violation: violation === "copy-outside",
  });
}

function awsUnit(b: StackBuilder, unit: Unit): void {
  const kind = b.random.weighted([
    ["bucket", 40],
    ["rds", 15],
    ["dynamo", 15],
    ["backup", 15],
    ["key", 5],
    ["role", 10],
  ] as const);
  switch (kind) {
    case "bucket":
      return awsBucketUnit(b, unit);
    case "rds":
      return awsRdsUnit(b, unit);
    case "dynamo":
      return awsDynamoUnit(b, unit);
    case "backup":
      return awsBackupUnit(b, unit);
    case "key": {
      const outside = unit.violate;
      awsKey(b, unit, outside ? outsideRegion(b.random, "aws", unit.zone) : unit.region, outside);
      return;
    }
    case "role":
      awsRole(b, unit, "worker"); // out of scope: no data, no location
      return;
  }
}

// ---------------------------------------------------------------------------------------------
// Azure

function azureUnit(b: StackBuilder, unit: Unit): void {
  const r = b.random;
  const zone = ZONES[unit.zone];
  const kind = r.weighted([
    ["storage", 35],
    ["keyvault", 15],
    ["postgres", 20],
    ["cosmos", 15],
    ["recovery", 15],
  ] as const);
  const violation = unit.violate ? r.pick(["region", "untagged", "geo"] as const) : undefined;
  let location = violation === "region" ? outsideRegion(r, "azure", unit.zone) : unit.region;
  // The Brazil case the project exists for: GRS in brazilsouth pairs into South Central US.
  if (violation === "geo" && kind === "storage" && unit.zone !== "us") location = "brazilsouth";
  // ARM accepts display names too ("West Europe"); about a third of programs write them.
  const index = zone.azure.indexOf(location);
  const written = index >= 0 && r.chance(0.3) ? zone.azureDisplay[index]! : location;
  const rgName = b.uniqueName(`rg-${unit.app}`);
  const rg = b.add("azure", "azure-native:resources:ResourceGroup", rgName, {
    id: `/subscriptions/${AZURE_SUBSCRIPTION}/resourceGroups/${rgName}`,
    inputs: { resourceGroupName: rgName, location: written, tags: { app: unit.app } },
  });
  const resourceTags = violation === "untagged" ? { app: unit.app } : tags(unit);
  const id = (provider: string, name: string): string =>
    `/subscriptions/${AZURE_SUBSCRIPTION}/resourceGroups/${rgName}/providers/${provider}/${name}`;
  const refs = { resourceGroupName: [rg] };
  const flagged = violation !== undefined;
  switch (kind) {
    case "storage": {
      const accountName = `st${r.hex(16)}`;
      const sku =
        violation === "geo"
          ? unit.zone === "us"
            ? "Standard_RAGRS"
            : "Standard_GRS"
          : r.pick(["Standard_LRS", "Standard_ZRS"]);
      b.add("azure", "azure-native:storage:StorageAccount", b.uniqueName(unit.app + "-st"), {
        id: id("Microsoft.Storage/storageAccounts", accountName),
        inputs: {
          accountName,
          resourceGroupName: rgName,
          location: written,
          kind: "StorageV2",
          sku: { name: sku },
          accessTier: "Hot",
          allowBlobPublicAccess: unit.classification === "public",
          allowSharedKeyAccess: false,
          enableHttpsTrafficOnly: true,
          minimumTlsVersion: "TLS1_2",
          publicNetworkAccess: unit.classification === "public" ? "Enabled" : "Disabled",
          encryption: needsKey(unit)
            ? {
                keySource: "Microsoft.Keyvault",
                keyVaultProperties: {
                  keyName: "data",
                  keyVaultUri: `https://kv-${unit.app}.vault.azure.net/`,
                },
                services: {
                  blob: { enabled: true, keyType: "Account" },
                  file: { enabled: true, keyType: "Account" },
                },
                requireInfrastructureEncryption: true,
              }
            : { keySource: "Microsoft.Storage", services: { blob: { enabled: true, keyType: "Account" } } },
          tags: resourceTags,
        },
        outputs: { primaryLocation: location, statusOfPrimary: "available" },
        refs,
        violation: flagged && (violation !== "geo" || unit.zone !== "us"),
      });
      return;
    }
    case "keyvault": {
      const vaultName = `kv-${r.hex(12)}`;
      b.add("azure", "azure-native:keyvault:Vault", b.uniqueName(unit.app + "-kv"), {
        id: id("Microsoft.KeyVault/vaults", vaultName),
        inputs: {
          vaultName,
          resourceGroupName: rgName,
          location: written,
          properties: {
            tenantId: TENANT,
            sku: { family: "A", name: needsKey(unit) ? "premium" : "standard" },
            enableSoftDelete: true,
            softDeleteRetentionInDays: 90,
            enablePurgeProtection: true,
            enableRbacAuthorization: true,
            publicNetworkAccess: "Disabled",
          },
          tags: resourceTags,
        },
        refs,
        violation: violation === "region" || violation === "untagged",
      });
      return;
    }
    case "postgres": {
      const serverName = `pg-${r.hex(10)}`;
      b.add("azure", "azure-native:dbforpostgresql:Server", b.uniqueName(unit.app + "-pg"), {
        id: id("Microsoft.DBforPostgreSQL/flexibleServers", serverName),
        inputs: {
          serverName,
          resourceGroupName: rgName,
          location: written,
          version: "16",
          sku: { name: "Standard_D2ds_v5", tier: "GeneralPurpose" },
          storage: { storageSizeGB: r.pick([64, 128, 512]), autoGrow: "Enabled" },
          backup: {
            backupRetentionDays: 14,
            geoRedundantBackup: violation === "geo" ? "Enabled" : "Disabled",
          },
          highAvailability: { mode: "ZoneRedundant" },
          administratorLogin: "pgadmin",
          administratorLoginPassword: b.secret(),
          network: { publicNetworkAccess: "Disabled" },
          tags: resourceTags,
        },
        refs,
        violation: flagged,
      });
      return;
    }
    case "cosmos": {
      const accountName = `cosmos-${r.hex(10)}`;
      const displays = zone.azureDisplay;
      const primary = index >= 0 ? displays[index]! : location;
      const second = violation === "geo" ? "East US" : otherRegion(r, displays, primary);
      b.add("azure", "azure-native:cosmosdb:DatabaseAccount", b.uniqueName(unit.app + "-cosmos"), {
        id: id("Microsoft.DocumentDB/databaseAccounts", accountName),
        inputs: {
          accountName,
          resourceGroupName: rgName,
          location: written,
          databaseAccountOfferType: "Standard",
          kind: "GlobalDocumentDB",
          locations: [
            { locationName: primary, failoverPriority: 0, isZoneRedundant: true },
            ...(second !== primary
              ? [{ locationName: second, failoverPriority: 1, isZoneRedundant: false }]
              : []),
          ],
          consistencyPolicy: { defaultConsistencyLevel: "Session" },
          backupPolicy: { type: "Continuous", continuousModeProperties: { tier: "Continuous30Days" } },
          publicNetworkAccess: "Disabled",
          disableLocalAuth: true,
          ...(needsKey(unit) ? { keyVaultKeyUri: `https://kv-${unit.app}.vault.azure.net/keys/cosmos` } : {}),
          tags: resourceTags,
        },
        refs,
        violation: flagged && (violation !== "geo" || unit.zone !== "us"),
      });
      return;
    }
    case "recovery": {
      const vaultName = `rsv-${r.hex(10)}`;
      b.add("azure", "azure-native:recoveryservices:Vault", b.uniqueName(unit.app + "-rsv"), {
        id: id("Microsoft.RecoveryServices/vaults", vaultName),
        inputs: {
          vaultName,
          resourceGroupName: rgName,
          location: written,
          sku: { name: "RS0", tier: "Standard" },
          properties: {
            publicNetworkAccess: "Disabled",
            redundancySettings: {
              standardTierStorageRedundancy: violation === "geo" ? "GeoRedundant" : "ZoneRedundant",
              crossRegionRestore: violation === "geo" ? "Enabled" : "Disabled",
            },
            securitySettings: { immutabilitySettings: { state: needsKey(unit) ? "Locked" : "Unlocked" } },
          },
          tags: resourceTags,
        },
        refs,
        violation: flagged && (violation !== "geo" || unit.zone !== "us"),
      });
      return;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// GCP

function gcpUnit(b: StackBuilder, unit: Unit): void {
  const r = b.random;
  const zone = ZONES[unit.zone];
  const kind = r.weighted([
    ["bucket", 35],
    ["kms", 15],
    ["sql", 20],
    ["bigquery", 15],
    ["pubsub", 15],
  ] as const);
  const violation = unit.violate ? r.pick(["region", "untagged", "special"] as const) : undefined;
  const region = violation === "region" ? outsideRegion(r, "gcp", unit.zone) : unit.region;
  const labels = violation === "untagged" ? { app: unit.app } : tags(unit);
  const flagged = violation !== undefined;
  const keyRing = (): { urn: string; keyName: string } => {
    const ringName = b.uniqueName(`${unit.app}-ring`);
    const ringId = `projects/${GCP_PROJECT}/locations/${region}/keyRings/${ringName}`;
    const ring = b.add("gcp", "gcp:kms/keyRing:KeyRing", ringName, {
      id: ringId,
      inputs: { name: ringName, location: region, project: GCP_PROJECT },
    });
    const keyName = b.uniqueName(`${unit.app}-key`);
    const urn = b.add("gcp", "gcp:kms/cryptoKey:CryptoKey", keyName, {
      id: `${ringId}/cryptoKeys/${keyName}`,
      inputs: {
        name: keyName,
        keyRing: ringId,
        purpose: "ENCRYPT_DECRYPT",
        rotationPeriod: "7776000s",
        destroyScheduledDuration: "86400s",
        labels: violation === "untagged" && kind === "kms" ? { app: unit.app } : tags(unit),
      },
      refs: { keyRing: [ring] },
      violation: kind === "kms" && flagged,
    });
    return { urn, keyName: `${ringId}/cryptoKeys/${keyName}` };
  };
  switch (kind) {
    case "bucket": {
      let location = region.toUpperCase();
      if (violation === "special")
        location = unit.zone === "eu" ? "EUR5" : "US"; // EUR5 includes London
      else if (zone.multi && r.chance(0.3)) location = zone.multi;
      const key = needsKey(unit) && violation !== "special" ? keyRing() : undefined;
      const name = `${unit.app}-${r.hex(8)}`;
      b.add("gcp", "gcp:storage/bucket:Bucket", b.uniqueName(unit.app + "-bucket"), {
        id: name,
        inputs: {
          name,
          location,
          project: GCP_PROJECT,
          storageClass: "STANDARD",
          uniformBucketLevelAccess: true,
          publicAccessPrevention: unit.classification === "public" ? "inherited" : "enforced",
          versioning: { enabled: true },
          forceDestroy: false,
          ...(key ? { encryption: { defaultKmsKeyName: key.keyName } } : {}),
          ...(needsKey(unit) ? { retentionPolicy: { retentionPeriod: "2592000", isLocked: false } } : {}),
          lifecycleRules: [
            { action: { type: "SetStorageClass", storageClass: "COLDLINE" }, condition: { age: 30 } },
          ],
          labels,
        },
        outputs: { selfLink: `https://www.googleapis.com/storage/v1/b/${name}`, url: `gs://${name}` },
        refs: key ? { encryption: [key.urn] } : {},
        violation: flagged && !(violation === "special" && unit.zone === "us"),
      });
      return;
    }
    case "kms":
      keyRing();
      return;
    case "sql": {
      const key = needsKey(unit) ? keyRing() : undefined;
      const name = b.uniqueName(`${unit.app}-sql`);
      b.add("gcp", "gcp:sql/databaseInstance:DatabaseInstance", name, {
        inputs: {
          name,
          region,
          project: GCP_PROJECT,
          databaseVersion: "POSTGRES_16",
          deletionProtection: true,
          ...(key ? { encryptionKeyName: key.keyName } : {}),
          settings: {
            tier: r.pick(["db-custom-2-7680", "db-custom-4-15360"]),
            availabilityType: "REGIONAL",
            diskAutoresize: true,
            userLabels: labels,
            // Without `location` Cloud SQL backs up to a multi-region (the `special` violation).
            backupConfiguration: {
              enabled: true,
              pointInTimeRecoveryEnabled: true,
              ...(violation === "special" ? {} : { location: region }),
              backupRetentionSettings: { retainedBackups: 14, retentionUnit: "COUNT" },
            },
            ipConfiguration: { ipv4Enabled: false },
          },
          rootPassword: b.secret(),
        },
        refs: key ? { encryptionKeyName: [key.urn] } : {},
        violation: flagged,
      });
      return;
    }
    case "bigquery": {
      const datasetId = b.uniqueName(unit.app).replace(/-/g, "_");
      const location =
        violation === "special" ? undefined : zone.multi && r.chance(0.5) ? zone.multi : region;
      b.add("gcp", "gcp:bigquery/dataset:Dataset", b.uniqueName(unit.app + "-ds"), {
        id: `projects/${GCP_PROJECT}/datasets/${datasetId}`,
        inputs: {
          datasetId,
          project: GCP_PROJECT,
          ...(location ? { location } : {}), // no location: BigQuery's default is `US`
          friendlyName: `${unit.app} analytics`,
          deleteContentsOnDestroy: false,
          defaultTableExpirationMs: 31536000000,
          labels,
        },
        violation: flagged && !(violation === "special" && unit.zone === "us"),
      });
      return;
    }
    case "pubsub": {
      const name = b.uniqueName(`${unit.app}-events`);
      const allowed = violation === "special" ? [region, "us-central1"] : [region];
      b.add("gcp", "gcp:pubsub/topic:Topic", name, {
        id: `projects/${GCP_PROJECT}/topics/${name}`,
        inputs: {
          name,
          project: GCP_PROJECT,
          messageRetentionDuration: "86400s",
          messageStoragePolicy: { allowedPersistenceRegions: allowed },
          labels,
        },
        violation: flagged && !(violation === "special" && unit.zone === "us"),
      });
      return;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Registry mix: one resource of a type drawn from the registry's full type set.

interface PoolType {
  readonly token: string;
  readonly classic: boolean;
  readonly location?: LocationRule;
  /** Where its tags or labels go (a property path); absent: it takes none. */
  readonly tags?: string;
}
type Pool = ReadonlyMap<BenchCloud, ReadonlyMap<Exclude<TypeClass, "configures">, readonly PoolType[]>>;

function cloudOfType(type: string): BenchCloud {
  if (type.startsWith("aws:") || type === "pulumi:providers:aws") return "aws";
  if (type.startsWith("gcp:") || type === "pulumi:providers:gcp") return "gcp";
  return "azure";
}

let pool: Pool | undefined;
/** Every SDK token by cloud and class: its declaration's class, else its module rule's. */
function registryPool(): Pool {
  if (pool) return pool;
  const byCloud = new Map<BenchCloud, Map<Exclude<TypeClass, "configures">, PoolType[]>>();
  for (const { token, sdk } of allSdkTokens()) {
    const cls = declarationOf(token)?.class ?? classifyToken(token)?.class;
    if (cls === undefined || cls === "configures") continue;
    // A declaration's own rules, else the SDK's conventions for the type (its module rule's).
    const declared = declarationOf(token) !== undefined;
    const conventions = declared ? undefined : conventionsFor(token);
    const location =
      cls === "location-less" ? undefined : declared ? locationRuleOf(token) : conventions!.location;
    const tagRule = declared ? tagRuleOf(token) : conventions!.tags;
    const type: PoolType = {
      token,
      classic: sdk === "@pulumi/azure",
      ...(location && location.properties.length > 0 ? { location } : {}),
      ...(tagRule?.kind === "property" ? { tags: tagRule.property } : {}),
    };
    const cloud = cloudOfType(token);
    if (!byCloud.has(cloud)) byCloud.set(cloud, new Map());
    const classes = byCloud.get(cloud)!;
    if (!classes.has(cls)) classes.set(cls, []);
    classes.get(cls)!.push(type);
  }
  pool = byCloud;
  return pool;
}

/** Sets `value` at a dotted property path (`settings.userLabels`). */
function setPath(target: JsonObject, property: string, value: Json): void {
  const parts = property.split(".");
  let at = target;
  for (const part of parts.slice(0, -1)) {
    const next = at[part];
    if (next === null || typeof next !== "object" || Array.isArray(next)) at[part] = {};
    at = at[part] as JsonObject;
  }
  at[parts[parts.length - 1]!] = value;
}

/** A value for the type's first location property, as the SDK expects it. */
function locationValue(
  b: StackBuilder,
  rule: LocationRule,
  unit: Unit,
  region: string,
  classic: boolean,
): string {
  const property = rule.properties[0]!;
  switch (rule.parse) {
    case "spanner-config":
      return `regional-${region}`;
    case "gcp-resource-id":
      return `projects/${GCP_PROJECT}/locations/${region}/keyRings/${unit.app}`;
    case "gcp-zone":
      return property === "zone" ? `${region}-${b.random.pick(["a", "b", "c"])}` : region;
    default:
      break;
  }
  if (classic) {
    // Classic azure resources take either spelling ("West Europe" or westeurope).
    const zone = ZONES[unit.zone];
    const display = zone.azureDisplay[zone.azure.indexOf(region)];
    return display !== undefined && b.random.chance(0.5) ? display : region;
  }
  return region;
}

function registryUnit(b: StackBuilder, unit: Unit, cloud: BenchCloud): void {
  const r = b.random;
  const classes = registryPool().get(cloud)!;
  const cls = r.weighted(CLASS_WEIGHTS.filter(([c]) => (classes.get(c)?.length ?? 0) > 0));
  const classic = cloud === "azure" && r.chance(AZURE_CLASSIC_SHARE);
  const all = classes.get(cls)!;
  const candidates = cloud === "azure" ? all.filter((t) => t.classic === classic) : all;
  const type = r.pick(candidates.length > 0 ? candidates : all);
  const planted = r.chance(REGISTRY_VIOLATION_RATE)
    ? type.location
      ? ("region" as const)
      : cls === "data" && type.tags
        ? ("untagged" as const)
        : undefined
    : undefined;
  const region = planted === "region" ? outsideRegion(r, cloud, unit.zone) : unit.region;
  const name = b.uniqueName(`${unit.app}-${cls}`);
  const inputs: JsonObject = { name };
  if (cloud === "azure") inputs["resourceGroupName"] = `rg-${unit.app}`;
  if (cloud === "gcp") inputs["project"] = GCP_PROJECT;
  if (type.location)
    setPath(
      inputs,
      type.location.properties[0]!,
      locationValue(b, type.location, unit, region, type.classic),
    );
  if (type.tags) setPath(inputs, type.tags, planted === "untagged" ? { app: unit.app } : tags(unit));
  b.add(cloud, type.token, name, { inputs, violation: planted !== undefined, classic: type.classic });
}

// ---------------------------------------------------------------------------------------------

const APPS = [
  "helpdesk",
  "orders",
  "billing",
  "tickets",
  "invoices",
  "crm",
  "payroll",
  "search",
  "media",
  "audit",
];

/** Builds the deployment of `size` resources (stack and providers included). */
export function generateDeployment(
  size: number,
  seed: number,
  options: GenerateOptions = {},
): { deployment: unknown; stats: Omit<GeneratedStack, "file" | "bytes"> } {
  const mix = mixOf(options);
  if (!Number.isInteger(size) || size < 10)
    throw new Error(`bench: a stack needs at least 10 resources (got ${size})`);
  const random = new Random(seed ^ size);
  const b = new StackBuilder(`bench-${size}`, random, mix);
  while (b.resources.length < size) {
    const cloud = random.weighted(CLOUD_WEIGHTS);
    const zone = random.weighted(ZONE_WEIGHTS);
    const unit: Unit = {
      zone,
      classification: random.weighted(CLASSIFICATION_WEIGHTS),
      region: random.pick(ZONES[zone][cloud]),
      violate: random.chance(VIOLATION_RATE),
      app: `${random.pick(APPS)}-${random.hex(4)}`,
    };
    if (mix === "registry" && random.chance(REGISTRY_UNIT_SHARE)) registryUnit(b, unit, cloud);
    else if (cloud === "aws") awsUnit(b, unit);
    else if (cloud === "azure") azureUnit(b, unit);
    else gcpUnit(b, unit);
  }
  // Units append dependencies before dependents, so cutting the tail never leaves a dangling URN.
  const cut = b.resources.splice(size);
  const byCloud = { ...b.byCloud };
  for (const resource of cut) {
    const cloud = cloudOfType(resource.type);
    byCloud[cloud] -= 1;
    b.violating.delete(resource.urn);
  }
  const violations = b.violating.size;
  const deployment = {
    version: 3,
    deployment: {
      manifest: { time: TIMESTAMP, magic: "", version: "v3.200.0" },
      secrets_providers: { type: "passphrase", state: { salt: `v1:${random.hex(16)}:${random.hex(32)}` } },
      resources: b.resources,
    },
  };
  return { deployment, stats: { resources: b.resources.length, byCloud, violationsInjected: violations } };
}

/** Writes `<dir>/stack-<size>.json` and says what is in it. */
export function writeStateExport(
  dir: string,
  size: number,
  seed: number,
  options: GenerateOptions = {},
): GeneratedStack {
  const { deployment, stats } = generateDeployment(size, seed, options);
  const file = path.join(dir, `stack-${size}.json`);
  const text = JSON.stringify(deployment);
  fs.writeFileSync(file, text);
  return { file, bytes: Buffer.byteLength(text), ...stats };
}
