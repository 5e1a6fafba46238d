// The peer for the bench: Pulumi's own AWSGuard pack (@pulumi/awsguard 0.3.1, every rule on).
// Resolves @pulumi/awsguard, @pulumi/policy and @pulumi/pulumi from the repository's
// node_modules (awsguard brings its own nested @pulumi/aws v4, which it imports in full at start).
// Mandatory, as an organisation enforcing it would run it; awsguard has no Remediate policies.
//
// Except three rules that call AWS APIs with the AWS SDK (security.js: ACM DescribeCertificate,
// IAM ListAccessKeys, IAM ListMFADevices): offline, without credentials, they throw
// `CredentialsError` and fail the whole Analyze call. The registry mix (bench/generate.ts) draws
// `aws:iam/userLoginProfile` and `aws:iam/accessKey`, which the fixed mix never did, so with them
// on the AWSGuard run at 10,000 resources failed. They would measure AWS's latency, not the pack.
"use strict";
const { AwsGuard } = require("@pulumi/awsguard");

new AwsGuard({
  all: "mandatory",
  acmCertificateExpiration: "disabled",
  iamAccessKeysRotated: "disabled",
  iamMfaEnabledForConsoleAccess: "disabled",
});
