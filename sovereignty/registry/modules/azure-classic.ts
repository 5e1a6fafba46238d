// Every token of the classic @pulumi/azure 6.40 (the Terraform azurerm bridge, still common in
// real programs) classified by module (registry/types.ts `ModuleRule`), with the tokens of a
// module in another class as exceptions. Source: the SDK's module and resource docs (each
// resource's `.d.ts` header, which mirrors the azurerm provider's documentation). The classes
// follow the azure-native rules for the same Azure resource types (./azure-native.ts).
// test/registry/classification.test.ts fails on a token no rule covers and on a rule or
// exception that matches no token. Tokens declared in ../azure (the classic registry folder) are
// answered by their declaration; an exception that only kept a declared side resource (a geo-DR
// pairing) out of its module's class is gone with the declaration.
import {
  ACCESS,
  ARC,
  BILLING,
  C,
  COMPUTE,
  D,
  DIRECTORY,
  L,
  NETWORK,
  P,
  SECRET,
  SETTING,
  SNAPSHOT,
  moduleRules,
  rule,
} from "./rule";

export const azureClassicRules = moduleRules("@pulumi/azure", "azure", "azure", () => ({
  "aadb2c/": rule(DIRECTORY),
  "advisor/": rule(L("Advisor suppressions: subscription-wide")),
  "aifoundry/": rule(P("an AI Foundry project runs agents and inference"), {
    "aifoundry/hub:Hub": D(
      "storage",
      "an AI Foundry hub (an Azure ML workspace) keeps data assets and artifacts",
    ),
  }),
  "analysisservices/": rule(D("database", "an Analysis Services server holds tabular models and their data")),
  "apimanagement/": rule(C("API Management APIs, products, policies and settings"), {
    "apimanagement/service:Service": P("an API gateway proxies requests"),
    "apimanagement/gateway:Gateway": P("a self-hosted gateway proxies requests"),
    "apimanagement/standaloneGateway:StandaloneGateway": P("a gateway proxies requests"),
    "apimanagement/user:User": D("database", "a developer-portal user: name and e-mail address"),
  }),
  "appconfiguration/": rule(
    D("database", "App Configuration stores, keys and feature flags hold configuration data"),
  ),
  // `licationLoadBalancer…` is the SDK's (misspelt) Application Gateway for Containers.
  "appconfiguration/lication": rule(NETWORK),
  "appinsights/": rule(C("web tests, workbooks, detection rules and API keys"), {
    "appinsights/insights:Insights": D("log", "an Application Insights component stores telemetry"),
  }),
  "appplatform/": rule(C("Spring Apps settings, bindings, portals and APM integrations"), {
    "appplatform/springCloudService:SpringCloudService": COMPUTE,
    "appplatform/springCloudApp:SpringCloudApp": COMPUTE,
    "appplatform/springCloudJavaDeployment:SpringCloudJavaDeployment": COMPUTE,
    "appplatform/springCloudBuildDeployment:SpringCloudBuildDeployment": COMPUTE,
    "appplatform/springCloudContainerDeployment:SpringCloudContainerDeployment": COMPUTE,
  }),
  "appservice/": rule(C("App Service certificates, bindings, connections and source control"), {
    "appservice/appService:AppService": P("a web app"),
    "appservice/slot:Slot": P("a deployment slot of a web app"),
    "appservice/functionApp:FunctionApp": P("a function app"),
    "appservice/functionAppSlot:FunctionAppSlot": P("a function app slot"),
    "appservice/linuxFunctionApp:LinuxFunctionApp": P("a function app"),
    "appservice/linuxFunctionAppSlot:LinuxFunctionAppSlot": P("a function app slot"),
    "appservice/windowsFunctionApp:WindowsFunctionApp": P("a function app"),
    "appservice/windowsFunctionAppSlot:WindowsFunctionAppSlot": P("a function app slot"),
    "appservice/linuxWebApp:LinuxWebApp": P("a web app"),
    "appservice/linuxWebAppSlot:LinuxWebAppSlot": P("a web app slot"),
    "appservice/windowsWebApp:WindowsWebApp": P("a web app"),
    "appservice/windowsWebAppSlot:WindowsWebAppSlot": P("a web app slot"),
    "appservice/appFlexConsumption:AppFlexConsumption": P("a function app (Flex Consumption)"),
    "appservice/staticSite:StaticSite": P("a static web app (with its API functions)"),
    "appservice/staticWebApp:StaticWebApp": P("a static web app (with its API functions)"),
    "appservice/environmentV3:EnvironmentV3": COMPUTE,
    "appservice/plan:Plan": COMPUTE,
    "appservice/servicePlan:ServicePlan": COMPUTE,
    "appservice/sourceCodeToken:SourceCodeToken": SECRET,
    "appservice/sourceControlToken:SourceControlToken": SECRET,
  }),
  "arc/": rule(ARC),
  "arckubernetes/": rule(ARC),
  "arcmachine/": rule(ARC),
  "armmsi/": rule(ACCESS),
  "attestation/": rule(C("an attestation provider verifies platform evidence")),
  "authorization/": rule(ACCESS),
  "automanage/": rule(C("machine configuration profiles")),
  "automation/": rule(C("Automation runbooks, schedules, modules and settings"), {
    "automation/account:Account": P("runs runbooks"),
    "automation/hybridRunbookWorker:HybridRunbookWorker": P("runs runbooks"),
    "automation/credential:Credential": SECRET,
    "automation/certificate:Certificate": SECRET,
    "automation/boolVariable:BoolVariable": SECRET,
    "automation/dateTimeVariable:DateTimeVariable": SECRET,
    "automation/intVariable:IntVariable": SECRET,
    "automation/stringVariable:StringVariable": SECRET,
    "automation/variableObject:VariableObject": SECRET,
  }),
  "avs/": rule(NETWORK, {
    "avs/privateCloud:PrivateCloud": P("a VMware private cloud runs virtual machines"),
    "avs/cluster:Cluster": COMPUTE,
    "avs/netappVolumeAttachment:NetappVolumeAttachment": SETTING,
  }),
  "backup/": rule(C("backup protection and policies; the vault is judged itself")),
  "batch/": rule(SETTING, {
    "batch/account:Account": P("runs Batch jobs"),
    "batch/pool:Pool": COMPUTE,
    "batch/job:Job": P("a Batch job"),
  }),
  "billing/": rule(BILLING),
  "blueprint/": rule(ACCESS),
  "bot/": rule(C("bot channels and connections"), {
    "bot/serviceAzureBot:ServiceAzureBot": P("a bot processes conversations"),
    "bot/channelsRegistration:ChannelsRegistration": P("a bot processes conversations"),
    "bot/webApp:WebApp": P("a bot web app"),
    "bot/healthbot:Healthbot": P("a health bot processes patient conversations"),
  }),
  "cdn/": rule(L("CDN and Front Door profiles, endpoints and rules: global edge network")),
  "chaosstudio/": rule(C("chaos experiments")),
  "cognitive/": rule(C("AI Services connections, keys, RAI policies and block lists"), {
    "cognitive/account:Account": D(
      "storage",
      "an AI Services / OpenAI account keeps uploaded files, fine-tuning data and stored completions",
    ),
    "cognitive/aIServices:AIServices": D(
      "storage",
      "an AI Services / OpenAI account keeps uploaded files, fine-tuning data and stored completions",
    ),
    "cognitive/deployment:Deployment": P("a model deployment runs inference (its SKU decides where)"),
    "cognitive/accountProject:AccountProject": P("an AI Foundry project runs agents and inference"),
  }),
  "communication/": rule(C("e-mail domains and sender names"), {
    "communication/service:Service": P(
      "sends messages and carries calls (its data location is `dataLocation`)",
    ),
    "communication/emailService:EmailService": P("sends e-mail (its data location is `dataLocation`)"),
  }),
  "compute/": rule(C("VM settings, extensions, galleries, placement and capacity"), {
    "compute/virtualMachine:VirtualMachine": COMPUTE,
    "compute/linuxVirtualMachine:LinuxVirtualMachine": COMPUTE,
    "compute/windowsVirtualMachine:WindowsVirtualMachine": COMPUTE,
    "compute/scaleSet:ScaleSet": COMPUTE,
    "compute/linuxVirtualMachineScaleSet:LinuxVirtualMachineScaleSet": COMPUTE,
    "compute/windowsVirtualMachineScaleSet:WindowsVirtualMachineScaleSet": COMPUTE,
    "compute/orchestratedVirtualMachineScaleSet:OrchestratedVirtualMachineScaleSet": COMPUTE,
    "compute/scaleSetStandbyPool:ScaleSetStandbyPool": COMPUTE,
    "compute/managedDisk:ManagedDisk": D("storage", "a managed disk"),
    "compute/implicitDataDiskFromSource:ImplicitDataDiskFromSource": D(
      "storage",
      "a data disk copied from a source",
    ),
    "compute/snapshot:Snapshot": SNAPSHOT,
    "compute/image:Image": D("backup", "a managed image holds disk contents"),
    "compute/sharedImageVersion:SharedImageVersion": D(
      "backup",
      "an image version (disk contents) replicated to its target regions",
    ),
    "compute/restorePoint:RestorePoint": SNAPSHOT,
    "compute/restorePointCollection:RestorePointCollection": SNAPSHOT,
    "compute/packetCapture:PacketCapture": P("captures packets (customer traffic) into storage"),
    "compute/scaleSetPacketCapture:ScaleSetPacketCapture": P(
      "captures packets (customer traffic) into storage",
    ),
  }),
  "confidentialledger/": rule(D("database", "a confidential ledger holds records")),
  "connections/": rule(C("an API connection of a Logic App")),
  "consumption/": rule(BILLING),
  "containerapp/": rule(C("Container Apps settings, certificates and components"), {
    "containerapp/app:App": P("runs containers"),
    "containerapp/job:Job": P("runs containers"),
    "containerapp/environment:Environment": P("hosts container apps"),
  }),
  "containerservice/": rule(C("AKS and registry settings, fleets, tokens and webhooks"), {
    "containerservice/kubernetesCluster:KubernetesCluster": P("a Kubernetes cluster runs containers"),
    "containerservice/automaticCluster:AutomaticCluster": P("a Kubernetes cluster runs containers"),
    "containerservice/kubernetesClusterNodePool:KubernetesClusterNodePool": COMPUTE,
    "containerservice/group:Group": P("a container group runs containers"),
    "containerservice/registry:Registry": D("storage", "a container registry (and its geo-replicas)"),
    "containerservice/connectedRegistry:ConnectedRegistry": D(
      "storage",
      "a connected registry mirrors images on premises",
    ),
    "containerservice/registryAgentPool:RegistryAgentPool": COMPUTE,
    "containerservice/registryTask:RegistryTask": P("builds images"),
    "containerservice/registryTaskScheduleRunNow:RegistryTaskScheduleRunNow": P("runs a build task"),
  }),
  "core/": rule(C("resource groups, deployments and custom providers"), {
    "core/resourceDeploymentScriptAzureCli:ResourceDeploymentScriptAzureCli": P("runs a deployment script"),
    "core/resourceDeploymentScriptPowerShell:ResourceDeploymentScriptPowerShell":
      P("runs a deployment script"),
    "core/portalTenantConfiguration:PortalTenantConfiguration": ACCESS,
    "core/tenantTemplateDeployment:TenantTemplateDeployment": ACCESS,
  }),
  "core/subscription": rule(ACCESS),
  "core/resourceGroupCostManagement": rule(BILLING),
  "core/resourceGroupPolicy": rule(ACCESS),
  "core/resourcePolicy": rule(ACCESS),
  "core/resourceProvider": rule(ACCESS),
  "cosmosdb/": rule(
    D("database", "Cosmos DB accounts, databases, containers, keyspaces, graphs and clusters hold data"),
    {
      "cosmosdb/mongoRoleDefinition:MongoRoleDefinition": SETTING,
      "cosmosdb/mongoUserDefinition:MongoUserDefinition": SETTING,
      "cosmosdb/postgresqlCoordinatorConfiguration:PostgresqlCoordinatorConfiguration": SETTING,
      "cosmosdb/postgresqlFirewallRule:PostgresqlFirewallRule": NETWORK,
      "cosmosdb/postgresqlNodeConfiguration:PostgresqlNodeConfiguration": SETTING,
      "cosmosdb/postgresqlRole:PostgresqlRole": SETTING,
      "cosmosdb/sqlDedicatedGateway:SqlDedicatedGateway": P("a dedicated gateway caches and relays queries"),
      "cosmosdb/sqlFunction:SqlFunction": SETTING,
      "cosmosdb/sqlRoleAssignment:SqlRoleAssignment": SETTING,
      "cosmosdb/sqlRoleDefinition:SqlRoleDefinition": SETTING,
      "cosmosdb/sqlStoredProcedure:SqlStoredProcedure": SETTING,
      "cosmosdb/sqlTrigger:SqlTrigger": SETTING,
    },
  ),
  "costmanagement/": rule(BILLING),
  "customip/": rule(NETWORK),
  "dashboard/": rule(NETWORK, {
    "dashboard/grafana:Grafana": P("a Managed Grafana workspace queries and renders data sources"),
  }),
  "databasemigration/": rule(SETTING, {
    "databasemigration/service:Service": P("migrates data between databases"),
  }),
  "databoxedge/": rule(P("an edge appliance processes and tiers data")),
  "databricks/": rule(SETTING, {
    "databricks/workspace:Workspace": D(
      "storage",
      "a Databricks workspace keeps its root storage (DBFS) and notebooks",
    ),
  }),
  "datadog/": rule(C("Datadog monitors: an integration sending monitoring data to Datadog")),
  "datafactory/": rule(C("Data Factory datasets, linked services, triggers and data flows (definitions)"), {
    "datafactory/factory:Factory": P("Data Factory pipelines move and transform data"),
    "datafactory/integrationRuntimeRule:IntegrationRuntimeRule": P("runs data movement"),
    "datafactory/integrationRuntimeSelfHosted:IntegrationRuntimeSelfHosted": P("runs data movement"),
    "datafactory/integrationRuntimeSsis:IntegrationRuntimeSsis": P("runs SSIS packages"),
  }),
  "dataprotection/": rule(C("backup instances and policies; the vault is judged itself"), {
    "dataprotection/backupVault:BackupVault": D("backup", "a Backup vault holds recovery points"),
  }),
  "datashare/": rule(C("data sets name the shared data; its stores are judged themselves"), {
    "datashare/account:Account": P("Data Share copies shared data to consumers"),
    "datashare/share:Share": P("shares snapshots of data with other tenants"),
  }),
  "desktopvirtualization/": rule(C("Virtual Desktop application groups, workspaces and scaling plans"), {
    "desktopvirtualization/hostPool:HostPool": COMPUTE,
  }),
  "devcenter/": rule(C("Dev Center projects, catalogs and definitions"), {
    "devcenter/projectPool:ProjectPool": P("a pool of dev boxes"),
    "devcenter/managedDevOpsPool:ManagedDevOpsPool": P("a pool of DevOps build agents"),
  }),
  "devtest/": rule(C("DevTest Labs labs, policies and schedules"), {
    "devtest/linuxVirtualMachine:LinuxVirtualMachine": COMPUTE,
    "devtest/windowsVirtualMachine:WindowsVirtualMachine": COMPUTE,
  }),
  "digitaltwins/": rule(C("Digital Twins endpoints and connections"), {
    "digitaltwins/instance:Instance": D("database", "a Digital Twins instance holds its twin graph"),
  }),
  "dns/": rule(L("DNS zones and records are global")),
  "domainservices/": rule(DIRECTORY, {
    "domainservices/serviceTrust:ServiceTrust": SETTING,
  }),
  "dynatrace/": rule(C("Dynatrace monitors: an integration sending monitoring data to Dynatrace")),
  "elasticcloud/": rule(P("ships Azure logs and metrics to an Elastic Cloud deployment")),
  "elasticsan/": rule(D("storage", "Elastic SANs, volume groups and volumes hold block storage")),
  "eventgrid/": rule(D("queue", "Event Grid namespaces, topics and domains carry events"), {
    "eventgrid/eventSubscription:EventSubscription": C("delivers events to an endpoint"),
    "eventgrid/systemTopicEventSubscription:SystemTopicEventSubscription": C(
      "delivers events to an endpoint",
    ),
    "eventgrid/partnerConfiguration:PartnerConfiguration": SETTING,
    "eventgrid/partnerRegistration:PartnerRegistration": SETTING,
  }),
  // The classic eventhub module also carries Service Bus and Event Grid aliases.
  "eventhub/": rule(
    D("queue", "Event Hubs and Service Bus namespaces, hubs, queues, topics and subscriptions hold messages"),
    {
      "eventhub/authorizationRule:AuthorizationRule": SETTING,
      "eventhub/consumerGroup:ConsumerGroup": SETTING,
      "eventhub/eventHubAuthorizationRule:EventHubAuthorizationRule": SETTING,
      "eventhub/eventHubConsumerGroup:EventHubConsumerGroup": SETTING,
      "eventhub/eventHubNamespaceAuthorizationRule:EventHubNamespaceAuthorizationRule": SETTING,
      "eventhub/eventSubscription:EventSubscription": C("delivers events to an endpoint"),
      "eventhub/namespaceAuthorizationRule:NamespaceAuthorizationRule": SETTING,
      "eventhub/namespaceCustomerManagedKey:NamespaceCustomerManagedKey": SETTING,
      "eventhub/namespaceSchemaGroup:NamespaceSchemaGroup": SETTING,
      "eventhub/queueAuthorizationRule:QueueAuthorizationRule": SETTING,
      "eventhub/subscriptionRule:SubscriptionRule": SETTING,
      "eventhub/topicAuthorizationRule:TopicAuthorizationRule": SETTING,
    },
  ),
  "extendedlocation/": rule(ARC),
  "fabric/": rule(
    D("storage", "a Fabric capacity: its region is where its workspaces' OneLake data is stored"),
  ),
  "fluidrelay/": rule(D("database", "a Fluid Relay server keeps collaboration session data")),
  "frontdoor/": rule(L("Front Door (classic) and its WAF policies: global edge network")),
  "graph/": rule(BILLING),
  "hdinsight/": rule(P("an HDInsight cluster runs data processing")),
  "healthcare/": rule(C("Health Data Services workspaces and destinations"), {
    "healthcare/service:Service": D("database", "Azure API for FHIR holds health records"),
    "healthcare/fhirService:FhirService": D("database", "a FHIR service holds health records"),
    "healthcare/dicomService:DicomService": D("storage", "a DICOM service holds medical images"),
    "healthcare/medtechService:MedtechService": P("ingests device data into FHIR"),
  }),
  "hpc/": rule(SETTING, {
    "hpc/cache:Cache": D("cache", "an HPC cache"),
  }),
  "hsm/": rule(D("key", "a dedicated HSM holds keys")),
  "iot/": rule(C("IoT hub routes, endpoints, policies and DPS"), {
    "iot/ioTHub:IoTHub": D("queue", "an IoT hub holds device messages for their retention"),
  }),
  "iotcentral/": rule(SETTING, {
    "iotcentral/application:Application": D("database", "an IoT Central application stores device data"),
  }),
  "keyvault/": rule(D("key", "Key Vaults, managed HSMs, keys and certificates (with their private keys)"), {
    "keyvault/secret:Secret": D("secret", "a Key Vault secret"),
    "keyvault/accessPolicy:AccessPolicy": SETTING,
    "keyvault/certificateContacts:CertificateContacts": SETTING,
    "keyvault/certificateIssuer:CertificateIssuer": SETTING,
    "keyvault/managedHardwareSecurityModuleKeyRotationPolicy:ManagedHardwareSecurityModuleKeyRotationPolicy":
      SETTING,
    "keyvault/managedHardwareSecurityModuleRoleAssignment:ManagedHardwareSecurityModuleRoleAssignment":
      SETTING,
    "keyvault/managedHardwareSecurityModuleRoleDefinition:ManagedHardwareSecurityModuleRoleDefinition":
      SETTING,
    "keyvault/managedStorageAccount:ManagedStorageAccount": SETTING,
    "keyvault/managedStorageAccountSasTokenDefinition:ManagedStorageAccountSasTokenDefinition": SETTING,
  }),
  "kusto/": rule(C("Data Explorer connections, principals, keys and scripts"), {
    "kusto/cluster:Cluster": D("database", "a Data Explorer cluster"),
    "kusto/database:Database": D("database", "a Data Explorer database"),
  }),
  "lb/": rule(NETWORK),
  "lighthouse/": rule(ACCESS),
  "loadtest/": rule(P("runs load tests")),
  "loganalytics/": rule(C("Log Analytics data sources, exports, links and queries"), {
    "loganalytics/cluster:Cluster": D("log", "a dedicated cluster stores its workspaces' logs"),
    "loganalytics/workspaceTable:WorkspaceTable": D("log", "a table of a workspace"),
    "loganalytics/workspaceTableCustomLog:WorkspaceTableCustomLog": D(
      "log",
      "a custom log table of a workspace",
    ),
    "loganalytics/workspaceTableMicrosoft:WorkspaceTableMicrosoft": D("log", "a table of a workspace"),
  }),
  "logicapps/": rule(C("Logic App actions, triggers and integration account artifacts"), {
    "logicapps/workflow:Workflow": P("a Logic App workflow processes its runs' data"),
    "logicapps/standard:Standard": P("a Logic App (Standard) processes its runs' data"),
  }),
  "machinelearning/": rule(NETWORK, {
    "machinelearning/workspace:Workspace": D(
      "storage",
      "an Azure ML workspace keeps data assets, runs and artifacts",
    ),
    "machinelearning/computeCluster:ComputeCluster": COMPUTE,
    "machinelearning/computeInstance:ComputeInstance": COMPUTE,
    "machinelearning/inferenceCluster:InferenceCluster": P("serves model inference"),
    "machinelearning/synapseSpark:SynapseSpark": COMPUTE,
    "machinelearning/datastoreBlobstorage:DatastoreBlobstorage": C(
      "a datastore connects a workspace to storage; the storage is judged itself",
    ),
    "machinelearning/datastoreDatalakeGen2:DatastoreDatalakeGen2": C(
      "a datastore connects a workspace to storage; the storage is judged itself",
    ),
    "machinelearning/datastoreFileshare:DatastoreFileshare": C(
      "a datastore connects a workspace to storage; the storage is judged itself",
    ),
  }),
  "maintenance/": rule(C("maintenance configurations")),
  "managedapplication/": rule(C("managed applications and their definitions")),
  "managedlustre/": rule(D("storage", "a Managed Lustre file system")),
  "managedredis/": rule(D("cache", "an Azure Managed Redis cache"), {
    "managedredis/accessPolicyAssignment:AccessPolicyAssignment": SETTING,
    "managedredis/geoReplication:GeoReplication": C(
      "links caches for geo-replication; the caches are judged themselves",
    ),
  }),
  "management/": rule(ACCESS),
  "managementgroups/": rule(ACCESS),
  "managementresource/": rule(ACCESS),
  "maps/": rule(P("an Azure Maps account answers location queries"), {
    "maps/creator:Creator": D("storage", "Maps Creator keeps indoor map data"),
  }),
  "marketplace/": rule(BILLING),
  "mongocluster/": rule(SETTING, {
    "mongocluster/mongoCluster:MongoCluster": D("database", "an Azure DocumentDB (MongoDB vCore) cluster"),
  }),
  "monitoring/": rule(C("alerts, action groups, autoscale, diagnostic settings and data collection rules"), {
    "monitoring/workspace:Workspace": D("log", "an Azure Monitor workspace stores metrics"),
  }),
  "msi/": rule(ACCESS),
  "mssql/": rule(C("SQL settings: auditing, policies, firewall, failover groups and jobs"), {
    "mssql/server:Server": D("database", "a logical SQL server"),
    "mssql/database:Database": D("database", "a SQL database"),
    "mssql/elasticPool:ElasticPool": D("database", "an elastic pool holds databases"),
    "mssql/managedInstance:ManagedInstance": D("database", "a SQL managed instance"),
    "mssql/managedDatabase:ManagedDatabase": D("database", "a managed instance database"),
    "mssql/virtualMachine:VirtualMachine": D("database", "SQL Server on a virtual machine"),
    "mssql/jobAgent:JobAgent": P("runs T-SQL jobs"),
    "mssql/jobCredential:JobCredential": SECRET,
  }),
  "mysql/": rule(SETTING, {
    "mysql/flexibleServer:FlexibleServer": D("database", "a MySQL flexible server"),
    "mysql/flexibleDatabase:FlexibleDatabase": D("database", "a MySQL database"),
  }),
  "netapp/": rule(C("NetApp accounts, pools, policies and settings"), {
    "netapp/volume:Volume": D("storage", "a NetApp volume"),
    "netapp/volumeBucket:VolumeBucket": D("storage", "an object bucket on a NetApp volume"),
    "netapp/volumeBucketWithServer:VolumeBucketWithServer": D(
      "storage",
      "an object bucket on a NetApp volume",
    ),
    "netapp/volumeGroupOracle:VolumeGroupOracle": D("storage", "NetApp volumes for Oracle"),
    "netapp/volumeGroupSapHana:VolumeGroupSapHana": D("storage", "NetApp volumes for SAP HANA"),
    "netapp/snapshot:Snapshot": SNAPSHOT,
    "netapp/backupVault:BackupVault": D("backup", "a NetApp backup vault"),
  }),
  "network/": rule(NETWORK),
  "network/trafficManager": rule(L("Traffic Manager is DNS-based and global")),
  "networkfunction/": rule(NETWORK),
  "newrelic/": rule(C("New Relic monitors: an integration sending monitoring data to New Relic")),
  "nginx/": rule(SETTING, {
    "nginx/deployment:Deployment": P("an NGINX deployment proxies requests"),
  }),
  "notificationhub/": rule(SETTING, {
    "notificationhub/namespace:Namespace": P("sends push notifications"),
    "notificationhub/hub:Hub": D("database", "keeps device registrations (push handles, user tags)"),
  }),
  "operationalinsights/": rule(C("monitoring solutions and query packs"), {
    "operationalinsights/analyticsWorkspace:AnalyticsWorkspace": D(
      "log",
      "a Log Analytics workspace stores logs",
    ),
  }),
  "oracle/": rule(D("database", "Oracle Database@Azure databases, Exadata infrastructure and VM clusters"), {
    "oracle/autonomousDatabaseBackup:AutonomousDatabaseBackup": SNAPSHOT,
    "oracle/exascaleDatabaseStorageVault:ExascaleDatabaseStorageVault": D(
      "storage",
      "Exascale database storage",
    ),
    "oracle/resourceAnchor:ResourceAnchor": SETTING,
  }),
  "orbital/": rule(C("spacecraft and contact profiles"), {
    "orbital/contact:Contact": P("downlinks satellite data"),
  }),
  "paloalto/": rule(NETWORK),
  "pim/": rule(ACCESS),
  "policy/": rule(ACCESS, {
    "policy/virtualMachineConfigurationAssignment:VirtualMachineConfigurationAssignment": C(
      "a guest configuration assignment",
    ),
  }),
  "portal/": rule(L("portal dashboards")),
  "postgresql/": rule(SETTING, {
    "postgresql/server:Server": D("database", "a PostgreSQL single server"),
    "postgresql/database:Database": D("database", "a PostgreSQL database"),
    "postgresql/flexibleServer:FlexibleServer": D("database", "a PostgreSQL flexible server"),
    "postgresql/flexibleServerDatabase:FlexibleServerDatabase": D("database", "a PostgreSQL database"),
    "postgresql/flexibleServerBackup:FlexibleServerBackup": SNAPSHOT,
  }),
  "powerbi/": rule(P("a Power BI Embedded capacity")),
  "privatedns/": rule(L("private DNS zones and records are global")),
  "privatedns/resolver": rule(NETWORK),
  "privatedns/linkService": rule(NETWORK),
  "privatelink/": rule(NETWORK),
  "proximity/": rule(C("a proximity placement group")),
  "purview/": rule(C("a Purview account keeps a catalogue of metadata about data")),
  "qumulo/": rule(D("storage", "a Qumulo file system")),
  "recoveryservices/": rule(SETTING, {
    "recoveryservices/vault:Vault": D("backup", "a Recovery Services vault holds backups and replicas"),
  }),
  "redhatopenshift/": rule(P("an OpenShift cluster runs containers")),
  "redis/": rule(SETTING, {
    "redis/cache:Cache": D("cache", "an Azure Cache for Redis"),
    "redis/enterpriseCluster:EnterpriseCluster": D("cache", "a Redis Enterprise cluster"),
    "redis/enterpriseDatabase:EnterpriseDatabase": D("cache", "a Redis Enterprise database"),
  }),
  "relay/": rule(SETTING, {
    "relay/namespace:Namespace": P("relays messages between endpoints"),
    "relay/hybridConnection:HybridConnection": P("relays traffic"),
  }),
  "role/": rule(ACCESS),
  "search/": rule(SETTING, {
    "search/service:Service": D("database", "an AI Search service holds indexes of customer documents"),
  }),
  "securitycenter/": rule(C("Defender for Cloud settings, pricing and assessments")),
  "sentinel/": rule(C("Sentinel data connectors, analytics and automation rules"), {
    "sentinel/threatIntelligenceIndicator:ThreatIntelligenceIndicator": D("log", "a threat indicator"),
    "sentinel/watchlist:Watchlist": D("log", "a watchlist (often people or assets)"),
    "sentinel/watchlistItem:WatchlistItem": D("log", "an item of a watchlist"),
  }),
  "servicebus/": rule(D("queue", "Service Bus namespaces, queues, topics and subscriptions hold messages"), {
    "servicebus/namespaceAuthorizationRule:NamespaceAuthorizationRule": SETTING,
    "servicebus/namespaceCustomerManagedKey:NamespaceCustomerManagedKey": SETTING,
    "servicebus/queueAuthorizationRule:QueueAuthorizationRule": SETTING,
    "servicebus/subscriptionRule:SubscriptionRule": SETTING,
    "servicebus/topicAuthorizationRule:TopicAuthorizationRule": SETTING,
  }),
  "servicefabric/": rule(COMPUTE),
  "signalr/": rule(SETTING, {
    "signalr/service:Service": P("relays real-time messages"),
  }),
  "siterecovery/": rule(C("Site Recovery fabrics, policies, mappings and plans"), {
    "siterecovery/replicatedVM:ReplicatedVM": D(
      "backup",
      "replicates a machine's disks into the recovery region",
    ),
    "siterecovery/vmwareReplicatedVm:VmwareReplicatedVm": D(
      "backup",
      "replicates a machine's disks into Azure",
    ),
  }),
  "stack/": rule(ARC),
  "storage/": rule(C("storage account settings, policies, File Sync and Storage Mover definitions"), {
    "storage/account:Account": D("storage", "a storage account"),
    "storage/blob:Blob": D("storage", "a blob"),
    "storage/zipBlob:ZipBlob": D("storage", "a blob"),
    "storage/container:Container": D("storage", "a blob container"),
    "storage/dataLakeGen2Filesystem:DataLakeGen2Filesystem": D("storage", "a Data Lake file system"),
    "storage/dataLakeGen2Path:DataLakeGen2Path": D("storage", "a Data Lake path"),
    "storage/share:Share": D("storage", "a file share"),
    "storage/shareDirectory:ShareDirectory": D("storage", "a directory of a file share"),
    "storage/shareFile:ShareFile": D("storage", "a file of a file share"),
    "storage/queue:Queue": D("queue", "a storage queue"),
    "storage/table:Table": D("database", "a storage table"),
    "storage/tableEntity:TableEntity": D("database", "an entity of a storage table"),
    "storage/mover:Mover": P("moves data into Azure storage"),
    "storage/moverAgent:MoverAgent": P("moves data into Azure storage"),
    "storage/moverJobDefinition:MoverJobDefinition": P("a data copy job"),
  }),
  "streamanalytics/": rule(C("Stream Analytics inputs, outputs and functions"), {
    "streamanalytics/job:Job": P("processes streams"),
    "streamanalytics/cluster:Cluster": COMPUTE,
  }),
  "synapse/": rule(SETTING, {
    "synapse/workspace:Workspace": D("database", "a Synapse workspace: warehouse and data lake"),
    "synapse/sqlPool:SqlPool": D("database", "a dedicated SQL pool"),
    "synapse/sparkPool:SparkPool": P("a Spark pool processes data"),
    "synapse/integrationRuntimeAzure:IntegrationRuntimeAzure": P("runs data movement"),
    "synapse/integrationRuntimeSelfHosted:IntegrationRuntimeSelfHosted": P("runs data movement"),
  }),
  "systemcenter/": rule(ARC),
  "trafficmanager/": rule(L("Traffic Manager is DNS-based and global")),
  "trustedsigning/": rule(C("a code signing account")),
  "videoindexer/": rule(D("storage", "a Video Indexer account keeps videos and their insights")),
  "waf/": rule(NETWORK),
  "webpubsub/": rule(SETTING, {
    "webpubsub/service:Service": P("relays real-time messages"),
    "webpubsub/socketio:Socketio": P("relays real-time messages"),
  }),
  "workloadssap/": rule(COMPUTE),
}));
