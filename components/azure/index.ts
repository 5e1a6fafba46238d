// Azure components. Imports only `@pulumi/azure-native/<module>` submodules and the model: an
// Azure user never loads aws or gcp, and nobody loads the azure-native root index.
export {
  StorageAccount,
  STORAGE_ACCOUNT_TYPE,
  type StorageAccountArgs,
  type StorageImmutabilityArgs,
  type StorageTieringArgs,
} from "./storageAccount";
export { BackupVault, BACKUP_VAULT_TYPE, type BackupVaultArgs } from "./backupVault";
export { Database, DATABASE_TYPE, type DatabaseArgs } from "./database";
export {
  AZURE_REGIONS_WITH_AVAILABILITY_ZONES,
  type CustomerManagedKeyArgs,
  type Redundancy,
} from "./common";
export { ComponentInputError } from "../core/errors";
