// aws:glue/* — Glue Data Catalog databases (@pulumi/aws 7.48, glue/catalogDatabase.d.ts
// `CatalogDatabaseArgs` {catalogId, locationUri, name, region, tags, targetDatabase, ...}).
import type { TypeDeclaration } from "../types";
import { awsData } from "./shared";

const SOURCE =
  "@pulumi/aws 7.48 (glue/catalogDatabase.d.ts); https://docs.aws.amazon.com/glue/latest/dg/encrypt-glue-data-catalog.html";

export const DECLARATIONS: readonly TypeDeclaration[] = [
  awsData({
    token: "aws:glue/catalogDatabase:CatalogDatabase",
    category: "database",
    source: SOURCE,
    identities: ["name", "arn", "id"],
    encryption: {
      kind: "gap",
      reason:
        "Data Catalog encryption is an account-and-Region setting (`aws:glue/dataCatalogEncryptionSettings:DataCatalogEncryptionSettings`), not a property of the database",
    },
  }),
];
