// azure:keyvault/* — classic Key Vaults and their keys (@pulumi/azure 6.40, keyvault/keyVault.d.ts
// `KeyVaultArgs` {location, name, tags, ...}; keyvault/key.d.ts `KeyArgs` {keyVaultId, name, ...},
// outputs `versionlessId`, `resourceId`, `resourceVersionlessId`). A key is placed through the
// vault its `keyVaultId` (an ARM id) names; a holder's key id (`https://<vault>.vault.azure.net/
// keys/<name>[/<version>]`) is resolved to the key by its identities.
import type { TypeDeclaration } from "../types";
import { classicConfigures, classicData } from "./shared";

const SOURCE =
  "@pulumi/azure 6.40 (keyvault/keyVault.d.ts, keyvault/key.d.ts); https://learn.microsoft.com/azure/key-vault/general/";
const VAULT = "azure:keyvault/keyVault:KeyVault";

export const DECLARATIONS: readonly TypeDeclaration[] = [
  classicData({
    token: VAULT,
    category: "key",
    source: SOURCE,
    identities: ["name", "id", "vaultUri"],
    encryption: { kind: "is-key" },
  }),
  // A key lives in its vault: judged with the vault's tags, placed where the vault is.
  {
    ...classicConfigures({
      token: "azure:keyvault/key:Key",
      source: SOURCE,
      of: { property: "keyVaultId", referenceKind: "id", token: VAULT },
      identities: ["name", "id", "versionlessId", "resourceId", "resourceVersionlessId"],
    }),
    key: true,
  },
];
