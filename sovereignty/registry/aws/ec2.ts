// aws:ec2/* — EC2 instances process data in their Region (@pulumi/aws 7.48, ec2/instance.d.ts
// `InstanceArgs` {availabilityZone, region, tags, ...}). Their volumes are `aws:ebs/volume:Volume`
// or inline block devices placed with the instance. AMI copies: ec2/amiCopy.d.ts `AmiCopyArgs`
// {encrypted, kmsKeyId, region, sourceAmiId, sourceAmiRegion, tags, ...}.
import { flagged } from "../../controls/encryptionRead";
import { immutabilityGap } from "../../controls/immutabilityRead";
import { readBoolean as readBooleanProperty } from "../../resource/properties";
import type { TypeDeclaration } from "../types";
import { awsData, awsProcessing, copiedFrom } from "./shared";

const AMI_COPY_SOURCE =
  "@pulumi/aws 7.48 (ec2/amiCopy.d.ts); https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/CopyingAMIs.html";

export const DECLARATIONS: readonly TypeDeclaration[] = [
  awsProcessing({
    token: "aws:ec2/instance:Instance",
    source:
      "@pulumi/aws 7.48 InstanceArgs (ec2/instance.d.ts); https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-regions-availability-zones.html",
    identities: ["id", "arn"],
  }),
  awsData({
    // A copy, in this resource's Region, of the AMI `sourceAmiId` in `sourceAmiRegion` (its disk
    // snapshots are copied across): judged here against the source's tags.
    token: "aws:ec2/amiCopy:AmiCopy",
    category: "backup",
    source: AMI_COPY_SOURCE,
    identities: ["name", "arn", "id"],
    origins: copiedFrom("backup-copy", "sourceAmiId", "sourceAmiRegion"),
    // `encrypted` (with `kmsKeyId`) encrypts the copy's snapshots; absent, they keep the source
    // AMI's encryption, and AMIs (`aws:ec2/ami:Ami`) have no reader to inherit from.
    encryption: {
      kind: "reader",
      read: (p) =>
        readBooleanProperty(p, ["encrypted"]).kind === "absent"
          ? {
              kind: "not-modelled",
              reason:
                "without `encrypted` an AMI copy keeps its source AMI's snapshot encryption, which the model does not read",
            }
          : flagged(p, ["encrypted"], ["kmsKeyId"]),
    },
    immutability: immutabilityGap(
      "an AMI has no retention lock in @pulumi/aws 7.48 (deregistration protection is not WORM); lock copies through an AWS Backup vault with a vault lock",
    ),
  }),
];
