import assert from "node:assert/strict";
import { describe, it } from "mocha";
import { defaultCatalog } from "../../../sovereignty/catalog/catalog";
import { dataFlows, dataOrigins, FLOW_TYPES } from "../../../sovereignty/flows";
import type { FlowContext, FlowDestination } from "../../../sovereignty/flows";

const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
const UNKNOWN_ARRAY = "6a19a0b0-7e62-4c92-b797-7f8e31da9cc2";
const UNKNOWN_OBJECT = "dd056dcd-154b-4c76-9bd3-c8f88648b5ff";

function rows(destinations: readonly FlowDestination[]): string[][] {
  return destinations.map((d) => {
    const t = d.target;
    const target =
      t.kind === "location"
        ? `${t.service}:${t.location}`
        : t.kind === "resource"
          ? `${t.referenceKind}:${t.reference}`
          : "unknown";
    return [d.kind, d.property, target];
  });
}
function at(cloud: "azure" | "gcp", region: string): FlowContext {
  const primary = defaultCatalog.lookup(cloud, "regions", region);
  assert.ok(primary, `${region} is in the catalog`);
  return { primary };
}

interface Case {
  readonly name: string;
  readonly type: string;
  readonly props: Record<string, unknown>;
  readonly context?: FlowContext;
  readonly expected: string[][];
}

const AZURE: readonly Case[] = [
  {
    name: "GRS storage in Brazil South goes to South Central US",
    type: "azure-native:storage:StorageAccount",
    props: { sku: { name: "Standard_GRS" }, kind: "StorageV2" },
    context: at("azure", "brazilsouth"),
    expected: [["geo-redundancy", "sku.name", "regions:southcentralus"]],
  },
  {
    name: "RA-GZRS in West Europe goes to North Europe",
    type: "azure-native:storage:StorageAccount",
    props: { sku: { name: "Standard_RAGZRS" } },
    context: at("azure", "westeurope"),
    expected: [["geo-redundancy", "sku.name", "regions:northeurope"]],
  },
  {
    name: "LRS / ZRS stay",
    type: "azure-native:storage:StorageAccount",
    props: { sku: { name: "Standard_ZRS" } },
    context: at("azure", "brazilsouth"),
    expected: [],
  },
  {
    name: "GRS with the primary unknown → unknown",
    type: "azure-native:storage:StorageAccount",
    props: { sku: { name: "Standard_GRS" } },
    expected: [["geo-redundancy", "sku.name", "unknown"]],
  },
  {
    name: "GRS in a region without a pair: no invented region, unverifiable",
    type: "azure-native:storage:StorageAccount",
    props: { sku: { name: "Standard_GRS" } },
    context: at("azure", "italynorth"),
    expected: [["geo-redundancy", "sku.name", "unknown"]],
  },
  {
    name: "sku name unknown",
    type: "azure-native:storage:StorageAccount",
    props: { sku: { name: UNKNOWN } },
    context: at("azure", "westeurope"),
    expected: [["geo-redundancy", "sku.name", "unknown"]],
  },
  {
    name: "object replication to another account",
    type: "azure-native:storage:ObjectReplicationPolicy",
    props: {
      accountName: "src",
      sourceAccount: "src",
      destinationAccount: "/subscriptions/s/resourceGroups/g/providers/Microsoft.Storage/storageAccounts/dst",
    },
    expected: [
      [
        "replication",
        "destinationAccount",
        "id:/subscriptions/s/resourceGroups/g/providers/Microsoft.Storage/storageAccounts/dst",
      ],
    ],
  },
  {
    name: "Recovery Services vault: geo-redundant by default",
    type: "azure-native:recoveryservices:Vault",
    props: { sku: { name: "RS0" } },
    context: at("azure", "germanywestcentral"),
    expected: [
      [
        "geo-redundancy",
        "properties.redundancySettings.standardTierStorageRedundancy",
        "regions:germanynorth",
      ],
    ],
  },
  {
    name: "Recovery Services vault: locally redundant stays",
    type: "azure-native:recoveryservices:Vault",
    props: { properties: { redundancySettings: { standardTierStorageRedundancy: "LocallyRedundant" } } },
    context: at("azure", "brazilsouth"),
    expected: [],
  },
  {
    name: "Backup vault: GeoRedundant storage setting and replicated regions",
    type: "azure-native:dataprotection:BackupVault",
    props: {
      properties: {
        storageSettings: [{ datastoreType: "VaultStore", type: "GeoRedundant" }],
        replicatedRegions: ["swedencentral"],
      },
    },
    context: at("azure", "brazilsouth"),
    expected: [
      ["geo-redundancy", "properties.storageSettings[0].type", "regions:southcentralus"],
      ["replication", "properties.replicatedRegions[0]", "regions:swedencentral"],
    ],
  },
  {
    name: "Backup vault: storage settings unknown",
    type: "azure-native:dataprotection:BackupVault",
    props: { properties: { storageSettings: UNKNOWN_ARRAY } },
    context: at("azure", "westeurope"),
    expected: [["geo-redundancy", "properties.storageSettings", "unknown"]],
  },
  {
    name: "Cosmos DB: every location (display names kept) and the default geo backup of the write region",
    type: "azure-native:cosmosdb:DatabaseAccount",
    props: {
      locations: [
        { locationName: "North Europe", failoverPriority: 1 },
        { locationName: "Brazil South", failoverPriority: 0 },
      ],
    },
    context: at("azure", "westeurope"),
    expected: [
      ["multi-location", "locations[0].locationName", "regions:North Europe"],
      ["multi-location", "locations[1].locationName", "regions:Brazil South"],
      ["geo-redundancy", "backupPolicy", "regions:southcentralus"],
    ],
  },
  {
    name: "Cosmos DB: continuous backups add nothing; local periodic neither",
    type: "azure-native:cosmosdb:DatabaseAccount",
    props: { locations: [{ locationName: "westeurope" }], backupPolicy: { type: "Continuous" } },
    expected: [["multi-location", "locations[0].locationName", "regions:westeurope"]],
  },
  {
    name: "Cosmos DB: periodic Local",
    type: "azure-native:cosmosdb:DatabaseAccount",
    props: {
      locations: [],
      backupPolicy: { type: "Periodic", periodicModeProperties: { backupStorageRedundancy: "Local" } },
    },
    expected: [],
  },
  {
    name: "Cosmos DB: locations unknown",
    type: "azure-native:cosmosdb:DatabaseAccount",
    props: {
      locations: UNKNOWN_ARRAY,
      backupPolicy: { type: "Periodic", periodicModeProperties: { backupStorageRedundancy: "Zone" } },
    },
    expected: [["multi-location", "locations", "unknown"]],
  },
  {
    name: "PostgreSQL geo-redundant backup",
    type: "azure-native:dbforpostgresql:Server",
    props: { backup: { geoRedundantBackup: "Enabled", backupRetentionDays: 7 } },
    context: at("azure", "brazilsouth"),
    expected: [["geo-redundancy", "backup.geoRedundantBackup", "regions:southcentralus"]],
  },
  {
    name: "PostgreSQL default: no geo backup",
    type: "azure-native:dbforpostgresql:Server",
    props: { backup: { backupRetentionDays: 7 } },
    expected: [],
  },
  {
    name: "SQL database: geo backup storage is the default",
    type: "azure-native:sql:Database",
    props: { serverName: "s" },
    context: at("azure", "brazilsouth"),
    expected: [["geo-redundancy", "requestedBackupStorageRedundancy", "regions:southcentralus"]],
  },
  {
    name: "SQL database: Local stays",
    type: "azure-native:sql:Database",
    props: { requestedBackupStorageRedundancy: "Local" },
    expected: [],
  },
  {
    name: "SQL managed instance: backups geo-redundant by default → the pair",
    type: "azure-native:sql:ManagedInstance",
    props: {},
    context: at("azure", "brazilsouth"),
    expected: [["geo-redundancy", "requestedBackupStorageRedundancy", "regions:southcentralus"]],
  },
  {
    name: "SQL managed instance: Zone stays",
    type: "azure-native:sql:ManagedInstance",
    props: { requestedBackupStorageRedundancy: "Zone" },
    context: at("azure", "brazilsouth"),
    expected: [],
  },
  {
    name: "classic shared image version: every target region (the azure-native reader)",
    type: "azure:compute/sharedImageVersion:SharedImageVersion",
    props: {
      location: "westeurope",
      targetRegions: [
        { name: "westeurope", regionalReplicaCount: 1 },
        { name: "EastUS", regionalReplicaCount: 1 },
      ],
    },
    expected: [
      ["replication", "targetRegions[0].name", "regions:westeurope"],
      ["replication", "targetRegions[1].name", "regions:eastus"],
    ],
  },
  {
    name: "classic shared image version: target regions unknown",
    type: "azure:compute/sharedImageVersion:SharedImageVersion",
    props: { location: "westeurope", targetRegions: UNKNOWN_ARRAY },
    expected: [["replication", "targetRegions", "unknown"]],
  },
  {
    name: "classic SQL managed instance: storageAccountType GZRS → the pair",
    type: "azure:mssql/managedInstance:ManagedInstance",
    props: { storageAccountType: "GZRS" },
    context: at("azure", "brazilsouth"),
    expected: [["geo-redundancy", "storageAccountType", "regions:southcentralus"]],
  },
  {
    name: "classic SQL managed instance: LRS stays",
    type: "azure:mssql/managedInstance:ManagedInstance",
    props: { storageAccountType: "LRS" },
    context: at("azure", "brazilsouth"),
    expected: [],
  },
  {
    name: "classic SQL managed instance: storageAccountType unknown",
    type: "azure:mssql/managedInstance:ManagedInstance",
    props: { storageAccountType: UNKNOWN },
    context: at("azure", "brazilsouth"),
    expected: [["geo-redundancy", "storageAccountType", "unknown"]],
  },
  {
    name: "classic SQL managed instance failover group: the partner instance",
    type: "azure:mssql/managedInstanceFailoverGroup:ManagedInstanceFailoverGroup",
    props: { managedInstanceId: "/x/managedInstances/a", partnerManagedInstanceId: "/x/managedInstances/b" },
    expected: [["replication", "partnerManagedInstanceId", "id:/x/managedInstances/b"]],
  },
  {
    name: "Managed Redis geo-replication: each linked database's cluster, not its own",
    type: "azure-native:redisenterprise:Database",
    props: {
      clusterName: "a",
      geoReplication: {
        linkedDatabases: [
          { id: "/x/Microsoft.Cache/redisEnterprise/a/databases/default" },
          { id: "/x/Microsoft.Cache/redisEnterprise/b/databases/default" },
          { id: UNKNOWN },
        ],
      },
    },
    expected: [
      ["replication", "geoReplication.linkedDatabases[1].id", "id:/x/Microsoft.Cache/redisEnterprise/b"],
      ["replication", "geoReplication.linkedDatabases[2].id", "unknown"],
    ],
  },
  {
    name: "Managed Redis geo-replication: own cluster unknown keeps every entry",
    type: "azure-native:redisenterprise:Database",
    props: {
      clusterName: UNKNOWN,
      geoReplication: { linkedDatabases: [{ id: "/x/Microsoft.Cache/redisEnterprise/a/databases/default" }] },
    },
    expected: [
      ["replication", "geoReplication.linkedDatabases[0].id", "id:/x/Microsoft.Cache/redisEnterprise/a"],
    ],
  },
  {
    name: "Managed Redis geo-replication: the group unknown",
    type: "azure-native:redisenterprise:Database",
    props: { clusterName: "a", geoReplication: { linkedDatabases: UNKNOWN_ARRAY } },
    expected: [["replication", "geoReplication.linkedDatabases", "unknown"]],
  },
];

const GCP: readonly Case[] = [
  {
    name: "NetApp volume replication: the destination storage pool's location",
    type: "gcp:netapp/volumeReplication:VolumeReplication",
    props: {
      location: "europe-west3",
      volumeName: "v",
      destinationVolumeParameters: { storagePool: "projects/p/locations/us-east4/storagePools/dst" },
    },
    expected: [["replication", "destinationVolumeParameters.storagePool", "regions:us-east4"]],
  },
  {
    name: "NetApp volume replication: destination parameters unknown",
    type: "gcp:netapp/volumeReplication:VolumeReplication",
    props: { location: "europe-west3", volumeName: "v", destinationVolumeParameters: UNKNOWN_OBJECT },
    expected: [["replication", "destinationVolumeParameters", "unknown"]],
  },
  {
    name: "NetApp cross-region backup vault: backupRegion (a region or a locations path)",
    type: "gcp:netapp/backupVault:BackupVault",
    props: {
      location: "europe-west3",
      backupVaultType: "CROSS_REGION",
      backupRegion: "projects/p/locations/us-east1",
    },
    expected: [["backup-location", "backupRegion", "regions:us-east1"]],
  },
  {
    name: "NetApp in-region backup vault: no flow",
    type: "gcp:netapp/backupVault:BackupVault",
    props: { location: "europe-west3" },
    expected: [],
  },
  {
    name: "Compute Engine async replication: the secondary disk",
    type: "gcp:compute/diskAsyncReplication:DiskAsyncReplication",
    props: { primaryDisk: "projects/p/zones/europe-west3-a/disks/a", secondaryDisk: { disk: "d2" } },
    expected: [["replication", "secondaryDisk.disk", "id:d2"]],
  },
  {
    name: "Compute Engine async replication: secondary disk block unknown",
    type: "gcp:compute/diskAsyncReplication:DiskAsyncReplication",
    props: { primaryDisk: "a", secondaryDisk: UNKNOWN_OBJECT },
    expected: [["replication", "secondaryDisk", "unknown"]],
  },
  {
    name: "GCS regional bucket: no flow",
    type: "gcp:storage/bucket:Bucket",
    props: { location: "EUROPE-WEST3" },
    expected: [],
  },
  {
    name: "GCS dual-region EUR5",
    type: "gcp:storage/bucket:Bucket",
    props: { location: "eur5" },
    expected: [["multi-location", "location", "gcs:EUR5"]],
  },
  {
    name: "GCS custom placement: each region",
    type: "gcp:storage/bucket:Bucket",
    props: { location: "EU", customPlacementConfig: { dataLocations: ["EUROPE-WEST3", "EUROPE-WEST2"] } },
    expected: [
      ["multi-location", "customPlacementConfig.dataLocations[0]", "regions:europe-west3"],
      ["multi-location", "customPlacementConfig.dataLocations[1]", "regions:europe-west2"],
    ],
  },
  {
    name: "GCS location unknown",
    type: "gcp:storage/bucket:Bucket",
    props: { location: UNKNOWN },
    expected: [["multi-location", "location", "unknown"]],
  },
  {
    name: "Cloud SQL: backups without a location go to the nearest multi-region",
    type: "gcp:sql/databaseInstance:DatabaseInstance",
    props: { region: "europe-west2", settings: { backupConfiguration: { enabled: true } } },
    expected: [["backup-location", "settings.backupConfiguration.location", "gcs:EU"]],
  },
  {
    name: "Cloud SQL: region from the provider (context.primary)",
    type: "gcp:sql/databaseInstance:DatabaseInstance",
    props: { settings: { backupConfiguration: { enabled: true } } },
    context: at("gcp", "us-central1"),
    expected: [["backup-location", "settings.backupConfiguration.location", "gcs:US"]],
  },
  {
    name: "Cloud SQL: no nearest multi-region known → a name no catalog holds (fail closed)",
    type: "gcp:sql/databaseInstance:DatabaseInstance",
    props: { region: "southamerica-east1", settings: { backupConfiguration: { enabled: true } } },
    expected: [
      [
        "backup-location",
        "settings.backupConfiguration.location",
        "gcs:nearest-multi-region-to-southamerica-east1",
      ],
    ],
  },
  {
    name: "Cloud SQL: explicit backup location, replicas and DR replica",
    type: "gcp:sql/databaseInstance:DatabaseInstance",
    props: {
      region: "europe-west3",
      settings: { backupConfiguration: { enabled: true, location: "europe-west3" } },
      replicaNames: ["r1"],
      replicationCluster: { failoverDrReplicaName: "p:dr" },
    },
    expected: [
      ["backup-location", "settings.backupConfiguration.location", "regions:europe-west3"],
      ["read-replica", "replicaNames[0]", "name:r1"],
      ["read-replica", "replicationCluster.failoverDrReplicaName", "name:p:dr"],
    ],
  },
  {
    name: "Cloud SQL: backups off",
    type: "gcp:sql/databaseInstance:DatabaseInstance",
    props: { region: "europe-west3", settings: { backupConfiguration: { enabled: false } } },
    expected: [],
  },
  {
    name: "Cloud SQL: enabled unknown counts as on; settings unknown",
    type: "gcp:sql/databaseInstance:DatabaseInstance",
    props: {
      region: "europe-west3",
      settings: { backupConfiguration: { enabled: UNKNOWN, location: "eu" } },
    },
    expected: [["backup-location", "settings.backupConfiguration.location", "gcs:EU"]],
  },
  {
    name: "Cloud SQL: settings unknown",
    type: "gcp:sql/databaseInstance:DatabaseInstance",
    props: { settings: UNKNOWN_OBJECT },
    expected: [["backup-location", "settings", "unknown"]],
  },
  {
    name: "BigQuery: absent location is the implicit US",
    type: "gcp:bigquery/dataset:Dataset",
    props: { datasetId: "d" },
    expected: [["multi-location", "location", "bigquery:US"]],
  },
  {
    name: "BigQuery: EU multi-region",
    type: "gcp:bigquery/dataset:Dataset",
    props: { location: "eu" },
    expected: [["multi-location", "location", "bigquery:EU"]],
  },
  {
    name: "BigQuery: a region",
    type: "gcp:bigquery/dataset:Dataset",
    props: { location: "europe-west3" },
    expected: [],
  },
  {
    name: "Pub/Sub without a storage policy: anywhere",
    type: "gcp:pubsub/topic:Topic",
    props: {},
    expected: [["message-storage", "messageStoragePolicy", "regions:global"]],
  },
  {
    name: "Pub/Sub allowed persistence regions",
    type: "gcp:pubsub/topic:Topic",
    props: { messageStoragePolicy: { allowedPersistenceRegions: ["europe-west3", UNKNOWN] } },
    expected: [
      ["message-storage", "messageStoragePolicy.allowedPersistenceRegions[0]", "regions:europe-west3"],
      ["message-storage", "messageStoragePolicy.allowedPersistenceRegions[1]", "unknown"],
    ],
  },
  {
    name: "KMS key ring multi-region",
    type: "gcp:kms/keyRing:KeyRing",
    props: { location: "europe" },
    expected: [["multi-location", "location", "gcp-kms:europe"]],
  },
  {
    name: "KMS key ring global",
    type: "gcp:kms/keyRing:KeyRing",
    props: { location: "global" },
    expected: [["multi-location", "location", "gcp-kms:global"]],
  },
  {
    name: "KMS key ring regional",
    type: "gcp:kms/keyRing:KeyRing",
    props: { location: "europe-west3" },
    expected: [],
  },
  {
    name: "Spanner regional config",
    type: "gcp:spanner/instance:Instance",
    props: { config: "projects/p/instanceConfigs/regional-europe-west3" },
    expected: [["multi-location", "config", "regions:europe-west3"]],
  },
  {
    name: "Spanner multi-region config",
    type: "gcp:spanner/instance:Instance",
    props: { config: "eur3" },
    expected: [["multi-location", "config", "regions:eur3"]],
  },
  {
    name: "Backup vault regional",
    type: "gcp:backupdisasterrecovery/backupVault:BackupVault",
    props: { location: "europe-west3" },
    expected: [],
  },
];

for (const [cloud, cases] of [
  ["Azure", AZURE],
  ["GCP", GCP],
] as const) {
  describe(`flows: ${cloud} destinations`, () => {
    for (const c of cases) {
      it(c.name, () => {
        assert.ok(FLOW_TYPES.includes(c.type), `${c.type} is registered`);
        const found = dataFlows(c.type, c.props, c.context ?? {});
        for (const d of found) assert.equal(d.cloud, cloud === "Azure" ? "azure" : "gcp");
        assert.deepEqual(rows(found), c.expected);
      });
    }
  });
}

describe("flows: Azure and GCP origins", () => {
  it("BigQuery materialized view replica: a copy of its source table; unknown source", () => {
    assert.deepEqual(
      dataOrigins("gcp:bigquery/table:Table", {
        datasetId: "d2",
        tableId: "r",
        tableReplicationInfo: { sourceProjectId: "p", sourceDatasetId: "d", sourceTableId: "mv" },
      }),
      [
        {
          kind: "replication",
          cloud: "gcp",
          property: "tableReplicationInfo.sourceTableId",
          source: { kind: "resource", reference: "projects/p/datasets/d/tables/mv", referenceKind: "id" },
        },
      ],
    );
    assert.deepEqual(
      dataOrigins("gcp:bigquery/table:Table", { tableReplicationInfo: UNKNOWN_OBJECT }).map(
        (o) => o.property,
      ),
      ["tableReplicationInfo"],
    );
    assert.deepEqual(dataOrigins("gcp:bigquery/table:Table", { datasetId: "d", tableId: "t" }), []);
  });
  it("classic NetApp volume: a destination is a copy of its primary; a source flows to the remote location", () => {
    const id =
      "/subscriptions/s/resourceGroups/g/providers/Microsoft.NetApp/netAppAccounts/a/capacityPools/p/volumes/src";
    assert.deepEqual(
      dataOrigins("azure:netapp/volume:Volume", {
        dataProtectionReplication: { remoteVolumeResourceId: id, remoteVolumeLocation: "westeurope" },
      }),
      [
        {
          kind: "replication",
          cloud: "azure",
          property: "dataProtectionReplication.remoteVolumeResourceId",
          source: { kind: "resource", reference: id, referenceKind: "id" },
          sourceRegion: "westeurope",
        },
      ],
    );
    assert.deepEqual(
      dataOrigins("azure:netapp/volume:Volume", { dataProtectionReplication: UNKNOWN_OBJECT }),
      [
        {
          kind: "replication",
          cloud: "azure",
          property: "dataProtectionReplication",
          source: { kind: "unknown" },
        },
      ],
    );
    assert.deepEqual(
      dataFlows(
        "azure:netapp/volume:Volume",
        { dataProtectionReplication: { endpointType: "src", remoteVolumeLocation: "eastus" } },
        {},
      ).map((d) => [d.kind, d.property, d.target.kind === "location" ? d.target.location : d.target.kind]),
      [["replication", "dataProtectionReplication.remoteVolumeLocation", "eastus"]],
    );
  });
  it("PostgreSQL replica, SQL geo-secondary, Cloud SQL replica and clone", () => {
    const id = "/subscriptions/s/resourceGroups/g/providers/Microsoft.DBforPostgreSQL/flexibleServers/p";
    assert.deepEqual(
      dataOrigins("azure-native:dbforpostgresql:Server", {
        createMode: "Replica",
        sourceServerResourceId: id,
      }),
      [
        {
          kind: "read-replica",
          cloud: "azure",
          property: "sourceServerResourceId",
          source: { kind: "resource", reference: id, referenceKind: "id" },
        },
      ],
    );
    assert.equal(
      dataOrigins("azure-native:sql:Database", { createMode: "Secondary", sourceDatabaseId: "/x" })[0]?.kind,
      "read-replica",
    );
    assert.deepEqual(
      dataOrigins("gcp:sql/databaseInstance:DatabaseInstance", {
        masterInstanceName: "primary",
        clone: { sourceInstanceName: UNKNOWN },
      }).map((o) => [o.kind, o.property, o.source.kind]),
      [
        ["read-replica", "masterInstanceName", "resource"],
        ["backup-copy", "clone.sourceInstanceName", "unknown"],
      ],
    );
  });

  it("Compute Engine secondary disks of asynchronous replication are copies of their primary", () => {
    for (const type of ["gcp:compute/disk:Disk", "gcp:compute/regionDisk:RegionDisk"]) {
      assert.deepEqual(
        dataOrigins(type, { asyncPrimaryDisk: { disk: "projects/p/zones/z/disks/a" } }).map((o) => [
          o.kind,
          o.property,
          o.source.kind === "resource" ? o.source.reference : o.source.kind,
        ]),
        [["replication", "asyncPrimaryDisk.disk", "projects/p/zones/z/disks/a"]],
      );
      assert.deepEqual(
        dataOrigins(type, { asyncPrimaryDisk: UNKNOWN_OBJECT }).map((o) => [o.property, o.source.kind]),
        [["asyncPrimaryDisk", "unknown"]],
      );
      assert.deepEqual(dataOrigins(type, { zone: "europe-west3-a" }), []);
    }
  });
});
