// Every token of @pulumi/aws 7.48 classified by module (registry/types.ts `ModuleRule`), with the
// tokens of a module in another class as exceptions. Source: the SDK's module and resource docs
// (each resource's `.d.ts` header, which mirrors the AWS service documentation). The test
// test/registry/classification.test.ts enumerates the installed SDK and fails on a token no rule
// covers, and on a rule or exception that matches no token.
import {
  ACCESS,
  BILLING,
  C,
  COMPUTE,
  D,
  DIRECTORY,
  L,
  NETWORK,
  P,
  SETTING,
  SNAPSHOT,
  moduleRules,
  rule,
} from "./rule";

export const awsRules = moduleRules("@pulumi/aws", "aws", "aws", () => ({
  "accessanalyzer/": rule(C("IAM Access Analyzer: findings about resource policies, no customer data")),
  "account/": rule(BILLING),
  "accountaccess/": rule(ACCESS),
  "acm/": rule(C("TLS certificates: regional, no customer data")),
  "acmpca/": rule(C("private CA certificates and permissions"), {
    "acmpca/certificateAuthority:CertificateAuthority": D("key", "a private CA holds its signing key"),
  }),
  "agentregistry/": rule(C("a registry of agent descriptions, no customer data")),
  "alb/": rule(NETWORK),
  "amp/": rule(C("Managed Prometheus rules, scrapers and settings"), {
    "amp/workspace:Workspace": D("log", "a Prometheus workspace stores the metrics it ingests"),
    "amp/scraper:Scraper": P("collects metrics from a cluster and writes them to a workspace"),
  }),
  "amplify/": rule(C("Amplify branches, domains and webhooks"), {
    "amplify/app:App": P("hosts and renders a web application (server-side compute)"),
  }),
  "apigateway/": rule(C("API Gateway methods, models, stages and settings"), {
    "apigateway/restApi:RestApi": P("proxies and transforms API requests"),
  }),
  "apigatewayv2/": rule(C("API Gateway v2 routes, integrations and settings"), {
    "apigatewayv2/api:Api": P("proxies HTTP and WebSocket requests"),
  }),
  "appautoscaling/": rule(C("scaling policies")),
  "appconfig/": rule(
    C("application configuration profiles and deployments: configuration, not customer data"),
  ),
  "appfabric/": rule(P("AppFabric ingests and normalises SaaS audit logs (user activity)"), {
    "appfabric/appAuthorization:AppAuthorization": SETTING,
    "appfabric/appAuthorizationConnection:AppAuthorizationConnection": SETTING,
  }),
  "appflow/": rule(P("AppFlow moves records between SaaS applications and AWS"), {
    "appflow/connectorProfile:ConnectorProfile": SETTING,
  }),
  "appintegrations/": rule(P("a data integration syncs records from an external application")),
  "applicationinsights/": rule(C("monitoring configuration")),
  "appmesh/": rule(NETWORK),
  "apprunner/": rule(C("App Runner settings and connectors"), {
    "apprunner/service:Service": COMPUTE,
  }),
  "appstream/": rule(P("AppStream fleets and image builders stream desktops and applications"), {
    "appstream/directoryConfig:DirectoryConfig": SETTING,
    "appstream/fleetStackAssociation:FleetStackAssociation": SETTING,
    "appstream/stack:Stack": C("a stack groups fleets and user settings"),
    "appstream/userStackAssociation:UserStackAssociation": SETTING,
    "appstream/user:User": DIRECTORY,
  }),
  "appsync/": rule(C("AppSync resolvers, functions, data sources and settings"), {
    "appsync/graphQLApi:GraphQLApi": P("resolves GraphQL requests over customer data"),
    "appsync/api:Api": P("an AppSync Events API relays customer events"),
    "appsync/apiCache:ApiCache": D("cache", "caches resolver results"),
  }),
  "arcregionswitch/": rule(C("a Region switch plan: recovery orchestration, no data")),
  "arczonalshift/": rule(C("zonal shift settings")),
  "athena/": rule(C("Athena catalogs, saved queries and capacity"), {
    "athena/workgroup:Workgroup": P("runs queries and writes their results (to S3)"),
    "athena/database:Database": D(
      "database",
      "a Glue Data Catalog database: table schemas and partition values",
    ),
  }),
  "auditmanager/": rule(
    C("Audit Manager assessments: evidence about resource configuration, no customer data"),
  ),
  "autoscaling/": rule(C("Auto Scaling hooks, policies and schedules"), {
    "autoscaling/group:Group": COMPUTE,
  }),
  "autoscalingplans/": rule(C("scaling plans")),
  "backup/": rule(D("backup", "AWS Backup vaults hold recovery points"), {
    "backup/framework:Framework": SETTING,
    "backup/globalSettings:GlobalSettings": BILLING,
    "backup/plan:Plan": C("a backup plan: schedules and copy rules (judged with its vault's tags)"),
    "backup/regionSettings:RegionSettings": SETTING,
    "backup/reportPlan:ReportPlan": SETTING,
    "backup/restoreTestingPlan:RestoreTestingPlan": SETTING,
    "backup/restoreTestingSelection:RestoreTestingSelection": SETTING,
    "backup/selection:Selection": SETTING,
    "backup/vaultLockConfiguration:VaultLockConfiguration": SETTING,
    "backup/vaultNotifications:VaultNotifications": SETTING,
    "backup/vaultPolicy:VaultPolicy": SETTING,
  }),
  "batch/": rule(C("Batch job definitions, queues and scheduling policies"), {
    "batch/computeEnvironment:ComputeEnvironment": COMPUTE,
  }),
  "bcmdata/": rule(BILLING),
  // Bedrock: agents, flows, runtimes and inference profiles process prompts; knowledge bases,
  // custom models, AgentCore memory and credential providers keep data (@pulumi/aws bedrock docs).
  "bedrock/": rule(P("Bedrock agents, flows and runtimes process prompts and completions (AI inference)"), {
    "bedrock/agentcoreBrowserProfile:AgentcoreBrowserProfile": D(
      "storage",
      "keeps browser state (cookies, local storage) across sessions",
    ),
    "bedrock/agentAgentActionGroup:AgentAgentActionGroup": SETTING,
    "bedrock/agentAgentAlias:AgentAgentAlias": SETTING,
    "bedrock/agentAgentCollaborator:AgentAgentCollaborator": SETTING,
    "bedrock/agentAgentKnowledgeBaseAssociation:AgentAgentKnowledgeBaseAssociation": SETTING,
    "bedrock/agentKnowledgeBase:AgentKnowledgeBase": D(
      "database",
      "a knowledge base: embeddings of customer documents",
    ),
    "bedrock/agentPrompt:AgentPrompt": C("a prompt template, not customer data"),
    "bedrock/agentcoreApiKeyCredentialProvider:AgentcoreApiKeyCredentialProvider": D(
      "secret",
      "keeps an API key in the AgentCore token vault",
    ),
    "bedrock/agentcoreGatewayRule:AgentcoreGatewayRule": SETTING,
    // @pulumi/aws 7.48 AgentcoreMemory: "persistent storage for AI agent interactions".
    "bedrock/agentcoreMemory:AgentcoreMemory": D(
      "database",
      "AgentCore memory stores conversation events and extracted facts",
    ),
    "bedrock/agentcoreMemoryStrategy:AgentcoreMemoryStrategy": SETTING,
    "bedrock/agentcoreOauth2CredentialProvider:AgentcoreOauth2CredentialProvider": D(
      "secret",
      "keeps OAuth2 client secrets in the AgentCore token vault",
    ),
    "bedrock/agentcorePolicy:AgentcorePolicy": SETTING,
    "bedrock/agentcorePolicyEngine:AgentcorePolicyEngine": SETTING,
    "bedrock/agentcoreRegistry:AgentcoreRegistry": C("a registry of agent descriptions"),
    "bedrock/agentcoreResourcePolicy:AgentcoreResourcePolicy": SETTING,
    "bedrock/agentcoreTokenVaultCmk:AgentcoreTokenVaultCmk": SETTING,
    "bedrock/agentcoreWorkloadIdentity:AgentcoreWorkloadIdentity": ACCESS,
    "bedrock/customModel:CustomModel": D("storage", "a model customised on the customer's training data"),
    "bedrock/guardrail:Guardrail": SETTING,
    "bedrock/guardrailVersion:GuardrailVersion": SETTING,
    "bedrock/useCaseForModelAccess:UseCaseForModelAccess": BILLING,
  }),
  "bedrockfoundation/": rule(BILLING),
  "bedrockmodel/": rule(P("batch inference over customer records"), {
    "bedrockmodel/invocationLoggingConfiguration:InvocationLoggingConfiguration": C(
      "says where invocation logs go; the log holders are judged themselves",
    ),
  }),
  "billing/": rule(BILLING),
  "budgets/": rule(BILLING),
  "cfg/": rule(C("AWS Config rules, recorders and aggregators: resource configuration, no customer data")),
  "chatbot/": rule(C("chat channel configurations for notifications")),
  "chime/": rule(P("Chime SDK voice connectors and SIP media applications carry calls"), {
    "chime/sdkvoiceGlobalSettings:SdkvoiceGlobalSettings": BILLING,
    "chime/voiceConnectorLogging:VoiceConnectorLogging": SETTING,
    "chime/voiceConnectorTerminationCredentials:VoiceConnectorTerminationCredentials": SETTING,
    "chime/sdkvoiceVoiceProfileDomain:SdkvoiceVoiceProfileDomain": D(
      "database",
      "holds voice profiles (voiceprints, biometric data)",
    ),
  }),
  "chimesdkmediapipelines/": rule(P("media insights pipelines analyse call audio")),
  "cleanrooms/": rule(P("Clean Rooms run queries over tables shared between parties")),
  "cloud9/": rule(C("Cloud9 environment memberships"), {
    "cloud9/environmentEC2:EnvironmentEC2": COMPUTE,
  }),
  // Cloud Control manages a resource of any CloudFormation type: what it holds cannot be told
  // from the token.
  "cloudcontrol/": rule(
    P("a resource of any CloudFormation type: what it holds cannot be read from the token"),
  ),
  "cloudformation/": rule(C("CloudFormation stacks and types deploy other resources")),
  "cloudfront/": rule(L("CloudFront is a global CDN: distributions, policies and functions have no region"), {
    // A KeyValueStore is read by CloudFront Functions at every edge location (AWS CloudFront
    // Developer Guide, "Amazon CloudFront KeyValueStore"): data with no region of its own.
    "cloudfront/keyValueStore:KeyValueStore": D(
      "database",
      "a key-value store replicated to every edge location worldwide",
    ),
    "cloudfront/keyvaluestoreKey:KeyvaluestoreKey": D(
      "database",
      "an entry of a key-value store replicated worldwide",
    ),
    "cloudfront/keyvaluestoreKeysExclusive:KeyvaluestoreKeysExclusive": D(
      "database",
      "the entries of a key-value store replicated worldwide",
    ),
  }),
  "cloudhsmv2/": rule(D("key", "CloudHSM clusters and HSMs hold keys")),
  "cloudsearch/": rule(D("database", "a search domain indexes customer documents"), {
    "cloudsearch/domainServiceAccessPolicy:DomainServiceAccessPolicy": SETTING,
  }),
  "cloudtrail/": rule(D("log", "CloudTrail trails and event data stores hold activity logs"), {
    "cloudtrail/organizationDelegatedAdminAccount:OrganizationDelegatedAdminAccount": ACCESS,
  }),
  "cloudwatch/": rule(
    C("alarms, dashboards, metric streams, rules and log settings: monitoring configuration"),
    {
      "cloudwatch/logGroup:LogGroup": D("log", "a log group stores log events"),
      "cloudwatch/logStream:LogStream": D("log", "a log stream stores log events"),
      "cloudwatch/eventBus:EventBus": D("queue", "an event bus carries customer events"),
      "cloudwatch/eventArchive:EventArchive": D("queue", "an archive keeps the events of a bus for replay"),
      "cloudwatch/eventConnection:EventConnection": D("secret", "keeps API credentials (in Secrets Manager)"),
    },
  ),
  "codeartifact/": rule(D("storage", "a package registry stores packages"), {
    "codeartifact/domainPermissions:DomainPermissions": SETTING,
    "codeartifact/repositoryPermissionsPolicy:RepositoryPermissionsPolicy": SETTING,
  }),
  "codebuild/": rule(COMPUTE, {
    "codebuild/reportGroup:ReportGroup": D("log", "keeps test and coverage reports"),
    "codebuild/resourcePolicy:ResourcePolicy": SETTING,
    "codebuild/sourceCredential:SourceCredential": D("secret", "keeps a source provider's token"),
    "codebuild/webhook:Webhook": SETTING,
  }),
  "codecatalyst/": rule(C("CodeCatalyst projects"), {
    "codecatalyst/devEnvironment:DevEnvironment": COMPUTE,
    "codecatalyst/sourceRepository:SourceRepository": D("storage", "a source repository"),
  }),
  "codecommit/": rule(C("approval rules and triggers"), {
    "codecommit/repository:Repository": D("storage", "a Git repository"),
  }),
  "codeconnections/": rule(C("connections to external source providers")),
  "codedeploy/": rule(C("deployment configuration")),
  "codeguruprofiler/": rule(D("log", "a profiling group stores profiles of a running application")),
  "codegurureviewer/": rule(P("reviews the code of an associated repository")),
  "codepipeline/": rule(C("custom actions and webhooks"), {
    "codepipeline/pipeline:Pipeline": P("runs release pipelines over source and artifacts"),
  }),
  "codestarconnections/": rule(C("connections to external source providers")),
  "codestarnotifications/": rule(C("notification rules")),
  "cognito/": rule(C("user pool clients, domains, identity providers and branding"), {
    "cognito/userPool:UserPool": DIRECTORY,
    "cognito/user:User": DIRECTORY,
    "cognito/userInGroup:UserInGroup": DIRECTORY,
    "cognito/identityPool:IdentityPool": D("database", "an identity pool keeps the identities of its users"),
  }),
  "comprehend/": rule(D("storage", "custom Comprehend models trained on the customer's documents")),
  "computeoptimizer/": rule(BILLING),
  "connect/": rule(C("Amazon Connect flows, queues, routing and users: contact-centre configuration"), {
    "connect/instance:Instance": D(
      "database",
      "a Connect instance keeps contact records, transcripts and customer profiles",
    ),
  }),
  "controltower/": rule(L("Control Tower landing zones and controls: organisation-wide")),
  "costexplorer/": rule(BILLING),
  "costoptimizationhub/": rule(BILLING),
  "cur/": rule(BILLING),
  "customerprofiles/": rule(D("database", "Customer Profiles keep customers' personal records")),
  "dataexchange/": rule(D("storage", "Data Exchange data sets and revisions hold the shared data"), {
    "dataexchange/eventAction:EventAction": C("exports revisions on events (to S3)"),
  }),
  "datapipeline/": rule(P("Data Pipeline moves and transforms data")),
  "datasync/": rule(C("a DataSync location points at storage; the storage is judged itself"), {
    "datasync/agent:Agent": P("a DataSync agent reads and transfers data"),
    "datasync/task:Task": P("a DataSync task copies data between locations"),
  }),
  "datazone/": rule(
    C("DataZone domains, projects and glossaries: business metadata about data, not the data"),
  ),
  "dax/": rule(D("cache", "a DAX cluster caches DynamoDB items"), {
    "dax/parameterGroup:ParameterGroup": SETTING,
    "dax/subnetGroup:SubnetGroup": NETWORK,
  }),
  "detective/": rule(C("Detective membership and organisation settings"), {
    "detective/graph:Graph": D("log", "a behaviour graph stores logs it ingests (CloudTrail, VPC flow logs)"),
  }),
  "devicefarm/": rule(C("Device Farm pools and profiles"), {
    "devicefarm/project:Project": P("runs tests of the customer's applications"),
    "devicefarm/testGridProject:TestGridProject": P("runs browser tests"),
    "devicefarm/upload:Upload": D("storage", "an uploaded application or test package"),
  }),
  "devopsguru/": rule(C("DevOps Guru settings")),
  "directconnect/": rule(NETWORK),
  "directoryservice/": rule(C("directory trusts, forwarders and settings"), {
    "directoryservice/directory:Directory": DIRECTORY,
    "directoryservice/serviceRegion:ServiceRegion": D(
      "database",
      "replicates a directory into another region",
    ),
  }),
  // A lifecycle policy takes snapshots and copies them to other Regions (cross-Region copy rules):
  // it moves data, so it processes it.
  "dlm/": rule(P("a lifecycle policy snapshots volumes and copies the snapshots across Regions")),
  "dms/": rule(C("DMS endpoints, certificates and settings"), {
    "dms/replicationInstance:ReplicationInstance": P("migrates data between databases"),
    "dms/replicationTask:ReplicationTask": P("migrates data between databases"),
    "dms/replicationConfig:ReplicationConfig": P("serverless replication between databases"),
  }),
  "docdb/": rule(D("database", "DocumentDB clusters and instances hold documents"), {
    "docdb/clusterParameterGroup:ClusterParameterGroup": SETTING,
    "docdb/clusterSnapshot:ClusterSnapshot": SNAPSHOT,
    "docdb/eventSubscription:EventSubscription": SETTING,
    "docdb/subnetGroup:SubnetGroup": NETWORK,
  }),
  "drs/": rule(C("an Elastic Disaster Recovery replication template: settings")),
  "dsql/": rule(D("database", "Aurora DSQL clusters hold relational data"), {
    "dsql/clusterPolicy:ClusterPolicy": SETTING,
    "dsql/clusterPeering:ClusterPeering": C(
      "peers multi-region clusters; the clusters are judged themselves",
    ),
  }),
  "dynamodb/": rule(D("database", "DynamoDB tables, indexes, items and replicas hold records"), {
    "dynamodb/contributorInsights:ContributorInsights": SETTING,
    "dynamodb/kinesisStreamingDestination:KinesisStreamingDestination": C(
      "streams changes to a Kinesis stream; the stream is judged itself",
    ),
    "dynamodb/resourcePolicy:ResourcePolicy": SETTING,
    "dynamodb/tableExport:TableExport": P("exports a table to S3"),
    "dynamodb/tag:Tag": SETTING,
  }),
  "ebs/": rule(D("storage", "EBS volumes hold block storage"), {
    "ebs/defaultKmsKey:DefaultKmsKey": SETTING,
    "ebs/encryptionByDefault:EncryptionByDefault": SETTING,
    "ebs/fastSnapshotRestore:FastSnapshotRestore": SETTING,
    "ebs/snapshot:Snapshot": SNAPSHOT,
    "ebs/snapshotBlockPublicAccess:SnapshotBlockPublicAccess": SETTING,
    "ebs/snapshotCopy:SnapshotCopy": SNAPSHOT,
    "ebs/snapshotImport:SnapshotImport": SNAPSHOT,
  }),
  "ec2/": rule(C("EC2 networking, addresses, launch templates and settings"), {
    "ec2/instance:Instance": COMPUTE,
    "ec2/spotInstanceRequest:SpotInstanceRequest": COMPUTE,
    "ec2/spotFleetRequest:SpotFleetRequest": COMPUTE,
    "ec2/fleet:Fleet": COMPUTE,
    "ec2/ami:Ami": D("backup", "an AMI is a set of disk snapshots"),
    "ec2/amiCopy:AmiCopy": D("backup", "a copy of an AMI's disk snapshots"),
    "ec2/amiFromInstance:AmiFromInstance": D("backup", "an AMI of an instance's disks"),
    "ec2/trafficMirrorSession:TrafficMirrorSession": P("copies an interface's packets to a target"),
  }),
  "ec2clientvpn/": rule(NETWORK),
  "ec2transitgateway/": rule(NETWORK),
  "ecr/": rule(SETTING, {
    "ecr/repository:Repository": D("storage", "a container image repository"),
  }),
  "ecrpublic/": rule(SETTING, {
    "ecrpublic/repository:Repository": D("storage", "a public container image repository"),
  }),
  "ecs/": rule(C("ECS task definitions, capacity providers and settings"), {
    "ecs/cluster:Cluster": P("an ECS cluster runs containers"),
    "ecs/service:Service": P("runs containers"),
    "ecs/taskSet:TaskSet": P("runs containers"),
    "ecs/daemon:Daemon": P("runs containers on every instance"),
    "ecs/expressGatewayService:ExpressGatewayService": P("runs containers"),
  }),
  "efs/": rule(D("storage", "EFS file systems and their replicas hold files"), {
    "efs/accessPoint:AccessPoint": SETTING,
    "efs/backupPolicy:BackupPolicy": SETTING,
    "efs/fileSystemPolicy:FileSystemPolicy": SETTING,
    "efs/mountTarget:MountTarget": NETWORK,
  }),
  "eks/": rule(C("EKS add-ons, access entries and identity settings"), {
    "eks/cluster:Cluster": P("a Kubernetes cluster runs containers"),
    "eks/nodeGroup:NodeGroup": COMPUTE,
    "eks/fargateProfile:FargateProfile": P("runs pods on Fargate"),
  }),
  "elasticache/": rule(D("cache", "ElastiCache clusters cache customer data"), {
    "elasticache/parameterGroup:ParameterGroup": SETTING,
    "elasticache/reservedCacheNode:ReservedCacheNode": BILLING,
    "elasticache/subnetGroup:SubnetGroup": NETWORK,
    "elasticache/user:User": SETTING,
    "elasticache/userGroup:UserGroup": SETTING,
    "elasticache/userGroupAssociation:UserGroupAssociation": SETTING,
  }),
  "elasticbeanstalk/": rule(C("Beanstalk applications, versions and templates"), {
    "elasticbeanstalk/environment:Environment": COMPUTE,
  }),
  "elasticsearch/": rule(D("database", "an Elasticsearch domain indexes documents"), {
    "elasticsearch/domainPolicy:DomainPolicy": SETTING,
    "elasticsearch/domainSamlOptions:DomainSamlOptions": SETTING,
    "elasticsearch/vpcEndpoint:VpcEndpoint": NETWORK,
  }),
  "elastictranscoder/": rule(C("transcoding presets"), {
    "elastictranscoder/pipeline:Pipeline": P("transcodes media files"),
  }),
  "elb/": rule(NETWORK),
  "emr/": rule(P("EMR clusters run data processing"), {
    "emr/blockPublicAccessConfiguration:BlockPublicAccessConfiguration": SETTING,
    "emr/managedScalingPolicy:ManagedScalingPolicy": SETTING,
    "emr/securityConfiguration:SecurityConfiguration": SETTING,
    "emr/studioSessionMapping:StudioSessionMapping": SETTING,
  }),
  "emrcontainers/": rule(P("EMR on EKS runs data processing"), {
    "emrcontainers/jobTemplate:JobTemplate": SETTING,
  }),
  "emrserverless/": rule(P("EMR Serverless runs data processing")),
  "evidently/": rule(C("feature flags and launches")),
  "finspace/": rule(D("database", "FinSpace kdb databases, views and volumes hold financial data"), {
    "finspace/kxVolume:KxVolume": D("storage", "a kdb volume holds database files"),
    "finspace/kxCluster:KxCluster": COMPUTE,
    "finspace/kxScalingGroup:KxScalingGroup": COMPUTE,
    "finspace/kxEnvironment:KxEnvironment": C("a FinSpace environment groups databases and clusters"),
    "finspace/kxUser:KxUser": ACCESS,
  }),
  "fis/": rule(C("fault injection experiments")),
  "fms/": rule(C("Firewall Manager policies")),
  "fsx/": rule(D("storage", "FSx file systems, volumes and caches hold files"), {
    "fsx/backup:Backup": SNAPSHOT,
    "fsx/openZfsSnapshot:OpenZfsSnapshot": SNAPSHOT,
    "fsx/dataRepositoryAssociation:DataRepositoryAssociation": C("links a file system to an S3 path"),
    "fsx/s3AccessPointAttachment:S3AccessPointAttachment": SETTING,
    "fsx/fileCache:FileCache": D("cache", "an FSx file cache"),
  }),
  "gamelift/": rule(C("GameLift builds, scripts, aliases and queues"), {
    "gamelift/fleet:Fleet": COMPUTE,
    "gamelift/gameServerGroup:GameServerGroup": COMPUTE,
  }),
  "glacier/": rule(D("backup", "a Glacier vault holds archives"), {
    "glacier/vaultLock:VaultLock": SETTING,
  }),
  "globalaccelerator/": rule(L("Global Accelerator is global anycast networking")),
  // Glue: the Data Catalog keeps schemas and partition values (issue 12 lists Glue among the
  // analytics holders); jobs and crawlers process.
  "glue/": rule(C("Glue classifiers, rulesets, schemas, triggers and settings"), {
    "glue/catalog:Catalog": D("database", "a Data Catalog: table schemas and partition values"),
    "glue/catalogDatabase:CatalogDatabase": D("database", "a Data Catalog database"),
    "glue/catalogTable:CatalogTable": D("database", "a Data Catalog table"),
    "glue/partition:Partition": D("database", "a Data Catalog partition (its values)"),
    "glue/connection:Connection": D("secret", "keeps JDBC or API credentials"),
    "glue/crawler:Crawler": P("crawls data stores"),
    "glue/devEndpoint:DevEndpoint": COMPUTE,
    "glue/job:Job": P("an ETL job"),
    "glue/mLTransform:MLTransform": P("a machine-learning transform over records"),
  }),
  "grafana/": rule(C("Grafana workspace settings and accounts"), {
    "grafana/workspace:Workspace": P("a Grafana workspace queries and renders data sources"),
  }),
  "guardduty/": rule(C("GuardDuty filters, members and settings"), {
    "guardduty/detector:Detector": P("analyses logs and events"),
    "guardduty/malwareProtectionPlan:MalwareProtectionPlan": P("scans objects uploaded to a bucket"),
  }),
  "iam/": rule(ACCESS),
  "identitystore/": rule(DIRECTORY),
  "imagebuilder/": rule(C("Image Builder recipes and settings"), {
    "imagebuilder/image:Image": COMPUTE,
    "imagebuilder/imagePipeline:ImagePipeline": COMPUTE,
  }),
  "inspector/": rule(C("vulnerability assessment settings")),
  "inspector2/": rule(C("vulnerability scanning settings")),
  "invoicing/": rule(BILLING),
  "iot/": rule(C("IoT things, certificates, policies and settings"), {
    "iot/topicRule:TopicRule": P("routes device messages to other services"),
  }),
  "ivs/": rule(C("IVS keys and recording settings"), {
    "ivs/channel:Channel": P("a live video channel"),
  }),
  "ivschat/": rule(C("chat logging settings"), {
    "ivschat/room:Room": P("relays chat messages"),
  }),
  "kendra/": rule(C("Kendra experiences, thesauri and block lists"), {
    "kendra/index:Index": D("database", "a search index of customer documents"),
    "kendra/dataSource:DataSource": P("crawls documents into an index"),
    "kendra/faq:Faq": D("storage", "FAQ documents"),
  }),
  "keyspaces/": rule(D("database", "Keyspaces (Cassandra) keyspaces and tables")),
  "kinesis/": rule(D("queue", "Kinesis streams carry records"), {
    "kinesis/accountSettings:AccountSettings": SETTING,
    "kinesis/analyticsApplication:AnalyticsApplication": P("runs SQL over streams"),
    "kinesis/resourcePolicy:ResourcePolicy": SETTING,
    "kinesis/streamConsumer:StreamConsumer": SETTING,
    "kinesis/videoStream:VideoStream": D("storage", "a video stream stores media"),
  }),
  "kinesisanalyticsv2/": rule(P("Managed Flink runs stream processing"), {
    "kinesisanalyticsv2/applicationSnapshot:ApplicationSnapshot": SNAPSHOT,
  }),
  "kms/": rule(D("key", "KMS keys"), {
    "kms/alias:Alias": SETTING,
    "kms/ciphertext:Ciphertext": C("a ciphertext computed with a key (kept in the stack's state)"),
    "kms/grant:Grant": SETTING,
    "kms/keyPolicy:KeyPolicy": SETTING,
  }),
  "lakeformation/": rule(C("Lake Formation permissions, tags and registrations: access control of a lake")),
  "lambda/": rule(C("Lambda aliases, permissions, layers and settings"), {
    "lambda/function:Function": P("a function processes its events"),
    "lambda/capacityProvider:CapacityProvider": COMPUTE,
    "lambda/eventSourceMapping:EventSourceMapping": P("reads records from a source and invokes a function"),
    "lambda/invocation:Invocation": P("invokes a function with an input"),
  }),
  "lambdamicrovms/": rule(COMPUTE, {
    "lambdamicrovms/image:Image": SETTING,
  }),
  "lb/": rule(NETWORK),
  "lex/": rule(C("Lex intents, slots, aliases and versions"), {
    "lex/bot:Bot": P("a conversational bot processes utterances"),
    "lex/v2modelsBot:V2modelsBot": P("a conversational bot processes utterances"),
  }),
  "licensemanager/": rule(C("licence configurations")),
  "lightsail/": rule(C("Lightsail networking, certificates and attachments"), {
    "lightsail/bucket:Bucket": D("storage", "an object storage bucket"),
    "lightsail/database:Database": D("database", "a managed database"),
    "lightsail/disk:Disk": D("storage", "a block storage disk"),
    "lightsail/instance:Instance": COMPUTE,
    "lightsail/containerService:ContainerService": P("runs containers"),
    "lightsail/distribution:Distribution": L("a CDN distribution: global"),
    "lightsail/domain:Domain": L("a DNS domain: global"),
    "lightsail/domainEntry:DomainEntry": L("a DNS record: global"),
  }),
  "location/": rule(C("Location Service maps"), {
    "location/geofenceCollection:GeofenceCollection": D("database", "stores geofences"),
    "location/tracker:Tracker": D("database", "stores device positions (location data about people)"),
    "location/trackerAssociation:TrackerAssociation": SETTING,
    "location/placeIndex:PlaceIndex": P("geocodes queries"),
    "location/routeCalculation:RouteCalculation": P("computes routes"),
  }),
  "m2/": rule(COMPUTE, {
    "m2/deployment:Deployment": SETTING,
  }),
  "macie/": rule(C("Macie identifiers and filters")),
  "macie2/": rule(C("Macie accounts and settings"), {
    "macie2/classificationJob:ClassificationJob": P("scans bucket contents for sensitive data"),
  }),
  "mailmanager/": rule(C("Mail Manager rule sets and traffic policies"), {
    "mailmanager/archive:Archive": D("storage", "an e-mail archive"),
    "mailmanager/ingressPoint:IngressPoint": P("receives e-mail"),
    "mailmanager/relay:Relay": P("relays e-mail"),
  }),
  "mediaconvert/": rule(P("a queue of media transcoding jobs")),
  "medialive/": rule(P("MediaLive channels encode live video"), {
    "medialive/inputSecurityGroup:InputSecurityGroup": NETWORK,
  }),
  "mediapackage/": rule(P("packages live video")),
  "mediapackagev2/": rule(P("packages live video")),
  "mediastore/": rule(D("storage", "a MediaStore container stores media objects"), {
    "mediastore/containerPolicy:ContainerPolicy": SETTING,
  }),
  "memorydb/": rule(D("cache", "MemoryDB clusters hold data in memory (durable)"), {
    "memorydb/acl:Acl": SETTING,
    "memorydb/parameterGroup:ParameterGroup": SETTING,
    "memorydb/snapshot:Snapshot": SNAPSHOT,
    "memorydb/subnetGroup:SubnetGroup": NETWORK,
    "memorydb/user:User": SETTING,
  }),
  "mq/": rule(D("queue", "an MQ broker holds messages"), {
    "mq/configuration:Configuration": SETTING,
  }),
  "msk/": rule(D("queue", "MSK (Kafka) clusters and topics hold records"), {
    "msk/channel:Channel": P("MSK Data Delivery: a channel reads a topic's records and writes them to S3"),
    "msk/clusterPolicy:ClusterPolicy": SETTING,
    "msk/configuration:Configuration": SETTING,
    "msk/replicator:Replicator": P("replicates topics between clusters"),
    "msk/scramSecretAssociation:ScramSecretAssociation": SETTING,
    "msk/singleScramSecretAssociation:SingleScramSecretAssociation": SETTING,
    "msk/vpcConnection:VpcConnection": NETWORK,
  }),
  "mskconnect/": rule(SETTING, {
    "mskconnect/connector:Connector": P("a Kafka Connect connector moves records"),
  }),
  "mwaa/": rule(P("a managed Airflow environment runs workflows")),
  "neptune/": rule(D("database", "Neptune clusters and instances hold graphs"), {
    "neptune/clusterEndpoint:ClusterEndpoint": NETWORK,
    "neptune/clusterParameterGroup:ClusterParameterGroup": SETTING,
    "neptune/clusterSnapshot:ClusterSnapshot": SNAPSHOT,
    "neptune/eventSubscription:EventSubscription": SETTING,
    "neptune/parameterGroup:ParameterGroup": SETTING,
    "neptune/subnetGroup:SubnetGroup": NETWORK,
  }),
  "neptunegraph/": rule(D("database", "a Neptune Analytics graph"), {
    "neptunegraph/privateGraphEndpoint:PrivateGraphEndpoint": NETWORK,
  }),
  "networkfirewall/": rule(NETWORK),
  "networkflowmonitor/": rule(C("network monitoring")),
  "networkmanager/": rule(NETWORK),
  "networkmonitor/": rule(C("network monitoring")),
  "notifications/": rule(L("User Notifications: global notification settings")),
  "oam/": rule(C("observability links and sinks between accounts")),
  "observabilityadmin/": rule(C("telemetry rules and settings"), {
    "observabilityadmin/telemetryPipeline:TelemetryPipeline": P("transforms telemetry"),
  }),
  "odb/": rule(D("database", "Oracle Database@AWS Exadata infrastructure and VM clusters host databases"), {
    "odb/iamRoleAssociation:IamRoleAssociation": ACCESS,
    "odb/network:Network": NETWORK,
    "odb/networkPeeringConnection:NetworkPeeringConnection": NETWORK,
  }),
  "opensearch/": rule(C("OpenSearch policies, packages, connections and endpoints"), {
    "opensearch/domain:Domain": D("database", "an OpenSearch domain indexes documents"),
    "opensearch/serverlessCollection:ServerlessCollection": D(
      "database",
      "a serverless collection indexes documents",
    ),
    "opensearch/application:Application": P("an OpenSearch UI application queries data sources"),
  }),
  "opensearchingest/": rule(SETTING, {
    "opensearchingest/pipeline:Pipeline": P("an ingestion pipeline transforms records"),
  }),
  "organizations/": rule(L("AWS Organizations: accounts, OUs and policies are global")),
  "outposts/": rule(C("Outposts capacity")),
  "paymentcryptography/": rule(D("key", "a payment cryptography key"), {
    "paymentcryptography/keyAlias:KeyAlias": SETTING,
  }),
  "pinpoint/": rule(C("Pinpoint channels, templates and SMS settings"), {
    "pinpoint/app:App": D("database", "a Pinpoint project keeps endpoints and user attributes"),
    "pinpoint/smsvoicev2OptOutList:Smsvoicev2OptOutList": D("database", "keeps opted-out phone numbers"),
  }),
  "pipes/": rule(P("a pipe moves and enriches events")),
  "qbusiness/": rule(
    D("database", "a Q Business application indexes enterprise content and keeps conversations"),
  ),
  "qldb/": rule(D("database", "a QLDB ledger"), {
    "qldb/stream:Stream": P("streams a ledger's journal to Kinesis"),
  }),
  "quicksight/": rule(C("QuickSight analyses, dashboards, users and settings"), {
    "quicksight/dataSet:DataSet": D("database", "a data set (SPICE keeps an imported copy)"),
    "quicksight/ingestion:Ingestion": P("imports a data set into SPICE"),
  }),
  "ram/": rule(ACCESS),
  "rbin/": rule(C("a Recycle Bin retention rule")),
  "rds/": rule(D("database", "RDS instances, clusters and shard groups hold relational data"), {
    "rds/certificate:Certificate": SETTING,
    "rds/clusterActivityStream:ClusterActivityStream": C(
      "streams database activity to Kinesis; the stream is judged itself",
    ),
    "rds/clusterEndpoint:ClusterEndpoint": NETWORK,
    "rds/clusterParameterGroup:ClusterParameterGroup": SETTING,
    "rds/clusterRoleAssociation:ClusterRoleAssociation": SETTING,
    "rds/clusterSnapshot:ClusterSnapshot": SNAPSHOT,
    "rds/clusterSnapshotCopy:ClusterSnapshotCopy": SNAPSHOT,
    "rds/customDbEngineVersion:CustomDbEngineVersion": SETTING,
    "rds/eventSubscription:EventSubscription": SETTING,
    "rds/exportTask:ExportTask": P("exports a snapshot to S3"),
    "rds/instanceAutomatedBackupsReplication:InstanceAutomatedBackupsReplication": D(
      "backup",
      "automated backups replicated into another region",
    ),
    "rds/instanceDesiredState:InstanceDesiredState": SETTING,
    "rds/integration:Integration": P("a zero-ETL integration copies data into a warehouse"),
    "rds/optionGroup:OptionGroup": SETTING,
    "rds/parameterGroup:ParameterGroup": SETTING,
    "rds/proxy:Proxy": P("a database proxy relays queries"),
    "rds/proxyDefaultTargetGroup:ProxyDefaultTargetGroup": SETTING,
    "rds/proxyEndpoint:ProxyEndpoint": NETWORK,
    "rds/proxyTarget:ProxyTarget": SETTING,
    "rds/reservedInstance:ReservedInstance": BILLING,
    "rds/roleAssociation:RoleAssociation": SETTING,
    "rds/snapshot:Snapshot": SNAPSHOT,
    "rds/snapshotCopy:SnapshotCopy": SNAPSHOT,
    "rds/subnetGroup:SubnetGroup": NETWORK,
  }),
  "redshift/": rule(C("Redshift settings, schedules, data-share grants and endpoints"), {
    "redshift/cluster:Cluster": D("database", "a Redshift cluster is a data warehouse"),
    "redshift/clusterSnapshot:ClusterSnapshot": SNAPSHOT,
    "redshift/integration:Integration": P("a zero-ETL integration copies data into the warehouse"),
  }),
  "redshiftdata/": rule(P("runs a SQL statement")),
  "redshiftserverless/": rule(C("Redshift Serverless endpoints, policies and limits"), {
    "redshiftserverless/namespace:Namespace": D("database", "a namespace holds the warehouse's data"),
    "redshiftserverless/snapshot:Snapshot": SNAPSHOT,
    "redshiftserverless/workgroup:Workgroup": P("a workgroup runs queries"),
  }),
  "rekognition/": rule(P("a stream processor analyses video"), {
    "rekognition/collection:Collection": D(
      "database",
      "a face collection holds face vectors (biometric data)",
    ),
    "rekognition/project:Project": D(
      "storage",
      "a Custom Labels project holds training data sets and models",
    ),
  }),
  "resiliencehub/": rule(C("resilience policies and assessments")),
  "resourceexplorer/": rule(C("resource search indexes of resource metadata")),
  "resourcegroups/": rule(C("resource groups")),
  "rolesanywhere/": rule(ACCESS),
  "route53/": rule(L("Route 53 DNS zones, records and health checks are global")),
  "route53/resolver": rule(NETWORK),
  "route53/profiles": rule(NETWORK),
  "route53domains/": rule(L("domain registrations are global")),
  "route53recoverycontrol/": rule(L("Route 53 ARC routing controls are global")),
  "route53recoveryreadiness/": rule(L("Route 53 ARC readiness checks are global")),
  "rum/": rule(C("RUM metric destinations"), {
    "rum/appMonitor:AppMonitor": D("log", "collects real-user sessions and events from browsers"),
  }),
  "s3/": rule(C("S3 access points, inventories and analytics settings"), {
    "s3/objectCopy:ObjectCopy": D("storage", "a copy of an object"),
    "s3/directoryBucket:DirectoryBucket": D("storage", "a directory bucket"),
    "s3/filesFileSystem:FilesFileSystem": D("storage", "an S3 Files file system"),
    "s3/vectorsVectorBucket:VectorsVectorBucket": D("database", "a vector bucket holds embeddings"),
    "s3/vectorsIndex:VectorsIndex": D("database", "a vector index holds embeddings"),
  }),
  // `s3/bucket…` is a bucket's side configuration (versioning, encryption, replication, lock…),
  // except the buckets themselves.
  "s3/bucket": rule(C("a bucket's side configuration: judged with its bucket's tags"), {
    "s3/bucket:Bucket": D("storage", "an S3 bucket"),
    "s3/bucketV2:BucketV2": D("storage", "an S3 bucket (deprecated token)"),
    "s3/bucketObject:BucketObject": D("storage", "an object in a bucket"),
    "s3/bucketObjectv2:BucketObjectv2": D("storage", "an object in a bucket"),
  }),
  "s3control/": rule(C("S3 access grants, access point policies and Storage Lens"), {
    "s3control/bucket:Bucket": D("storage", "an S3 on Outposts bucket"),
    "s3control/objectLambdaAccessPoint:ObjectLambdaAccessPoint": P(
      "transforms objects with a function as they are read",
    ),
  }),
  "s3outposts/": rule(NETWORK),
  "s3tables/": rule(D("database", "table buckets, namespaces and tables hold tabular data"), {
    "s3tables/tableBucketPolicy:TableBucketPolicy": SETTING,
    "s3tables/tablePolicy:TablePolicy": SETTING,
    "s3tables/tableBucketReplication:TableBucketReplication": C(
      "replication settings; the destination is judged itself",
    ),
    "s3tables/tableReplication:TableReplication": C("replication settings; the destination is judged itself"),
  }),
  // SageMaker: jobs, endpoints, notebooks and apps process; the feature store, Studio domains
  // (home directories on EFS) and MLflow tracking servers keep data.
  "sagemaker/": rule(P("SageMaker jobs, endpoints, notebooks and apps process data (training, inference)"), {
    "sagemaker/notebookInstance:NotebookInstance": D(
      "storage",
      "a notebook instance keeps notebooks and data on its ML storage volume",
    ),
    "sagemaker/algorithm:Algorithm": SETTING,
    "sagemaker/appImageConfig:AppImageConfig": SETTING,
    "sagemaker/codeRepository:CodeRepository": SETTING,
    "sagemaker/dataQualityJobDefinition:DataQualityJobDefinition": SETTING,
    "sagemaker/device:Device": SETTING,
    "sagemaker/deviceFleet:DeviceFleet": SETTING,
    "sagemaker/domain:Domain": D("storage", "a Studio domain keeps users' home directories (EFS)"),
    "sagemaker/endpointConfiguration:EndpointConfiguration": P(
      "an endpoint configuration: its variants run inference and its data capture copies requests",
    ),
    "sagemaker/featureGroup:FeatureGroup": D(
      "database",
      "a feature group stores feature records (online and offline store)",
    ),
    "sagemaker/flowDefinition:FlowDefinition": SETTING,
    "sagemaker/hub:Hub": SETTING,
    "sagemaker/hubContentReference:HubContentReference": SETTING,
    "sagemaker/humanTaskUI:HumanTaskUI": SETTING,
    "sagemaker/image:Image": SETTING,
    "sagemaker/imageVersion:ImageVersion": SETTING,
    "sagemaker/mlflowTrackingServer:MlflowTrackingServer": D(
      "database",
      "an MLflow tracking server keeps runs, metrics and artifacts",
    ),
    "sagemaker/modelCard:ModelCard": SETTING,
    "sagemaker/modelPackageGroup:ModelPackageGroup": SETTING,
    "sagemaker/modelPackageGroupPolicy:ModelPackageGroupPolicy": SETTING,
    "sagemaker/project:Project": SETTING,
    "sagemaker/servicecatalogPortfolioStatus:ServicecatalogPortfolioStatus": SETTING,
    "sagemaker/studioLifecycleConfig:StudioLifecycleConfig": SETTING,
    "sagemaker/notebookInstanceLifecycleConfiguration:NotebookInstanceLifecycleConfiguration": SETTING,
    "sagemaker/userProfile:UserProfile": SETTING,
    "sagemaker/workforce:Workforce": SETTING,
    "sagemaker/workteam:Workteam": SETTING,
  }),
  "savingsplans/": rule(BILLING),
  "scheduler/": rule(C("EventBridge schedules invoke targets")),
  "schemas/": rule(C("event schema registries")),
  "secretsmanager/": rule(D("secret", "Secrets Manager secrets"), {
    "secretsmanager/secretPolicy:SecretPolicy": SETTING,
    "secretsmanager/secretRotation:SecretRotation": SETTING,
    "secretsmanager/tag:Tag": SETTING,
  }),
  "securityhub/": rule(C("Security Hub standards, findings aggregation and settings")),
  "securitylake/": rule(C("Security Lake sources and subscribers"), {
    "securitylake/dataLake:DataLake": D("log", "a security data lake stores logs and events"),
  }),
  "serverlessrepository/": rule(C("deploys an application from the Serverless Application Repository")),
  "servicecatalog/": rule(C("Service Catalog portfolios and products")),
  "servicediscovery/": rule(NETWORK),
  "servicequotas/": rule(C("service quotas")),
  "ses/": rule(C("SES identities, rules, templates and settings")),
  "sesv2/": rule(C("SES identities, configuration sets and settings"), {
    "sesv2/contactList:ContactList": D("database", "a contact list keeps e-mail addresses and preferences"),
  }),
  "sfn/": rule(C("Step Functions activities and aliases"), {
    "sfn/stateMachine:StateMachine": P("a state machine processes its executions' inputs"),
  }),
  "shield/": rule(L("Shield Advanced protections: global")),
  "signer/": rule(C("code signing profiles")),
  "sns/": rule(D("queue", "an SNS topic carries messages"), {
    "sns/dataProtectionPolicy:DataProtectionPolicy": SETTING,
    "sns/platformApplication:PlatformApplication": SETTING,
    "sns/smsPreferences:SmsPreferences": SETTING,
    "sns/topicPolicy:TopicPolicy": SETTING,
    "sns/topicSubscription:TopicSubscription": C("delivers a topic's messages to an endpoint"),
  }),
  "sqs/": rule(SETTING, {
    "sqs/queue:Queue": D("queue", "an SQS queue holds messages"),
  }),
  "ssm/": rule(C("Systems Manager documents, associations, patching and settings"), {
    "ssm/parameter:Parameter": D("secret", "a parameter (SecureString parameters hold secrets)"),
  }),
  "ssmcontacts/": rule(D("database", "incident contacts keep people's phone numbers and e-mail addresses"), {
    "ssmcontacts/plan:Plan": SETTING,
  }),
  "ssmincidents/": rule(C("incident response plans"), {
    // @pulumi/aws 7.48 ssmincidents ReplicationSet: deleting it deletes "incident records, contacts".
    "ssmincidents/replicationSet:ReplicationSet": D(
      "database",
      "a replication set keeps incident records in its regions",
    ),
  }),
  "ssoadmin/": rule(ACCESS),
  "storagegateway/": rule(C("Storage Gateway file shares, disks and settings"), {
    "storagegateway/gateway:Gateway": D("cache", "a gateway caches the data it moves to AWS"),
    "storagegateway/cachesIscsiVolume:CachesIscsiVolume": D("storage", "a cached volume stored in AWS"),
    "storagegateway/storedIscsiVolume:StoredIscsiVolume": D("storage", "a stored volume backed up to AWS"),
    "storagegateway/tapePool:TapePool": D("backup", "a tape pool archives virtual tapes"),
  }),
  // @pulumi/aws 7.48 swf DomainArgs `workflowExecutionRetentionPeriodInDays`: executions are kept.
  "swf/": rule(
    D("queue", "an SWF domain keeps workflow histories, inputs and results for its retention period"),
  ),
  "synthetics/": rule(C("canary groups"), {
    "synthetics/canary:Canary": P("runs scripted checks"),
  }),
  "timestreaminfluxdb/": rule(D("database", "InfluxDB instances and clusters hold time series")),
  "timestreamquery/": rule(P("runs a scheduled query")),
  "timestreamwrite/": rule(D("database", "Timestream databases and tables hold time series")),
  "transcribe/": rule(C("vocabularies and filters"), {
    "transcribe/languageModel:LanguageModel": D(
      "storage",
      "a custom language model trained on the customer's text",
    ),
  }),
  "transfer/": rule(C("Transfer Family users, keys, profiles and agreements"), {
    "transfer/server:Server": P("an SFTP/FTPS/AS2 server receives and serves files"),
    "transfer/connector:Connector": P("sends files to a remote server"),
    "transfer/webApp:WebApp": P("a web app serves files to users"),
    "transfer/workflow:Workflow": P("processes uploaded files"),
  }),
  "uxc/": rule(BILLING),
  "verifiedaccess/": rule(NETWORK),
  "verifiedpermissions/": rule(ACCESS),
  "vpc/": rule(NETWORK),
  "vpclattice/": rule(NETWORK),
  "waf/": rule(L("WAF Classic: global")),
  "wafregional/": rule(NETWORK),
  "wafv2/": rule(NETWORK),
  "workmail/": rule(C("WorkMail domains and groups"), {
    "workmail/organization:Organization": D("storage", "a WorkMail organisation keeps mailboxes"),
    "workmail/user:User": D("storage", "a user's mailbox"),
  }),
  "workspaces/": rule(C("WorkSpaces directories, IP groups and aliases"), {
    "workspaces/workspace:Workspace": D("storage", "a virtual desktop with a user volume"),
    "workspaces/pool:Pool": COMPUTE,
  }),
  "workspacesweb/": rule(C("WorkSpaces Web settings"), {
    "workspacesweb/portal:Portal": P("a secure browser portal"),
  }),
  "xray/": rule(C("X-Ray groups, sampling rules and settings")),
}));
