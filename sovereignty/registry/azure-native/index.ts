// Every `azure-native:` declaration, one file per module (`azure-native:storage:…` → ./storage.ts).
// A new module file adds one import and one spread here (CONTRIBUTING.md, "Add a type").
import type { TypeDeclaration } from "../types";
import { DECLARATIONS as compute } from "./compute";
import { DECLARATIONS as cosmosdb } from "./cosmosdb";
import { DECLARATIONS as dataprotection } from "./dataprotection";
import { DECLARATIONS as dbformysql } from "./dbformysql";
import { DECLARATIONS as dbforpostgresql } from "./dbforpostgresql";
import { DECLARATIONS as eventhub } from "./eventhub";
import { DECLARATIONS as keyvault } from "./keyvault";
import { DECLARATIONS as operationalinsights } from "./operationalinsights";
import { DECLARATIONS as recoveryservices } from "./recoveryservices";
import { DECLARATIONS as redis } from "./redis";
import { DECLARATIONS as redisenterprise } from "./redisenterprise";
import { DECLARATIONS as resources } from "./resources";
import { DECLARATIONS as servicebus } from "./servicebus";
import { DECLARATIONS as sql } from "./sql";
import { DECLARATIONS as storage } from "./storage";

export const AZURE_NATIVE: readonly TypeDeclaration[] = [
  ...compute,
  ...cosmosdb,
  ...dataprotection,
  ...dbformysql,
  ...dbforpostgresql,
  ...eventhub,
  ...keyvault,
  ...operationalinsights,
  ...recoveryservices,
  ...redis,
  ...redisenterprise,
  ...resources,
  ...servicebus,
  ...sql,
  ...storage,
];
