// Issue 12 item 3 (flows): every replication, replica, global or secondary cluster, copy,
// transfer, geo-DR and multi-region placement the new declarations read, resolved through the
// stack when it names a resource. Each row: a failing stack (data of an eu/personal resource
// goes outside the EU), its in-zone twin, and an evasion (another spelling, a reference the stack
// resolves, an unknown value) with the answer the model must give.
import assert from "node:assert/strict";
import { describe, it } from "mocha";
import { EU_PERSONAL, judge, urnOf, verdict, type Answer, type R } from "./model";

/** The engine's unknown-value sentinel (a string): what a preview sends for a value not yet known. */
const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
const tags = { ...EU_PERSONAL };
const aws = (type: string, name: string, props: Record<string, unknown>): R => ({
  type,
  name,
  props: { region: "eu-central-1", tags, ...props },
});
const azure = (type: string, name: string, props: Record<string, unknown>): R => ({
  type,
  name,
  props: { location: "westeurope", tags, ...props },
});
const gcp = (type: string, name: string, props: Record<string, unknown>): R => ({
  type,
  name,
  props: { labels: tags, ...props },
});
/** A resource of the stack with its own (untagged) location. */
const at = (type: string, name: string, props: Record<string, unknown>): R => ({ type, name, props });

interface Row {
  readonly what: string;
  readonly subject: string;
  readonly failing: readonly R[];
  readonly passing: readonly R[];
  readonly evasions: readonly {
    readonly how: string;
    readonly stack: readonly R[];
    readonly answer: Answer;
    /** Stack config (the provider's default region). */
    readonly config?: Record<string, string>;
  }[];
  /** The subject cannot carry tags: judged with `sovereignty.defaults` eu/personal. */
  readonly defaults?: true;
}

const S3 = "aws:s3/bucket:Bucket";
const bucketIn = (name: string, region: string) => at(S3, name, { bucket: name, region });

/** A workgroup writing results to `uri`, built from the buckets named in `from` (property dependencies). */
const athena = (uri: string, from: readonly string[] = []): R => ({
  ...aws("aws:athena/workgroup:Workgroup", "wg", {
    configuration: { resultConfiguration: { outputLocation: uri } },
  }),
  ...(from.length ? { deps: { configuration: from.map((b) => urnOf(S3, b)) } } : {}),
});
const featureGroup = (uri: string, from: readonly string[] = []): R => ({
  ...aws("aws:sagemaker/featureGroup:FeatureGroup", "fg", {
    offlineStoreConfig: { s3StorageConfig: { s3Uri: uri } },
  }),
  ...(from.length ? { deps: { offlineStoreConfig: from.map((b) => urnOf(S3, b)) } } : {}),
});

const ROWS: readonly Row[] = [
  // ---- AWS ----
  {
    what: "Keyspaces multi-Region keyspace (replicationSpecification.regionLists)",
    subject: "ks",
    failing: [
      aws("aws:keyspaces/keyspace:Keyspace", "ks", {
        replicationSpecification: { regionLists: ["eu-central-1", "us-east-1"] },
      }),
    ],
    passing: [
      aws("aws:keyspaces/keyspace:Keyspace", "ks", {
        replicationSpecification: { regionLists: ["eu-central-1", "eu-west-1"] },
      }),
    ],
    evasions: [
      {
        how: "upper case",
        stack: [
          aws("aws:keyspaces/keyspace:Keyspace", "ks", {
            replicationSpecification: { regionLists: ["US-EAST-1"] },
          }),
        ],
        answer: "out",
      },
      {
        how: "list unknown at preview",
        stack: [
          aws("aws:keyspaces/keyspace:Keyspace", "ks", {
            replicationSpecification: { regionLists: UNKNOWN },
          }),
        ],
        answer: "unknown",
      },
    ],
  },
  {
    what: "QLDB journal stream to a Kinesis stream (judged with the ledger's tags)",
    subject: "stream",
    failing: [
      aws("aws:qldb/ledger:Ledger", "ledger", { name: "ledger" }),
      at("aws:qldb/stream:Stream", "stream", {
        ledgerName: "ledger",
        kinesisConfiguration: { streamArn: "arn:aws:kinesis:us-east-1:111122223333:stream/s" },
      }),
    ],
    passing: [
      aws("aws:qldb/ledger:Ledger", "ledger", { name: "ledger" }),
      at("aws:qldb/stream:Stream", "stream", {
        ledgerName: "ledger",
        kinesisConfiguration: { streamArn: "arn:aws:kinesis:eu-central-1:111122223333:stream/s" },
      }),
    ],
    evasions: [
      {
        how: "stream ARN unknown at preview",
        stack: [
          aws("aws:qldb/ledger:Ledger", "ledger", { name: "ledger" }),
          at("aws:qldb/stream:Stream", "stream", {
            ledgerName: "ledger",
            kinesisConfiguration: { streamArn: UNKNOWN },
          }),
        ],
        answer: "unknown",
      },
    ],
  },
  {
    what: "DSQL multi-Region cluster (peer cluster ARNs, witness Region)",
    subject: "dsql",
    failing: [
      aws("aws:dsql/cluster:Cluster", "dsql", {
        multiRegionProperties: {
          witnessRegion: "us-east-2",
          clusters: ["arn:aws:dsql:us-east-1:111122223333:cluster/abc"],
        },
      }),
    ],
    passing: [
      aws("aws:dsql/cluster:Cluster", "dsql", {
        multiRegionProperties: {
          witnessRegion: "eu-west-1",
          clusters: ["arn:aws:dsql:eu-west-3:111122223333:cluster/abc"],
        },
      }),
    ],
    evasions: [
      {
        how: "a peering resource instead of the cluster's own properties",
        stack: [
          aws("aws:dsql/cluster:Cluster", "dsql", { identifier: "abc" }),
          at("aws:dsql/clusterPeering:ClusterPeering", "peer", {
            identifier: "abc",
            witnessRegion: "us-west-2",
            clusters: [],
          }),
        ].map((r) => r),
        answer: "in",
      },
    ],
  },
  {
    what: "S3 Multi-Region Access Point (every bucket's Region)",
    subject: "mrap",
    failing: [
      aws(S3, "b-eu-tagged", { bucket: "b-eu-tagged" }),
      at("aws:s3control/multiRegionAccessPoint:MultiRegionAccessPoint", "mrap", {
        details: { name: "m", regions: [{ bucket: "b-eu-tagged" }, { bucket: "b-us", region: "us-east-1" }] },
      }),
    ],
    passing: [
      aws(S3, "b-eu-tagged", { bucket: "b-eu-tagged" }),
      at("aws:s3control/multiRegionAccessPoint:MultiRegionAccessPoint", "mrap", {
        details: { name: "m", regions: [{ bucket: "b-eu-tagged" }, { bucket: "b-ie", region: "eu-west-1" }] },
      }),
    ],
    evasions: [
      {
        how: "no region given: the bucket is placed through the stack",
        stack: [
          aws(S3, "b-eu-tagged", { bucket: "b-eu-tagged" }),
          bucketIn("b-us", "us-east-1"),
          at("aws:s3control/multiRegionAccessPoint:MultiRegionAccessPoint", "mrap", {
            details: { name: "m", regions: [{ bucket: "b-eu-tagged" }, { bucket: "b-us" }] },
          }),
        ],
        answer: "out",
      },
    ],
  },
  {
    what: "Athena workgroup query results bucket (the URI built from the bucket: a property dependency)",
    subject: "wg",
    failing: [bucketIn("results", "us-east-1"), athena("s3://results/athena/", ["results"])],
    passing: [bucketIn("results", "eu-central-1"), athena("s3://results/athena/", ["results"])],
    evasions: [
      { how: "output location unknown at preview", stack: [athena(UNKNOWN)], answer: "unknown" },
      {
        how: "a literal s3:// URI with no dependency on the bucket",
        stack: [bucketIn("results", "us-east-1"), athena("s3://results/athena/")],
        answer: "out",
      },
    ],
  },
  {
    what: "SageMaker feature group offline store and endpoint data capture",
    subject: "fg",
    failing: [bucketIn("offline", "us-west-2"), featureGroup("s3://offline/fg", ["offline"])],
    passing: [bucketIn("offline", "eu-west-1"), featureGroup("s3://offline/fg", ["offline"])],
    evasions: [
      {
        how: "endpoint configuration capturing to a US bucket",
        stack: [
          bucketIn("capture", "us-east-1"),
          {
            ...aws("aws:sagemaker/endpointConfiguration:EndpointConfiguration", "fg", {
              dataCaptureConfig: { destinationS3Uri: "s3://capture/x" },
            }),
            deps: { dataCaptureConfig: [urnOf(S3, "capture")] },
          },
        ],
        answer: "out",
      },
      {
        how: "a literal s3:// URI with no dependency on the bucket",
        stack: [bucketIn("offline", "us-west-2"), featureGroup("s3://offline/fg")],
        answer: "out",
      },
    ],
  },
  {
    what: "EFS replication (judged with the source file system's tags)",
    subject: "rep",
    failing: [
      aws("aws:efs/fileSystem:FileSystem", "fs", { id: "fs-1" }),
      at("aws:efs/replicationConfiguration:ReplicationConfiguration", "rep", {
        sourceFileSystemId: "fs-1",
        destination: { region: "us-east-1" },
      }),
    ],
    passing: [
      aws("aws:efs/fileSystem:FileSystem", "fs", { id: "fs-1" }),
      at("aws:efs/replicationConfiguration:ReplicationConfiguration", "rep", {
        sourceFileSystemId: "fs-1",
        destination: { region: "eu-west-1" },
      }),
    ],
    evasions: [
      {
        how: "One Zone destination named by its Availability Zone",
        stack: [
          aws("aws:efs/fileSystem:FileSystem", "fs", { id: "fs-1" }),
          at("aws:efs/replicationConfiguration:ReplicationConfiguration", "rep", {
            sourceFileSystemId: "fs-1",
            destination: { availabilityZoneName: "us-east-1a" },
          }),
        ],
        answer: "out",
      },
      {
        how: "an existing destination file system placed through the stack",
        stack: [
          aws("aws:efs/fileSystem:FileSystem", "fs", { id: "fs-1" }),
          at("aws:efs/fileSystem:FileSystem", "fs-us", { id: "fs-2", region: "us-east-1" }),
          at("aws:efs/replicationConfiguration:ReplicationConfiguration", "rep", {
            sourceFileSystemId: "fs-1",
            destination: { fileSystemId: "fs-2" },
          }),
        ],
        answer: "out",
      },
    ],
  },
  {
    what: "EBS snapshot copy (a copy judged against its source snapshot's zone)",
    subject: "copy",
    failing: [
      aws("aws:ebs/snapshot:Snapshot", "snap", { id: "snap-1" }),
      at("aws:ebs/snapshotCopy:SnapshotCopy", "copy", {
        sourceSnapshotId: "snap-1",
        sourceRegion: "eu-central-1",
        region: "us-east-1",
      }),
    ],
    passing: [
      aws("aws:ebs/snapshot:Snapshot", "snap", { id: "snap-1" }),
      at("aws:ebs/snapshotCopy:SnapshotCopy", "copy", {
        sourceSnapshotId: "snap-1",
        sourceRegion: "eu-central-1",
        region: "eu-west-3",
      }),
    ],
    evasions: [
      {
        how: "copy in the provider's default region",
        stack: [
          aws("aws:ebs/snapshot:Snapshot", "snap", { id: "snap-1" }),
          at("aws:ebs/snapshotCopy:SnapshotCopy", "copy", { sourceSnapshotId: "snap-1" }),
        ],
        answer: "out",
        config: { "aws:region": "us-east-1" },
      },
    ],
  },
  {
    what: "DocumentDB global cluster secondary (judged against the primary's zone)",
    subject: "secondary",
    failing: [
      aws("aws:docdb/cluster:Cluster", "primary", {
        arn: "arn:aws:rds:eu-central-1:111122223333:cluster:primary",
        globalClusterIdentifier: "g",
      }),
      at("aws:docdb/globalCluster:GlobalCluster", "g", {
        globalClusterIdentifier: "g",
        sourceDbClusterIdentifier: "arn:aws:rds:eu-central-1:111122223333:cluster:primary",
      }),
      at("aws:docdb/cluster:Cluster", "secondary", { region: "us-east-1", globalClusterIdentifier: "g" }),
    ],
    passing: [
      aws("aws:docdb/cluster:Cluster", "primary", {
        arn: "arn:aws:rds:eu-central-1:111122223333:cluster:primary",
        globalClusterIdentifier: "g",
      }),
      at("aws:docdb/globalCluster:GlobalCluster", "g", {
        globalClusterIdentifier: "g",
        sourceDbClusterIdentifier: "arn:aws:rds:eu-central-1:111122223333:cluster:primary",
      }),
      at("aws:docdb/cluster:Cluster", "secondary", { region: "eu-west-1", globalClusterIdentifier: "g" }),
    ],
    evasions: [],
  },
  {
    what: "ElastiCache global datastore secondary (judged against the primary's zone)",
    subject: "secondary",
    failing: [
      aws("aws:elasticache/replicationGroup:ReplicationGroup", "primary", { id: "rg-primary" }),
      at("aws:elasticache/globalReplicationGroup:GlobalReplicationGroup", "g", {
        globalReplicationGroupId: "ldgnf-g",
        primaryReplicationGroupId: "rg-primary",
      }),
      at("aws:elasticache/replicationGroup:ReplicationGroup", "secondary", {
        region: "us-east-1",
        globalReplicationGroupId: "ldgnf-g",
      }),
    ],
    passing: [
      aws("aws:elasticache/replicationGroup:ReplicationGroup", "primary", { id: "rg-primary" }),
      at("aws:elasticache/globalReplicationGroup:GlobalReplicationGroup", "g", {
        globalReplicationGroupId: "ldgnf-g",
        primaryReplicationGroupId: "rg-primary",
      }),
      at("aws:elasticache/replicationGroup:ReplicationGroup", "secondary", {
        region: "eu-north-1",
        globalReplicationGroupId: "ldgnf-g",
      }),
    ],
    evasions: [],
  },
  {
    what: "Amazon MQ cross-Region replica broker (a copy of its primary)",
    subject: "replica",
    failing: [
      aws("aws:mq/broker:Broker", "primary", { arn: "arn:aws:mq:eu-central-1:111122223333:broker:p:b-1" }),
      at("aws:mq/broker:Broker", "replica", {
        region: "us-east-1",
        dataReplicationMode: "CRDR",
        dataReplicationPrimaryBrokerArn: "arn:aws:mq:eu-central-1:111122223333:broker:p:b-1",
      }),
    ],
    passing: [
      aws("aws:mq/broker:Broker", "primary", { arn: "arn:aws:mq:eu-central-1:111122223333:broker:p:b-1" }),
      at("aws:mq/broker:Broker", "replica", {
        region: "eu-west-1",
        dataReplicationMode: "CRDR",
        dataReplicationPrimaryBrokerArn: "arn:aws:mq:eu-central-1:111122223333:broker:p:b-1",
      }),
    ],
    evasions: [],
  },
  {
    what: "CloudWatch Logs subscription filter (judged with the log group's tags)",
    subject: "sub",
    failing: [
      aws("aws:cloudwatch/logGroup:LogGroup", "lg", { name: "app-logs" }),
      at("aws:cloudwatch/logSubscriptionFilter:LogSubscriptionFilter", "sub", {
        logGroup: "app-logs",
        filterPattern: "",
        destinationArn: "arn:aws:kinesis:us-east-1:111122223333:stream/logs",
      }),
    ],
    passing: [
      aws("aws:cloudwatch/logGroup:LogGroup", "lg", { name: "app-logs" }),
      at("aws:cloudwatch/logSubscriptionFilter:LogSubscriptionFilter", "sub", {
        logGroup: "app-logs",
        filterPattern: "",
        destinationArn: "arn:aws:kinesis:eu-central-1:111122223333:stream/logs",
      }),
    ],
    evasions: [],
  },
  {
    what: "EventBridge rule target on a bus of another Region",
    subject: "target",
    failing: [
      aws("aws:cloudwatch/eventBus:EventBus", "bus", { name: "orders" }),
      at("aws:cloudwatch/eventTarget:EventTarget", "target", {
        eventBusName: "orders",
        rule: "r",
        arn: "arn:aws:events:us-east-1:111122223333:event-bus/central",
      }),
    ],
    passing: [
      aws("aws:cloudwatch/eventBus:EventBus", "bus", { name: "orders" }),
      at("aws:cloudwatch/eventTarget:EventTarget", "target", {
        eventBusName: "orders",
        rule: "r",
        arn: "arn:aws:events:eu-west-1:111122223333:event-bus/central",
      }),
    ],
    evasions: [],
  },
  {
    what: "SNS subscription delivering to a queue of another Region",
    subject: "subscription",
    failing: [
      aws("aws:sns/topic:Topic", "topic", { arn: "arn:aws:sns:eu-central-1:111122223333:t" }),
      at("aws:sns/topicSubscription:TopicSubscription", "subscription", {
        topic: "arn:aws:sns:eu-central-1:111122223333:t",
        protocol: "sqs",
        endpoint: "arn:aws:sqs:us-east-1:111122223333:q",
      }),
    ],
    passing: [
      aws("aws:sns/topic:Topic", "topic", { arn: "arn:aws:sns:eu-central-1:111122223333:t" }),
      at("aws:sns/topicSubscription:TopicSubscription", "subscription", {
        topic: "arn:aws:sns:eu-central-1:111122223333:t",
        protocol: "sqs",
        endpoint: "arn:aws:sqs:eu-central-1:111122223333:q",
      }),
    ],
    evasions: [
      {
        how: "an https endpoint outside the cloud: cannot verify",
        stack: [
          aws("aws:sns/topic:Topic", "topic", { arn: "arn:aws:sns:eu-central-1:111122223333:t" }),
          at("aws:sns/topicSubscription:TopicSubscription", "subscription", {
            topic: "arn:aws:sns:eu-central-1:111122223333:t",
            protocol: "https",
            endpoint: "https://example.com/hook",
          }),
        ],
        answer: "unknown",
      },
    ],
  },
  {
    what: "DynamoDB Kinesis streaming destination",
    subject: "kds",
    failing: [
      aws("aws:dynamodb/table:Table", "table", { name: "orders" }),
      at("aws:dynamodb/kinesisStreamingDestination:KinesisStreamingDestination", "kds", {
        tableName: "orders",
        streamArn: "arn:aws:kinesis:us-west-2:111122223333:stream/changes",
      }),
    ],
    passing: [
      aws("aws:dynamodb/table:Table", "table", { name: "orders" }),
      at("aws:dynamodb/kinesisStreamingDestination:KinesisStreamingDestination", "kds", {
        tableName: "orders",
        streamArn: "arn:aws:kinesis:eu-central-1:111122223333:stream/changes",
      }),
    ],
    evasions: [],
  },
  {
    what: "RDS snapshot copy to another Region (a copy of its source snapshot)",
    subject: "copy",
    failing: [
      aws("aws:rds/snapshot:Snapshot", "snap", { id: "snap-1", dbSnapshotIdentifier: "snap-1" }),
      at("aws:rds/snapshotCopy:SnapshotCopy", "copy", {
        sourceDbSnapshotIdentifier: "snap-1",
        targetDbSnapshotIdentifier: "c",
        destinationRegion: "us-east-1",
      }),
    ],
    passing: [
      aws("aws:rds/snapshot:Snapshot", "snap", { id: "snap-1", dbSnapshotIdentifier: "snap-1" }),
      at("aws:rds/snapshotCopy:SnapshotCopy", "copy", {
        sourceDbSnapshotIdentifier: "snap-1",
        targetDbSnapshotIdentifier: "c",
        destinationRegion: "eu-west-1",
      }),
    ],
    evasions: [],
  },
  {
    what: "Redshift cross-Region snapshot copy (judged with the cluster's tags)",
    subject: "copy",
    failing: [
      aws("aws:redshift/cluster:Cluster", "dw", { clusterIdentifier: "dw" }),
      at("aws:redshift/snapshotCopy:SnapshotCopy", "copy", {
        clusterIdentifier: "dw",
        destinationRegion: "us-west-2",
      }),
    ],
    passing: [
      aws("aws:redshift/cluster:Cluster", "dw", { clusterIdentifier: "dw" }),
      at("aws:redshift/snapshotCopy:SnapshotCopy", "copy", {
        clusterIdentifier: "dw",
        destinationRegion: "eu-north-1",
      }),
    ],
    evasions: [],
  },
  {
    what: "DynamoDB legacy global table replicas",
    subject: "gt",
    failing: [
      {
        type: "aws:dynamodb/globalTable:GlobalTable",
        name: "gt",
        props: {
          name: "gt",
          region: "eu-central-1",
          replicas: [{ regionName: "eu-central-1" }, { regionName: "us-east-1" }],
        },
      },
    ],
    passing: [
      {
        type: "aws:dynamodb/globalTable:GlobalTable",
        name: "gt",
        props: {
          name: "gt",
          region: "eu-central-1",
          replicas: [{ regionName: "eu-central-1" }, { regionName: "eu-west-1" }],
        },
      },
    ],
    evasions: [],
    defaults: true,
  },
  {
    what: "EventBridge global endpoint (a secondary Region's bus)",
    subject: "endpoint",
    failing: [
      aws("aws:cloudwatch/eventBus:EventBus", "bus", {
        name: "orders",
        arn: "arn:aws:events:eu-central-1:111122223333:event-bus/orders",
      }),
      at("aws:cloudwatch/eventEndpoint:EventEndpoint", "endpoint", {
        eventBuses: [
          { eventBusArn: "arn:aws:events:eu-central-1:111122223333:event-bus/orders" },
          { eventBusArn: "arn:aws:events:us-east-1:111122223333:event-bus/orders" },
        ],
      }),
    ],
    passing: [
      aws("aws:cloudwatch/eventBus:EventBus", "bus", {
        name: "orders",
        arn: "arn:aws:events:eu-central-1:111122223333:event-bus/orders",
      }),
      at("aws:cloudwatch/eventEndpoint:EventEndpoint", "endpoint", {
        eventBuses: [
          { eventBusArn: "arn:aws:events:eu-central-1:111122223333:event-bus/orders" },
          { eventBusArn: "arn:aws:events:eu-west-1:111122223333:event-bus/orders" },
        ],
      }),
    ],
    evasions: [],
  },
  // ---- Azure ----
  {
    what: "Container registry geo-replication (judged with the registry's tags)",
    subject: "rep",
    failing: [
      azure("azure-native:containerregistry:Registry", "acr", { registryName: "acr" }),
      at("azure-native:containerregistry:Replication", "rep", { registryName: "acr", location: "eastus" }),
    ],
    passing: [
      azure("azure-native:containerregistry:Registry", "acr", { registryName: "acr" }),
      at("azure-native:containerregistry:Replication", "rep", {
        registryName: "acr",
        location: "northeurope",
      }),
    ],
    evasions: [
      {
        how: "display name",
        stack: [
          azure("azure-native:containerregistry:Registry", "acr", { registryName: "acr" }),
          at("azure-native:containerregistry:Replication", "rep", {
            registryName: "acr",
            location: "East US",
          }),
        ],
        answer: "out",
      },
      {
        how: "location unknown at preview",
        stack: [
          azure("azure-native:containerregistry:Registry", "acr", { registryName: "acr" }),
          at("azure-native:containerregistry:Replication", "rep", { registryName: "acr", location: UNKNOWN }),
        ],
        answer: "unknown",
      },
    ],
  },
  {
    what: "App Configuration replica",
    subject: "replica",
    failing: [
      azure("azure-native:appconfiguration:ConfigurationStore", "store", { configStoreName: "store" }),
      at("azure-native:appconfiguration:Replica", "replica", {
        configStoreName: "store",
        location: "centralus",
      }),
    ],
    passing: [
      azure("azure-native:appconfiguration:ConfigurationStore", "store", { configStoreName: "store" }),
      at("azure-native:appconfiguration:Replica", "replica", {
        configStoreName: "store",
        location: "francecentral",
      }),
    ],
    evasions: [
      {
        how: "a region the catalog does not know",
        stack: [
          azure("azure-native:appconfiguration:ConfigurationStore", "store", { configStoreName: "store" }),
          at("azure-native:appconfiguration:Replica", "replica", {
            configStoreName: "store",
            location: "marsnorth",
          }),
        ],
        answer: "out",
      },
    ],
  },
  {
    what: "SQL failover group partner server (placed through the stack)",
    subject: "fog",
    failing: [
      azure("azure-native:sql:Server", "primary", { name: "primary" }),
      at("azure-native:sql:Server", "partner", {
        name: "partner",
        id: "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Sql/servers/partner",
        location: "eastus",
      }),
      at("azure-native:sql:FailoverGroup", "fog", {
        serverName: "primary",
        partnerServers: [
          { id: "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Sql/servers/partner" },
        ],
      }),
    ],
    passing: [
      azure("azure-native:sql:Server", "primary", { name: "primary" }),
      at("azure-native:sql:Server", "partner", {
        name: "partner",
        id: "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Sql/servers/partner",
        location: "northeurope",
      }),
      at("azure-native:sql:FailoverGroup", "fog", {
        serverName: "primary",
        partnerServers: [
          { id: "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Sql/servers/partner" },
        ],
      }),
    ],
    evasions: [
      {
        how: "managed instances: partner region",
        stack: [
          azure("azure-native:sql:ManagedInstance", "mi", {
            name: "mi",
            id: "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Sql/managedInstances/mi",
          }),
          at("azure-native:sql:InstanceFailoverGroup", "fog", {
            managedInstancePairs: [
              {
                primaryManagedInstanceId:
                  "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Sql/managedInstances/mi",
              },
            ],
            partnerRegions: [{ location: "eastus2" }],
          }),
        ],
        answer: "out",
      },
    ],
  },
  {
    what: "Service Bus geo-replication (secondary locations) and geo-DR pairing",
    subject: "ns",
    failing: [
      azure("azure-native:servicebus:Namespace", "ns", {
        geoDataReplication: {
          locations: [
            { locationName: "westeurope", roleType: "Primary" },
            { locationName: "eastus", roleType: "Secondary" },
          ],
        },
      }),
    ],
    passing: [
      azure("azure-native:servicebus:Namespace", "ns", {
        geoDataReplication: {
          locations: [
            { locationName: "westeurope", roleType: "Primary" },
            { locationName: "northeurope", roleType: "Secondary" },
          ],
        },
      }),
    ],
    evasions: [
      {
        how: "role unknown at preview counts as a replica",
        stack: [
          azure("azure-native:servicebus:Namespace", "ns", {
            geoDataReplication: { locations: [{ locationName: "East US 2", roleType: UNKNOWN }] },
          }),
        ],
        answer: "out",
      },
      {
        how: "a geo-DR pairing with a partner namespace in the US",
        stack: [
          azure("azure-native:servicebus:Namespace", "primary", { name: "primary" }),
          at("azure-native:servicebus:Namespace", "partner", {
            name: "partner",
            id: "/subscriptions/s/resourceGroups/rg/providers/Microsoft.ServiceBus/namespaces/partner",
            location: "eastus",
          }),
          at("azure-native:servicebus:DisasterRecoveryConfig", "ns", {
            namespaceName: "primary",
            alias: "a",
            partnerNamespace:
              "/subscriptions/s/resourceGroups/rg/providers/Microsoft.ServiceBus/namespaces/partner",
          }),
        ],
        answer: "out",
      },
    ],
  },
  {
    what: "Azure Cache for Redis geo-replication link",
    subject: "link",
    failing: [
      azure("azure-native:redis:Redis", "cache", { name: "cache" }),
      at("azure-native:redis:LinkedServer", "link", {
        name: "cache",
        linkedRedisCacheLocation: "eastus",
        linkedRedisCacheId: "/x",
      }),
    ],
    passing: [
      azure("azure-native:redis:Redis", "cache", { name: "cache" }),
      at("azure-native:redis:LinkedServer", "link", {
        name: "cache",
        linkedRedisCacheLocation: "northeurope",
        linkedRedisCacheId: "/x",
      }),
    ],
    evasions: [],
  },
  {
    what: "Managed Cassandra data center in another region",
    subject: "dc",
    failing: [
      azure("azure-native:cosmosdb:CassandraCluster", "c", { clusterName: "c" }),
      at("azure-native:cosmosdb:CassandraDataCenter", "dc", {
        clusterName: "c",
        properties: { dataCenterLocation: "eastus" },
      }),
    ],
    passing: [
      azure("azure-native:cosmosdb:CassandraCluster", "c", { clusterName: "c" }),
      at("azure-native:cosmosdb:CassandraDataCenter", "dc", {
        clusterName: "c",
        properties: { dataCenterLocation: "germanywestcentral" },
      }),
    ],
    evasions: [],
  },
  {
    what: "Data Explorer follower database (judged with the leader's tags)",
    subject: "follow",
    failing: [
      azure("azure-native:kusto:Cluster", "leader", {
        clusterName: "leader",
        id: "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Kusto/clusters/leader",
      }),
      at("azure-native:kusto:AttachedDatabaseConfiguration", "follow", {
        clusterResourceId: "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Kusto/clusters/leader",
        clusterName: "follower",
        location: "eastus",
      }),
    ],
    passing: [
      azure("azure-native:kusto:Cluster", "leader", {
        clusterName: "leader",
        id: "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Kusto/clusters/leader",
      }),
      at("azure-native:kusto:Cluster", "follower", { clusterName: "follower", location: "northeurope" }),
      at("azure-native:kusto:AttachedDatabaseConfiguration", "follow", {
        clusterResourceId: "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Kusto/clusters/leader",
        clusterName: "follower",
        location: "northeurope",
      }),
    ],
    evasions: [],
  },
  {
    what: "NetApp cross-region replication (a destination volume is a copy of its source)",
    subject: "dst",
    failing: [
      azure("azure-native:netapp:CapacityPoolVolume", "src", {
        id: "/subscriptions/s/resourceGroups/rg/providers/Microsoft.NetApp/netAppAccounts/a/capacityPools/p/volumes/src",
      }),
      at("azure-native:netapp:CapacityPoolVolume", "dst", {
        location: "eastus",
        dataProtection: {
          replication: {
            endpointType: "dst",
            remoteVolumeResourceId:
              "/subscriptions/s/resourceGroups/rg/providers/Microsoft.NetApp/netAppAccounts/a/capacityPools/p/volumes/src",
            remoteVolumeRegion: "westeurope",
          },
        },
      }),
    ],
    passing: [
      azure("azure-native:netapp:CapacityPoolVolume", "src", {
        id: "/subscriptions/s/resourceGroups/rg/providers/Microsoft.NetApp/netAppAccounts/a/capacityPools/p/volumes/src",
      }),
      at("azure-native:netapp:CapacityPoolVolume", "dst", {
        location: "northeurope",
        dataProtection: {
          replication: {
            endpointType: "dst",
            remoteVolumeResourceId:
              "/subscriptions/s/resourceGroups/rg/providers/Microsoft.NetApp/netAppAccounts/a/capacityPools/p/volumes/src",
            remoteVolumeRegion: "westeurope",
          },
        },
      }),
    ],
    evasions: [
      {
        how: "declared on the source (`src`) naming the destination region",
        stack: [
          azure("azure-native:netapp:CapacityPoolVolume", "dst", {
            dataProtection: { replication: { endpointType: "SRC", remoteVolumeRegion: "eastus" } },
          }),
        ],
        answer: "out",
      },
    ],
  },
  {
    what: "Synapse dedicated SQL pool geo-backup (on by default: the paired region)",
    subject: "pool",
    failing: [
      {
        type: "azure-native:synapse:SqlPool",
        name: "pool",
        props: {
          location: "brazilsouth",
          tags: { "data-residency": "br", "data-classification": "personal" },
        },
      },
    ],
    passing: [
      {
        type: "azure-native:synapse:SqlPool",
        name: "pool",
        props: {
          location: "brazilsouth",
          storageAccountType: "LRS",
          tags: { "data-residency": "br", "data-classification": "personal" },
        },
      },
    ],
    evasions: [
      {
        how: "lower-case GRS",
        stack: [
          {
            type: "azure-native:synapse:SqlPool",
            name: "pool",
            props: {
              location: "brazilsouth",
              storageAccountType: "grs",
              tags: { "data-residency": "br", "data-classification": "personal" },
            },
          },
        ],
        answer: "out",
      },
    ],
  },
  {
    what: "Databricks workspace root storage SKU (GRS copies to the pair)",
    subject: "dbw",
    failing: [
      {
        type: "azure-native:databricks:Workspace",
        name: "dbw",
        props: {
          location: "brazilsouth",
          parameters: { storageAccountSkuName: { value: "Standard_GRS" } },
          tags: { "data-residency": "br", "data-classification": "personal" },
        },
      },
    ],
    passing: [
      {
        type: "azure-native:databricks:Workspace",
        name: "dbw",
        props: {
          location: "brazilsouth",
          parameters: { storageAccountSkuName: { value: "Standard_LRS" } },
          tags: { "data-residency": "br", "data-classification": "personal" },
        },
      },
    ],
    evasions: [
      {
        how: "SKU absent: the default cannot be verified",
        stack: [
          {
            type: "azure-native:databricks:Workspace",
            name: "dbw",
            props: {
              location: "brazilsouth",
              tags: { "data-residency": "br", "data-classification": "personal" },
            },
          },
        ],
        answer: "unknown",
      },
      {
        how: "a Serverless workspace has no root storage",
        stack: [
          {
            type: "azure-native:databricks:Workspace",
            name: "dbw",
            props: {
              location: "brazilsouth",
              computeMode: "Serverless",
              tags: { "data-residency": "br", "data-classification": "personal" },
            },
          },
        ],
        answer: "in",
      },
    ],
  },
  {
    what: "Event Grid topic data residency boundary",
    subject: "topic",
    failing: [
      {
        type: "azure-native:eventgrid:Topic",
        name: "topic",
        props: {
          location: "brazilsouth",
          dataResidencyBoundary: "WithinGeopair",
          tags: { "data-residency": "br", "data-classification": "personal" },
        },
      },
    ],
    passing: [
      {
        type: "azure-native:eventgrid:Topic",
        name: "topic",
        props: {
          location: "brazilsouth",
          dataResidencyBoundary: "WithinRegion",
          tags: { "data-residency": "br", "data-classification": "personal" },
        },
      },
    ],
    evasions: [
      {
        how: "boundary absent: the default cannot be verified",
        stack: [
          {
            type: "azure-native:eventgrid:Topic",
            name: "topic",
            props: {
              location: "brazilsouth",
              tags: { "data-residency": "br", "data-classification": "personal" },
            },
          },
        ],
        answer: "unknown",
      },
    ],
  },
  {
    what: "Mongo vCore cross-region replica (a copy of its source cluster)",
    subject: "replica",
    failing: [
      azure("azure-native:mongocluster:MongoCluster", "source", {
        id: "/subscriptions/s/resourceGroups/rg/providers/Microsoft.DocumentDB/mongoClusters/source",
      }),
      at("azure-native:mongocluster:MongoCluster", "replica", {
        location: "eastus",
        properties: {
          createMode: "GeoReplica",
          replicaParameters: {
            sourceResourceId:
              "/subscriptions/s/resourceGroups/rg/providers/Microsoft.DocumentDB/mongoClusters/source",
            sourceLocation: "westeurope",
          },
        },
      }),
    ],
    passing: [
      azure("azure-native:mongocluster:MongoCluster", "source", {
        id: "/subscriptions/s/resourceGroups/rg/providers/Microsoft.DocumentDB/mongoClusters/source",
      }),
      at("azure-native:mongocluster:MongoCluster", "replica", {
        location: "swedencentral",
        properties: {
          createMode: "GeoReplica",
          replicaParameters: {
            sourceResourceId:
              "/subscriptions/s/resourceGroups/rg/providers/Microsoft.DocumentDB/mongoClusters/source",
            sourceLocation: "westeurope",
          },
        },
      }),
    ],
    evasions: [],
  },
  {
    what: "Application Insights component storing telemetry in a workspace of another region",
    subject: "appi",
    failing: [
      at("azure-native:operationalinsights:Workspace", "law", {
        workspaceName: "law",
        id: "/subscriptions/s/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/law",
        location: "eastus",
      }),
      azure("azure-native:applicationinsights:Component", "appi", {
        kind: "web",
        applicationType: "web",
        workspaceResourceId:
          "/subscriptions/s/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/law",
      }),
    ],
    passing: [
      at("azure-native:operationalinsights:Workspace", "law", {
        workspaceName: "law",
        id: "/subscriptions/s/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/law",
        location: "westeurope",
      }),
      azure("azure-native:applicationinsights:Component", "appi", {
        kind: "web",
        applicationType: "web",
        workspaceResourceId:
          "/subscriptions/s/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/law",
      }),
    ],
    evasions: [],
  },
  {
    what: "Compute Gallery image version replicated to other regions",
    subject: "img",
    failing: [
      azure("azure-native:compute:GalleryImageVersion", "img", {
        galleryImageVersionName: "1.0.0",
        publishingProfile: { targetRegions: [{ name: "westeurope" }, { name: "East US" }] },
      }),
    ],
    passing: [
      azure("azure-native:compute:GalleryImageVersion", "img", {
        galleryImageVersionName: "1.0.0",
        publishingProfile: { targetRegions: [{ name: "westeurope" }, { name: "North Europe" }] },
      }),
    ],
    evasions: [],
  },
  // ---- GCP ----
  {
    what: "Bigtable instance with a cluster in another region",
    subject: "bt",
    failing: [
      gcp("gcp:bigtable/instance:Instance", "bt", {
        clusters: [
          { clusterId: "a", zone: "europe-west3-a" },
          { clusterId: "b", zone: "us-central1-b" },
        ],
      }),
    ],
    passing: [
      gcp("gcp:bigtable/instance:Instance", "bt", {
        clusters: [
          { clusterId: "a", zone: "europe-west3-a" },
          { clusterId: "b", zone: "europe-west1-b" },
        ],
      }),
    ],
    evasions: [
      {
        how: "upper-case zone",
        stack: [
          gcp("gcp:bigtable/instance:Instance", "bt", {
            clusters: [
              { clusterId: "a", zone: "europe-west3-a" },
              { clusterId: "b", zone: "US-CENTRAL1-B" },
            ],
          }),
        ],
        answer: "out",
      },
      {
        how: "cluster list unknown at preview",
        stack: [gcp("gcp:bigtable/instance:Instance", "bt", { clusters: UNKNOWN })],
        answer: "unknown",
      },
    ],
  },
  {
    what: "Secret Manager replication (user-managed replicas; automatic = anywhere)",
    subject: "secret",
    failing: [
      gcp("gcp:secretmanager/secret:Secret", "secret", {
        replication: { userManaged: { replicas: [{ location: "europe-west1" }, { location: "us-east1" }] } },
      }),
    ],
    passing: [
      gcp("gcp:secretmanager/secret:Secret", "secret", {
        replication: {
          userManaged: { replicas: [{ location: "europe-west1" }, { location: "europe-west4" }] },
        },
      }),
    ],
    evasions: [
      {
        how: "automatic replication",
        stack: [gcp("gcp:secretmanager/secret:Secret", "secret", { replication: { auto: {} } })],
        answer: "out",
      },
    ],
  },
  {
    what: "BigQuery cross-region dataset copy (judged with the source dataset's tags)",
    subject: "copy",
    failing: [
      gcp("gcp:bigquery/dataset:Dataset", "src", { datasetId: "src", location: "EU" }),
      at("gcp:bigquery/dataTransferConfig:DataTransferConfig", "copy", {
        dataSourceId: "cross_region_copy",
        location: "US",
        destinationDatasetId: "dst",
        params: { source_dataset_id: "src", source_project_id: "p" },
      }),
    ],
    passing: [
      gcp("gcp:bigquery/dataset:Dataset", "src", { datasetId: "src", location: "EU" }),
      at("gcp:bigquery/dataTransferConfig:DataTransferConfig", "copy", {
        dataSourceId: "cross_region_copy",
        location: "europe-west4",
        destinationDatasetId: "dst",
        params: { source_dataset_id: "src", source_project_id: "p" },
      }),
    ],
    evasions: [
      {
        how: "lower-case multi-region",
        stack: [
          gcp("gcp:bigquery/dataset:Dataset", "src", { datasetId: "src", location: "EU" }),
          at("gcp:bigquery/dataTransferConfig:DataTransferConfig", "copy", {
            dataSourceId: "cross_region_copy",
            location: "us",
            params: { source_dataset_id: "src" },
          }),
        ],
        answer: "out",
      },
    ],
  },
  {
    what: "Storage Transfer job (judged with the source bucket's tags; the sink placed through the stack)",
    subject: "job",
    failing: [
      gcp("gcp:storage/bucket:Bucket", "src", { name: "src", location: "EU" }),
      at("gcp:storage/bucket:Bucket", "sink", { name: "sink", location: "US" }),
      at("gcp:storage/transferJob:TransferJob", "job", {
        transferSpec: { gcsDataSource: { bucketName: "src" }, gcsDataSink: { bucketName: "sink" } },
      }),
    ],
    passing: [
      gcp("gcp:storage/bucket:Bucket", "src", { name: "src", location: "EU" }),
      at("gcp:storage/bucket:Bucket", "sink", { name: "sink", location: "europe-west3" }),
      at("gcp:storage/transferJob:TransferJob", "job", {
        transferSpec: { gcsDataSource: { bucketName: "src" }, gcsDataSink: { bucketName: "sink" } },
      }),
    ],
    evasions: [
      {
        how: "event-driven replication spec",
        stack: [
          gcp("gcp:storage/bucket:Bucket", "src", { name: "src", location: "EU" }),
          at("gcp:storage/bucket:Bucket", "sink", { name: "sink", location: "US-CENTRAL1" }),
          at("gcp:storage/transferJob:TransferJob", "job", {
            transferSpec: { gcsDataSource: { bucketName: "src" } },
            replicationSpec: { gcsDataSink: { bucketName: "sink" } },
          }),
        ],
        answer: "out",
      },
    ],
  },
  {
    what: "Memorystore Redis Cluster cross-region secondary",
    subject: "primary",
    failing: [
      gcp("gcp:redis/cluster:Cluster", "primary", {
        region: "europe-west3",
        crossClusterReplicationConfig: {
          clusterRole: "PRIMARY",
          secondaryClusters: [{ cluster: "projects/p/locations/us-central1/clusters/c2" }],
        },
      }),
    ],
    passing: [
      gcp("gcp:redis/cluster:Cluster", "primary", {
        region: "europe-west3",
        crossClusterReplicationConfig: {
          clusterRole: "PRIMARY",
          secondaryClusters: [{ cluster: "projects/p/locations/europe-west1/clusters/c2" }],
        },
      }),
    ],
    evasions: [],
  },
  {
    what: "Cloud Run multi-region service",
    subject: "run",
    failing: [
      gcp("gcp:cloudrunv2/service:Service", "run", {
        location: "europe-west1",
        multiRegionSettings: { regions: ["europe-west1", "us-central1"] },
      }),
    ],
    passing: [
      gcp("gcp:cloudrunv2/service:Service", "run", {
        location: "europe-west1",
        multiRegionSettings: { regions: ["europe-west1", "europe-west4"] },
      }),
    ],
    evasions: [],
  },
  {
    what: "AlloyDB backup in another region (a copy of its cluster)",
    subject: "backup",
    failing: [
      gcp("gcp:alloydb/cluster:Cluster", "cluster", {
        location: "europe-west3",
        name: "projects/p/locations/europe-west3/clusters/c",
      }),
      gcp("gcp:alloydb/backup:Backup", "backup", {
        location: "us-central1",
        clusterName: "projects/p/locations/europe-west3/clusters/c",
      }),
    ],
    passing: [
      gcp("gcp:alloydb/cluster:Cluster", "cluster", {
        location: "europe-west3",
        name: "projects/p/locations/europe-west3/clusters/c",
      }),
      gcp("gcp:alloydb/backup:Backup", "backup", {
        location: "europe-west1",
        clusterName: "projects/p/locations/europe-west3/clusters/c",
      }),
    ],
    evasions: [],
  },
  {
    what: "Memorystore for Valkey cross-region secondary instance",
    subject: "valkey",
    failing: [
      gcp("gcp:memorystore/instance:Instance", "valkey", {
        location: "europe-west3",
        crossInstanceReplicationConfig: {
          instanceRole: "PRIMARY",
          secondaryInstances: [{ instance: "projects/p/locations/us-east1/instances/v2" }],
        },
      }),
    ],
    passing: [
      gcp("gcp:memorystore/instance:Instance", "valkey", {
        location: "europe-west3",
        crossInstanceReplicationConfig: {
          instanceRole: "PRIMARY",
          secondaryInstances: [{ instance: "projects/p/locations/europe-west1/instances/v2" }],
        },
      }),
    ],
    evasions: [
      {
        how: "a secondary outside the zone naming its EU primary",
        stack: [
          gcp("gcp:memorystore/instance:Instance", "primary", {
            location: "europe-west3",
            name: "projects/p/locations/europe-west3/instances/v1",
          }),
          at("gcp:memorystore/instance:Instance", "valkey", {
            location: "us-east1",
            crossInstanceReplicationConfig: {
              instanceRole: "SECONDARY",
              primaryInstance: { instance: "projects/p/locations/europe-west3/instances/v1" },
            },
          }),
        ],
        answer: "out",
      },
    ],
  },
  {
    what: "Compute Engine snapshot stored outside the zone (a copy of its disk)",
    subject: "snap",
    failing: [
      gcp("gcp:compute/disk:Disk", "disk", { name: "disk", zone: "europe-west3-a" }),
      gcp("gcp:compute/snapshot:Snapshot", "snap", {
        name: "snap",
        sourceDisk: "disk",
        storageLocations: ["us"],
      }),
    ],
    passing: [
      gcp("gcp:compute/disk:Disk", "disk", { name: "disk", zone: "europe-west3-a" }),
      gcp("gcp:compute/snapshot:Snapshot", "snap", {
        name: "snap",
        sourceDisk: "disk",
        storageLocations: ["eu"],
      }),
    ],
    evasions: [
      {
        how: "no storage location: the nearest multi-region cannot be verified",
        stack: [
          gcp("gcp:compute/disk:Disk", "disk", { name: "disk", zone: "europe-west3-a" }),
          gcp("gcp:compute/snapshot:Snapshot", "snap", { name: "snap", sourceDisk: "disk" }),
        ],
        answer: "unknown",
      },
    ],
  },
  {
    what: "Filestore backup in another region (a copy of its instance)",
    subject: "backup",
    failing: [
      gcp("gcp:filestore/instance:Instance", "fs", {
        name: "projects/p/locations/europe-west3-a/instances/fs",
        location: "europe-west3-a",
      }),
      at("gcp:filestore/backup:Backup", "backup", {
        location: "us-central1",
        sourceInstance: "projects/p/locations/europe-west3-a/instances/fs",
        sourceFileShare: "share",
      }),
    ],
    passing: [
      gcp("gcp:filestore/instance:Instance", "fs", {
        name: "projects/p/locations/europe-west3-a/instances/fs",
        location: "europe-west3-a",
      }),
      at("gcp:filestore/backup:Backup", "backup", {
        location: "europe-west3",
        sourceInstance: "projects/p/locations/europe-west3-a/instances/fs",
        sourceFileShare: "share",
      }),
    ],
    evasions: [],
  },
  {
    what: "AlloyDB secondary cluster in another region (a copy of its primary)",
    subject: "secondary",
    failing: [
      gcp("gcp:alloydb/cluster:Cluster", "primary", {
        location: "europe-west3",
        name: "projects/p/locations/europe-west3/clusters/primary",
      }),
      at("gcp:alloydb/cluster:Cluster", "secondary", {
        location: "us-central1",
        clusterType: "SECONDARY",
        secondaryConfig: { primaryClusterName: "projects/p/locations/europe-west3/clusters/primary" },
      }),
    ],
    passing: [
      gcp("gcp:alloydb/cluster:Cluster", "primary", {
        location: "europe-west3",
        name: "projects/p/locations/europe-west3/clusters/primary",
      }),
      at("gcp:alloydb/cluster:Cluster", "secondary", {
        location: "europe-west1",
        clusterType: "SECONDARY",
        secondaryConfig: { primaryClusterName: "projects/p/locations/europe-west3/clusters/primary" },
      }),
    ],
    evasions: [],
  },
  {
    what: "Filestore replica instance in another region (a copy of its active instance)",
    subject: "replica",
    failing: [
      gcp("gcp:filestore/instance:Instance", "active", {
        location: "europe-west3",
        name: "projects/p/locations/europe-west3/instances/active",
      }),
      at("gcp:filestore/instance:Instance", "replica", {
        location: "us-east1",
        tier: "REGIONAL",
        initialReplication: {
          replicas: [{ peerInstance: "projects/p/locations/europe-west3/instances/active" }],
        },
      }),
    ],
    passing: [
      gcp("gcp:filestore/instance:Instance", "active", {
        location: "europe-west3",
        name: "projects/p/locations/europe-west3/instances/active",
      }),
      at("gcp:filestore/instance:Instance", "replica", {
        location: "europe-west4",
        tier: "REGIONAL",
        initialReplication: {
          replicas: [{ peerInstance: "projects/p/locations/europe-west3/instances/active" }],
        },
      }),
    ],
    evasions: [],
  },
  // ---- held rows: Entra tenants and DLM ----
  {
    what: "B2C / External ID tenant data-residency geography",
    subject: "b2c",
    failing: [
      azure("azure-native:azureactivedirectory:B2CTenant", "b2c", {
        location: "United States",
        countryCode: "US",
      }),
    ],
    passing: [
      {
        type: "azure-native:azureactivedirectory:CIAMTenant",
        name: "b2c",
        props: {
          location: "united states",
          tags: { "data-residency": "us", "data-classification": "personal" },
        },
      },
    ],
    evasions: [
      {
        how: "'Europe': its countries cannot be verified",
        stack: [azure("azure-native:azureactivedirectory:B2CTenant", "b2c", { location: "Europe" })],
        answer: "unknown",
      },
    ],
  },
  {
    what: "DLM lifecycle policy cross-Region snapshot copies (schedules[].crossRegionCopyRules[])",
    subject: "dlm",
    failing: [
      aws("aws:dlm/lifecyclePolicy:LifecyclePolicy", "dlm", {
        policyDetails: { schedules: [{ crossRegionCopyRules: [{ target: "us-east-1", encrypted: true }] }] },
      }),
    ],
    passing: [
      aws("aws:dlm/lifecyclePolicy:LifecyclePolicy", "dlm", {
        policyDetails: { schedules: [{ crossRegionCopyRules: [{ target: "eu-west-1", encrypted: true }] }] },
      }),
    ],
    evasions: [
      {
        how: "the deprecated `targetRegion` spelling",
        stack: [
          aws("aws:dlm/lifecyclePolicy:LifecyclePolicy", "dlm", {
            policyDetails: {
              schedules: [{ crossRegionCopyRules: [{ targetRegion: "US-EAST-1", encrypted: true }] }],
            },
          }),
        ],
        answer: "out",
      },
      {
        how: "the copy rules unknown at preview",
        stack: [
          aws("aws:dlm/lifecyclePolicy:LifecyclePolicy", "dlm", {
            policyDetails: { schedules: [{ crossRegionCopyRules: UNKNOWN }] },
          }),
        ],
        answer: "unknown",
      },
    ],
  },
];

describe("coverage: flows and copies of the types issue 12 declares", () => {
  for (const row of ROWS) {
    describe(row.what, () => {
      const defaults = row.defaults ? ({ residency: "eu", classification: "personal" } as const) : {};
      it("failing: data leaves the zone", () =>
        assert.equal(verdict(judge(row.failing, row.subject, {}, defaults)), "out"));
      it("passing twin: stays in the zone", () =>
        assert.equal(verdict(judge(row.passing, row.subject, {}, defaults)), "in"));
      for (const e of row.evasions)
        it(`evasion: ${e.how} → ${e.answer}`, () =>
          assert.equal(verdict(judge(e.stack, row.subject, e.config)), e.answer));
    });
  }
});
