// aws:glue/* — Glue Data Catalog databases and tables (@pulumi/aws 7.48, glue/catalogDatabase.d.ts
// `CatalogDatabaseArgs` {catalogId, locationUri, name, region, tags, targetDatabase, ...}).
import type { TypeDeclaration } from "../types";
import { awsData } from "./shared";

const SOURCE =
  "@pulumi/aws 7.48 (glue/catalogDatabase.d.ts, glue/catalogTable.d.ts); https://docs.aws.amazon.com/glue/latest/dg/encrypt-glue-data-catalog.html";

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
  {
    // A table's schema and partitions live in its database (`CatalogTableArgs` {databaseName, name,
    // storageDescriptor, ...}: no tags): judged with the database's tags.
    token: "aws:glue/catalogTable:CatalogTable",
    cloud: "aws",
    class: "configures",
    source: SOURCE,
    configures: {
      property: "databaseName",
      referenceKind: "name",
      targets: ["aws:glue/catalogDatabase:CatalogDatabase"],
    },
    identities: ["name", "arn", "id"],
  },
];
