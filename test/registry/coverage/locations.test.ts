// Issue 12 items 3 (placement): every data holder, processing and control-plane type this issue
// declares is placed by its own location property and judged against its residency tags. One row
// per token; each row runs three cases built from the declaration itself (where it keeps its
// location and tags): a failing one (tagged eu/personal, placed in us-east-1 / eastus /
// us-central1), its in-zone twin, and evasions (another spelling of the outside location, a
// region the catalog does not know, the provider's default region, an alias token).
import assert from "node:assert/strict";
import { describe, it } from "mocha";
import { declarationOf, locationRuleOf, tagRuleOf } from "../../../sovereignty/registry";
import { withValueAt, segments } from "../../../sovereignty/graph/references";
import { EU_PERSONAL, judge, type R } from "./model";

type Cloud = "aws" | "azure" | "gcp";

/** Location values per cloud: outside the EU, inside it, and other spellings of the outside one. */
const PLACES: Record<Cloud, { out: string; in: string; spellings: readonly string[] }> = {
  aws: { out: "us-east-1", in: "eu-central-1", spellings: ["US-EAST-1", " us-east-1 "] },
  azure: { out: "eastus", in: "westeurope", spellings: ["East US", "EastUS", "(US) East US"] },
  gcp: { out: "us-central1", in: "europe-west3", spellings: ["US-CENTRAL1"] },
};

/** The tokens issue 12 declares that have a location of their own, by cloud. */
const TOKENS: Record<Cloud, readonly string[]> = {
  aws: [
    "aws:athena/workgroup:Workgroup",
    "aws:bedrock/agentKnowledgeBase:AgentKnowledgeBase",
    "aws:bedrock/customModel:CustomModel",
    "aws:bedrock/agentAgent:AgentAgent",
    "aws:bedrock/inferenceProfile:InferenceProfile",
    "aws:bedrock/provisionedModelThroughput:ProvisionedModelThroughput",
    "aws:cloudwatch/eventBus:EventBus",
    "aws:codeartifact/domain:Domain",
    "aws:codeartifact/repository:Repository",
    "aws:cognito/userPool:UserPool",
    "aws:dax/cluster:Cluster",
    "aws:dynamodb/globalTable:GlobalTable",
    "aws:docdb/elasticCluster:ElasticCluster",
    "aws:dsql/cluster:Cluster",
    "aws:ebs/snapshotCopy:SnapshotCopy",
    "aws:ec2/instance:Instance",
    "aws:ecr/repository:Repository",
    "aws:fsx/lustreFileSystem:LustreFileSystem",
    "aws:fsx/windowsFileSystem:WindowsFileSystem",
    "aws:fsx/ontapFileSystem:OntapFileSystem",
    "aws:fsx/openZfsFileSystem:OpenZfsFileSystem",
    "aws:fsx/fileCache:FileCache",
    "aws:fsx/ontapVolume:OntapVolume",
    "aws:fsx/openZfsVolume:OpenZfsVolume",
    "aws:fsx/backup:Backup",
    "aws:glue/catalogDatabase:CatalogDatabase",
    "aws:keyspaces/keyspace:Keyspace",
    "aws:keyspaces/table:Table",
    "aws:lambda/function:Function",
    "aws:mq/broker:Broker",
    "aws:opensearch/serverlessCollection:ServerlessCollection",
    "aws:qldb/ledger:Ledger",
    "aws:rds/snapshotCopy:SnapshotCopy",
    "aws:rds/clusterSnapshotCopy:ClusterSnapshotCopy",
    "aws:redshiftserverless/namespace:Namespace",
    "aws:redshiftserverless/workgroup:Workgroup",
    "aws:sagemaker/domain:Domain",
    "aws:sagemaker/featureGroup:FeatureGroup",
    "aws:sagemaker/notebookInstance:NotebookInstance",
    "aws:sagemaker/model:Model",
    "aws:sagemaker/endpointConfiguration:EndpointConfiguration",
    "aws:sagemaker/endpoint:Endpoint",
    "aws:ssm/parameter:Parameter",
    "aws:timestreaminfluxdb/dbInstance:DbInstance",
    "aws:timestreaminfluxdb/dbCluster:DbCluster",
    "aws:timestreamwrite/database:Database",
    "aws:timestreamwrite/table:Table",
  ],
  azure: [
    "azure-native:app:ContainerApp",
    "azure-native:applicationinsights:Component",
    "azure-native:appconfiguration:ConfigurationStore",
    "azure-native:cognitiveservices:Account",
    "azure-native:compute:GalleryImageVersion",
    "azure-native:compute:VirtualMachine",
    "azure-native:compute:VirtualMachineScaleSet",
    "azure-native:containerinstance:ContainerGroup",
    "azure-native:containerregistry:Registry",
    "azure-native:containerservice:ManagedCluster",
    "azure-native:cosmosdb:CassandraCluster",
    "azure-native:databricks:Workspace",
    "azure-native:elasticsan:ElasticSan",
    "azure-native:eventgrid:Topic",
    "azure-native:eventgrid:Domain",
    "azure-native:eventgrid:Namespace",
    "azure-native:healthcareapis:FhirService",
    "azure-native:healthcareapis:DicomService",
    "azure-native:kusto:Cluster",
    "azure-native:machinelearningservices:Workspace",
    "azure-native:mongocluster:MongoCluster",
    "azure-native:netapp:CapacityPoolVolume",
    "azure-native:search:Service",
    "azure-native:synapse:Workspace",
    "azure-native:synapse:SqlPool",
    "azure-native:web:WebApp",
  ],
  gcp: [
    "gcp:alloydb/backup:Backup",
    "gcp:bigtable/instance:Instance",
    "gcp:cloudfunctionsv2/function:Function",
    "gcp:cloudrun/service:Service",
    "gcp:cloudrunv2/service:Service",
    "gcp:cloudrunv2/job:Job",
    "gcp:compute/instance:Instance",
    "gcp:compute/snapshot:Snapshot",
    "gcp:compute/image:Image",
    "gcp:dataplex/lake:Lake",
    "gcp:dataproc/cluster:Cluster",
    "gcp:dataproc/batch:Batch",
    "gcp:dataproc/metastoreService:MetastoreService",
    "gcp:filestore/backup:Backup",
    "gcp:firebase/databaseInstance:DatabaseInstance",
    "gcp:healthcare/dataset:Dataset",
    "gcp:healthcare/fhirStore:FhirStore",
    "gcp:healthcare/dicomStore:DicomStore",
    "gcp:healthcare/hl7Store:Hl7Store",
    "gcp:healthcare/consentStore:ConsentStore",
    "gcp:looker/instance:Instance",
    "gcp:memorystore/instance:Instance",
    "gcp:redis/cluster:Cluster",
    "gcp:secretmanager/regionalSecret:RegionalSecret",
    "gcp:vertex/aiDataset:AiDataset",
    "gcp:vertex/aiFeatureStore:AiFeatureStore",
    "gcp:vertex/aiFeatureOnlineStore:AiFeatureOnlineStore",
    "gcp:vertex/aiIndex:AiIndex",
    "gcp:vertex/aiTensorboard:AiTensorboard",
    "gcp:vertex/aiMetadataStore:AiMetadataStore",
    "gcp:vertex/aiFeatureGroup:AiFeatureGroup",
    "gcp:vertex/aiEndpoint:AiEndpoint",
    "gcp:vertex/aiIndexEndpoint:AiIndexEndpoint",
    "gcp:vertex/aiReasoningEngine:AiReasoningEngine",
    "gcp:vertex/aiEndpointWithModelGardenDeployment:AiEndpointWithModelGardenDeployment",
  ],
};

/** A location value as the rule reads it: a zone for zonal rules, a resource path for ids. */
function spell(token: string, region: string): string {
  const rule = locationRuleOf(token)!;
  if (rule.parse === "gcp-zone") return `${region}-a`;
  if (rule.parse === "gcp-resource-id") return `projects/p/locations/${region}/datasets/d`;
  return region;
}

/** The resource placed at `region` through its own location property, tagged eu/personal where it can be. */
function placed(token: string, region: string | undefined, name = "subject"): R {
  const rule = locationRuleOf(token)!;
  const tags = tagRuleOf(token)!;
  let props: unknown = {};
  if (region !== undefined) props = withValueAt(props, segments(rule.properties[0]!), spell(token, region));
  if (tags.kind === "property") props = withValueAt(props, segments(tags.property), { ...EU_PERSONAL });
  return { type: token, name, props: props as Record<string, unknown> };
}

/** Stack config placing resources without a location of their own outside the zone. */
const PROVIDER_DEFAULTS: Record<Cloud, Record<string, string>> = {
  aws: { "aws:region": "us-east-1" },
  azure: {},
  gcp: { "gcp:region": "us-central1", "gcp:zone": "us-central1-a" },
};

/** Untaggable types are judged with `sovereignty.defaults`. */
const DEFAULTS = { residency: "eu", classification: "personal" } as const;

for (const cloud of ["aws", "azure", "gcp"] as const) {
  describe(`coverage (${cloud}): each type issue 12 declares is placed and judged against its tags`, () => {
    const place = PLACES[cloud];
    for (const token of TOKENS[cloud]) {
      describe(token, () => {
        it("is declared, with a location property", () => {
          assert.ok(declarationOf(token), `${token} is not declared`);
          assert.ok((locationRuleOf(token)?.properties.length ?? 0) > 0, `${token} has no location property`);
        });
        it(`tagged eu/personal in ${place.out}: outside the zone`, () => {
          assert.equal(judge([placed(token, place.out)], "subject", {}, DEFAULTS).location, "out");
        });
        it(`in ${place.in}: inside (the twin stays clean)`, () => {
          assert.equal(judge([placed(token, place.in)], "subject", {}, DEFAULTS).location, "in");
        });
        it("evasions: other spellings of the outside location, an unknown region", () => {
          for (const spelling of [...place.spellings, "mars-north-1"])
            assert.equal(
              judge([placed(token, spelling)], "subject", {}, DEFAULTS).location,
              "out",
              `${token} at "${spelling}"`,
            );
        });
        const rule = locationRuleOf(token)!;
        if (rule.providerDefault)
          it("evasion: no location of its own, the provider's default region outside the zone", () => {
            const config: Record<string, string> = PROVIDER_DEFAULTS[cloud];
            assert.equal(judge([placed(token, undefined)], "subject", config, DEFAULTS).location, "out");
          });
      });
    }
  });
}

describe("coverage: alias tokens are judged as their declaration", () => {
  it("azure-native:cosmosdb:MongoCluster (the older module of mongocluster:MongoCluster) in eastus is outside", () => {
    const r: R = {
      type: "azure-native:cosmosdb:MongoCluster",
      name: "subject",
      props: { location: "eastus", tags: { ...EU_PERSONAL } },
    };
    assert.equal(judge([r], "subject").location, "out");
    assert.equal(
      judge([{ ...r, props: { location: "westeurope", tags: { ...EU_PERSONAL } } }], "subject").location,
      "in",
    );
  });
});
