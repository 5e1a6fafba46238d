// aws:ec2/* — EC2 instances process data in their Region (@pulumi/aws 7.48, ec2/instance.d.ts
// `InstanceArgs` {availabilityZone, region, tags, ...}). Their volumes are `aws:ebs/volume:Volume`
// or inline block devices placed with the instance.
import type { TypeDeclaration } from "../types";
import { awsProcessing } from "./shared";

export const DECLARATIONS: readonly TypeDeclaration[] = [
  awsProcessing({
    token: "aws:ec2/instance:Instance",
    source:
      "@pulumi/aws 7.48 InstanceArgs (ec2/instance.d.ts); https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-regions-availability-zones.html",
    identities: ["id", "arn"],
  }),
];
