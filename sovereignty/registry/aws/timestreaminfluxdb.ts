// aws:timestreaminfluxdb/* — Timestream for InfluxDB instances and clusters (@pulumi/aws 7.48,
// timestreaminfluxdb/dbInstance.d.ts `DbInstanceArgs`, dbCluster.d.ts `DbClusterArgs`: region,
// tags, publiclyAccessible; no key input).
import { serviceKeysOnly } from "../../controls/encryptionRead";
import type { TypeDeclaration } from "../types";
import { awsData } from "./shared";

const SOURCE =
  "@pulumi/aws 7.48 (timestreaminfluxdb/*.d.ts); https://docs.aws.amazon.com/timestream/latest/developerguide/timestream-for-influx-security-data-protection.html";

function influx(token: string): TypeDeclaration {
  return awsData({
    token,
    category: "database",
    source: SOURCE,
    identities: ["id", "arn", "name", "bucket"],
    // No key input in the SDK: storage is encrypted with keys AWS manages.
    encryption: { kind: "reader", read: serviceKeysOnly("(Timestream for InfluxDB: AWS-managed keys only)") },
  });
}

export const DECLARATIONS: readonly TypeDeclaration[] = [
  influx("aws:timestreaminfluxdb/dbInstance:DbInstance"),
  influx("aws:timestreaminfluxdb/dbCluster:DbCluster"),
];
