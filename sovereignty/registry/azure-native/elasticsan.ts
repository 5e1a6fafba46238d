// azure-native:elasticsan:* — Elastic SAN and its volume groups (@pulumi/azure-native 3.28,
// elasticsan/elasticSan.d.ts `ElasticSanArgs` {elasticSanName, location, sku, tags, ...};
// elasticsan/volumeGroup.d.ts `VolumeGroupArgs` {elasticSanName, encryption,
// encryptionProperties, volumeGroupName, ...}; types/input.d.ts
// elasticsan.EncryptionPropertiesArgs.keyVaultProperties {keyName, keyVaultUri, keyVersion};
// enums elasticsan.EncryptionType; SKUs Premium_LRS / Premium_ZRS stay in the region).
import type { TypeDeclaration } from "../types";
import { azureData, vaultKey } from "./shared";
import { readString } from "../../resource/properties";

const SOURCE =
  "@pulumi/azure-native 3.28 (elasticsan/*.d.ts); https://learn.microsoft.com/azure/storage/elastic-san/elastic-san-encryption-overview";
const SAN = "azure-native:elasticsan:ElasticSan";

export const DECLARATIONS: readonly TypeDeclaration[] = [
  azureData({
    token: SAN,
    category: "storage",
    source: SOURCE,
    identities: ["elasticSanName", "name", "id"],
    encryption: {
      kind: "gap",
      reason:
        "Elastic SAN keys are set per volume group (`azure-native:elasticsan:VolumeGroup` `encryption`), not on the SAN",
    },
  }),
  {
    // Untaggable; holds the SAN's volumes and sets their encryption.
    token: "azure-native:elasticsan:VolumeGroup",
    cloud: "azure",
    class: "configures",
    source: SOURCE,
    configures: { property: "elasticSanName", referenceKind: "name", targets: [SAN] },
    identities: ["volumeGroupName", "name", "id"],
    // `encryption` `EncryptionAtRestWithCustomerManagedKey` uses `encryptionProperties.keyVaultProperties`;
    // the default is the platform-managed key.
    encryption: (p) => {
      const type = readString(p, ["encryption"]);
      if (type.kind === "unknown") return { kind: "unknown", property: "encryption", atRest: "on" };
      if (
        type.kind === "value" &&
        (type.value as string).toLowerCase() === "encryptionatrestwithcustomermanagedkey"
      )
        return vaultKey(["encryptionProperties", "keyVaultProperties"])(p);
      return { kind: "provider-default", property: "encryption" };
    },
  },
];
