// GCP components. Imports only `@pulumi/gcp/<module>` submodules and the model.
export { Bucket, BUCKET_TYPE, type BucketArgs } from "./bucket";
export { BackupVault, BACKUP_VAULT_TYPE, type BackupVaultArgs } from "./backupVault";
export { Database, DATABASE_TYPE, type DatabaseArgs } from "./database";
export { kmsLocationForGcs } from "./common";
export { ComponentInputError } from "../core/errors";
