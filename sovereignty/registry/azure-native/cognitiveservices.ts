// azure-native:cognitiveservices:* — Azure AI Services / Azure OpenAI accounts and model
// deployments (@pulumi/azure-native 3.28, cognitiveservices/account.d.ts `AccountArgs` {accountName,
// kind, location, properties, sku, tags}; cognitiveservices/deployment.d.ts `DeploymentArgs`
// {accountName, deploymentName, properties, sku, tags}; types/input.d.ts
// cognitiveservices.AccountPropertiesArgs.encryption {keySource, keyVaultProperties: {keyVaultUri,
// keyName, ...}}, cognitiveservices.SkuArgs {name, ...}).
//
// AI inference residency (issue 12, item 4): a deployment's SKU says where prompts and completions
// are processed — `Global*` anywhere, `DataZone*` within the account's data zone (EU or US),
// `Standard` / `ProvisionedManaged` in the account's geography (judged at the account's location).
// The tables are in sovereignty/catalog/inference-geographies.ts.
import { keySourceSwitch } from "../../controls/encryptionRead";
import {
  AZURE_GLOBAL_DESTINATION,
  azureDataZoneOf,
  azureDeploymentScope,
} from "../../catalog/inference-geographies";
import { azurePrimary } from "../../flows/azureGeo";
import { Destinations } from "../../flows/read";
import { readPath } from "../../resource/properties";
import type { FlowFunction } from "../../flows/types";
import type { TypeDeclaration } from "../types";
import { azureData, azureProcessing } from "./shared";

const SOURCE =
  "@pulumi/azure-native 3.28 (cognitiveservices/*.d.ts); https://learn.microsoft.com/azure/ai-foundry/openai/how-to/deployment-types";
const ACCOUNT = "azure-native:cognitiveservices:Account";

/**
 * A deployment SKU name at `path` (`sku` → `sku.name`) → where inference runs. A data zone is the
 * account's: `context.primary` is the deployment's location, its parent's (the location rule). An
 * account outside the EU and the US has no documented data zone, and an unknown location cannot
 * be placed: both are unknown destinations ("cannot verify"), never a guess.
 */
export function deploymentSkuFlows(sku: readonly string[]): FlowFunction {
  const at = [...sku, "name"].join(".");
  return (props, context) => {
    const out = new Destinations("azure");
    const read = readPath(props, [...sku, "name"]);
    if (read.kind === "unknown") return (out.unknown("inference", read.property), out.list());
    if (read.kind === "absent" || typeof read.value !== "string") return out.list();
    const scope = azureDeploymentScope(read.value);
    if (scope === "worldwide") out.add("inference", at, { kind: "countries", ...AZURE_GLOBAL_DESTINATION });
    if (scope === "data-zone") {
      const primary = azurePrimary(context);
      const zone = primary === undefined ? undefined : azureDataZoneOf(primary.countries);
      if (zone === undefined) out.unknown("inference", at);
      else out.add("inference", at, { kind: "countries", countries: zone.countries, label: zone.label });
    }
    return out.list();
  };
}

export const DECLARATIONS: readonly TypeDeclaration[] = [
  azureData({
    // Holds uploaded files, fine-tuned models, stored completions and agent threads.
    token: ACCOUNT,
    category: "storage",
    source: SOURCE,
    identities: ["accountName", "name", "id"],
    // Always encrypted; `keySource` `Microsoft.KeyVault` selects `keyVaultProperties.keyVaultUri`.
    encryption: {
      kind: "reader",
      read: (p) =>
        keySourceSwitch(p, ["properties", "encryption", "keySource"], "Microsoft.KeyVault", [
          "properties",
          "encryption",
          "keyVaultProperties",
          "keyVaultUri",
        ]),
    },
  }),
  azureProcessing({
    token: "azure-native:cognitiveservices:Deployment",
    source: SOURCE,
    identities: ["deploymentName", "name", "id", "accountName"],
    // A deployment has no location of its own: it runs in its account's region.
    location: {
      properties: [],
      service: "regions",
      providerDefault: false,
      parent: { property: "accountName", targets: [ACCOUNT] },
    },
    flows: deploymentSkuFlows(["sku"]),
    // It processes its account's data (prompts against the account's files and fine-tuned
    // models): without a zone of its own, the account's tags judge where its SKU sends it.
    dataOf: { property: "accountName", targets: [ACCOUNT] },
  }),
];
