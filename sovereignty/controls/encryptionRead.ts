// Building blocks of the per-type encryption readers: how a key reference is placed and the few
// shapes a provider's encryption settings take (a flag plus a key, an always-on service with an
// optional key, a key-source switch). Pure: raw property bags in, readings out.
import {
  formatPath,
  readArray,
  readBoolean,
  readPath,
  readString,
  type PropertyBag,
  type PropertyRead,
} from "../resource/properties";
import type { EncryptionReading, KeyReference } from "./types";

export type EncryptionReader = (props: PropertyBag) => EncryptionReading;

/** The region a key reference names, when it names one (ARN, GCP resource id). */
export function keyReference(raw: string, property: string): KeyReference {
  const arn = /^arn:[^:]+:kms:([^:]*):/.exec(raw);
  if (arn && arn[1]) return { raw, property, region: arn[1], service: "regions" };
  // `projects/p/locations/L/keyRings/R/cryptoKeys/K[/cryptoKeyVersions/N]`, also as a self link.
  const gcp = /(?:^|\/)locations\/([^/]+)\/keyRings\//.exec(raw);
  if (gcp && gcp[1]) return { raw, property, region: gcp[1], service: "gcp-kms" };
  return { raw, property, service: "regions" };
}

/** `read` is a key reference on a resource that is encrypted at rest whatever key it names. */
export function keyOr(read: PropertyRead, fallback: EncryptionReading): EncryptionReading {
  if (read.kind === "unknown") return { kind: "unknown", property: read.property, atRest: "on" };
  if (read.kind === "value")
    return { kind: "customer-managed", key: keyReference(read.value as string, read.property) };
  return fallback;
}

/** `flag` must be true for encryption; then `key` (if set) is the CMK. */
export function flagged(props: PropertyBag, flag: string[], key: string[]): EncryptionReading {
  const enabled = readBoolean(props, flag);
  if (enabled.kind === "unknown") return { kind: "unknown", property: enabled.property, atRest: "unknown" };
  if (enabled.kind !== "value" || enabled.value !== true)
    return { kind: "disabled", property: enabled.property };
  return keyOr(readString(props, key), { kind: "provider-default", property: enabled.property });
}

/** Always encrypted by the service; `key` (if set) is the CMK. */
export function always(props: PropertyBag, key: (string | number)[]): EncryptionReading {
  return keyOr(readString(props, key), { kind: "provider-default", property: formatPath(key) });
}

/** Always encrypted with keys the provider manages; the service offers no customer-managed key. */
export function serviceKeysOnly(property: string): EncryptionReader {
  return () => ({ kind: "provider-default", property });
}

/**
 * Always encrypted; `source` selects the customer-managed key when it equals `cmkValue`
 * (case-insensitive), and then `key` names it. A selected CMK whose key is not set reads as
 * unknown naming the key property (the provider rejects it; nothing to place).
 */
export function keySourceSwitch(
  props: PropertyBag,
  source: string[],
  cmkValue: string,
  key: (string | number)[],
): EncryptionReading {
  const selected = readString(props, source);
  if (selected.kind === "unknown") return { kind: "unknown", property: selected.property, atRest: "on" };
  if (selected.kind === "value" && (selected.value as string).toLowerCase() === cmkValue.toLowerCase()) {
    return keyOr(readString(props, key), { kind: "unknown", property: formatPath(key), atRest: "on" });
  }
  return { kind: "provider-default", property: selected.property };
}

/**
 * The source's encryption: `property` names the resource (snapshot → volume). A reference that is
 * absent is no source at all; the caller decides what that means.
 */
export function inherited(
  props: PropertyBag,
  property: string,
  from: readonly string[],
): EncryptionReading | undefined {
  const read = readPath(props, [property]);
  if (read.kind === "absent") return undefined;
  return { kind: "inherited", property, from };
}

/**
 * Event Hubs / Service Bus namespaces: `encryption.keyVaultProperties[]` (@pulumi/azure-native 3.28
 * `eventhub.NamespaceArgs`, `servicebus.NamespaceArgs`; `KeyVaultPropertiesArgs` { keyVaultUri, keyName, keyVersion }). The
 * only `keySource` is `Microsoft.KeyVault`, so a key entry is the CMK; no entry is Microsoft-managed.
 * The reference is `<keyVaultUri>/keys/<keyName>` so that the vault can be placed.
 */
export function namespaceKey(p: PropertyBag): EncryptionReading {
  const list = readArray(p, ["encryption", "keyVaultProperties"]);
  if (list.kind === "unknown") return { kind: "unknown", property: list.property, atRest: "on" };
  if (list.kind === "absent" || list.value.length === 0)
    return { kind: "provider-default", property: "encryption.keyVaultProperties" };
  const uri = readString(p, ["encryption", "keyVaultProperties", 0, "keyVaultUri"]);
  if (uri.kind !== "value") return { kind: "unknown", property: uri.property, atRest: "on" }; // a key entry without its vault
  const name = readString(p, ["encryption", "keyVaultProperties", 0, "keyName"]);
  const base = (uri.value as string).replace(/\/+$/, "");
  const raw = name.kind === "value" ? `${base}/keys/${name.value as string}` : `${base}/`;
  return keyOr(
    { kind: "value", property: uri.property, value: raw },
    { kind: "provider-default", property: uri.property },
  );
}

/**
 * A copy whose encryption is its source's (a snapshot's volume, instance or cluster): `inherited`
 * from `property`; with no source named, unknown (the copy cannot be judged on its own).
 */
export function inheritedFrom(property: string, from: readonly string[]): EncryptionReader {
  return (props) => inherited(props, property, from) ?? { kind: "unknown", property, atRest: "unknown" };
}
