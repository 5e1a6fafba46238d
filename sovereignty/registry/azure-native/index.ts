// Every `azure-native:` declaration, one file per module (`azure-native:storage:…` → ./storage.ts).
// A new module file adds one import and one spread here (CONTRIBUTING.md, "Add a type").
import type { TypeDeclaration } from "../types";
import { DECLARATIONS as app } from "./app";
import { DECLARATIONS as appconfiguration } from "./appconfiguration";
import { DECLARATIONS as applicationinsights } from "./applicationinsights";
import { DECLARATIONS as azureactivedirectory } from "./azureactivedirectory";
import { DECLARATIONS as cognitiveservices } from "./cognitiveservices";
import { DECLARATIONS as communication } from "./communication";
import { DECLARATIONS as compute } from "./compute";
import { DECLARATIONS as containerinstance } from "./containerinstance";
import { DECLARATIONS as containerregistry } from "./containerregistry";
import { DECLARATIONS as containerservice } from "./containerservice";
import { DECLARATIONS as cosmosdb } from "./cosmosdb";
import { DECLARATIONS as databricks } from "./databricks";
import { DECLARATIONS as dataprotection } from "./dataprotection";
import { DECLARATIONS as dbformysql } from "./dbformysql";
import { DECLARATIONS as dbforpostgresql } from "./dbforpostgresql";
import { DECLARATIONS as elasticsan } from "./elasticsan";
import { DECLARATIONS as eventgrid } from "./eventgrid";
import { DECLARATIONS as eventhub } from "./eventhub";
import { DECLARATIONS as healthcareapis } from "./healthcareapis";
import { DECLARATIONS as keyvault } from "./keyvault";
import { DECLARATIONS as kusto } from "./kusto";
import { DECLARATIONS as machinelearningservices } from "./machinelearningservices";
import { DECLARATIONS as mongocluster } from "./mongocluster";
import { DECLARATIONS as netapp } from "./netapp";
import { DECLARATIONS as operationalinsights } from "./operationalinsights";
import { DECLARATIONS as recoveryservices } from "./recoveryservices";
import { DECLARATIONS as redis } from "./redis";
import { DECLARATIONS as redisenterprise } from "./redisenterprise";
import { DECLARATIONS as resources } from "./resources";
import { DECLARATIONS as search } from "./search";
import { DECLARATIONS as servicebus } from "./servicebus";
import { DECLARATIONS as sql } from "./sql";
import { DECLARATIONS as storage } from "./storage";
import { DECLARATIONS as synapse } from "./synapse";
import { DECLARATIONS as web } from "./web";

export const AZURE_NATIVE: readonly TypeDeclaration[] = [
  ...app,
  ...appconfiguration,
  ...applicationinsights,
  ...azureactivedirectory,
  ...cognitiveservices,
  ...communication,
  ...compute,
  ...containerinstance,
  ...containerregistry,
  ...containerservice,
  ...cosmosdb,
  ...databricks,
  ...dataprotection,
  ...dbformysql,
  ...dbforpostgresql,
  ...elasticsan,
  ...eventgrid,
  ...eventhub,
  ...healthcareapis,
  ...keyvault,
  ...kusto,
  ...machinelearningservices,
  ...mongocluster,
  ...netapp,
  ...operationalinsights,
  ...recoveryservices,
  ...redis,
  ...redisenterprise,
  ...resources,
  ...search,
  ...servicebus,
  ...sql,
  ...storage,
  ...synapse,
  ...web,
];
