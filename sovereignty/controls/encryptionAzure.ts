// Azure (azure-native v3) encryption-at-rest readers. Azure services encrypt at rest with
// Microsoft-managed keys by default; a customer-managed key is a Key Vault (or Managed HSM) key
// URI, which carries no region: the stack policy places it through the vault it names. Property
// paths from node_modules/@pulumi/azure-native/<module>/<resource>.d.ts and the `...Args`
// interfaces of types/input.d.ts, as cited per type.
import { readArray, readString, type PropertyBag } from "../resource/properties";
import { always, keyOr, keySourceSwitch, serviceKeysOnly, type EncryptionReader } from "./encryptionRead";
import type { EncryptionReading } from "./types";

/**
 * Event Hubs / Service Bus namespaces: `encryption.keyVaultProperties[]` (eventhub/namespace.d.ts,
 * servicebus/namespace.d.ts; `KeyVaultPropertiesArgs` { keyVaultUri, keyName, keyVersion }). The
 * only `keySource` is `Microsoft.KeyVault`, so a key entry is the CMK; no entry is Microsoft-managed.
 * The reference is `<keyVaultUri>/keys/<keyName>` so that the vault can be placed.
 */
function namespaceKey(p: PropertyBag): EncryptionReading {
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
 * Managed disks and snapshots: `encryption.type` (compute enum EncryptionType) and
 * `encryption.diskEncryptionSetId` (compute/disk.d.ts, compute/snapshot.d.ts, `EncryptionArgs`).
 * The CMK is referenced through a disk encryption set (a resource id, no region); Azure requires
 * the set in the disk's region.
 */
function diskKey(p: PropertyBag): EncryptionReading {
  const type = readString(p, ["encryption", "type"]);
  if (type.kind === "unknown") return { kind: "unknown", property: type.property, atRest: "on" };
  if (type.kind === "value" && type.value === "EncryptionAtRestWithPlatformKey")
    return { kind: "provider-default", property: type.property };
  const set = readString(p, ["encryption", "diskEncryptionSetId"]);
  if (set.kind === "absent" && type.kind === "value")
    // A customer-key type without its set: the provider rejects it; nothing to place.
    return { kind: "unknown", property: set.property, atRest: "on" };
  return keyOr(set, { kind: "provider-default", property: "encryption.type" });
}

export const AZURE_ENCRYPTION: Readonly<Record<string, EncryptionReader>> = {
  // Storage service encryption cannot be disabled; `keySource` only picks the key
  // (https://learn.microsoft.com/azure/storage/common/storage-service-encryption).
  "azure-native:storage:StorageAccount": (p) =>
    keySourceSwitch(p, ["encryption", "keySource"], "Microsoft.Keyvault", [
      "encryption",
      "keyVaultProperties",
      "keyVaultUri",
    ]),
  "azure-native:cosmosdb:DatabaseAccount": (p) => always(p, ["keyVaultKeyUri"]),
  "azure-native:documentdb:DatabaseAccount": (p) => always(p, ["keyVaultKeyUri"]),
  // Always encrypted at rest (service-managed key unless `AzureKeyVault`).
  "azure-native:dbforpostgresql:Server": (p) =>
    keySourceSwitch(p, ["dataEncryption", "type"], "AzureKeyVault", ["dataEncryption", "primaryKeyURI"]),
  // dbformysql/server.d.ts `dataEncryption` (`DataEncryptionArgs`: type AzureKeyVault | SystemManaged,
  // primaryKeyURI). The geo-backup key (`geoBackupKeyURI`) lives in the paired region by design.
  "azure-native:dbformysql:Server": (p) =>
    keySourceSwitch(p, ["dataEncryption", "type"], "AzureKeyVault", ["dataEncryption", "primaryKeyURI"]),
  // sql/server.d.ts, sql/managedInstance.d.ts `keyId`: "A CMK URI of the key to use for
  // encryption." TDE with a service-managed key is the default.
  "azure-native:sql:Server": (p) => always(p, ["keyId"]),
  "azure-native:sql:ManagedInstance": (p) => always(p, ["keyId"]),
  // sql/database.d.ts `encryptionProtector`: a per-database CMK; without it the database uses its
  // server's TDE protector.
  "azure-native:sql:Database": (p) => {
    const own = readString(p, ["encryptionProtector"]);
    if (own.kind !== "absent") return keyOr(own, { kind: "provider-default", property: own.property });
    return { kind: "inherited", property: "serverName", from: ["azure-native:sql:Server"] };
  },
  // recoveryservices/vault.d.ts `properties.encryption` (`VaultPropertiesEncryptionArgs`,
  // `CmkKeyVaultPropertiesArgs.keyUri`).
  "azure-native:recoveryservices:Vault": (p) =>
    always(p, ["properties", "encryption", "keyVaultProperties", "keyUri"]),
  // dataprotection/backupVault.d.ts `properties.securitySettings.encryptionSettings`
  // (`EncryptionSettingsArgs`: state Enabled | Disabled | Inconsistent, keyVaultProperties.keyUri).
  // `state` is the CMK's state; the vault is encrypted with platform keys either way.
  "azure-native:dataprotection:BackupVault": (p) =>
    keySourceSwitch(p, ["properties", "securitySettings", "encryptionSettings", "state"], "Enabled", [
      "properties",
      "securitySettings",
      "encryptionSettings",
      "keyVaultProperties",
      "keyUri",
    ]),
  "azure-native:eventhub:Namespace": namespaceKey,
  "azure-native:servicebus:Namespace": namespaceKey,
  "azure-native:compute:Disk": diskKey,
  "azure-native:compute:Snapshot": diskKey,
  // redis/redis.d.ts (Azure Cache for Redis Basic/Standard/Premium) has no encryption input: disks
  // are encrypted with Microsoft-managed keys only; customer-managed keys exist on Azure Managed
  // Redis (`redisenterprise`) (https://learn.microsoft.com/azure/redis/how-to-encryption).
  "azure-native:redis:Redis": serviceKeysOnly("(Azure Cache for Redis: Microsoft-managed keys only)"),
  // redisenterprise/redisEnterprise.d.ts `encryption.customerManagedKeyEncryption.keyEncryptionKeyUrl`.
  "azure-native:redisenterprise:RedisEnterprise": (p) =>
    always(p, ["encryption", "customerManagedKeyEncryption", "keyEncryptionKeyUrl"]),
  "azure-native:keyvault:Vault": serviceKeysOnly("properties"),
};
