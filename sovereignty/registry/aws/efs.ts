// aws:efs/* — EFS file systems (@pulumi/aws 7.48, efs/*.d.ts `...Args`).
import { flagged } from "../../controls/encryptionRead";
import { AWS_REGIONAL_DATA } from "../common";
import { Destinations, field, readObject, regionName } from "../../flows/read";
import { allFlows, reference } from "../paths";
import type { TypeDeclaration } from "../types";
import { flowAt } from "./shared";

const SOURCE = "@pulumi/aws 7.48 (efs/*.d.ts); https://docs.aws.amazon.com/efs/latest/ug/";

export const DECLARATIONS: readonly TypeDeclaration[] = [
  {
    token: "aws:efs/fileSystem:FileSystem",
    ...AWS_REGIONAL_DATA,
    category: "storage",
    source: SOURCE,
    identities: ["name", "arn", "id"],
    encryption: { kind: "reader", read: (p) => flagged(p, ["encrypted"], ["kmsKeyId"]) },
  },
  // Added for issue 12: replication to a file system in another Region (or an existing one).
  {
    // `ReplicationConfigurationArgs` {sourceFileSystemId, destination: {region, fileSystemId,
    // availabilityZoneName, kmsKeyId}} (input type efs.ReplicationConfigurationDestination).
    token: "aws:efs/replicationConfiguration:ReplicationConfiguration",
    cloud: "aws",
    class: "configures",
    source:
      "@pulumi/aws 7.48 (efs/replicationConfiguration.d.ts); https://docs.aws.amazon.com/efs/latest/ug/efs-replication.html",
    configures: {
      property: "sourceFileSystemId",
      referenceKind: "id",
      targets: ["aws:efs/fileSystem:FileSystem"],
    },
    identities: ["id"],
    // The destination's Region (or One Zone Availability Zone), else the existing file system it names.
    flows: (props, context) => {
      const out = new Destinations("aws");
      const destination = readObject(field(props, "destination"));
      if (destination.state === "unknown") return (out.unknown("replication", "destination"), out.list());
      if (destination.state === "absent") return out.list();
      const region = field(destination.value, "region") ?? field(destination.value, "availabilityZoneName");
      if (region !== undefined && region !== null)
        return allFlows(
          flowAt("replication", "destination.region", regionName),
          flowAt("replication", "destination.availabilityZoneName", regionName),
        )(props, context);
      return flowAt("replication", "destination.fileSystemId", reference("id"))(props, context);
    },
  },
];
