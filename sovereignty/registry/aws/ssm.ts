// aws:ssm/* — Systems Manager parameters (@pulumi/aws 7.48, ssm/parameter.d.ts `ParameterArgs`
// {keyId, name, region, tags, tier, type, value, ...}).
import { keyOr } from "../../controls/encryptionRead";
import { readString } from "../../resource/properties";
import type { TypeDeclaration } from "../types";
import { awsData } from "./shared";

const SOURCE =
  "@pulumi/aws 7.48 (ssm/parameter.d.ts); https://docs.aws.amazon.com/systems-manager/latest/userguide/secure-string-parameter-kms-encryption.html";

export const DECLARATIONS: readonly TypeDeclaration[] = [
  awsData({
    token: "aws:ssm/parameter:Parameter",
    category: "secret",
    source: SOURCE,
    identities: ["name", "arn", "id", "keyId"],
    // Only `SecureString` parameters are encrypted (with `keyId`, else `alias/aws/ssm`);
    // `String` and `StringList` are stored as plain text.
    encryption: {
      kind: "reader",
      read: (p) => {
        const type = readString(p, ["type"]);
        if (type.kind === "unknown") return { kind: "unknown", property: "type", atRest: "unknown" };
        if (type.kind !== "value" || (type.value as string).toLowerCase() !== "securestring")
          return { kind: "disabled", property: "type" };
        return keyOr(readString(p, ["keyId"]), { kind: "provider-default", property: "keyId" });
      },
    },
  }),
];
