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
import { Destinations, field, readObject, readString } from "../../flows/read";
import type { FlowFunction } from "../../flows/types";
import type { TypeDeclaration } from "../types";
import { azureData, azureProcessing } from "./shared";

const SOURCE =
  "@pulumi/azure-native 3.28 (cognitiveservices/*.d.ts); https://learn.microsoft.com/azure/ai-foundry/openai/how-to/deployment-types";
const ACCOUNT = "azure-native:cognitiveservices:Account";

/**
 * `sku.name` → where inference runs. A data zone is the account's: `context.primary` is the
 * deployment's location, its account's (the location rule's parent). An account outside the EU
 * and the US has no documented data zone, and an unknown account location cannot be placed:
 * both are unknown destinations ("cannot verify"), never a guess.
 */
const deploymentFlows: FlowFunction = (props, context) => {
  const out = new Destinations("azure");
  const sku = readObject(field(props, "sku"));
  if (sku.state === "unknown") return (out.unknown("inference", "sku"), out.list());
  if (sku.state === "absent") return out.list();
  const name = readString(field(sku.value, "name"));
  if (name.state === "unknown") return (out.unknown("inference", "sku.name"), out.list());
  if (name.state === "absent") return out.list();
  const scope = azureDeploymentScope(name.value);
  if (scope === "worldwide")
    out.add("inference", "sku.name", { kind: "countries", ...AZURE_GLOBAL_DESTINATION });
  if (scope === "data-zone") {
    const primary = azurePrimary(context);
    const zone = primary === undefined ? undefined : azureDataZoneOf(primary.countries);
    if (zone === undefined) out.unknown("inference", "sku.name");
    else
      out.add("inference", "sku.name", { kind: "countries", countries: zone.countries, label: zone.label });
  }
  return out.list();
};

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
    flows: deploymentFlows,
  }),
];
