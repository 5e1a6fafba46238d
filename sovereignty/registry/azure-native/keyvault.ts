// azure-native:keyvault:* — Key Vaults, Managed HSMs, their keys and secrets (@pulumi/azure-native
// 3.28, keyvault/*.d.ts). A Key Vault key URI carries no region: the stack places a key through its vault.
import { AZURE_DATA } from "../common";
import type { TypeDeclaration } from "../types";

const SOURCE =
  "@pulumi/azure-native 3.28 (keyvault/*.d.ts); https://learn.microsoft.com/azure/key-vault/general/";
const VAULT = "azure-native:keyvault:Vault";

export const DECLARATIONS: readonly TypeDeclaration[] = [
  {
    token: VAULT,
    ...AZURE_DATA,
    category: "key",
    source: SOURCE,
    identities: ["name", "id", "vaultName"],
    encryption: { kind: "is-key" },
  },
  {
    token: "azure-native:keyvault:ManagedHsm",
    ...AZURE_DATA,
    category: "key",
    source: SOURCE,
    identities: ["name", "id"],
    encryption: { kind: "is-key" },
  },
  {
    // A key lives in its vault: judged with the vault's tags, placed where the vault is.
    token: "azure-native:keyvault:Key",
    cloud: "azure",
    class: "configures",
    source: SOURCE,
    identities: ["name", "id", "vaultName"],
    configures: { property: "vaultName", referenceKind: "name", targets: [VAULT] },
    key: true,
  },
  {
    token: "azure-native:keyvault:Secret",
    cloud: "azure",
    class: "configures",
    source: SOURCE,
    identities: ["name", "id", "vaultName"],
    configures: { property: "vaultName", referenceKind: "name", targets: [VAULT] },
  },
];
