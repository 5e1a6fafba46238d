// Helpdesk (EU) in Go: the resources stacks/helpdesk.ts builds through our TypeScript components,
// registered here as raw AWS provider resources (their real tokens and inputs, what pulumi-aws
// would send). Support tickets hold personal data: everything lives in Frankfurt (aws:region),
// keys are customer-managed per region, backups are locked (governance mode) and copied only to
// Paris (eu-west-3), inside the EU.
//
//	npx sovereignty check --program stacks/go --stack helpdesk-eu
package main

import (
	"fmt"

	"github.com/pulumi/pulumi/sdk/v3/go/pulumi"
	"github.com/pulumi/pulumi/sdk/v3/go/pulumi/config"
)

// copyRegion is Paris: the second EU region backups are copied to.
const copyRegion = "eu-west-3"

// backupTrustPolicy lets AWS Backup assume the backup role.
const backupTrustPolicy = `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"backup.amazonaws.com"},"Action":"sts:AssumeRole"}]}`

// Aws is an AWS provider resource by token, with the computed properties the program reads.
type Aws struct {
	pulumi.CustomResourceState
	Arn  pulumi.StringOutput `pulumi:"arn"`
	Name pulumi.StringOutput `pulumi:"name"`
}

type helpdesk struct {
	ctx    *pulumi.Context
	region string
	tags   pulumi.StringMap
	zone   string
	class  string
}

// add registers like a generated constructor (s3.NewBucket): the SDK records the caller's line.
func (h *helpdesk) add(token, name string, props pulumi.Map, opts ...pulumi.ResourceOption) (*Aws, error) {
	var res Aws
	err := h.ctx.RegisterResource(token, name, props, &res, opts...)
	return &res, err
}

// key is a customer-managed KMS key with rotation, in the region of what it encrypts.
func (h *helpdesk) key(name, region string) (*Aws, error) {
	return h.add("aws:kms/key:Key", name, pulumi.Map{
		"description":          pulumi.Sprintf("Customer-managed key for %s (%s, %s)", name, h.zone, h.class),
		"deletionWindowInDays": pulumi.Int(30),
		"enableKeyRotation":    pulumi.Bool(true),
		"rotationPeriodInDays": pulumi.Int(365),
		"multiRegion":          pulumi.Bool(false),
		"region":               pulumi.String(region),
		"tags":                 h.tags,
	})
}

// attachments: SSE-KMS with a key in Frankfurt, versioned, no public access, tiered after 90 days.
func (h *helpdesk) attachments() (*Aws, error) {
	key, err := h.key("attachments-key", h.region)
	if err != nil {
		return nil, err
	}
	bucket, err := h.add("aws:s3/bucket:Bucket", "attachments", pulumi.Map{
		"forceDestroy": pulumi.Bool(false), "objectLockEnabled": pulumi.Bool(false),
		"region": pulumi.String(h.region), "tags": h.tags,
	})
	if err != nil {
		return nil, err
	}
	region := pulumi.String(h.region)
	if _, err := h.add("aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock", "attachments-public-access-block", pulumi.Map{
		"bucket": bucket.ID(), "blockPublicAcls": pulumi.Bool(true), "blockPublicPolicy": pulumi.Bool(true),
		"ignorePublicAcls": pulumi.Bool(true), "restrictPublicBuckets": pulumi.Bool(true), "region": region,
	}); err != nil {
		return nil, err
	}
	versioning, err := h.add("aws:s3/bucketVersioning:BucketVersioning", "attachments-versioning", pulumi.Map{
		"bucket": bucket.ID(), "versioningConfiguration": pulumi.Map{"status": pulumi.String("Enabled")}, "region": region,
	})
	if err != nil {
		return nil, err
	}
	if _, err := h.add("aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration", "attachments-sse", pulumi.Map{
		"bucket": bucket.ID(),
		"rules": pulumi.Array{pulumi.Map{
			"applyServerSideEncryptionByDefault": pulumi.Map{"sseAlgorithm": pulumi.String("aws:kms"), "kmsMasterKeyId": key.Arn},
			"bucketKeyEnabled":                   pulumi.Bool(true),
		}},
		"region": region,
	}); err != nil {
		return nil, err
	}
	if _, err := h.add("aws:s3/bucketLifecycleConfiguration:BucketLifecycleConfiguration", "attachments-lifecycle", pulumi.Map{
		"bucket": bucket.ID(),
		"rules": pulumi.Array{pulumi.Map{
			"id": pulumi.String("tiering"), "status": pulumi.String("Enabled"), "filter": pulumi.Map{},
			"transitions":                    pulumi.Array{pulumi.Map{"days": pulumi.Int(90), "storageClass": pulumi.String("STANDARD_IA")}},
			"noncurrentVersionTransitions":   pulumi.Array{pulumi.Map{"noncurrentDays": pulumi.Int(90), "storageClass": pulumi.String("STANDARD_IA")}},
			"noncurrentVersionExpiration":    pulumi.Map{"noncurrentDays": pulumi.Int(365)},
			"abortIncompleteMultipartUpload": pulumi.Map{"daysAfterInitiation": pulumi.Int(7)},
		}},
		"region": region,
	}, pulumi.DependsOn([]pulumi.Resource{versioning})); err != nil {
		return nil, err
	}
	return bucket, nil
}

// tickets: Aurora PostgreSQL encrypted with its own key in Frankfurt, private, 14 days of backups.
func (h *helpdesk) tickets() (*Aws, error) {
	key, err := h.key("tickets-key", h.region)
	if err != nil {
		return nil, err
	}
	cluster, err := h.add("aws:rds/cluster:Cluster", "tickets", pulumi.Map{
		"engine": pulumi.String("aurora-postgresql"), "engineVersion": pulumi.String("16.4"),
		"databaseName": pulumi.String("helpdesk"), "masterUsername": pulumi.String("dbadmin"),
		"manageMasterUserPassword": pulumi.Bool(true), "masterUserSecretKmsKeyId": key.Arn,
		"storageEncrypted": pulumi.Bool(true), "kmsKeyId": key.Arn,
		"backupRetentionPeriod": pulumi.Int(14), "copyTagsToSnapshot": pulumi.Bool(true),
		"deletionProtection": pulumi.Bool(true), "iamDatabaseAuthenticationEnabled": pulumi.Bool(true),
		"skipFinalSnapshot": pulumi.Bool(false), "finalSnapshotIdentifier": pulumi.String("tickets-final"),
		"region": pulumi.String(h.region), "tags": h.tags,
	})
	if err != nil {
		return nil, err
	}
	if _, err := h.add("aws:rds/clusterInstance:ClusterInstance", "tickets-writer", pulumi.Map{
		"clusterIdentifier": cluster.ID(), "engine": pulumi.String("aurora-postgresql"),
		"instanceClass": pulumi.String("db.r6g.large"), "publiclyAccessible": pulumi.Bool(false),
		"region": pulumi.String(h.region), "tags": h.tags,
	}); err != nil {
		return nil, err
	}
	return cluster, nil
}

// vault is a backup vault with its own key, locked in governance mode (no changeableForDays).
func (h *helpdesk) vault(name, region string) (*Aws, error) {
	key, err := h.key(name+"-key", region)
	if err != nil {
		return nil, err
	}
	vault, err := h.add("aws:backup/vault:Vault", name, pulumi.Map{
		"kmsKeyArn": key.Arn, "forceDestroy": pulumi.Bool(false), "region": pulumi.String(region), "tags": h.tags,
	})
	if err != nil {
		return nil, err
	}
	_, err = h.add("aws:backup/vaultLockConfiguration:VaultLockConfiguration", name+"-lock", pulumi.Map{
		"backupVaultName": vault.Name, "minRetentionDays": pulumi.Int(35), "region": pulumi.String(region),
	})
	return vault, err
}

// backups: a locked vault in Frankfurt, a locked copy vault in Paris, a daily plan copying there.
func (h *helpdesk) backups(protected ...*Aws) (*Aws, error) {
	backups, err := h.vault("helpdesk-backups", h.region)
	if err != nil {
		return nil, err
	}
	copies, err := h.vault("helpdesk-backups-"+copyRegion, copyRegion)
	if err != nil {
		return nil, err
	}
	role, err := h.add("aws:iam/role:Role", "helpdesk-backups-backup-role", pulumi.Map{
		"assumeRolePolicy": pulumi.String(backupTrustPolicy), "tags": h.tags,
	})
	if err != nil {
		return nil, err
	}
	for _, policy := range []string{"AWSBackupServiceRolePolicyForBackup", "AWSBackupServiceRolePolicyForRestores"} {
		if _, err := h.add("aws:iam/rolePolicyAttachment:RolePolicyAttachment", "helpdesk-backups-"+policy, pulumi.Map{
			"role": role.Name, "policyArn": pulumi.String("arn:aws:iam::aws:policy/service-role/" + policy),
		}); err != nil {
			return nil, err
		}
	}
	plan, err := h.add("aws:backup/plan:Plan", "helpdesk-backups-plan", pulumi.Map{
		"rules": pulumi.Array{pulumi.Map{
			"ruleName": pulumi.String("daily"), "targetVaultName": backups.Name,
			"schedule": pulumi.String("cron(0 3 * * ? *)"), "enableContinuousBackup": pulumi.Bool(false),
			"lifecycle":   pulumi.Map{"deleteAfter": pulumi.Int(35)},
			"copyActions": pulumi.Array{pulumi.Map{"destinationVaultArn": copies.Arn, "lifecycle": pulumi.Map{"deleteAfter": pulumi.Int(35)}}},
		}},
		"region": pulumi.String(h.region), "tags": h.tags,
	})
	if err != nil {
		return nil, err
	}
	resources := pulumi.StringArray{}
	for _, r := range protected {
		resources = append(resources, r.Arn)
	}
	if _, err := h.add("aws:backup/selection:Selection", "helpdesk-backups-selection", pulumi.Map{
		"iamRoleArn": role.Arn, "planId": plan.ID(), "resources": resources, "region": pulumi.String(h.region),
	}); err != nil {
		return nil, err
	}
	return backups, nil
}

func main() {
	pulumi.Run(func(ctx *pulumi.Context) error {
		cfg := config.New(ctx, "")
		h := &helpdesk{
			ctx:    ctx,
			region: config.Require(ctx, "aws:region"),
			zone:   cfg.Require("zone"),
			class:  cfg.Require("classification"),
		}
		h.tags = pulumi.StringMap{
			"data-residency": pulumi.String(h.zone), "data-classification": pulumi.String(h.class), "system": pulumi.String("helpdesk"),
		}
		attachments, err := h.attachments()
		if err != nil {
			return fmt.Errorf("attachments: %w", err)
		}
		tickets, err := h.tickets()
		if err != nil {
			return fmt.Errorf("tickets: %w", err)
		}
		backups, err := h.backups(tickets, attachments)
		if err != nil {
			return fmt.Errorf("backups: %w", err)
		}
		ctx.Export("attachmentsBucket", attachments.ID())
		ctx.Export("backupVault", backups.Name)
		return nil
	})
}
