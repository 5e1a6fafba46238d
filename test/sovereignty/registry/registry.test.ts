import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, it } from "mocha";
import {
  allDeclarations,
  canonicalToken,
  declarationOf,
  duplicateTokens,
  identitiesOf,
  indexDeclarations,
  isKeyType,
  keyTypes,
  locationRuleOf,
  tagRuleOf,
  typeOf,
  type TypeDeclaration,
} from "../../../sovereignty/registry";
import { AWS_REGION, AZURE_LOCATION } from "../../../sovereignty/registry/common";
import { FLOW_TYPES, ORIGIN_TYPES, dataFlows } from "../../../sovereignty/flows";
import { readEncryption, readImmutability } from "../../../sovereignty/controls";
import {
  allConfiguringTypes,
  allDataHoldingTypes,
  configuringType,
  dataHoldingType,
  sideResourceToken,
} from "../../../sovereignty/resource";
import { sdkHasToken, sdkProperties } from "./sdk";

const ALL = allDeclarations();
const spellings = (d: TypeDeclaration): string[] => [d.token, ...(d.aliases ?? [])];

/** Tokens of SDK majors older than the pinned ones that stacks and state files still carry. */
const LEGACY = new Set(["azure-native:documentdb:DatabaseAccount"]); // azure-native v2; `cosmosdb` in v3

describe("registry: one declaration per type", () => {
  it("declares no token twice, as a token or an alias", () => {
    assert.deepEqual(duplicateTokens(), []);
  });

  it("reports a token declared twice, including through an alias", () => {
    const a = ALL.find((d) => d.token === "aws:s3/bucket:Bucket")!;
    const again: TypeDeclaration = {
      ...a,
      token: "aws:s3/other:Other",
      aliases: ["aws:s3/bucketV2:BucketV2"],
    };
    assert.deepEqual(indexDeclarations([a, again]).duplicates, [
      { token: "aws:s3/bucketV2:BucketV2", declaredBy: ["aws:s3/bucket:Bucket", "aws:s3/other:Other"] },
    ]);
    assert.equal(indexDeclarations([a, a]).duplicates.length, 2);
  });

  it("declares every type in the file its token spells (registry/<package>/<module>.ts), listed in its cloud's index.ts", () => {
    const root = path.join(__dirname, "../../../sovereignty/registry");
    const declared = new Set(ALL);
    const misplaced: string[] = [];
    const unlisted: string[] = [];
    for (const pkg of ["aws", "azure-native", "azure", "gcp"]) {
      for (const file of readdirSync(path.join(root, pkg))) {
        if (!file.endsWith(".ts") || file === "index.ts") continue;
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const mod = require(path.join(root, pkg, file)) as { DECLARATIONS?: readonly TypeDeclaration[] };
        const list = mod.DECLARATIONS ?? [];
        if (list.some((d) => !declared.has(d))) unlisted.push(`${pkg}/${file}`);
        for (const d of list) {
          const [tokenPkg, module] = d.token.split(":") as [string, string];
          if (tokenPkg !== pkg || module.split("/")[0] !== file.replace(/\.ts$/, ""))
            misplaced.push(`${d.token} in ${pkg}/${file}`);
        }
      }
    }
    assert.deepEqual(misplaced, []);
    assert.deepEqual(unlisted, [], "service files whose declarations are not in their cloud's index.ts");
  });

  it("names tokens of the installed SDKs", () => {
    const missing = ALL.flatMap(spellings).filter((t) => !LEGACY.has(t) && !sdkHasToken(t));
    assert.deepEqual(missing, []);
  });

  it("cites a source for every declaration", () => {
    assert.deepEqual(
      ALL.filter((d) => d.source.trim() === "").map((d) => d.token),
      [],
    );
  });

  it("indexes resources by properties their type has", () => {
    const wrong = ALL.flatMap((d) => {
      const props = sdkProperties(d.token);
      return d.identities.filter((p) => !props.has(p)).map((p) => `${d.token}.${p}`);
    });
    assert.deepEqual(wrong, []);
  });

  it("configures, parents and inherited keys name declared types", () => {
    const undeclared: string[] = [];
    const check = (from: string, targets: readonly string[]) => {
      for (const t of targets) if (!declarationOf(t)) undeclared.push(`${from} → ${t}`);
    };
    for (const d of ALL) {
      if (d.class === "configures") check(d.token, d.configures.targets);
      const rule = locationRuleOf(d.token);
      if (rule?.parent) check(d.token, rule.parent.targets);
    }
    assert.deepEqual(undeclared, []);
  });

  it("every data holder has an encryption reader, is a key, or says why not", () => {
    const silent = ALL.filter(
      (d) => d.class === "data" && d.encryption.kind === "gap" && d.encryption.reason.trim() === "",
    );
    assert.deepEqual(
      silent.map((d) => d.token),
      [],
    );
  });

  it("every backup holder has an immutability reader (a gap names its reason)", () => {
    const missing = ALL.filter((d) => d.class === "data" && d.category === "backup" && !d.immutability);
    assert.deepEqual(
      missing.map((d) => d.token),
      [],
    );
    const gap = readImmutability("aws:ebs/snapshot:Snapshot", {});
    assert.equal(gap.kind, "not-modelled");
    assert.match(gap.kind === "not-modelled" ? (gap.reason ?? "") : "", /vault lock/);
  });
});

describe("registry: lookups", () => {
  it("normalises tokens one way: aliases, S3 ...V2 side resources, azure-native API versions", () => {
    assert.equal(canonicalToken("aws:s3/bucketV2:BucketV2"), "aws:s3/bucket:Bucket");
    assert.equal(canonicalToken("aws:s3/bucketAclV2:BucketAclV2"), "aws:s3/bucketAcl:BucketAcl");
    assert.equal(
      sideResourceToken("aws:s3/bucketVersioningV2:BucketVersioningV2"),
      "aws:s3/bucketVersioning:BucketVersioning",
    );
    assert.equal(
      canonicalToken("azure-native:documentdb:DatabaseAccount"),
      "azure-native:cosmosdb:DatabaseAccount",
    );
    assert.equal(
      canonicalToken("azure-native:storage/v20230101:StorageAccount"),
      "azure-native:storage:StorageAccount",
    );
    assert.equal(canonicalToken("aws:s3/bucket:Bucket"), "aws:s3/bucket:Bucket");
    assert.equal(canonicalToken("my:component:Thing"), "my:component:Thing");
  });

  it("answers every token: declared, by alias, or unclassified outside the provider SDKs", () => {
    const bucket = typeOf("aws:s3/bucket:Bucket");
    assert.ok(bucket.kind === "declared" && !bucket.viaAlias);
    const v2 = typeOf("aws:s3/bucketV2:BucketV2");
    assert.ok(v2.kind === "declared" && v2.viaAlias && v2.declaration.token === "aws:s3/bucket:Bucket");
    assert.deepEqual(typeOf("my:component:Thing"), { kind: "unclassified", token: "my:component:Thing" });
    // Undeclared tokens of the SDKs: their module rule, with the SDK's usual location and tags.
    const role = typeOf("aws:iam/role:Role");
    assert.ok(role.kind === "classified" && role.class === "location-less" && role.location === undefined);
    const vnet = typeOf("azure-native:network/v20230201:VirtualNetwork");
    assert.ok(vnet.kind === "classified" && vnet.class === "control-plane");
    assert.equal(vnet.location, AZURE_LOCATION);
    assert.equal(locationRuleOf("azure-native:network:VirtualNetwork"), AZURE_LOCATION);
  });

  it("keeps the key types the stack policy listed, and nothing that is not a key", () => {
    assert.deepEqual([...keyTypes()].sort(), [
      "aws:kms/externalKey:ExternalKey",
      "aws:kms/key:Key",
      "aws:kms/replicaExternalKey:ReplicaExternalKey",
      "aws:kms/replicaKey:ReplicaKey",
      "azure-native:compute:DiskEncryptionSet",
      "azure-native:keyvault:Key",
      "azure-native:keyvault:ManagedHsm",
      "azure-native:keyvault:Vault",
      "azure:keyvault/key:Key",
      "azure:keyvault/keyVault:KeyVault",
      "gcp:kms/cryptoKey:CryptoKey",
    ]);
    assert.ok(isKeyType("aws:kms/key:Key"));
    assert.ok(!isKeyType("aws:s3/bucket:Bucket"));
    // A disk encryption set is placed like any azure-native resource (its own location, else its group's).
    assert.equal(locationRuleOf("azure-native:compute:DiskEncryptionSet"), AZURE_LOCATION);
  });

  it("indexes each type by its own identities; every property the pack or the runner used is kept where the type has it", () => {
    // The lists stack.ts and cli/check/inventory.ts indexed every resource by, before the registry.
    const before = [
      "bucket",
      "name",
      "arn",
      "id",
      "accountName",
      "vaultName",
      "keyId",
      "identifier",
      "clusterIdentifier",
      "diskEncryptionSetName",
    ];
    // Properties that name another resource, not this one (a SQL server's `keyId` is its CMK's URI,
    // a classic NetApp volume's `accountName` its NetApp account).
    const notSelf = new Set([
      "azure-native:sql:Server.keyId",
      "azure-native:sql:ManagedInstance.keyId",
      "azure:netapp/volume:Volume.accountName",
    ]);
    const lost = ALL.flatMap((d) => {
      const props = sdkProperties(d.token);
      return before
        .filter((p) => props.has(p) && !identitiesOf(d.token).includes(p))
        .map((p) => `${d.token}.${p}`)
        .filter((p) => !notSelf.has(p));
    });
    assert.deepEqual(lost, []);
    assert.ok(identitiesOf("azure-native:resources:ResourceGroup").includes("resourceGroupName"));
    assert.ok(!identitiesOf("azure-native:storage:StorageAccount").includes("resourceGroupName"));
    assert.ok(identitiesOf("aws:rds/globalCluster:GlobalCluster").includes("globalClusterIdentifier"));
    assert.ok(
      identitiesOf("aws:s3/bucketV2:BucketV2").includes("bucket"),
      "aliases share their declaration's",
    );
    assert.ok(identitiesOf("some:other:Type").includes("name"), "undeclared types keep the usual list");
  });

  it("answers location and tag rules for declared types", () => {
    assert.equal(locationRuleOf("aws:dynamodb/tableReplica:TableReplica"), AWS_REGION);
    assert.equal(locationRuleOf("aws:s3/bucketPolicy:BucketPolicy"), undefined);
    assert.deepEqual(tagRuleOf("gcp:sql/databaseInstance:DatabaseInstance"), {
      kind: "property",
      property: "settings.userLabels",
    });
    assert.equal(tagRuleOf("aws:s3/bucketPolicy:BucketPolicy")?.kind, "none");
    assert.equal(tagRuleOf("aws:ecr/replicationConfiguration:ReplicationConfiguration")?.kind, "none");
    assert.equal(tagRuleOf("my:component:Thing"), undefined);
  });
});

describe("registry: the lookups the pack and the runner used before it", () => {
  it("lists the data-holding and configuring types it listed, aliases included", () => {
    const data = new Set(allDataHoldingTypes().map((t) => t.token));
    for (const t of [
      "aws:s3/bucket:Bucket",
      "aws:s3/bucketV2:BucketV2",
      "azure-native:documentdb:DatabaseAccount",
      "gcp:firestore/database:Database",
    ])
      assert.ok(data.has(t), t);
    assert.equal(dataHoldingType("aws:s3/bucketV2:BucketV2")?.aliasOf, "aws:s3/bucket:Bucket");
    assert.equal(dataHoldingType("gcp:firestore/database:Database")?.tagsProperty, undefined, "no labels");
    const side = new Set(allConfiguringTypes().map((t) => t.token));
    for (const t of [
      "aws:s3/bucketAclV2:BucketAclV2",
      "aws:s3/bucketPolicy:BucketPolicy",
      "gcp:kms/keyRing:KeyRing",
    ])
      assert.ok(side.has(t), t);
    assert.deepEqual(configuringType("gcp:kms/keyRing:KeyRing"), {
      token: "gcp:kms/keyRing:KeyRing",
      cloud: "gcp",
      property: "keyRing",
      referenceKind: "id",
      direction: "reverse",
      targets: ["gcp:kms/cryptoKey:CryptoKey"],
      holdsData: "key",
      location: { properties: ["location"], service: "gcp-kms", providerDefault: false },
    });
  });

  it("keeps every flow and origin type (and gains the orphans the issue names)", () => {
    const flows = [
      "aws:s3/bucketReplicationConfig:BucketReplicationConfig",
      "aws:s3/bucket:Bucket",
      "aws:s3/bucketV2:BucketV2",
      "aws:backup/plan:Plan",
      "aws:rds/instanceAutomatedBackupsReplication:InstanceAutomatedBackupsReplication",
      "aws:rds/cluster:Cluster",
      "aws:rds/instance:Instance",
      "aws:rds/globalCluster:GlobalCluster",
      "aws:dynamodb/table:Table",
      "aws:dynamodb/tableReplica:TableReplica",
      "aws:kms/key:Key",
      "aws:kms/replicaKey:ReplicaKey",
      "aws:ecr/replicationConfiguration:ReplicationConfiguration",
      "aws:secretsmanager/secret:Secret",
      "azure-native:storage:StorageAccount",
      "azure-native:storage:ObjectReplicationPolicy",
      "azure-native:recoveryservices:Vault",
      "azure-native:dataprotection:BackupVault",
      "azure-native:cosmosdb:DatabaseAccount",
      "azure-native:dbforpostgresql:Server",
      "azure-native:sql:Database",
      "gcp:storage/bucket:Bucket",
      "gcp:sql/databaseInstance:DatabaseInstance",
      "gcp:bigquery/dataset:Dataset",
      "gcp:pubsub/topic:Topic",
      "gcp:kms/keyRing:KeyRing",
      "gcp:spanner/instance:Instance",
      "gcp:backupdisasterrecovery/backupVault:BackupVault",
    ];
    assert.deepEqual(
      flows.filter((t) => !FLOW_TYPES.includes(t)),
      [],
    );
    const origins = [
      "aws:rds/instance:Instance",
      "aws:rds/cluster:Cluster",
      "aws:rds/globalCluster:GlobalCluster",
      "aws:rds/instanceAutomatedBackupsReplication:InstanceAutomatedBackupsReplication",
      "aws:dynamodb/tableReplica:TableReplica",
      "aws:kms/replicaKey:ReplicaKey",
      "azure-native:dbforpostgresql:Server",
      "azure-native:sql:Database",
      "azure-native:cosmosdb:DatabaseAccount",
      "gcp:sql/databaseInstance:DatabaseInstance",
    ];
    assert.deepEqual(
      origins.filter((t) => !ORIGIN_TYPES.includes(t)),
      [],
    );
    // Every flow or origin belongs to a type the policies judge for flows: a data holder, a
    // configuring type (with its target's tags) or a processing type (when tagged).
    const unreachable = [...FLOW_TYPES, ...ORIGIN_TYPES].filter(
      (t) => !["data", "configures", "processes"].includes(declarationOf(t)?.class ?? "none"),
    );
    assert.deepEqual(unreachable, []);
  });

  it("an ECR registry replicating to us-east-1 is a data holder whose flow leaves the EU", () => {
    const token = "aws:ecr/replicationConfiguration:ReplicationConfiguration";
    const holding = dataHoldingType(token);
    assert.equal(holding?.category, "storage");
    assert.equal(
      holding?.tagsProperty,
      undefined,
      "untaggable: provider default tags or sovereignty.defaults",
    );
    const flows = dataFlows(
      token,
      { replicationConfiguration: { rules: [{ destinations: [{ region: "us-east-1", registryId: "1" }] }] } },
      {},
    );
    assert.deepEqual(flows, [
      {
        kind: "replication",
        cloud: "aws",
        property: "replicationConfiguration.rules[0].destinations[0].region",
        target: { kind: "location", service: "regions", location: "us-east-1" },
      },
    ]);
  });

  it("reads the S3 server-side encryption configuration's key (the stack policy's inline reader)", () => {
    const token = "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration";
    const key = "arn:aws:kms:eu-central-1:1:key/k";
    const rules = {
      rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms", kmsMasterKeyId: key } }],
    };
    const r = readEncryption(token, rules);
    assert.ok(
      r.kind === "customer-managed" &&
        r.key.region === "eu-central-1" &&
        r.key.property === "rules[0].applyServerSideEncryptionByDefault.kmsMasterKeyId",
    );
    assert.equal(readEncryption(`${token.replace(/(:\w+)$/, "V2$1")}V2`, rules).kind, "customer-managed");
    assert.deepEqual(
      readEncryption(token, { rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: "AES256" } }] }),
      {
        kind: "provider-default",
        property: "rules[0].applyServerSideEncryptionByDefault.kmsMasterKeyId",
      },
    );
  });
});
