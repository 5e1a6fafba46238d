// Pure per-type readers of the classification table's controls. No Pulumi imports.
export * from "./types";
export {
  readEncryption,
  keyReference,
  isKeyType,
  encryptionReaderFor,
  encryptionGap,
  encryptionReaderTypes,
  type EncryptionReader,
} from "./encryption";
export { readPublicAccess, PUBLIC_ACCESS_TYPES } from "./publicAccess";
export { readImmutability } from "./immutability";
