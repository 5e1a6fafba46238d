// Every resource token of the installed provider SDKs is classified (issue 12): the test enumerates
// the four SDKs (scripts/sdk-tokens.ts) and lists every token no module rule covers, so a provider
// upgrade surfaces its new types here. It also keeps the rules honest: no rule or exception that
// matches nothing, and every declaration of the registry agrees with its module rule's class or
// is a deliberate override named below.
import { strict as assert } from "node:assert";
import { SDKS, type Sdk, sdkTokens, sdkVersion } from "../../scripts/sdk-tokens";
import { allDeclarations, type TypeClass } from "../../sovereignty/registry";
import { allModuleRules, classifyToken, conventionsFor } from "../../sovereignty/registry/modules";
import { moduleOf } from "../../sovereignty/registry/modules/classify";

const RULE_FILES: Record<Sdk, string> = {
  "@pulumi/aws": "sovereignty/registry/modules/aws.ts",
  "@pulumi/azure-native": "sovereignty/registry/modules/azure-native.ts",
  "@pulumi/azure": "sovereignty/registry/modules/azure-classic.ts",
  "@pulumi/gcp": "sovereignty/registry/modules/gcp.ts",
};

/**
 * Declarations whose class differs from their module rule's on purpose (a `configures`
 * declaration always refines its module's class: module rules cannot say `configures`).
 */
const OVERRIDES: Readonly<Record<string, string>> = {
  "aws:ecr/replicationConfiguration:ReplicationConfiguration":
    "the registry's replication configuration creates replica repositories in its destination regions: declared a holder so its flows are judged",
};

/** The examples of issue 12, classified as a sovereignty reviewer expects. */
const EXPECTED: readonly (readonly [token: string, cls: TypeClass, category?: string])[] = [
  ["aws:ecr/repository:Repository", "data", "storage"],
  ["aws:cognito/userPool:UserPool", "data", "database"],
  ["aws:fsx/lustreFileSystem:LustreFileSystem", "data", "storage"],
  ["aws:timestreamwrite/database:Database", "data", "database"],
  ["aws:keyspaces/table:Table", "data", "database"],
  ["aws:rds/globalCluster:GlobalCluster", "data", "database"],
  ["aws:lambda/function:Function", "processes"],
  ["aws:ec2/instance:Instance", "processes"],
  ["aws:iam/role:Role", "location-less"],
  ["aws:ec2/vpc:Vpc", "control-plane"],
  ["aws:ebs/volume:Volume", "data", "storage"],
  ["azure-native:containerregistry:Registry", "data", "storage"],
  ["azure-native:appconfiguration:ConfigurationStore", "data", "database"],
  ["azure-native:synapse:Workspace", "data", "database"],
  ["azure-native:databricks:Workspace", "data", "storage"],
  ["azure-native:cognitiveservices:Deployment", "processes"],
  ["azure-native:web:WebApp", "processes"],
  ["azure-native:compute:VirtualMachine", "processes"],
  ["azure-native:network:VirtualNetwork", "control-plane"],
  ["azure-native:authorization:RoleAssignment", "location-less"],
  ["azure:storage/account:Account", "data", "storage"],
  ["azure:keyvault/keyVault:KeyVault", "data", "key"],
  ["azure:mssql/server:Server", "data", "database"],
  ["azure:cosmosdb/account:Account", "data", "database"],
  ["gcp:bigtable/instance:Instance", "data", "database"],
  ["gcp:healthcare/fhirStore:FhirStore", "data", "database"],
  ["gcp:vertex/aiDataset:AiDataset", "data", "storage"],
  ["gcp:dataproc/cluster:Cluster", "processes"],
  ["gcp:cloudrunv2/service:Service", "processes"],
  ["gcp:storage/bucketIAMMember:BucketIAMMember", "location-less"],
  ["gcp:compute/network:Network", "control-plane"],
];

const TOKENS: ReadonlyMap<Sdk, readonly string[]> = new Map(
  SDKS.map((sdk) => [sdk, sdkTokens(sdk).map((t) => t.token)]),
);
const ALL_TOKENS: ReadonlySet<string> = new Set([...TOKENS.values()].flat());

describe("module rules: every SDK token classified (issue 12)", () => {
  for (const sdk of SDKS) {
    it(`classifies every resource token of ${sdk}`, () => {
      const tokens = TOKENS.get(sdk)!;
      assert.ok(tokens.length > 500, `${sdk}: only ${tokens.length} tokens enumerated`);
      const unclassified = tokens.filter((t) => classifyToken(t) === undefined);
      assert.deepEqual(
        unclassified,
        [],
        `${unclassified.length} token(s) of ${sdk}@${sdkVersion(sdk)} have no module rule; classify them in ${RULE_FILES[sdk]}`,
      );
      const foreign = tokens.filter((t) => classifyToken(t)?.rule.sdk !== sdk);
      assert.deepEqual(foreign, [], `${sdk} tokens classified by another SDK's rule`);
    });
  }

  it("has no dead rule: every prefix matches a token of its SDK", () => {
    const dead = allModuleRules()
      .filter((r) => !TOKENS.get(r.sdk)!.some((t) => t.startsWith(r.prefix)))
      .map((r) => r.prefix);
    assert.deepEqual(dead, []);
    // classifyToken only tries a token's own module's rules.
    const straddling = allModuleRules()
      .filter((r) =>
        TOKENS.get(r.sdk)!.some((t) => t.startsWith(r.prefix) && moduleOf(t) !== moduleOf(r.prefix)),
      )
      .map((r) => r.prefix);
    assert.deepEqual(straddling, [], "a prefix reaching beyond one module");
    const prefixes = allModuleRules().map((r) => r.prefix);
    assert.deepEqual(
      prefixes.filter((p, i) => prefixes.indexOf(p) !== i),
      [],
      "a prefix is ruled twice",
    );
  });

  it("has no dead or misplaced exception: each names a token of the SDK under its rule's prefix, and classifies it", () => {
    const problems: string[] = [];
    const seen = new Set<string>();
    for (const r of allModuleRules()) {
      for (const token of Object.keys(r.except ?? {})) {
        if (seen.has(token)) problems.push(`${token}: an exception of two rules`);
        seen.add(token);
        if (!ALL_TOKENS.has(token)) problems.push(`${token}: not a token of ${r.sdk}`);
        else if (!token.startsWith(r.prefix))
          problems.push(`${token}: outside its rule's prefix ${r.prefix}`);
        else if (classifyToken(token)?.rule !== r) problems.push(`${token}: shadowed by another rule`);
      }
    }
    assert.deepEqual(problems, []);
  });

  it("gives data rules and exceptions a category, and no other class one", () => {
    const wrong = allModuleRules().flatMap((r) =>
      [[r.prefix, r] as const, ...Object.entries(r.except ?? {})]
        .filter(([, c]) => (c.class === "data") !== (c.category !== undefined))
        .map(([name]) => name),
    );
    assert.deepEqual(wrong, []);
  });

  it("agrees with every declaration of the registry, or names the override", () => {
    const disagreements: string[] = [];
    const used = new Set<string>();
    for (const d of allDeclarations()) {
      for (const token of [d.token, ...(d.aliases ?? [])]) {
        if (!ALL_TOKENS.has(token)) continue; // an alias of another SDK version
        const rule = classifyToken(token);
        if (d.class === "configures" || rule?.class === d.class) continue;
        if (OVERRIDES[token] !== undefined) {
          used.add(token);
          continue;
        }
        disagreements.push(`${token}: declared ${d.class}, module rule says ${rule?.class ?? "nothing"}`);
      }
    }
    assert.deepEqual(disagreements, []);
    assert.deepEqual(
      Object.keys(OVERRIDES).filter((t) => !used.has(t)),
      [],
      "an override no declaration needs any more",
    );
  });

  it("classifies the examples of issue 12 as a sovereignty reviewer expects", () => {
    const got = EXPECTED.map(([token]) => {
      const c = classifyToken(token);
      return [token, c?.class, ...(c?.category ? [c.category] : [])];
    });
    assert.deepEqual(
      got,
      EXPECTED.map((e) => [...e]),
    );
  });
});

describe("conventionsFor: the SDK's location and tag properties of an undeclared type", () => {
  it("reads AWS `region` with the provider's default, and no location for global types", () => {
    assert.deepEqual(conventionsFor("aws:ecr/repository:Repository"), {
      location: { properties: ["region"], service: "regions", providerDefault: true },
      tags: { kind: "property", property: "tags" },
    });
    assert.equal(conventionsFor("aws:iam/role:Role").location, undefined);
    assert.equal(conventionsFor("aws:ecr/lifecyclePolicy:LifecyclePolicy").tags.kind, "none");
  });

  it("reads GCP `zone`, `region` or `location` as the type's arguments have it", () => {
    assert.deepEqual(conventionsFor("gcp:compute/instance:Instance").location?.properties, ["zone"]);
    assert.equal(conventionsFor("gcp:compute/instance:Instance").location?.parse, "gcp-zone");
    assert.deepEqual(conventionsFor("gcp:dataproc/cluster:Cluster").location?.properties, ["region"]);
    assert.deepEqual(conventionsFor("gcp:bigtable/instance:Instance").tags, {
      kind: "property",
      property: "labels",
    });
    assert.deepEqual(conventionsFor("gcp:container/cluster:Cluster").tags, {
      kind: "property",
      property: "resourceLabels",
    });
  });

  it("reads azure-native `location` else the resource group's; a child without `location` has none", () => {
    const registry = conventionsFor("azure-native:containerregistry:Registry");
    assert.deepEqual(registry.location?.properties, ["location"]);
    assert.equal(registry.location?.parent?.property, "resourceGroupName");
    assert.equal(conventionsFor("azure-native:containerregistry:ScopeMap").location, undefined);
  });

  it("reads classic azure `location` and `tags` (the classic provider's default location is not azure-native's)", () => {
    assert.deepEqual(conventionsFor("azure:storage/account:Account"), {
      location: { properties: ["location"], service: "regions", providerDefault: false },
      tags: { kind: "property", property: "tags" },
    });
  });

  it("gives a token of a newer SDK its cloud's usual convention, and a foreign token none", () => {
    assert.deepEqual(conventionsFor("aws:newservice/thing:Thing").location?.properties, ["region"]);
    assert.equal(conventionsFor("kubernetes:core/v1:Pod").location, undefined);
  });
});
