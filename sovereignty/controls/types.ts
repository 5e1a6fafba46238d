// What a resource's own properties say about the classification table's controls
// (the README): encryption at rest, customer-managed key and where it lives, public access,
// immutable backups and their retention. `not-modelled` means the type has no reader — the
// policy says so rather than passing silently.

/** A reference to a customer-managed key, and its region when the reference itself carries one. */
export interface KeyReference {
  readonly raw: string;
  readonly property: string;
  /** AWS key ARN region, GCP `locations/<loc>` segment; absent for bare ids, aliases and Azure URIs. */
  readonly region?: string;
  /** Catalog namespace of `region` (GCP keys live in KMS locations). */
  readonly service: "regions" | "gcp-kms";
}

export type EncryptionReading =
  | { readonly kind: "customer-managed"; readonly key: KeyReference }
  | { readonly kind: "provider-default"; readonly property: string }
  | { readonly kind: "disabled"; readonly property: string }
  /**
   * `property` is unknown at preview. `atRest: "on"` — the resource is encrypted at rest whatever
   * the value (the service always encrypts, or the flag is set and only the key is unknown): only
   * a customer-managed-key requirement depends on it. `"unknown"` — the value can switch
   * encryption off (RDS `storageEncrypted`, SQS `sqsManagedSseEnabled`).
   */
  | { readonly kind: "unknown"; readonly property: string; readonly atRest: "on" | "unknown" }
  /** Configured on a side resource (S3 `BucketServerSideEncryptionConfiguration`): the stack policy joins it. */
  | { readonly kind: "elsewhere"; readonly via: string }
  /**
   * The resource takes its source's encryption (an EBS snapshot its volume's, an RDS snapshot its
   * instance's, an Azure SQL database without its own protector its server's): follow `property`
   * to a resource of one of the `from` types and read *that* resource's encryption. Not a pass
   * and not a failure on its own.
   */
  | { readonly kind: "inherited"; readonly property: string; readonly from: readonly string[] }
  /**
   * No reader for this type: encryption and its key cannot be verified from the properties.
   * `reason` says why when it is known (the key lives on a resource the model does not join).
   */
  | { readonly kind: "not-modelled"; readonly reason?: string };

export type PublicAccessReading =
  | { readonly kind: "public"; readonly property: string; readonly detail: string }
  | { readonly kind: "private" }
  | { readonly kind: "unknown"; readonly property: string }
  | { readonly kind: "not-modelled" };

export type ImmutabilityReading =
  | {
      readonly kind: "immutable";
      readonly property: string;
      readonly retentionDays?: number;
      readonly mode?: string;
    }
  | { readonly kind: "mutable"; readonly property: string; readonly detail: string }
  | { readonly kind: "unknown"; readonly property: string }
  | { readonly kind: "elsewhere"; readonly via: string }
  | { readonly kind: "not-modelled" };
