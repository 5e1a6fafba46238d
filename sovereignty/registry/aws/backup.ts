// aws:backup/* — AWS Backup vaults, their locks and policies, and backup plans (@pulumi/aws 7.48).
import { always } from "../../controls/encryptionRead";
import { Destinations, field, forEachItem, path } from "../../flows/read";
import { arnOrResource } from "../../flows/arn";
import type { FlowFunction } from "../../flows/types";
import { readNumber } from "../../resource/properties";
import { AWS_REGIONAL_DATA } from "../common";
import type { TypeDeclaration } from "../types";

const SOURCE = "@pulumi/aws 7.48 (backup/*.d.ts); https://docs.aws.amazon.com/aws-backup/latest/devguide/";
const VAULT = "aws:backup/vault:Vault";
const AIR_GAPPED = "aws:backup/logicallyAirGappedVault:LogicallyAirGappedVault";

/**
 * rules[].copyActions[].destinationVaultArn and rules[].targetLogicallyAirGappedBackupVaultArn,
 * where the backups themselves go (`PlanArgs`; input types `PlanRule`, `PlanRuleCopyAction`).
 */
const planFlows: FlowFunction = (props) => {
  const out = new Destinations("aws");
  forEachItem(out, "backup-copy", field(props, "rules"), "rules", (rule, at) => {
    forEachItem(out, "backup-copy", field(rule, "copyActions"), path(at, "copyActions"), (action, a) =>
      arnOrResource(out, "backup-copy", path(a, "destinationVaultArn"), field(action, "destinationVaultArn")),
    );
    const airGapped = path(at, "targetLogicallyAirGappedBackupVaultArn");
    arnOrResource(out, "backup-location", airGapped, field(rule, "targetLogicallyAirGappedBackupVaultArn"));
  });
  return out.list();
};

export const DECLARATIONS: readonly TypeDeclaration[] = [
  {
    token: VAULT,
    ...AWS_REGIONAL_DATA,
    category: "backup",
    source: SOURCE,
    identities: ["name", "arn", "id"],
    // Always encrypted; `kmsKeyArn` picks the key (`VaultArgs`).
    encryption: { kind: "reader", read: (p) => always(p, ["kmsKeyArn"]) },
    // The lock is a side resource, joined by the stack.
    immutability: () => ({
      kind: "elsewhere",
      via: "aws:backup/vaultLockConfiguration:VaultLockConfiguration",
    }),
  },
  {
    token: AIR_GAPPED,
    ...AWS_REGIONAL_DATA,
    category: "backup",
    source: SOURCE,
    identities: ["name", "arn", "id"],
    encryption: { kind: "reader", read: (p) => always(p, ["encryptionKeyArn"]) },
    // A logically air-gapped vault is always locked in compliance mode (`minRetentionDays` required).
    immutability: (p) => {
      const min = readNumber(p, ["minRetentionDays"]);
      if (min.kind === "unknown") return { kind: "unknown", property: min.property };
      return {
        kind: "immutable",
        property: "minRetentionDays",
        mode: "compliance",
        ...(min.kind === "value" ? { retentionDays: min.value as number } : {}),
      };
    },
  },
  {
    token: "aws:backup/vaultLockConfiguration:VaultLockConfiguration",
    cloud: "aws",
    class: "configures",
    source: SOURCE,
    identities: ["id"],
    configures: { property: "backupVaultName", referenceKind: "name", targets: [VAULT] },
    // `changeableForDays` set: compliance mode (immutable after the grace time); absent: governance.
    immutability: (p) => {
      const min = readNumber(p, ["minRetentionDays"]);
      if (min.kind === "unknown") return { kind: "unknown", property: min.property };
      const changeable = readNumber(p, ["changeableForDays"]);
      const mode = changeable.kind === "absent" ? "governance" : "compliance";
      return {
        kind: "immutable",
        property: "minRetentionDays",
        mode,
        ...(min.kind === "value" ? { retentionDays: min.value as number } : {}),
      };
    },
  },
  {
    token: "aws:backup/vaultPolicy:VaultPolicy",
    cloud: "aws",
    class: "configures",
    source: SOURCE,
    identities: ["id"],
    configures: { property: "backupVaultName", referenceKind: "name", targets: [VAULT] },
  },
  {
    // A plan moves data (copy actions) out of the vault it targets: it takes that vault's tags.
    token: "aws:backup/plan:Plan",
    cloud: "aws",
    class: "configures",
    source: SOURCE,
    identities: ["name", "arn", "id"],
    configures: { property: "rules[0].targetVaultName", referenceKind: "name", targets: [VAULT, AIR_GAPPED] },
    flows: planFlows,
  },
];
