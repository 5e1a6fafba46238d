// Every `gcp:` declaration, one file per service module (`gcp:kms/…` → ./kms.ts). A new service
// file adds one import and one spread here (CONTRIBUTING.md, "Add a type").
import type { TypeDeclaration } from "../types";
import { DECLARATIONS as alloydb } from "./alloydb";
import { DECLARATIONS as artifactregistry } from "./artifactregistry";
import { DECLARATIONS as backupdisasterrecovery } from "./backupdisasterrecovery";
import { DECLARATIONS as bigquery } from "./bigquery";
import { DECLARATIONS as bigtable } from "./bigtable";
import { DECLARATIONS as cloudfunctionsv2 } from "./cloudfunctionsv2";
import { DECLARATIONS as cloudrun } from "./cloudrun";
import { DECLARATIONS as cloudrunv2 } from "./cloudrunv2";
import { DECLARATIONS as compute } from "./compute";
import { DECLARATIONS as dataplex } from "./dataplex";
import { DECLARATIONS as dataproc } from "./dataproc";
import { DECLARATIONS as filestore } from "./filestore";
import { DECLARATIONS as firebase } from "./firebase";
import { DECLARATIONS as firestore } from "./firestore";
import { DECLARATIONS as healthcare } from "./healthcare";
import { DECLARATIONS as kms } from "./kms";
import { DECLARATIONS as logging } from "./logging";
import { DECLARATIONS as looker } from "./looker";
import { DECLARATIONS as memorystore } from "./memorystore";
import { DECLARATIONS as netapp } from "./netapp";
import { DECLARATIONS as pubsub } from "./pubsub";
import { DECLARATIONS as redis } from "./redis";
import { DECLARATIONS as secretmanager } from "./secretmanager";
import { DECLARATIONS as spanner } from "./spanner";
import { DECLARATIONS as sql } from "./sql";
import { DECLARATIONS as storage } from "./storage";
import { DECLARATIONS as vertex } from "./vertex";

export const GCP: readonly TypeDeclaration[] = [
  ...alloydb,
  ...artifactregistry,
  ...backupdisasterrecovery,
  ...bigquery,
  ...bigtable,
  ...cloudfunctionsv2,
  ...cloudrun,
  ...cloudrunv2,
  ...compute,
  ...dataplex,
  ...dataproc,
  ...filestore,
  ...firebase,
  ...firestore,
  ...healthcare,
  ...kms,
  ...logging,
  ...looker,
  ...memorystore,
  ...netapp,
  ...pubsub,
  ...redis,
  ...secretmanager,
  ...spanner,
  ...sql,
  ...storage,
  ...vertex,
];
