// gcp:spanner/* — Spanner instances and databases (@pulumi/gcp 9.37, spanner/*.d.ts).
import { keyOr } from "../../controls/encryptionRead";
import type { EncryptionReading } from "../../controls/types";
import { Destinations, field, readString } from "../../flows/read";
import type { FlowFunction } from "../../flows/types";
import { readArray, readString as readProperty, type PropertyBag } from "../../resource/properties";
import { LABELS } from "../common";
import type { TypeDeclaration } from "../types";

const SOURCE =
  "@pulumi/gcp 9.37 (spanner/*.d.ts); https://cloud.google.com/spanner/docs/instance-configurations";
const INSTANCE = "gcp:spanner/instance:Instance";

/**
 * config, a name or `projects/<p>/instanceConfigs/<name>`. `regional-<region>` keeps data in that
 * region; every other configuration (multi-region `eur3`, `nam6`, dual-region, custom) spans
 * several regions that this model does not list: emitted under its own name in `regions`, unknown
 * to the catalog → fail closed unless the policy config declares it.
 */
const instanceFlows: FlowFunction = (props) => {
  const out = new Destinations("gcp");
  const config = readString(field(props, "config"));
  if (config.state === "unknown") return (out.unknown("multi-location", "config"), out.list());
  if (config.state === "absent") return out.list();
  const name = (config.value.split("/").pop() ?? "").toLowerCase();
  const regional = /^regional-(.+)$/.exec(name);
  out.location("multi-location", "config", "regions", regional ? (regional[1] as string) : name);
  return out.list();
};

/**
 * `encryptionConfig` (`DatabaseEncryptionConfig.kmsKeyName`, or kmsKeyNames[] for multi-region
 * configs: "The keys must exist in the same locations as the Spanner Database").
 */
function databaseKey(p: PropertyBag): EncryptionReading {
  const one = readProperty(p, ["encryptionConfig", "kmsKeyName"]);
  if (one.kind !== "absent") return keyOr(one, { kind: "provider-default", property: one.property });
  const many = readArray(p, ["encryptionConfig", "kmsKeyNames"]);
  if (many.kind === "unknown") return { kind: "unknown", property: many.property, atRest: "on" };
  if (many.kind === "absent" || many.value.length === 0)
    return { kind: "provider-default", property: one.property };
  return keyOr(readProperty(p, ["encryptionConfig", "kmsKeyNames", 0]), {
    kind: "provider-default",
    property: one.property,
  });
}

export const DECLARATIONS: readonly TypeDeclaration[] = [
  {
    token: INSTANCE,
    cloud: "gcp",
    class: "data",
    category: "database",
    source: SOURCE,
    location: { properties: ["config"], service: "regions", providerDefault: false, parse: "spanner-config" },
    tags: LABELS,
    identities: ["name", "id"],
    flows: instanceFlows,
    encryption: {
      kind: "gap",
      reason:
        "Spanner CMEK is set per database (`gcp:spanner/database:Database` `encryptionConfig.kmsKeyName`), not on the instance",
    },
  },
  {
    // A database lives in its instance and carries no labels: it is judged with the instance's
    // tags, and sets the instance's data encryption (its CMEK).
    token: "gcp:spanner/database:Database",
    cloud: "gcp",
    class: "configures",
    source: SOURCE,
    identities: ["name", "id"],
    configures: { property: "instance", referenceKind: "name", targets: [INSTANCE] },
    encryption: databaseKey,
  },
];
