import type { Cloud, Location, LocationService } from "../types";

/** What kind of data a resource holds; drives which controls the classification table applies. */
export type DataCategory = "storage" | "database" | "backup" | "queue" | "log" | "key" | "cache" | "secret";

/** Where a type keeps its own location, and in which catalog namespace the name is read. */
export interface LocationRule {
  /** Properties tried in order (first present wins). */
  readonly properties: readonly string[];
  readonly service: LocationService;
  /** What the cloud uses when the property is absent and no provider default applies (BigQuery: `US`). */
  readonly implicitDefault?: string;
  /** Whether the provider's / stack config's default region applies when the property is absent. */
  readonly providerDefault: boolean;
  /**
   * Where the location comes from when the resource has none of its own and no provider default
   * applies: azure-native resources take their resource group's location (the provider's
   * `location` is only a default for ResourceGroups: @pulumi/azure-native 3.28 `ProviderArgs.location`).
   * Only the stack can follow this reference.
   */
  readonly parent?: { readonly property: string; readonly targets: readonly string[] };
  /** How to turn the raw value into a catalog name (Spanner `regional-europe-west3`, KMS key ring ids). */
  readonly parse?: "spanner-config" | "gcp-resource-id" | "gcp-zone";
}

export interface DataHoldingType {
  readonly token: string;
  readonly cloud: Cloud;
  readonly category: DataCategory;
  readonly location: LocationRule;
  /** Property holding tags/labels (`tags`, `labels`); absent for resources that cannot carry any. */
  readonly tagsProperty?: string;
  /** The deprecated alias or the current token, for types that have two (S3 `Bucket` / `BucketV2`). */
  readonly aliasOf?: string;
}

/** How a configuring resource names the resource it configures. */
export type ReferenceKind = "name" | "arn" | "id";

/**
 * An untaggable (or secondary) resource that configures another one. It is judged with the
 * tags of the resource it configures, which only the stack policy can find (docs/design.md).
 */
export interface ConfiguringType {
  readonly token: string;
  readonly cloud: Cloud;
  /** Property naming the configured resource (`bucket`, `backupVaultName`, `rules[0].targetVaultName`). */
  readonly property: string;
  readonly referenceKind: ReferenceKind;
  /**
   * `forward` (default): this resource's `property` names the target. `reverse`: targets name
   * this resource in their `property` (a GCP CryptoKey's `keyRing` names its key ring).
   */
  readonly direction?: "forward" | "reverse";
  /** Type tokens the reference can point at. */
  readonly targets: readonly string[];
  /** The configuring resource itself holds data (RDS automated-backup replicas live in their own region). */
  readonly holdsData?: DataCategory;
  /** Its own location, when it has one (otherwise it shares the configured resource's). */
  readonly location?: LocationRule;
}

export type EffectiveLocation =
  | {
      readonly kind: "known";
      readonly location: Location;
      readonly from: LocationSource;
      readonly raw: string;
      readonly property: string;
    }
  | {
      readonly kind: "unknown";
      readonly property: string;
      readonly from: LocationSource;
      /**
       * The value is known but names a resource that is not in this stack (the resource group or
       * server the resource lives in is managed elsewhere): as unknown here as a preview value,
       * and worded as what it is.
       */
      readonly outsideStack?: true;
    }
  | {
      readonly kind: "unrecognised";
      readonly raw: string;
      readonly from: LocationSource;
      readonly property: string;
    }
  | { readonly kind: "absent" };

/** The one "no location" reading (frozen and shared: most resources of a stack have none). */
export const NO_LOCATION: EffectiveLocation = Object.freeze({ kind: "absent" });

/** `parent`: the location of the resource it lives in (an azure-native resource group), given by the caller. */
export type LocationSource = "resource" | "provider" | "config" | "implicit" | "parent";
