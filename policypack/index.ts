// The pulumi-sovereignty CrossGuard policy pack. Starting it serves the Analyzer gRPC protocol
// (the engine or the runner spawns `run-policy-pack` in this folder).
import { PolicyPack } from "@pulumi/policy";
import { installAllKeyCapture } from "./allKey";
import { installConfigSchemaOnce } from "./configSchemaOnce";
import { installDeserializeOnce } from "./deserializeOnce";
import { PACK_NAME } from "./metadata";
import { POLICIES } from "./policies";
import { POLICY_CONFIG_SCHEMA } from "./schema";

installAllKeyCapture();
installDeserializeOnce();
installConfigSchemaOnce(POLICY_CONFIG_SCHEMA.properties);

new PolicyPack(PACK_NAME, {
  description:
    "Keeps regulated data inside its declared jurisdiction on AWS, Azure and GCP: residency tags, effective locations, replication and backup destinations, and the classification table's controls.",
  displayName: "Data sovereignty",
  enforcementLevel: "mandatory",
  policies: POLICIES,
});
