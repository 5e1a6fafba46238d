// Anonymous / public access, per type (the README: not allowed above `public`).
import { sideResourceToken } from "../resource/dataHolding";
import { readArray, readBoolean, readString, type PropertyBag } from "../resource/properties";
import { isUnknown } from "../values";
import type { PublicAccessReading } from "./types";

const PUBLIC_MEMBERS = /^(allUsers|allAuthenticatedUsers)$/;
const PUBLIC_ACLS = new Set(["public-read", "public-read-write", "authenticated-read"]);

type Reader = (props: PropertyBag) => PublicAccessReading;

function flagTrueIsPublic(path: string[], detail: string): Reader {
  return (p) => {
    const read = readBoolean(p, path);
    if (read.kind === "unknown") return { kind: "unknown", property: read.property };
    return read.kind === "value" && read.value === true
      ? { kind: "public", property: read.property, detail }
      : { kind: "private" };
  };
}

const READERS: Readonly<Record<string, Reader>> = {
  // New S3 buckets block public access by default (2023-04); a public ACL or a public-access
  // block with a `false` switch opens it.
  "aws:s3/bucketAcl:BucketAcl": (p) => {
    const acl = readString(p, ["acl"]);
    if (acl.kind === "unknown") return { kind: "unknown", property: acl.property };
    return acl.kind === "value" && PUBLIC_ACLS.has(acl.value as string)
      ? { kind: "public", property: "acl", detail: `canned ACL \`${String(acl.value)}\`` }
      : { kind: "private" };
  },
  "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock": (p) => {
    for (const key of ["blockPublicAcls", "blockPublicPolicy", "ignorePublicAcls", "restrictPublicBuckets"]) {
      const read = readBoolean(p, [key]);
      if (read.kind === "unknown") return { kind: "unknown", property: key };
      if (read.kind === "value" && read.value === false)
        return { kind: "public", property: key, detail: `\`${key}\` is false` };
    }
    return { kind: "private" };
  },
  "aws:rds/instance:Instance": flagTrueIsPublic(["publiclyAccessible"], "`publiclyAccessible` is true"),
  "aws:redshift/cluster:Cluster": flagTrueIsPublic(["publiclyAccessible"], "`publiclyAccessible` is true"),
  "azure-native:storage:StorageAccount": flagTrueIsPublic(
    ["allowBlobPublicAccess"],
    "`allowBlobPublicAccess` is true",
  ),
  "azure-native:storage:BlobContainer": (p) => {
    const read = readString(p, ["publicAccess"]);
    if (read.kind === "unknown") return { kind: "unknown", property: read.property };
    return read.kind === "value" && (read.value as string).toLowerCase() !== "none"
      ? { kind: "public", property: "publicAccess", detail: `\`publicAccess\` is \`${String(read.value)}\`` }
      : { kind: "private" };
  },
  "gcp:storage/bucketIAMMember:BucketIAMMember": (p) => {
    const read = readString(p, ["member"]);
    if (read.kind === "unknown") return { kind: "unknown", property: read.property };
    return read.kind === "value" && PUBLIC_MEMBERS.test(read.value as string)
      ? { kind: "public", property: "member", detail: `member \`${String(read.value)}\`` }
      : { kind: "private" };
  },
  "gcp:storage/bucketIAMBinding:BucketIAMBinding": (p) => {
    const members = readArray(p, ["members"]);
    if (members.kind === "unknown") return { kind: "unknown", property: members.property };
    if (members.kind === "absent") return { kind: "private" };
    for (const [i, m] of members.value.entries()) {
      if (isUnknown(m)) return { kind: "unknown", property: `members[${i}]` };
      if (typeof m === "string" && PUBLIC_MEMBERS.test(m))
        return { kind: "public", property: `members[${i}]`, detail: `member \`${m}\`` };
    }
    return { kind: "private" };
  },
  "gcp:sql/databaseInstance:DatabaseInstance": (p) => {
    const nets = readArray(p, ["settings", "ipConfiguration", "authorizedNetworks"]);
    if (nets.kind === "unknown") return { kind: "unknown", property: nets.property };
    if (nets.kind === "absent") return { kind: "private" };
    for (const [i, n] of nets.value.entries()) {
      const value = readString(n as PropertyBag, ["value"]);
      if (value.kind === "unknown")
        return { kind: "unknown", property: `settings.ipConfiguration.authorizedNetworks[${i}].value` };
      if (value.kind === "value" && /^0\.0\.0\.0\/0$/.test(value.value as string)) {
        return {
          kind: "public",
          property: `settings.ipConfiguration.authorizedNetworks[${i}]`,
          detail: "authorised network `0.0.0.0/0`",
        };
      }
    }
    return { kind: "private" };
  },
};

export function readPublicAccess(type: string, props: PropertyBag): PublicAccessReading {
  const reader = READERS[sideResourceToken(type)] ?? READERS[type];
  return reader ? reader(props) : { kind: "not-modelled" };
}

/** Types whose public-access reader exists (some are side resources judged through the stack). */
export const PUBLIC_ACCESS_TYPES: readonly string[] = Object.keys(READERS);
