// Every `gcp:` declaration, one file per service module (`gcp:kms/…` → ./kms.ts). A new service
// file adds one import and one spread here (CONTRIBUTING.md, "Add a type").
import type { TypeDeclaration } from "../types";
import { DECLARATIONS as alloydb } from "./alloydb";
import { DECLARATIONS as artifactregistry } from "./artifactregistry";
import { DECLARATIONS as backupdisasterrecovery } from "./backupdisasterrecovery";
import { DECLARATIONS as bigquery } from "./bigquery";
import { DECLARATIONS as compute } from "./compute";
import { DECLARATIONS as filestore } from "./filestore";
import { DECLARATIONS as firestore } from "./firestore";
import { DECLARATIONS as kms } from "./kms";
import { DECLARATIONS as logging } from "./logging";
import { DECLARATIONS as pubsub } from "./pubsub";
import { DECLARATIONS as redis } from "./redis";
import { DECLARATIONS as secretmanager } from "./secretmanager";
import { DECLARATIONS as spanner } from "./spanner";
import { DECLARATIONS as sql } from "./sql";
import { DECLARATIONS as storage } from "./storage";

export const GCP: readonly TypeDeclaration[] = [
  ...alloydb,
  ...artifactregistry,
  ...backupdisasterrecovery,
  ...bigquery,
  ...compute,
  ...filestore,
  ...firestore,
  ...kms,
  ...logging,
  ...pubsub,
  ...redis,
  ...secretmanager,
  ...spanner,
  ...sql,
  ...storage,
];
