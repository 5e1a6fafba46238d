// Every classic `azure:` declaration (@pulumi/azure 6.40), one file per module
// (`azure:storage/account:Account` → ./storage.ts). A new module file adds one import and one
// spread here (CONTRIBUTING.md, "Add a type"). Every other classic token is classified by its
// module rule (../modules/azure-classic.ts).
import type { TypeDeclaration } from "../types";
import { DECLARATIONS as appconfiguration } from "./appconfiguration";
import { DECLARATIONS as cognitive } from "./cognitive";
import { DECLARATIONS as communication } from "./communication";
import { DECLARATIONS as compute } from "./compute";
import { DECLARATIONS as containerservice } from "./containerservice";
import { DECLARATIONS as cosmosdb } from "./cosmosdb";
import { DECLARATIONS as databricks } from "./databricks";
import { DECLARATIONS as dataprotection } from "./dataprotection";
import { DECLARATIONS as eventhub } from "./eventhub";
import { DECLARATIONS as keyvault } from "./keyvault";
import { DECLARATIONS as loganalytics } from "./loganalytics";
import { DECLARATIONS as mssql } from "./mssql";
import { DECLARATIONS as mysql } from "./mysql";
import { DECLARATIONS as netapp } from "./netapp";
import { DECLARATIONS as operationalinsights } from "./operationalinsights";
import { DECLARATIONS as postgresql } from "./postgresql";
import { DECLARATIONS as recoveryservices } from "./recoveryservices";
import { DECLARATIONS as redis } from "./redis";
import { DECLARATIONS as servicebus } from "./servicebus";
import { DECLARATIONS as siterecovery } from "./siterecovery";
import { DECLARATIONS as storage } from "./storage";
import { DECLARATIONS as synapse } from "./synapse";

export const AZURE: readonly TypeDeclaration[] = [
  ...appconfiguration,
  ...cognitive,
  ...communication,
  ...compute,
  ...containerservice,
  ...cosmosdb,
  ...databricks,
  ...dataprotection,
  ...eventhub,
  ...keyvault,
  ...loganalytics,
  ...mssql,
  ...mysql,
  ...netapp,
  ...operationalinsights,
  ...postgresql,
  ...recoveryservices,
  ...redis,
  ...servicebus,
  ...siterecovery,
  ...storage,
  ...synapse,
];
