// aws:ecr/* — Elastic Container Registry (@pulumi/aws 7.48, ecr/*.d.ts).
import { Destinations, field, forEachItem, path, readObject, regionName } from "../../flows/read";
import type { FlowFunction } from "../../flows/types";
import { AWS_REGION } from "../common";
import { keyOr } from "../../controls/encryptionRead";
import { readString as readProperty } from "../../resource/properties";
import type { TypeDeclaration } from "../types";
import { awsData } from "./shared";

const SOURCE =
  "@pulumi/aws 7.48 (ecr/replicationConfiguration.d.ts); https://docs.aws.amazon.com/AmazonECR/latest/userguide/replication.html";

/**
 * replicationConfiguration.rules[].destinations[].region (`ReplicationConfigurationArgs`; input
 * types `ReplicationConfigurationReplicationConfiguration{,Rule,RuleDestination}`).
 */
const replicationFlows: FlowFunction = (props) => {
  const out = new Destinations("aws");
  const config = readObject(field(props, "replicationConfiguration"));
  if (config.state === "unknown") out.unknown("replication", "replicationConfiguration");
  if (config.state !== "value") return out.list();
  forEachItem(
    out,
    "replication",
    field(config.value, "rules"),
    "replicationConfiguration.rules",
    (rule, at) =>
      forEachItem(out, "replication", field(rule, "destinations"), path(at, "destinations"), (d, dAt) =>
        regionName(out, "replication", path(dAt, "region"), field(d, "region")),
      ),
  );
  return out.list();
};

export const DECLARATIONS: readonly TypeDeclaration[] = [
  {
    // The replication configuration of the account's private registry in one region: it copies
    // every repository of that registry (filters aside) to the destination regions. The registry
    // itself is no Pulumi resource, so this declaration stands for it: a data holder (container
    // images) in the provider's region, untaggable, judged with the provider's default tags or
    // `sovereignty.defaults` (docs/decisions/2026-11-30-registry.md).
    token: "aws:ecr/replicationConfiguration:ReplicationConfiguration",
    cloud: "aws",
    class: "data",
    category: "storage",
    source: SOURCE,
    location: AWS_REGION,
    tags: {
      kind: "none",
      reason:
        "a registry-level setting with no `tags` input: judged with the provider's `defaultTags` or `sovereignty.defaults`",
    },
    identities: ["id"],
    flows: replicationFlows,
    encryption: {
      kind: "gap",
      reason:
        "ECR encrypts every image at rest; the key is set per repository (`aws:ecr/repository:Repository` `encryptionConfigurations`) or by a repository creation template, not on the registry's replication configuration",
    },
  },
  // Added for issue 12: repositories hold the images (`RepositoryArgs` {encryptionConfigurations,
  // name, region, tags}; input type `RepositoryEncryptionConfiguration` {encryptionType, kmsKey}).
  awsData({
    token: "aws:ecr/repository:Repository",
    category: "storage",
    source:
      "@pulumi/aws 7.48 (ecr/repository.d.ts); https://docs.aws.amazon.com/AmazonECR/latest/userguide/encryption-at-rest.html",
    identities: ["name", "arn", "id"],
    // Always encrypted: `AES256` (default) with S3-managed keys; `KMS` / `KMS_DSSE` with `kmsKey`,
    // else the AWS managed `aws/ecr` key.
    encryption: {
      kind: "reader",
      read: (p) => {
        const type = readProperty(p, ["encryptionConfigurations", 0, "encryptionType"]);
        if (type.kind === "unknown") return { kind: "unknown", property: type.property, atRest: "on" };
        if (type.kind !== "value" || !(type.value as string).toUpperCase().startsWith("KMS"))
          return { kind: "provider-default", property: "encryptionConfigurations[0].encryptionType" };
        return keyOr(readProperty(p, ["encryptionConfigurations", 0, "kmsKey"]), {
          kind: "provider-default",
          property: "encryptionConfigurations[0].kmsKey",
        });
      },
    },
  }),
];
