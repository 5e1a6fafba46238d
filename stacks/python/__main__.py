"""Helpdesk (EU) in Python: the resources stacks/helpdesk.ts builds through our TypeScript
components, registered here as raw AWS provider resources (their real tokens and inputs, what
pulumi_aws would send). Support tickets hold personal data: everything lives in Frankfurt
(aws:region), keys are customer-managed per region, backups are locked (governance mode) and
copied only to Paris (eu-west-3), inside the EU.

    npx sovereignty check --program stacks/python --stack helpdesk-eu
"""

import json

import pulumi

config = pulumi.Config()
REGION = pulumi.Config("aws").require("region")
COPY_REGION = "eu-west-3"  # Paris: the second EU region backups are copied to
TAGS = {
    "data-residency": config.require("zone"),
    "data-classification": config.require("classification"),
    "system": "helpdesk",
}


class Aws(pulumi.CustomResource):
    """An AWS provider resource by token; `outputs` are the computed properties the program reads."""

    def __init__(self, token, name, props, opts=None, outputs=("arn",)):
        super().__init__(token, name, {**{o: None for o in outputs}, **props}, opts)


def key(name, region):
    """A customer-managed KMS key with rotation, in the region of what it encrypts."""
    return Aws(
        "aws:kms/key:Key",
        name,
        {
            "description": f"Customer-managed key for {name} ({TAGS['data-residency']}, {TAGS['data-classification']})",
            "deletionWindowInDays": 30,
            "enableKeyRotation": True,
            "rotationPeriodInDays": 365,
            "multiRegion": False,
            "region": region,
            "tags": TAGS,
        },
    )


# Attachments: SSE-KMS with a key in Frankfurt, versioned, no public access, tiered after 90 days.
attachments_key = key("attachments-key", REGION)
attachments = Aws(
    "aws:s3/bucket:Bucket",
    "attachments",
    {"forceDestroy": False, "objectLockEnabled": False, "region": REGION, "tags": TAGS},
)
Aws(
    "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock",
    "attachments-public-access-block",
    {
        "bucket": attachments.id,
        "blockPublicAcls": True,
        "blockPublicPolicy": True,
        "ignorePublicAcls": True,
        "restrictPublicBuckets": True,
        "region": REGION,
    },
    outputs=(),
)
versioning = Aws(
    "aws:s3/bucketVersioning:BucketVersioning",
    "attachments-versioning",
    {"bucket": attachments.id, "versioningConfiguration": {"status": "Enabled"}, "region": REGION},
    outputs=(),
)
Aws(
    "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration",
    "attachments-sse",
    {
        "bucket": attachments.id,
        "rules": [
            {
                "applyServerSideEncryptionByDefault": {"sseAlgorithm": "aws:kms", "kmsMasterKeyId": attachments_key.arn},
                "bucketKeyEnabled": True,
            }
        ],
        "region": REGION,
    },
    outputs=(),
)
Aws(
    "aws:s3/bucketLifecycleConfiguration:BucketLifecycleConfiguration",
    "attachments-lifecycle",
    {
        "bucket": attachments.id,
        "rules": [
            {
                "id": "tiering",
                "status": "Enabled",
                "filter": {},
                "transitions": [{"days": 90, "storageClass": "STANDARD_IA"}],
                "noncurrentVersionTransitions": [{"noncurrentDays": 90, "storageClass": "STANDARD_IA"}],
                "noncurrentVersionExpiration": {"noncurrentDays": 365},
                "abortIncompleteMultipartUpload": {"daysAfterInitiation": 7},
            }
        ],
        "region": REGION,
    },
    pulumi.ResourceOptions(depends_on=[versioning]),
    outputs=(),
)

# Tickets: Aurora PostgreSQL encrypted with its own key in Frankfurt, private, 14 days of backups.
tickets_key = key("tickets-key", REGION)
tickets = Aws(
    "aws:rds/cluster:Cluster",
    "tickets",
    {
        "engine": "aurora-postgresql",
        "engineVersion": "16.4",
        "databaseName": "helpdesk",
        "masterUsername": "dbadmin",
        "manageMasterUserPassword": True,
        "masterUserSecretKmsKeyId": tickets_key.arn,
        "storageEncrypted": True,
        "kmsKeyId": tickets_key.arn,
        "backupRetentionPeriod": 14,
        "copyTagsToSnapshot": True,
        "deletionProtection": True,
        "iamDatabaseAuthenticationEnabled": True,
        "skipFinalSnapshot": False,
        "finalSnapshotIdentifier": "tickets-final",
        "region": REGION,
        "tags": TAGS,
    },
)
Aws(
    "aws:rds/clusterInstance:ClusterInstance",
    "tickets-writer",
    {
        "clusterIdentifier": tickets.id,
        "engine": "aurora-postgresql",
        "instanceClass": "db.r6g.large",
        "publiclyAccessible": False,
        "region": REGION,
        "tags": TAGS,
    },
    outputs=(),
)


# Backups: a locked vault in Frankfurt, a locked copy vault in Paris, a daily plan copying there.
def vault(name, region):
    created = Aws(
        "aws:backup/vault:Vault",
        name,
        {"kmsKeyArn": key(f"{name}-key", region).arn, "forceDestroy": False, "region": region, "tags": TAGS},
        outputs=("arn", "name"),
    )
    # Governance mode (no changeableForDays): a privileged operator can still lift the lock.
    Aws(
        "aws:backup/vaultLockConfiguration:VaultLockConfiguration",
        f"{name}-lock",
        {"backupVaultName": created.name, "minRetentionDays": 35, "region": region},
        outputs=(),
    )
    return created


backups = vault("helpdesk-backups", REGION)
copies = vault(f"helpdesk-backups-{COPY_REGION}", COPY_REGION)
role = Aws(
    "aws:iam/role:Role",
    "helpdesk-backups-backup-role",
    {
        "assumeRolePolicy": json.dumps(
            {
                "Version": "2012-10-17",
                "Statement": [
                    {"Effect": "Allow", "Principal": {"Service": "backup.amazonaws.com"}, "Action": "sts:AssumeRole"}
                ],
            },
            separators=(",", ":"),
        ),
        "tags": TAGS,
    },
    outputs=("arn", "name"),
)
for policy in ("AWSBackupServiceRolePolicyForBackup", "AWSBackupServiceRolePolicyForRestores"):
    Aws(
        "aws:iam/rolePolicyAttachment:RolePolicyAttachment",
        f"helpdesk-backups-{policy}",
        {"role": role.name, "policyArn": f"arn:aws:iam::aws:policy/service-role/{policy}"},
        outputs=(),
    )
plan = Aws(
    "aws:backup/plan:Plan",
    "helpdesk-backups-plan",
    {
        "rules": [
            {
                "ruleName": "daily",
                "targetVaultName": backups.name,
                "schedule": "cron(0 3 * * ? *)",
                "enableContinuousBackup": False,
                "lifecycle": {"deleteAfter": 35},
                "copyActions": [{"destinationVaultArn": copies.arn, "lifecycle": {"deleteAfter": 35}}],
            }
        ],
        "region": REGION,
        "tags": TAGS,
    },
)
Aws(
    "aws:backup/selection:Selection",
    "helpdesk-backups-selection",
    {"iamRoleArn": role.arn, "planId": plan.id, "resources": [tickets.arn, attachments.arn], "region": REGION},
    outputs=(),
)

pulumi.export("attachmentsBucket", attachments.id)
pulumi.export("backupVault", backups.name)
