// The peer for the bench: Pulumi's own AWSGuard pack (@pulumi/awsguard 0.3.1, every rule on).
// Resolves @pulumi/awsguard, @pulumi/policy and @pulumi/pulumi from the repository's
// node_modules (awsguard brings its own nested @pulumi/aws v4, which it imports in full at start).
// Mandatory, as an organisation enforcing it would run it; awsguard has no Remediate policies.
"use strict";
const { AwsGuard } = require("@pulumi/awsguard");

new AwsGuard({ all: "mandatory" });
