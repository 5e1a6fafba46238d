// AWS components. Imports only `@pulumi/aws/<module>` submodules and the model: an AWS-only user
// never loads azure-native or gcp.
export { Key, KEY_TYPE, type KeyArgs } from "./key";
export {
  Bucket,
  BUCKET_TYPE,
  type BucketArgs,
  type BucketObjectLockArgs,
  type BucketReplicationArgs,
  type BucketTieringArgs,
  type TieringStorageClass,
} from "./bucket";
export {
  BackupVault,
  BACKUP_VAULT_TYPE,
  type BackupVaultArgs,
  type BackupVaultLockArgs,
  type BackupRuleArgs,
  type BackupSelectionArgs,
} from "./backupVault";
export { Database, DATABASE_TYPE, type DatabaseArgs, type DatabaseReadReplicaArgs } from "./database";
export { ComponentInputError } from "../core/errors";
