// Small builders shared by several `azure-native:` declarations (not a service file: it declares
// no type).
import { keyOr } from "../../controls/encryptionRead";
import type { EncryptionReading } from "../../controls/types";
import type { FlowFunction, FlowKind } from "../../flows/types";
import { readString, type PropertyBag } from "../../resource/properties";
import { AZURE_DATA, AZURE_LOCATION, TAGS } from "../common";
import { flowAt as flowAtIn, reference, type Emit } from "../paths";
import { regionName } from "../../flows/read";
import type { ConfiguringDeclaration, DataDeclaration, ProcessingDeclaration } from "../types";

type Usual = "cloud" | "class" | "location" | "tags";

/** An azure-native data holder placed and tagged the usual way (`location`, else its resource group's; `tags`). */
export function azureData(
  d: Omit<DataDeclaration, Usual> & Partial<Pick<DataDeclaration, "location" | "tags">>,
): DataDeclaration {
  return { ...AZURE_DATA, ...d };
}

/** An azure-native resource that processes data (VMs, apps, containers, AI inference). */
export function azureProcessing(
  d: Omit<ProcessingDeclaration, Usual> & Partial<Pick<ProcessingDeclaration, "location" | "tags">>,
): ProcessingDeclaration {
  return { cloud: "azure", class: "processes", location: AZURE_LOCATION, tags: TAGS, ...d };
}

/** `flowAt` (the registry's path module) for `azure-native:` declarations. */
export const flowAt = (kind: FlowKind, path: string, emit: Emit): FlowFunction =>
  flowAtIn("azure", kind, path, emit);

/**
 * Always encrypted at rest (Azure Storage underneath); the Key Vault key URI at `path`, when set, is
 * the customer-managed key, else Microsoft-managed keys.
 */
export function keyUriOr(path: readonly (string | number)[]): (p: PropertyBag) => EncryptionReading {
  return (p) => keyOr(readString(p, path), { kind: "provider-default", property: path.join(".") });
}

/**
 * A Key Vault key named by vault URI and key name in two properties (`keyVaultUri` + `keyName`):
 * the reference `<vault>/keys/<name>` so that the vault can be placed; absent → Microsoft-managed.
 */
export function vaultKey(base: readonly string[]): (p: PropertyBag) => EncryptionReading {
  return (p) => {
    const uri = readString(p, [...base, "keyVaultUri"]);
    if (uri.kind !== "value") return keyOr(uri, { kind: "provider-default", property: uri.property });
    const name = readString(p, [...base, "keyName"]);
    const vault = (uri.value as string).replace(/\/+$/, "");
    const raw = name.kind === "value" ? `${vault}/keys/${name.value as string}` : `${vault}/`;
    return keyOr(
      { kind: "value", property: uri.property, value: raw },
      { kind: "provider-default", property: uri.property },
    );
  };
}

/**
 * A replica of a store, created in its own `location` and holding all of the store's data (ACR
 * geo-replications, App Configuration replicas): untaggable in effect, judged with the store's
 * tags, its `location` the replication flow.
 */
export function replicaInLocation(d: {
  readonly token: string;
  readonly source: string;
  readonly of: { readonly property: string; readonly token: string };
  readonly identities: readonly string[];
}): ConfiguringDeclaration {
  return {
    token: d.token,
    cloud: "azure",
    class: "configures",
    source: d.source,
    configures: { property: d.of.property, referenceKind: "name", targets: [d.of.token] },
    identities: d.identities,
    flows: flowAt("replication", "location", regionName),
  };
}

/**
 * A geo-disaster-recovery pairing of a namespace (`namespaceName`) with `partnerNamespace` (its
 * ARM id): on failover the alias moves to the partner, and new messages land there — a
 * replication flow to the partner, resolved in the stack. (Geo-DR copies metadata; the data that
 * follows the alias after failover is what the flow stands for.)
 */
export function geoDrPairing(token: string, namespace: string, source: string): ConfiguringDeclaration {
  return {
    token,
    cloud: "azure",
    class: "configures",
    source,
    configures: { property: "namespaceName", referenceKind: "name", targets: [namespace] },
    identities: ["alias", "name", "id"],
    flows: flowAt("replication", "partnerNamespace", reference("id")),
  };
}
