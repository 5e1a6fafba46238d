// azure-native:dataprotection:* — Backup vaults (@pulumi/azure-native 3.28,
// dataprotection/backupVault.d.ts; input types dataprotection.BackupVaultArgs, StorageSettingArgs,
// EncryptionSettingsArgs; enums StorageSettingTypes).
import { keySourceSwitch } from "../../controls/encryptionRead";
import { azureImmutability } from "../../controls/immutabilityRead";
import { azurePrimary, enumValue, geoPair } from "../../flows/azureGeo";
import { Destinations, field, forEachItem, path, readObject, readString } from "../../flows/read";
import type { FlowFunction } from "../../flows/types";
import { AZURE_DATA } from "../common";
import type { TypeDeclaration } from "../types";

const SOURCE =
  "@pulumi/azure-native 3.28 (dataprotection/backupVault.d.ts); https://learn.microsoft.com/azure/backup/";

/** properties.storageSettings[].type GeoRedundant → pair; properties.replicatedRegions[] → each named region. */
const backupVaultFlows: FlowFunction = (props, context) => {
  const out = new Destinations("azure");
  const properties = readObject(field(props, "properties"));
  if (properties.state === "unknown") return (out.unknown("geo-redundancy", "properties"), out.list());
  if (properties.state === "absent") return out.list();
  forEachItem(
    out,
    "geo-redundancy",
    field(properties.value, "storageSettings"),
    "properties.storageSettings",
    (s, at) => {
      const type = enumValue(field(s, "type"));
      if (type.state === "unknown") out.unknown("geo-redundancy", path(at, "type"));
      if (type.state === "value" && type.value === "georedundant")
        geoPair(out, "geo-redundancy", path(at, "type"), "backup-vault", azurePrimary(context));
    },
  );
  forEachItem(
    out,
    "replication",
    field(properties.value, "replicatedRegions"),
    "properties.replicatedRegions",
    (r, at) => {
      const region = readString(r);
      if (region.state === "unknown") out.unknown("replication", at);
      if (region.state === "value") out.location("replication", at, "regions", region.value);
    },
  );
  return out.list();
};

export const DECLARATIONS: readonly TypeDeclaration[] = [
  {
    token: "azure-native:dataprotection:BackupVault",
    ...AZURE_DATA,
    category: "backup",
    source: SOURCE,
    identities: ["name", "id", "vaultName"],
    flows: backupVaultFlows,
    // `properties.securitySettings.encryptionSettings` (state Enabled | Disabled | Inconsistent,
    // keyVaultProperties.keyUri): `state` is the CMK's state; platform keys encrypt either way.
    encryption: {
      kind: "reader",
      read: (p) =>
        keySourceSwitch(p, ["properties", "securitySettings", "encryptionSettings", "state"], "Enabled", [
          "properties",
          "securitySettings",
          "encryptionSettings",
          "keyVaultProperties",
          "keyUri",
        ]),
    },
    immutability: azureImmutability(["properties", "securitySettings"]),
  },
];
