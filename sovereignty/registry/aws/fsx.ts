// aws:fsx/* — FSx file systems of every kind, their volumes, caches and backups (@pulumi/aws 7.48,
// fsx/*.d.ts `...Args`: region, tags, kmsKeyId on file systems and caches).
import { always, inherited } from "../../controls/encryptionRead";
import type { ImmutabilityReader, TypeDeclaration } from "../types";
import { awsData } from "./shared";

const SOURCE =
  "@pulumi/aws 7.48 (fsx/*.d.ts); https://docs.aws.amazon.com/fsx/latest/LustreGuide/encryption-at-rest.html";

/**
 * FSx encrypts every file system at rest; `kmsKeyId` names the customer-managed key, else the
 * AWS managed `aws/fsx` key is used (LustreFileSystemArgs, WindowsFileSystemArgs,
 * OntapFileSystemArgs, OpenZfsFileSystemArgs, FileCacheArgs `kmsKeyId`).
 */
function fileSystem(token: string, identities: readonly string[] = ["id", "arn"]): TypeDeclaration {
  return awsData({
    token,
    category: "storage",
    source: SOURCE,
    identities,
    encryption: { kind: "reader", read: (p) => always(p, ["kmsKeyId"]) },
  });
}

/**
 * A volume lives in a file system and uses its key (OntapVolumeArgs / OpenZfsVolumeArgs have no key
 * input), reached through a storage virtual machine or a parent volume: two hops the model does
 * not join.
 */
function volume(token: string, via: string): TypeDeclaration {
  return awsData({
    token,
    category: "storage",
    source: SOURCE,
    identities: ["id", "arn", "name"],
    encryption: {
      kind: "gap",
      reason: `an FSx volume is encrypted with its file system's key, reached through \`${via}\`, which the model does not follow`,
    },
  });
}

/**
 * FSx backups cannot be locked on their own (BackupArgs: fileSystemId, volumeId, tags): an FSx
 * backup is mutable; WORM backups of FSx go through an AWS Backup vault with a vault lock.
 */
const fsxBackupImmutability: ImmutabilityReader = () => ({
  kind: "mutable",
  property: "(FSx backup)",
  detail: "an FSx backup cannot be locked; use an AWS Backup vault with a vault lock",
});

export const DECLARATIONS: readonly TypeDeclaration[] = [
  fileSystem("aws:fsx/lustreFileSystem:LustreFileSystem"),
  fileSystem("aws:fsx/windowsFileSystem:WindowsFileSystem"),
  fileSystem("aws:fsx/ontapFileSystem:OntapFileSystem"),
  fileSystem("aws:fsx/openZfsFileSystem:OpenZfsFileSystem"),
  fileSystem("aws:fsx/fileCache:FileCache"),
  volume("aws:fsx/ontapVolume:OntapVolume", "storageVirtualMachineId"),
  volume("aws:fsx/openZfsVolume:OpenZfsVolume", "parentVolumeId"),
  awsData({
    token: "aws:fsx/backup:Backup",
    category: "backup",
    source: SOURCE,
    identities: ["id", "arn"],
    // A backup is encrypted with its file system's key.
    encryption: {
      kind: "reader",
      read: (p) =>
        inherited(p, "fileSystemId", [
          "aws:fsx/lustreFileSystem:LustreFileSystem",
          "aws:fsx/windowsFileSystem:WindowsFileSystem",
          "aws:fsx/ontapFileSystem:OntapFileSystem",
          "aws:fsx/openZfsFileSystem:OpenZfsFileSystem",
        ]) ?? { kind: "unknown", property: "fileSystemId", atRest: "on" },
    },
    immutability: fsxBackupImmutability,
  }),
];
