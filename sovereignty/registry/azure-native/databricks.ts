// azure-native:databricks:* — Azure Databricks workspaces (@pulumi/azure-native 3.28,
// databricks/workspace.d.ts `WorkspaceArgs` {encryption, location, parameters, tags,
// workspaceName, ...}; types/input.d.ts databricks.WorkspaceCustomParametersArgs
// {storageAccountSkuName: {value}, encryption: {value: {keySource, keyVaultUri, keyName}}}).
import { azurePrimary, enumValue, geoPair, geoRedundantStorage } from "../../flows/azureGeo";
import { Destinations } from "../../flows/read";
import type { FlowFunction } from "../../flows/types";
import { readPath, readString } from "../../resource/properties";
import { keyOr } from "../../controls/encryptionRead";
import type { TypeDeclaration } from "../types";
import { azureData } from "./shared";

const SOURCE =
  "@pulumi/azure-native 3.28 (databricks/workspace.d.ts); https://learn.microsoft.com/azure/databricks/security/keys/customer-managed-keys";

/**
 * The workspace's root (DBFS) storage account lives in its managed resource group with the SKU at
 * `sku` (`Standard_GRS`, `Standard_LRS`, ...): a GRS/GZRS SKU copies to the paired region as any
 * storage account does. `absent` is what an absent SKU means: the SDK's stated default (the
 * classic provider: "Defaults to `Standard_GRS`"), or `unknown` where the SDK states none.
 * Shared by both Azure packages' workspaces.
 */
export function rootStorageFlows(
  sku: readonly string[],
  absent: { readonly default: string } | "unknown",
): FlowFunction {
  const property = sku.join(".");
  return (props, context) => {
    const out = new Destinations("azure");
    const read = readPath(props, sku);
    if (read.kind === "unknown") return (out.unknown("geo-redundancy", read.property), out.list());
    let raw: unknown;
    if (read.kind === "value") raw = read.value;
    else if (absent === "unknown") return (out.unknown("geo-redundancy", property), out.list());
    else raw = absent.default;
    const value = enumValue(raw);
    if (value.state === "value" && geoRedundantStorage(value.value))
      geoPair(out, "geo-redundancy", property, "storage", azurePrimary(context));
    return out.list();
  };
}

/**
 * azure-native: `parameters.storageAccountSkuName.value`; absent, the SDK does not state the
 * default and this model cannot verify it, so the destination is unknown (set `Standard_LRS` or
 * `Standard_ZRS`). A `Serverless` compute-mode workspace (`computeMode`) has no root storage
 * account of its own.
 */
const rootStorage = rootStorageFlows(["parameters", "storageAccountSkuName", "value"], "unknown");
const workspaceFlows: FlowFunction = (props, context) => {
  const mode = readString(props, ["computeMode"]);
  if (mode.kind === "value" && (mode.value as string).toLowerCase() === "serverless") return [];
  return rootStorage(props, context);
};

export const DECLARATIONS: readonly TypeDeclaration[] = [
  azureData({
    token: "azure-native:databricks:Workspace",
    category: "storage",
    source: SOURCE,
    identities: ["workspaceName", "name", "id"],
    flows: workspaceFlows,
    // DBFS root: `parameters.encryption.value.keySource` `Microsoft.Keyvault` with `keyVaultUri`
    // (+ `keyName`); otherwise Microsoft-managed keys.
    encryption: {
      kind: "reader",
      read: (p) => {
        const source = readString(p, ["parameters", "encryption", "value", "keySource"]);
        if (source.kind === "unknown") return { kind: "unknown", property: source.property, atRest: "on" };
        if (source.kind !== "value" || (source.value as string).toLowerCase() !== "microsoft.keyvault")
          return { kind: "provider-default", property: "parameters.encryption.value.keySource" };
        const uri = readString(p, ["parameters", "encryption", "value", "keyVaultUri"]);
        return keyOr(uri, { kind: "unknown", property: uri.property, atRest: "on" });
      },
    },
  }),
];
