// One mock runtime for every component test file: mocha runs all files in one process and Pulumi's
// mocks are per process, so each file calls `useMocks()` — which (re)installs the same mocks
// object before its tests and clears the shared collector and the stack config before each test.
import * as pulumi from "@pulumi/pulumi";

export interface Registered {
  readonly type: string;
  readonly name: string;
  readonly inputs: Record<string, unknown>;
  readonly custom: boolean;
  readonly provider?: string;
}

export const registered: Registered[] = [];

const ACCOUNT = "123456789012";

/** Plausible provider outputs, so children that reference each other get realistic values. */
function outputs(type: string, name: string, inputs: Record<string, unknown>): Record<string, unknown> {
  const region = typeof inputs.region === "string" ? inputs.region : "us-east-1";
  switch (type) {
    case "aws:kms/key:Key":
    case "aws:kms/replicaKey:ReplicaKey":
      return { arn: `arn:aws:kms:${region}:${ACCOUNT}:key/${name}`, keyId: name };
    case "aws:s3/bucket:Bucket": {
      const bucket = (inputs.bucket as string | undefined) ?? `${name}-1234567`;
      return { bucket, arn: `arn:aws:s3:::${bucket}`, bucketRegion: region };
    }
    case "aws:backup/vault:Vault": {
      const vault = (inputs.name as string | undefined) ?? `${name}-1234567`;
      return { name: vault, arn: `arn:aws:backup:${region}:${ACCOUNT}:backup-vault:${vault}` };
    }
    case "aws:rds/instance:Instance":
      return {
        identifier: `${name}-db`,
        arn: `arn:aws:rds:${region}:${ACCOUNT}:db:${name}-db`,
        endpoint: `${name}.${region}.rds.amazonaws.com:5432`,
      };
    case "aws:rds/cluster:Cluster":
      return {
        arn: `arn:aws:rds:${region}:${ACCOUNT}:cluster:${name}`,
        endpoint: `${name}.cluster.${region}`,
        readerEndpoint: `${name}.cluster-ro.${region}`,
      };
    case "aws:iam/role:Role":
      return { arn: `arn:aws:iam::${ACCOUNT}:role/${name}`, name };
    case "azure-native:keyvault:Vault":
      return {
        name,
        properties: { ...(inputs.properties as object), vaultUri: `https://${name}.vault.azure.net/` },
      };
    case "azure-native:keyvault:Key":
      return {
        name,
        keyUri: `https://vault.vault.azure.net/keys/${name}`,
        keyUriWithVersion: `https://vault.vault.azure.net/keys/${name}/0123`,
      };
    case "azure-native:managedidentity:UserAssignedIdentity":
      return {
        id: `/subscriptions/sub/resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/${name}`,
        principalId: `${name}-principal`,
        clientId: `${name}-client`,
      };
    case "gcp:kms/keyRing:KeyRing":
      return { id: `projects/proj/locations/${String(inputs.location)}/keyRings/${name}` };
    case "gcp:kms/cryptoKey:CryptoKey":
      return { id: `${String(inputs.keyRing)}/cryptoKeys/${name}` };
    case "gcp:storage/bucket:Bucket":
      return { name: (inputs.name as string | undefined) ?? `${name}-1234567`, url: `gs://${name}` };
    case "gcp:projects/serviceIdentity:ServiceIdentity":
      return {
        email: `service-1@${String(inputs.service)}.iam.gserviceaccount.com`,
        member: `serviceAccount:service-1@${String(inputs.service)}.iam.gserviceaccount.com`,
      };
    default:
      return {};
  }
}

const mocks: pulumi.runtime.Mocks = {
  newResource(args: pulumi.runtime.MockResourceArgs) {
    registered.push({
      type: args.type,
      name: args.name,
      inputs: args.inputs as Record<string, unknown>,
      custom: args.custom ?? true,
      ...(args.provider !== undefined && { provider: args.provider }),
    });
    const extra = outputs(args.type, args.name, args.inputs as Record<string, unknown>);
    const id = (extra.id as string | undefined) ?? `${args.name}-id`;
    return { id, state: { ...args.inputs, ...extra } };
  },
  call(args: pulumi.runtime.MockCallArgs) {
    switch (args.token) {
      case "azure-native:authorization:getClientConfig":
        return {
          tenantId: "00000000-0000-0000-0000-0000000000aa",
          subscriptionId: "sub",
          clientId: "client",
          objectId: "object",
        };
      case "gcp:storage/getProjectServiceAccount:getProjectServiceAccount":
        return {
          emailAddress: "service-1@gs-project-accounts.iam.gserviceaccount.com",
          member: "serviceAccount:service-1@gs-project-accounts.iam.gserviceaccount.com",
          id: "x",
          project: "proj",
        };
      default:
        return {};
    }
  },
};

// `waitForRPCs` drains the runtime's queue of outstanding registrations. It is marked @internal
// in the SDK's typings, hence the narrow cast.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const settings = require("@pulumi/pulumi/runtime/settings") as { waitForRPCs(): Promise<void> };

/** Call at the top of a `describe`: installs the shared mocks and resets state per test. */
export function useMocks(): void {
  before(async () => {
    await pulumi.runtime.setMocks(mocks, "project", "stack", false);
  });
  beforeEach(() => {
    registered.length = 0;
    pulumi.runtime.setAllConfig({});
  });
}

/** Waits until every registration started so far has reached the mocks. */
export async function settle(): Promise<void> {
  await settings.waitForRPCs();
}

/** Custom (non-component) resources registered since the last reset. */
export function children(): Registered[] {
  return registered.filter((r) => r.custom);
}

export function ofType(type: string): Registered[] {
  return registered.filter((r) => r.type === type);
}

export function one(type: string, name?: string): Registered {
  const found = ofType(type).filter((r) => name === undefined || r.name === name);
  if (found.length !== 1) {
    throw new Error(
      `expected one ${type}${name ? ` named ${name}` : ""}, found ${found.length}: ${registered.map((r) => `${r.type} ${r.name}`).join("; ")}`,
    );
  }
  return found[0]!;
}

/** Reads a nested input by dotted path (`properties.sku.name`, `rules.0.lifecycle`). */
export function at(value: unknown, path: string): unknown {
  let cur: unknown = value;
  for (const key of path.split(".")) {
    if (cur === null || typeof cur !== "object") return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur;
}
