// azure-native:storage:* — storage accounts and their children (@pulumi/azure-native 3.28,
// storage/*.d.ts `...Args`; enums storage.SkuName).
import { keySourceSwitch } from "../../controls/encryptionRead";
import { flagTrueIsPublic } from "../../controls/publicAccessRead";
import { Destinations, field, readObject, readString } from "../../flows/read";
import type { FlowFunction } from "../../flows/types";
import { readString as readProperty } from "../../resource/properties";
import { AZURE_DATA } from "../common";
import { azurePrimary, enumValue, geoPair, geoRedundantStorage } from "../../flows/azureGeo";
import type { ConfiguringDeclaration, TypeDeclaration } from "../types";

const SOURCE =
  "@pulumi/azure-native 3.28 (storage/*.d.ts); https://learn.microsoft.com/azure/storage/common/";
const ACCOUNT = "azure-native:storage:StorageAccount";

/**
 * sku.name (`SkuArgs`): Standard_GRS, Standard_RAGRS, Standard_GZRS, Standard_RAGZRS,
 * StandardV2_GRS, StandardV2_GZRS copy to the secondary region; *_LRS / *_ZRS stay.
 */
const accountFlows: FlowFunction = (props, context) => {
  const out = new Destinations("azure");
  const sku = readObject(field(props, "sku"));
  if (sku.state === "unknown") return (out.unknown("geo-redundancy", "sku"), out.list());
  if (sku.state === "absent") return out.list();
  const name = enumValue(field(sku.value, "name"));
  if (name.state === "unknown") out.unknown("geo-redundancy", "sku.name");
  if (name.state === "value" && geoRedundantStorage(name.value))
    geoPair(out, "geo-redundancy", "sku.name", "storage", azurePrimary(context));
  return out.list();
};

/**
 * destinationAccount: an account name, or its full resource id when cross-tenant replication is
 * off (`ObjectReplicationPolicyArgs`). The same policy is created on the destination and the
 * source account; both name the same flow.
 */
const objectReplicationFlows: FlowFunction = (props) => {
  const out = new Destinations("azure");
  const destination = readString(field(props, "destinationAccount"));
  if (destination.state === "unknown") out.unknown("replication", "destinationAccount");
  if (destination.state === "value")
    out.resource(
      "replication",
      "destinationAccount",
      destination.value,
      destination.value.startsWith("/") ? "id" : "name",
    );
  return out.list();
};

/** A child of a storage account, named by its `accountName`. */
function child(
  name: string,
  extra: Partial<Pick<ConfiguringDeclaration, "flows" | "publicAccess">> = {},
): ConfiguringDeclaration {
  return {
    token: `azure-native:storage:${name}`,
    cloud: "azure",
    class: "configures",
    source: SOURCE,
    identities: ["name", "id", "accountName"],
    configures: { property: "accountName", referenceKind: "name", targets: [ACCOUNT] },
    ...extra,
  };
}

export const DECLARATIONS: readonly TypeDeclaration[] = [
  {
    token: ACCOUNT,
    ...AZURE_DATA,
    category: "storage",
    source: SOURCE,
    identities: ["name", "id", "accountName"],
    flows: accountFlows,
    // Storage service encryption cannot be disabled; `keySource` only picks the key
    // (https://learn.microsoft.com/azure/storage/common/storage-service-encryption).
    encryption: {
      kind: "reader",
      read: (p) =>
        keySourceSwitch(p, ["encryption", "keySource"], "Microsoft.Keyvault", [
          "encryption",
          "keyVaultProperties",
          "keyVaultUri",
        ]),
    },
    publicAccess: flagTrueIsPublic(["allowBlobPublicAccess"], "`allowBlobPublicAccess` is true"),
  },
  child("BlobContainer", {
    publicAccess: (p) => {
      const read = readProperty(p, ["publicAccess"]);
      if (read.kind === "unknown") return { kind: "unknown", property: read.property };
      return read.kind === "value" && (read.value as string).toLowerCase() !== "none"
        ? {
            kind: "public",
            property: "publicAccess",
            detail: `\`publicAccess\` is \`${String(read.value)}\``,
          }
        : { kind: "private" };
    },
  }),
  child("BlobServiceProperties"),
  child("BlobContainerImmutabilityPolicy"),
  child("ManagementPolicy"),
  child("ObjectReplicationPolicy", { flows: objectReplicationFlows }),
  child("FileShare"),
  child("Queue"),
  child("Table"),
];
