// The registry of resource types (docs/architecture.md): every declaration of ./aws, ./azure-native,
// ./azure (the classic provider) and ./gcp, indexed once, and the lookups everyone uses. Each lookup below is derived from the
// declarations: no other table in the model says what a type is, where it keeps its location or
// tags, how others refer to it, where its data goes or how it is encrypted.
//
// Layout: the folder tree spells the token. `aws:s3/bucket:Bucket` is declared in ./aws/s3.ts,
// `azure-native:storage:StorageAccount` in ./azure-native/storage.ts, `gcp:kms/cryptoKey:CryptoKey`
// in ./gcp/kms.ts; every other token of the SDKs is classified by a module rule (./modules).
import type { LocationRule } from "../resource/types";
import { once } from "../once";
import type { Cloud } from "../types";
import { AWS } from "./aws";
import { AZURE } from "./azure";
import { AZURE_NATIVE } from "./azure-native";
import { GCP } from "./gcp";
import { classifyToken, conventionsFor, parentConventionOf } from "./modules";
import type { ParentConvention } from "./modules";
import type { DataOfRule, ResolvedType, TagRule, TypeDeclaration } from "./types";

export * from "./types";

const DECLARATIONS: readonly TypeDeclaration[] = [...AWS, ...AZURE_NATIVE, ...AZURE, ...GCP];

/** A token declared more than once (as a token or an alias), with the declarations' tokens. */
export interface DuplicateToken {
  readonly token: string;
  readonly declaredBy: readonly string[];
}

interface Entry {
  readonly declaration: TypeDeclaration;
  readonly viaAlias: boolean;
}

/**
 * Indexes declarations by token and alias. The first declaration keeps a token; every later one
 * naming it (as its token or an alias) is a duplicate.
 */
export function indexDeclarations(declarations: readonly TypeDeclaration[]): {
  readonly byToken: ReadonlyMap<string, Entry>;
  readonly duplicates: readonly DuplicateToken[];
} {
  const byToken = new Map<string, Entry>();
  const duplicates: DuplicateToken[] = [];
  for (const declaration of declarations) {
    const names: [string, boolean][] = [
      [declaration.token, false],
      ...(declaration.aliases ?? []).map((a): [string, boolean] => [a, true]),
    ];
    for (const [name, viaAlias] of names) {
      const first = byToken.get(name);
      if (first) duplicates.push({ token: name, declaredBy: [first.declaration.token, declaration.token] });
      else byToken.set(name, { declaration, viaAlias });
    }
  }
  return { byToken, duplicates };
}

/** The declarations by token and alias, indexed on the first lookup (docs/decisions/2026-11-30-lazy-tables.md). */
const index = once(() => indexDeclarations(DECLARATIONS));

/** Tokens declared twice (directly or through aliases). A test asserts there are none. */
export function duplicateTokens(): readonly DuplicateToken[] {
  return index().duplicates;
}

/** Every declaration, in the order of the service files. */
export function allDeclarations(): readonly TypeDeclaration[] {
  return DECLARATIONS;
}

/**
 * azure-native API-version modules (`azure-native:storage/v20230101:StorageAccount`) are the same
 * type as the default module's token.
 */
const AZURE_API_VERSION = /^(azure-native:[A-Za-z0-9]+)\/v\d{8}(?:preview)?(:[A-Za-z0-9]+)$/;

/**
 * THE token normalisation: a declared alias becomes its declaration's token (`aws:s3/bucketV2:BucketV2`
 * → `aws:s3/bucket:Bucket`, `aws:s3/bucketAclV2:BucketAclV2` → `aws:s3/bucketAcl:BucketAcl`,
 * `azure-native:documentdb:DatabaseAccount` → `azure-native:cosmosdb:DatabaseAccount`), an
 * azure-native API-version token its default module's. Any other token is returned as given.
 */
export function canonicalToken(token: string): string {
  if (typeof token !== "string") return token;
  const byToken = index().byToken;
  const entry = byToken.get(token);
  if (entry) return entry.declaration.token;
  const versioned = AZURE_API_VERSION.exec(token);
  if (versioned) {
    const base = `${versioned[1]}${versioned[2]}`;
    return byToken.get(base)?.declaration.token ?? base;
  }
  return token;
}

/** The declaration of a token (directly, by alias, or by an azure-native API-version token). */
export function declarationOf(token: string): TypeDeclaration | undefined {
  if (typeof token !== "string") return undefined;
  const byToken = index().byToken;
  return (byToken.get(token) ?? byToken.get(canonicalToken(token)))?.declaration;
}

/** The cloud a token (or a provider's token) belongs to; undefined for components and other providers. */
export function cloudOfToken(token: string): Cloud | undefined {
  if (typeof token !== "string") return undefined;
  if (token.startsWith("aws:") || token === "pulumi:providers:aws") return "aws";
  if (token.startsWith("azure-native:") || token === "pulumi:providers:azure-native") return "azure";
  // The classic provider (@pulumi/azure) is the same cloud: its locations are Azure's regions.
  if (token.startsWith("azure:") || token === "pulumi:providers:azure") return "azure";
  if (token.startsWith("gcp:") || token === "pulumi:providers:gcp") return "gcp";
  return undefined;
}

/**
 * The holder a processing type runs inside and whose data it processes (registry/types.ts
 * `ProcessingDeclaration.dataOf`): the graph judges such a resource without a zone of its own
 * with the holder's tags.
 */
export function dataOfRule(token: string): DataOfRule | undefined {
  const d = declarationOf(token);
  return d?.class === "processes" ? d.dataOf : undefined;
}

/**
 * What the registry answers for any token: its declaration; else its module rule's class with
 * its SDK's usual location and tag rules; else `unclassified` (a component, another provider).
 */
export function typeOf(token: string): ResolvedType {
  const entry = index().byToken.get(token);
  if (entry) return { kind: "declared", declaration: entry.declaration, viaAlias: entry.viaAlias };
  const declaration = declarationOf(token);
  if (declaration) return { kind: "declared", declaration, viaAlias: true };
  if (typeof token !== "string") return { kind: "unclassified", token };
  const canonical = canonicalToken(token);
  const classified = classifyToken(canonical);
  if (!classified) return { kind: "unclassified", token };
  const conventions = conventionsFor(canonical);
  return {
    kind: "classified",
    token,
    cloud: classified.rule.cloud,
    class: classified.class,
    ...(classified.category ? { category: classified.category } : {}),
    ...(conventions.location ? { location: conventions.location } : {}),
    tags: conventions.tags,
    rule: classified.rule,
  };
}

/**
 * Properties by which others refer to a resource of any type the registry has no declaration of:
 * the union of what the pack's stack policy and the runner's inventory indexed every resource by
 * before the registry (`resourceGroupName` names a resource group, so it is an identity of that
 * type only).
 */
const USUAL_IDENTITIES: readonly string[] = [
  "bucket",
  "name",
  "arn",
  "id",
  "accountName",
  "vaultName",
  "keyId",
  "identifier",
  "clusterIdentifier",
  "diskEncryptionSetName",
];

/** Properties by which others refer to a resource of this type (the stack graph indexes by these). */
export function identitiesOf(token: string): readonly string[] {
  return declarationOf(token)?.identities ?? USUAL_IDENTITIES;
}

/** Whether resources of this type are keys or key containers that holders name as their CMK. */
function isKeyDeclaration(d: TypeDeclaration): boolean {
  if (d.class === "data") return d.encryption.kind === "is-key";
  return (d.class === "configures" || d.class === "control-plane") && d.key === true;
}

const keyTypeTokens = once((): readonly string[] =>
  DECLARATIONS.filter(isKeyDeclaration).map((d) => d.token),
);

/**
 * Every key and key-container type (canonical tokens): what a customer-managed-key reference can
 * resolve to — KMS keys, Key Vaults and their keys, Managed HSMs, Cloud KMS keys, disk encryption sets.
 */
export function keyTypes(): readonly string[] {
  return keyTypeTokens();
}

/** Whether a token is a key or key container (encryption is what it is: never "unencrypted"). */
export function isKeyType(token: string): boolean {
  const d = declarationOf(token);
  return d !== undefined && isKeyDeclaration(d);
}

/**
 * Where a type keeps its own location: a declaration's `location` (a configuring type's only when
 * it holds data of its own), else its module rule's convention; undefined when it has none.
 */
export function locationRuleOf(token: string): LocationRule | undefined {
  const resolved = typeOf(token);
  if (resolved.kind === "classified") return resolved.location;
  if (resolved.kind !== "declared") return undefined;
  const d = resolved.declaration;
  switch (d.class) {
    case "configures":
      return d.holdsData?.location;
    case "location-less":
      return undefined;
    default:
      return d.location;
  }
}

/**
 * Where a type carries its residency tags. A configuring type carries none of its own: it is
 * judged with the tags of the resource it configures. Undefined for unclassified tokens.
 */
export function tagRuleOf(token: string): TagRule | undefined {
  const resolved = typeOf(token);
  if (resolved.kind === "classified") return resolved.tags;
  if (resolved.kind !== "declared") return undefined;
  const d = resolved.declaration;
  if (d.class === "configures")
    return {
      kind: "none",
      reason: `judged with the tags of the resource it configures (\`${d.configures.property}\`)`,
    };
  return d.tags;
}

/**
 * The types that contain resources of `token` and are named by them (a GCP key ring, which its
 * CryptoKeys name in `keyRing`): the configuring declarations that point back at `token`. A
 * resource whose location is read from such a reference is placed through its container.
 */
export function containersOf(token: string): readonly string[] {
  const canonical = canonicalToken(token);
  let found = CONTAINERS.get(canonical);
  if (!found) {
    found = DECLARATIONS.filter(
      (d) =>
        d.class === "configures" &&
        d.configures.direction === "reverse" &&
        d.configures.targets.includes(canonical),
    ).map((d) => d.token);
    CONTAINERS.set(canonical, found);
  }
  return found;
}
const CONTAINERS = new Map<string, readonly string[]>();

/**
 * The resource a child of an undeclared type lives in: for a token the module rules classify as
 * holding data whose arguments take neither tags nor a location (a Cosmos SQL container, a Service
 * Bus queue, a classic storage container, a Cloud SQL database), the property naming its parent
 * by its SDK's convention and the parent's types (the generated table behind
 * `parentConventionOf`). Such a child is judged with its parent's tags and placed where its
 * parent is, as a side resource (docs/design.md).
 * Undefined for declared tokens (their declaration says what they configure) and every other token.
 */
export function parentOf(token: string): ParentConvention | undefined {
  if (typeof token !== "string") return undefined;
  const resolved = typeOf(token);
  if (resolved.kind !== "classified" || resolved.class !== "data") return undefined;
  return parentConventionOf(canonicalToken(token));
}
