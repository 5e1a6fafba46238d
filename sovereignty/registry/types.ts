// The registry of resource types: the one place where what the model knows about a resource type
// is declared. Every lookup the pack, the runner and the components use is derived from it
// (docs/architecture.md). Two layers:
//
// 1. Declarations (`TypeDeclaration`): one per type the model knows in depth — token and aliases,
//    class, location, tags, identities, what it configures, flows, origins, controls. Required
//    fields make a forgotten fact a compile error: a data holder without an encryption reader must
//    say why (`{ kind: "gap", reason }`).
// 2. Module rules (`ModuleRule`): every other token of the provider SDKs is classified by its module
//    (`aws:iam/` is location-less, `aws:ec2/` processes data, …) with explicit per-token exceptions,
//    so no token is unclassified; a test enumerates the installed SDKs' tokens and fails on one.
//
// Pure data and functions over raw property bags: no Pulumi runtime imports.
import type { EncryptionReader } from "../controls/encryptionRead";
import type { ImmutabilityReading, PublicAccessReading } from "../controls/types";
import type { FlowFunction } from "../flows/types";
import type { OriginFunction } from "../flows/origin";
import type { PropertyBag } from "../resource/properties";
import type { DataCategory, LocationRule, ReferenceKind } from "../resource/types";
import type { Cloud } from "../types";

/**
 * What a type is, for residency (the five classes every SDK token falls in):
 * - `data`: holds data itself (storage, databases, backups, queues and streams, logs, keys,
 *   secrets, caches, registries, warehouses, identity directories, ML datasets).
 * - `configures`: configures or copies a data holder and is judged with its tags (S3 replication,
 *   vault locks, storage account children, key ring → keys).
 * - `processes`: processes data somewhere (compute, functions, containers, AI inference,
 *   pipelines): placed when tagged; required to carry tags only when the policy config says so.
 * - `location-less`: global, no location (IAM, DNS, CDN, organisation policy).
 * - `control-plane`: has a location but holds and processes no customer data (networks, alarms,
 *   quotas): placed when tagged, never required to carry tags.
 */
export type TypeClass = "data" | "configures" | "processes" | "location-less" | "control-plane";

/**
 * Where a type carries its residency tags: a property (`tags`, `labels`, `settings.userLabels`),
 * or nowhere (then it is judged with the tags of what it configures, or `sovereignty.defaults`).
 */
export type TagRule =
  | { readonly kind: "property"; readonly property: string }
  | { readonly kind: "none"; readonly reason: string };

/** How a data holder is encrypted at rest: a reader of its own properties, or why there is none. */
export type EncryptionFact =
  | { readonly kind: "reader"; readonly read: EncryptionReader }
  /** The model cannot read the key from this type's properties; `reason` says why (reported as "cannot verify"). */
  | { readonly kind: "gap"; readonly reason: string }
  /** The resource is a key (or key container): encryption is what it is. */
  | { readonly kind: "is-key" };

export type PublicAccessReader = (props: PropertyBag) => PublicAccessReading;
export type ImmutabilityReader = (props: PropertyBag) => ImmutabilityReading;

/** How a configuring resource names the resource it configures. */
export interface ConfiguresRule {
  /** Property naming the configured resource (`bucket`, `backupVaultName`, `rules[0].targetVaultName`). */
  readonly property: string;
  readonly referenceKind: ReferenceKind;
  /**
   * `forward` (default): this resource's `property` names the target. `reverse`: targets name this
   * resource in their `property` (a GCP CryptoKey's `keyRing` names its key ring).
   */
  readonly direction?: "forward" | "reverse";
  /** Type tokens the reference can point at (canonical tokens; aliases are accepted through the registry). */
  readonly targets: readonly string[];
}

/** Facts every declaration has. */
interface DeclarationBase {
  /** The canonical type token (`aws:s3/bucket:Bucket`). */
  readonly token: string;
  /** Other tokens for the same thing (`aws:s3/bucketV2:BucketV2`, a moved azure-native module). */
  readonly aliases?: readonly string[];
  readonly cloud: Cloud;
  /**
   * Where the declaration's facts come from: the SDK `.d.ts` read and the cloud documentation page
   * (a URL). Cited once here, not per property.
   */
  readonly source: string;
  /**
   * Properties of this resource by which others refer to it (`bucket`, `arn`, `id`, `name`,
   * `accountName`): the stack graph indexes every resource by these.
   */
  readonly identities: readonly string[];
  /** Every place the resource sends copies of its data (./flows). Absent: it sends none. */
  readonly flows?: FlowFunction;
  /** Every source this resource is a copy of (read replicas, replica keys, table replicas). */
  readonly origins?: OriginFunction;
  /** Public access read from its own properties. Absent: not modelled for this type. */
  readonly publicAccess?: PublicAccessReader;
}

/** A resource that holds data itself. */
export interface DataDeclaration extends DeclarationBase {
  readonly class: "data";
  readonly category: DataCategory;
  readonly location: LocationRule;
  readonly tags: TagRule;
  readonly encryption: EncryptionFact;
  /** WORM / immutable storage; required for `backup` holders (checked by a test). */
  readonly immutability?: ImmutabilityReader;
}

/** A side resource that configures (or copies) another one and is judged with its tags. */
export interface ConfiguringDeclaration extends DeclarationBase {
  readonly class: "configures";
  readonly configures: ConfiguresRule;
  /** It holds data of its own somewhere (RDS automated-backup replicas, DynamoDB table replicas, key rings). */
  readonly holdsData?: { readonly category: DataCategory; readonly location: LocationRule };
  /** Encryption of the configured resource, set here (S3 `BucketServerSideEncryptionConfiguration`). */
  readonly encryption?: EncryptionReader;
  readonly immutability?: ImmutabilityReader;
  /** A key that holders name as their customer-managed key (an Azure Key Vault key in its vault). */
  readonly key?: true;
}

/** The data holder a processing resource runs inside and whose data it processes. */
export interface DataOfRule {
  /** Property naming the holder (`accountName` of an AI model deployment). */
  readonly property: string;
  /** Type tokens the reference can point at (declared tokens). */
  readonly targets: readonly string[];
}

/** A resource that processes data (compute, functions, containers, AI inference, pipelines). */
export interface ProcessingDeclaration extends DeclarationBase {
  readonly class: "processes";
  readonly location: LocationRule;
  readonly tags: TagRule;
  /**
   * The holder whose data it processes (an AI model deployment: its account's prompts, files and
   * fine-tuning data). Without residency tags of its own declaring a zone it is judged with the
   * holder's: leaving the child untagged must not take its flows out of the holder's zone.
   */
  readonly dataOf?: DataOfRule;
}

/** A resource with a location that holds and processes no customer data. */
export interface ControlPlaneDeclaration extends DeclarationBase {
  readonly class: "control-plane";
  readonly location?: LocationRule;
  readonly tags: TagRule;
  /**
   * A key container that holders name instead of a key (an Azure disk encryption set): customer-
   * managed-key references are placed through it. Data holders that are keys say so with
   * `encryption: { kind: "is-key" }` instead.
   */
  readonly key?: true;
}

/** A global resource with no location (IAM, DNS, CDN). */
export interface LocationlessDeclaration extends DeclarationBase {
  readonly class: "location-less";
  readonly tags: TagRule;
}

export type TypeDeclaration =
  | DataDeclaration
  | ConfiguringDeclaration
  | ProcessingDeclaration
  | ControlPlaneDeclaration
  | LocationlessDeclaration;

/**
 * Classification of every token of a module that has no declaration of its own: the module
 * prefix as the token spells it (`aws:iam/`, `azure-native:network:`, `gcp:compute/`,
 * `azure:storage/`), its class, and the reason. `except` lists tokens of the module in another
 * class. The most specific prefix wins.
 */
export interface ModuleRule {
  readonly cloud: Cloud;
  /** The SDK package whose tokens this rule covers (`@pulumi/aws`, `@pulumi/azure` classic, …). */
  readonly sdk: "@pulumi/aws" | "@pulumi/azure-native" | "@pulumi/azure" | "@pulumi/gcp";
  readonly prefix: string;
  readonly class: Exclude<TypeClass, "configures">;
  /** For `data` modules: the category of their undeclared tokens. */
  readonly category?: DataCategory;
  readonly reason: string;
  readonly except?: Readonly<
    Record<
      string,
      {
        readonly class: Exclude<TypeClass, "configures">;
        readonly category?: DataCategory;
        readonly reason: string;
      }
    >
  >;
}

/**
 * What the registry answers for any token: its declaration when it has one, else the facts its
 * module rule and its cloud's conventions give (location and tags read the cloud's usual way).
 * `unclassified` only for tokens of no known cloud (a component, another provider).
 */
export type ResolvedType =
  | { readonly kind: "declared"; readonly declaration: TypeDeclaration; readonly viaAlias: boolean }
  | {
      readonly kind: "classified";
      readonly token: string;
      readonly cloud: Cloud;
      readonly class: Exclude<TypeClass, "configures">;
      readonly category?: DataCategory;
      /** The cloud's usual location rule; absent for location-less types. */
      readonly location?: LocationRule;
      readonly tags: TagRule;
      readonly rule: ModuleRule;
    }
  | { readonly kind: "unclassified"; readonly token: string };
