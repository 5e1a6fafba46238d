// Answers to provider functions (invokes) while a program runs offline. At preview a real engine
// calls these for real, so their results are known values. Every function answers with a value for
// each field its declared result type has (./invoke-shapes.ts, read from the provider SDK); the
// functions programs use to find where and as whom they run answer, over that, from the stack config
// with a fake identity, so the region, account, project and subscription agree with the config.
// Tokens and result fields from the provider schemas: aws `getRegion`/`getCallerIdentity`/
// `getPartition`/`getAvailabilityZones` (pulumi/pulumi-aws provider/cmd/pulumi-resource-aws/schema.json),
// azure-native `authorization:getClientConfig`, gcp `organizations/getProject` and `getClientConfig`.

/** The account every AWS identity invoke answers with (AWS documentation's example account). */
export const FAKE_AWS_ACCOUNT = "123456789012";
export const FAKE_AZURE_SUBSCRIPTION = "00000000-0000-0000-0000-000000000000";
export const FAKE_AZURE_TENANT = "00000000-0000-0000-0000-000000000001";
export const FAKE_GCP_PROJECT = "sovereignty-offline";

import { InvokeFailure } from "../engine-host";
import type { InvokeShapes } from "./invoke-shapes";

export type InvokeResult = Record<string, unknown>;

/** A failure the program would also get from the real provider (missing region and the like). */
export class InvokeError extends InvokeFailure {}

export function answerInvoke(
  token: string,
  inputs: Record<string, unknown>,
  config: Readonly<Record<string, string>>,
  shapes?: InvokeShapes,
): InvokeResult {
  const fromConfig = configAnswer(token, inputs, config);
  const shaped = shapes?.result(token, {
    ...optional(
      "region",
      stringInput(inputs, "region") ??
        config["aws:region"] ??
        config["gcp:region"] ??
        config["azure-native:location"],
    ),
    account: FAKE_AWS_ACCOUNT,
    project: config["gcp:project"] ?? FAKE_GCP_PROJECT,
  });
  return { ...(shaped ?? {}), ...(fromConfig ?? {}) };
}

function optional<K extends string>(key: K, value: string | undefined): { [key in K]?: string } {
  return (value === undefined ? {} : { [key]: value }) as { [key in K]?: string };
}

/** The answer that must agree with the stack config, for the functions that have one. */
function configAnswer(
  token: string,
  inputs: Record<string, unknown>,
  config: Readonly<Record<string, string>>,
): InvokeResult | undefined {
  switch (token) {
    case "aws:index/getRegion:getRegion": {
      const region = stringInput(inputs, "region") ?? stringInput(inputs, "name") ?? awsRegion(config, token);
      return {
        id: region,
        name: region,
        region,
        endpoint: `ec2.${region}.${awsPartition(region).dnsSuffix}`,
        description: region,
      };
    }
    case "aws:index/getCallerIdentity:getCallerIdentity": {
      const partition = awsPartition(config["aws:region"] ?? "").partition;
      return {
        id: FAKE_AWS_ACCOUNT,
        accountId: FAKE_AWS_ACCOUNT,
        arn: `arn:${partition}:iam::${FAKE_AWS_ACCOUNT}:user/sovereignty-offline`,
        userId: "AIDAOFFLINEEXAMPLE",
      };
    }
    case "aws:index/getPartition:getPartition": {
      const partition = awsPartition(config["aws:region"] ?? "");
      return { id: partition.partition, ...partition };
    }
    case "aws:index/getAvailabilityZones:getAvailabilityZones": {
      const region = stringInput(inputs, "region") ?? awsRegion(config, token);
      const names = ["a", "b", "c"].map((suffix) => `${region}${suffix}`);
      return { id: region, names, zoneIds: names, groupNames: [region], region };
    }
    case "azure-native:authorization:getClientConfig":
    case "azure:core/getClientConfig:getClientConfig": {
      const subscriptionId =
        config["azure-native:subscriptionId"] ?? config["azure:subscriptionId"] ?? FAKE_AZURE_SUBSCRIPTION;
      const tenantId = config["azure-native:tenantId"] ?? config["azure:tenantId"] ?? FAKE_AZURE_TENANT;
      const clientId =
        config["azure-native:clientId"] ?? config["azure:clientId"] ?? "00000000-0000-0000-0000-000000000002";
      return {
        id: clientId,
        clientId,
        objectId: "00000000-0000-0000-0000-000000000003",
        subscriptionId,
        tenantId,
      };
    }
    case "gcp:organizations/getProject:getProject": {
      const projectId = stringInput(inputs, "projectId") ?? config["gcp:project"] ?? FAKE_GCP_PROJECT;
      return { id: `projects/${projectId}`, projectId, name: projectId, number: "123456789012", labels: {} };
    }
    case "gcp:organizations/getClientConfig:getClientConfig": {
      const project = config["gcp:project"] ?? FAKE_GCP_PROJECT;
      return {
        id: project,
        project,
        region: config["gcp:region"] ?? "",
        zone: config["gcp:zone"] ?? "",
        accessToken: "offline",
        defaultLabels: {},
      };
    }
    default:
      return undefined;
  }
}

function awsRegion(config: Readonly<Record<string, string>>, token: string): string {
  const region = config["aws:region"];
  if (region === undefined || region === "") {
    throw new InvokeError(
      `${token} needs the AWS region: set aws:region in the stack config or pass --config aws:region=<region>`,
    );
  }
  return region;
}

/** Partition by region prefix (regionRegex/dnsSuffix of @aws-sdk/core util-endpoints partitions.js; ISO partitions omitted). */
function awsPartition(region: string): { partition: string; dnsSuffix: string; reverseDnsPrefix: string } {
  if (region.startsWith("cn-"))
    return { partition: "aws-cn", dnsSuffix: "amazonaws.com.cn", reverseDnsPrefix: "cn.com.amazonaws" };
  if (region.startsWith("us-gov-"))
    return { partition: "aws-us-gov", dnsSuffix: "amazonaws.com", reverseDnsPrefix: "com.amazonaws" };
  if (region.startsWith("eusc-"))
    return { partition: "aws-eusc", dnsSuffix: "amazonaws.eu", reverseDnsPrefix: "eu.amazonaws" };
  return { partition: "aws", dnsSuffix: "amazonaws.com", reverseDnsPrefix: "com.amazonaws" };
}

function stringInput(inputs: Record<string, unknown>, key: string): string | undefined {
  const value = inputs[key];
  return typeof value === "string" && value !== "" ? value : undefined;
}
