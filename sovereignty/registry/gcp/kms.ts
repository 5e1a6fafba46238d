// gcp:kms/* — Cloud KMS keys and key rings (@pulumi/gcp 9.37, kms/*.d.ts).
import { wideLocation } from "../../flows/gcpLocation";
import { Destinations, field } from "../../flows/read";
import type { FlowFunction } from "../../flows/types";
import { LABELS } from "../common";
import type { TypeDeclaration } from "../types";

const SOURCE = "@pulumi/gcp 9.37 (kms/*.d.ts); https://cloud.google.com/kms/docs/locations";
const CRYPTO_KEY = "gcp:kms/cryptoKey:CryptoKey";

/** location: `global` and KMS multi-regions (`europe`, `nam4`) in `gcp-kms`. */
const keyRingFlows: FlowFunction = (props) => {
  const out = new Destinations("gcp");
  wideLocation(out, "location", field(props, "location"), "gcp-kms", false);
  return out.list();
};

export const DECLARATIONS: readonly TypeDeclaration[] = [
  {
    // A key's location is the `locations/<loc>` segment of its `keyRing` id.
    token: CRYPTO_KEY,
    cloud: "gcp",
    class: "data",
    category: "key",
    source: SOURCE,
    location: {
      properties: ["keyRing"],
      service: "gcp-kms",
      providerDefault: false,
      parse: "gcp-resource-id",
    },
    tags: LABELS,
    identities: ["name", "id"],
    encryption: { kind: "is-key" },
  },
  {
    // A key ring carries no labels; it holds keys, whose labels it takes (resolved through the
    // CryptoKeys that name it in `keyRing`).
    token: "gcp:kms/keyRing:KeyRing",
    cloud: "gcp",
    class: "configures",
    source: SOURCE,
    identities: ["name", "id"],
    configures: { property: "keyRing", referenceKind: "id", targets: [CRYPTO_KEY], direction: "reverse" },
    holdsData: {
      category: "key",
      location: { properties: ["location"], service: "gcp-kms", providerDefault: false },
    },
    flows: keyRingFlows,
  },
];
