// The violations demo: what the policy pack catches in a program that does NOT use our
// components. Every resource below is a raw provider resource (`aws:*`, `azure-native:*`,
// `gcp:*`) written the way people write them, and each is wrong in one documented way — the
// comment above it names the policy expected to report it. The stack is marked as a demo
// (`pulumi-sovereignty:demo: "true"` in stacks/Pulumi.violations-demo.yaml): `npm run check`
// skips it, and `npx sovereignty check --stack violations-demo` exits 1 listing these violations.
//
// Default providers come from the stack config: AWS eu-central-1, Azure brazilsouth, GCP
// europe-west3 — so each violation is in the resource itself, not in its provider.
//
// Policy names (policypack/policies/*.ts): all-data-resources-require-residency-tags,
// all-data-resources-restrict-location, all-data-flows-stay-in-zone,
// all-data-resources-enforce-classification-controls, all-stack-references-enforce-residency.
// "Also:" lines are the further violations the same resource gets because raw resources skip
// the controls the components add (customer-managed keys, vault locks); test/stacks lists them.
import * as awsBackup from "@pulumi/aws/backup";
import * as dynamodb from "@pulumi/aws/dynamodb";
import * as s3 from "@pulumi/aws/s3";
import * as resources from "@pulumi/azure-native/resources";
import * as azureStorage from "@pulumi/azure-native/storage";
import * as bigquery from "@pulumi/gcp/bigquery";
import * as gcs from "@pulumi/gcp/storage";

const EU_PERSONAL = { "data-residency": "eu", "data-classification": "personal" };

export function violationsDemo(): Record<string, unknown> {
  // 1. all-data-resources-restrict-location: a bucket declared `eu` created in us-east-1
  //    (N. Virginia). The tag is the declaration; the region contradicts it.
  //    Also: all-stack-references-enforce-residency — personal data, and no SSE-KMS
  //    configuration with a customer-managed key targets the bucket.
  const exports = new s3.Bucket("customer-exports", { region: "us-east-1", tags: EU_PERSONAL });

  // 2. all-data-resources-restrict-location: eu-west-2 is London, which has not been in the EU
  //    since 2020 — a region name starting with `eu-` is not a place in the EU.
  new s3.Bucket("reports-london", {
    region: "eu-west-2",
    tags: { "data-residency": "eu", "data-classification": "internal" },
  });

  // 3. all-stack-references-enforce-residency (the plan configures the vault, so the stack
  //    policy judges it with the vault's tags): a backup plan in Frankfurt whose copy action
  //    sends every recovery point of `eu`/`personal` data to a vault in us-east-1 (the vault ARN
  //    carries its region).
  //    Also, on the vault: all-data-resources-enforce-classification-controls (no customer-managed
  //    key) and all-stack-references-enforce-residency (personal backups without a vault lock).
  const vault = new awsBackup.Vault("tickets-backups", { tags: EU_PERSONAL });
  new awsBackup.Plan("tickets-backup-plan", {
    rules: [
      {
        ruleName: "daily",
        targetVaultName: vault.name,
        schedule: "cron(0 3 * * ? *)",
        lifecycle: { deleteAfter: 35 },
        copyActions: [
          { destinationVaultArn: "arn:aws:backup:us-east-1:123456789012:backup-vault:disaster-recovery" },
        ],
      },
    ],
    tags: EU_PERSONAL,
  });

  // 4. all-data-resources-require-residency-tags: a table of session data with no residency
  //    tags at all — nothing declares where it must stay, so nothing can be checked.
  new dynamodb.Table("sessions", {
    billingMode: "PAY_PER_REQUEST",
    hashKey: "id",
    attributes: [{ name: "id", type: "S" }],
    tags: { team: "web" },
  });

  // 5. all-data-flows-stay-in-zone: Brazilian invoices (zone `br`) in a geo-redundant storage
  //    account. Standard_GRS in Brazil South replicates to its pair, South Central US (Texas):
  //    every invoice is copied out of Brazil, whatever the account's own location says.
  const group = new resources.ResourceGroup("invoices-br", {
    tags: { "data-residency": "br", "data-classification": "confidential" },
  });
  new azureStorage.StorageAccount("invoicesgrs", {
    resourceGroupName: group.name,
    location: "brazilsouth",
    kind: azureStorage.Kind.StorageV2,
    sku: { name: azureStorage.SkuName.Standard_GRS },
    minimumTlsVersion: azureStorage.MinimumTlsVersion.TLS1_2,
    allowBlobPublicAccess: false,
    tags: { "data-residency": "br", "data-classification": "confidential" },
  });

  // 6. all-data-resources-restrict-location: a GCS bucket of `eu` personal data in the
  //    dual-region EUR5, which is Belgium + London (https://cloud.google.com/storage/docs/locations):
  //    half of every object lives outside the EU. (The placement is the bucket's own location,
  //    so all-data-flows-stay-in-zone leaves it to the location policy rather than say it twice.)
  //    Also: all-data-resources-enforce-classification-controls (no customer-managed key).
  new gcs.Bucket("eu-customer-files", {
    location: "EUR5",
    uniformBucketLevelAccess: true,
    labels: EU_PERSONAL,
  });

  // 7. all-data-resources-restrict-location: a BigQuery dataset with no `location`. BigQuery
  //    does not use the provider's region for datasets: it defaults to the `US` multi-region
  //    (https://cloud.google.com/bigquery/docs/locations), so `eu` data lands in the US.
  //    Also: all-data-resources-enforce-classification-controls (no customer-managed key).
  new bigquery.Dataset("support-analytics", {
    datasetId: "support_analytics",
    labels: EU_PERSONAL,
  });

  return { exportsBucket: exports.bucket };
}
