// aws:timestreamwrite/* — Timestream for LiveAnalytics databases and tables (@pulumi/aws 7.48,
// timestreamwrite/database.d.ts `DatabaseArgs` {databaseName, kmsKeyId, region, tags},
// timestreamwrite/table.d.ts `TableArgs` {databaseName, tableName, region, tags, ...}).
import { always, inherited } from "../../controls/encryptionRead";
import type { TypeDeclaration } from "../types";
import { awsData } from "./shared";

const SOURCE =
  "@pulumi/aws 7.48 (timestreamwrite/*.d.ts); https://docs.aws.amazon.com/timestream/latest/developerguide/EncryptionAtRest.html";

export const DECLARATIONS: readonly TypeDeclaration[] = [
  awsData({
    token: "aws:timestreamwrite/database:Database",
    category: "database",
    source: SOURCE,
    identities: ["databaseName", "arn", "id"],
    // Always encrypted; without `kmsKeyId` the AWS managed `alias/aws/timestream` key.
    encryption: { kind: "reader", read: (p) => always(p, ["kmsKeyId"]) },
  }),
  awsData({
    token: "aws:timestreamwrite/table:Table",
    category: "database",
    source: SOURCE,
    identities: ["arn", "id", "tableName"],
    // A table is encrypted with its database's key.
    encryption: {
      kind: "reader",
      read: (p) =>
        inherited(p, "databaseName", ["aws:timestreamwrite/database:Database"]) ?? {
          kind: "unknown",
          property: "databaseName",
          atRest: "on",
        },
    },
  }),
];
