import type { PolicyResource, ReportViolation, StackValidationPolicy } from "@pulumi/policy";
import { CLASSIFICATION_RULES, locationInZone } from "../../sovereignty";
import { readEncryption, readImmutability, readPublicAccess, keyReference } from "../../sovereignty/controls";
import type { EncryptionReading } from "../../sovereignty/controls";
import { dataFlows, dataOrigins } from "../../sovereignty/flows";
import type { FlowDestination } from "../../sovereignty/flows/types";
import {
  AZURE_LOCATION,
  AZURE_RESOURCE_GROUP_LOCATION,
  canonicalToken,
  effectiveLocation,
  readPath,
  readString,
  type ConfiguringType,
  type EffectiveLocation,
  type LocationRule,
} from "../../sovereignty/resource";
import type { Classification, Location } from "../../sovereignty/types";
import { isUnknown } from "../../sovereignty/values";
import { approvalStatus, waiver } from "../approvals";
import { describeLocation, judge, type Judged } from "../judge";
import { FRAMEWORK, TAGS } from "../metadata";
import { cannotVerify, engineStackConfig, outsideZone, raw, report, unknownLevel } from "../runtime";
import { POLICY_CONFIG_SCHEMA } from "../schema";
import { loadSettings, type Settings } from "../settings";
import { checkCustomerManagedKey, keyInSameRegion } from "./controls";
import { targetLocation } from "./flows";

export const STACK_REFERENCES = "all-stack-references-enforce-residency";

interface Entry {
  readonly resource: PolicyResource;
  readonly judged: Judged;
  readonly identities: ReadonlySet<string>;
  /** Position in the stack: lookups answer the first match in stack order, as a scan would. */
  readonly order: number;
}

/** Names a resource can be referenced by: `bucket`, `name`, `arn`, `id`, Azure account/vault names. */
const IDENTITY_PROPERTIES = [
  "bucket",
  "name",
  "arn",
  "id",
  "accountName",
  "vaultName",
  "keyId",
  "identifier",
  "clusterIdentifier",
  "resourceGroupName",
  "diskEncryptionSetName",
];

function identities(props: Readonly<Record<string, unknown>>): Set<string> {
  const out = new Set<string>();
  for (const key of IDENTITY_PROPERTIES) {
    const v = props[key];
    if (typeof v === "string" && v !== "" && !isUnknown(v)) out.add(v);
  }
  return out;
}

/** `arn:aws:s3:::name` → name; `projects/p/locations/l/keyRings/r` stays whole (matched by suffix). */
function referenceNames(reference: string): string[] {
  const names = [reference];
  const s3 = /^arn:[^:]+:s3:::([^/]+)$/.exec(reference);
  if (s3) names.push(s3[1]!);
  const lastColon = /^arn:[^:]+:[^:]+:[^:]*:[^:]*:(?:[^:/]+[:/])?([^:/]+)$/.exec(reference);
  if (lastColon) names.push(lastColon[1]!);
  return names;
}

/** Every `…/x` tail of a reference (`a/b/c` → `b/c`, `c`): what an `endsWith("/" + id)` match needs. */
function slashSuffixes(reference: string): string[] {
  const out: string[] = [];
  for (let i = reference.indexOf("/"); i !== -1; i = reference.indexOf("/", i + 1)) {
    if (i + 1 < reference.length) out.push(reference.slice(i + 1));
  }
  return out;
}

/** Canonical type tokens of a `targets` list, computed once per list (the lists are constants). */
const targetSets = new WeakMap<readonly string[], ReadonlySet<string>>();
function targetSet(targets: readonly string[]): ReadonlySet<string> {
  let set = targetSets.get(targets);
  if (!set) {
    set = new Set(targets.flatMap((t) => [t, canonicalToken(t)]));
    targetSets.set(targets, set);
  }
  return set;
}

function first(candidates: Iterable<Entry>, accept: (e: Entry) => boolean): Entry | undefined {
  let best: Entry | undefined;
  for (const e of candidates) if ((!best || e.order < best.order) && accept(e)) best = e;
  return best;
}

/**
 * The stack's resources, indexed once (by URN and by every identity) so that each lookup costs
 * what the reference's names cost, not a scan of the stack: at 50,000 resources the scan made
 * AnalyzeStack quadratic (bench/RESULTS.md).
 */
class StackIndex {
  readonly entries: Entry[] = [];
  private readonly byUrn = new Map<string, Entry>();
  private readonly byIdentity = new Map<string, Entry[]>();
  private readonly canonicalTypes = new Map<string, string>();
  /** Reverse references (`spec.property` → referrers), built on first use per property. */
  private readonly referrers = new Map<
    string,
    { byDependency: Map<string, Entry[]>; byValue: Map<string, Entry[]> }
  >();

  readonly catalog: Settings["catalog"];

  constructor(resources: readonly PolicyResource[], settings: Settings) {
    this.catalog = settings.catalog;
    const config = engineStackConfig();
    for (const resource of resources) {
      const properties = raw(resource.props);
      const judged = judge(
        {
          type: resource.type,
          properties,
          ...(resource.provider
            ? { provider: { type: resource.provider.type, properties: raw(resource.provider.props) } }
            : {}),
          config,
        },
        settings,
      );
      const entry: Entry = {
        resource,
        judged,
        identities: identities(properties),
        order: this.entries.length,
      };
      this.entries.push(entry);
      this.byUrn.set(resource.urn, entry);
      for (const id of entry.identities) push(this.byIdentity, id, entry);
    }
  }

  get(urn: string): Entry | undefined {
    return this.byUrn.get(urn);
  }

  private canonicalType(type: string): string {
    let c = this.canonicalTypes.get(type);
    if (c === undefined) {
      c = canonicalToken(type);
      this.canonicalTypes.set(type, c);
    }
    return c;
  }

  private typeAccepted(e: Entry, targets: readonly string[] | undefined): boolean {
    if (!targets) return true;
    const set = targetSet(targets);
    return set.has(e.resource.type) || set.has(this.canonicalType(e.resource.type));
  }

  /**
   * The resource a property of `from` refers to: first through the engine's property
   * dependencies (known even when the value is unknown at preview), then by name/ARN/id.
   */
  resolve(
    from: Entry,
    property: string,
    targets: readonly string[] | undefined,
    exclude?: readonly Entry[],
  ): Entry | "unknown" | "outside" {
    // A known value names its resource exactly; the dependencies of the top-level property
    // (`rules` for `rules[0].targetVaultName`) may name several resources, so they only stand in
    // for a value that is unknown or names nothing in the stack.
    const value = readPath(from.judged.input.properties, segments(property));
    if (value.kind === "value" && typeof value.value === "string") {
      const named = this.byReference(value.value, targets);
      if (named && !exclude?.includes(named)) return named;
    }
    const top = property.split(/[.[]/)[0]!;
    const deps = from.resource.propertyDependencies?.[top] ?? [];
    for (const dep of deps) {
      const e = this.get(dep.urn);
      if (e && !exclude?.includes(e) && this.typeAccepted(e, targets)) return e;
    }
    if (value.kind === "unknown") return "unknown";
    return "outside";
  }

  /** The first resource (in stack order) one of whose identities the reference names or ends with. */
  byReference(reference: string, targets: readonly string[] | undefined): Entry | undefined {
    const candidates = new Set<Entry>();
    for (const name of [...referenceNames(reference), ...slashSuffixes(reference)])
      for (const e of this.byIdentity.get(name) ?? []) candidates.add(e);
    return first(candidates, (e) => this.typeAccepted(e, targets));
  }

  /** Resources of `targets` types whose `property` names `e` (by dependency, by identity or `…/identity`). */
  referencing(e: Entry, property: string, targets: readonly string[]): Entry[] {
    let index = this.referrers.get(property);
    if (!index) {
      index = { byDependency: new Map(), byValue: new Map() };
      for (const r of this.entries) {
        for (const d of r.resource.propertyDependencies?.[property] ?? []) push(index.byDependency, d.urn, r);
        const v = readString(r.judged.input.properties, [property]);
        if (v.kind === "value" && typeof v.value === "string") {
          push(index.byValue, v.value, r);
          for (const tail of slashSuffixes(v.value)) push(index.byValue, tail, r);
        }
      }
      this.referrers.set(property, index);
    }
    const found = new Set<Entry>(index.byDependency.get(e.resource.urn) ?? []);
    for (const id of e.identities) for (const r of index.byValue.get(id) ?? []) found.add(r);
    return [...found].filter((r) => targets.includes(r.resource.type)).sort((a, b) => a.order - b.order);
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) {
    if (list[list.length - 1] !== value) list.push(value);
  } else map.set(key, [value]);
}

/**
 * A resource's effective location as the stack can tell it: its own, else (azure-native) its
 * resource group's — through `resourceGroupName`, or through `location` when that is an unknown
 * reference such as `group.location`.
 */
function place(index: StackIndex, e: Entry): EffectiveLocation {
  const keyRule = KEY_LOCATIONS[e.resource.type];
  const loc =
    e.judged.description.location.kind === "absent" && keyRule
      ? effectiveLocation(
          keyRule,
          {
            cloud: "azure",
            props: e.judged.input.properties,
            provider: e.judged.input.provider,
            config: engineStackConfig(),
          },
          index.catalog,
        )
      : e.judged.description.location;
  if (loc.kind === "known" || loc.kind === "unrecognised") return loc;
  const rule =
    e.judged.description.holding?.location ?? e.judged.description.configuring?.location ?? keyRule;
  if (!rule?.parent) return loc;
  const group =
    loc.kind === "unknown"
      ? index.resolve(e, loc.property, rule.parent.targets)
      : index.resolve(e, rule.parent.property, rule.parent.targets);
  if (typeof group === "string") {
    return loc.kind === "unknown"
      ? loc
      : { kind: "unknown", property: rule.parent.property, from: "resource" };
  }
  const r = group.resource;
  return effectiveLocation(
    AZURE_RESOURCE_GROUP_LOCATION,
    {
      cloud: "azure",
      props: raw(r.props),
      provider: r.provider ? { type: r.provider.type, properties: raw(r.provider.props) } : undefined,
      config: engineStackConfig(),
    },
    index.catalog,
  );
}

function location(index: StackIndex, e: Entry): Location | undefined {
  const loc = place(index, e);
  return loc.kind === "known" ? loc.location : undefined;
}

/** The zone and classification a configuring resource is judged with: its target's. */
function governing(index: StackIndex, e: Entry, spec: ConfiguringType): Entry | "unknown" | "outside" {
  if (spec.direction === "reverse") {
    const referrers = index.referencing(e, spec.property, spec.targets);
    return referrers.find((r) => r.judged.zone) ?? referrers[0] ?? "outside";
  }
  return index.resolve(e, spec.property, spec.targets);
}

/** The path `rules[0].destination.bucket` as readPath/writePath segments. */
function segments(property: string): (string | number)[] {
  return property
    .split(/\.|\[(\d+)\]/)
    .filter((p) => p !== undefined && p !== "")
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

/** A copy of `bag` with `value` at `path` (containers along the path copied, the rest shared). */
function withValueAt(bag: unknown, path: readonly (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  const container: Record<string | number, unknown> | unknown[] = Array.isArray(bag)
    ? [...(bag as unknown[])]
    : bag !== null && typeof bag === "object"
      ? { ...(bag as Record<string, unknown>) }
      : typeof head === "number"
        ? []
        : {};
  (container as Record<string | number, unknown>)[head!] = withValueAt(
    (container as Record<string | number, unknown>)[head!],
    rest,
    value,
  );
  return container;
}

/**
 * Would a known string at `property` name another resource? Asked of the flow model itself: put
 * a plain name there and see whether the resource's flows then point at a resource through it.
 * A list or object property answers no (a string there is no list of rules).
 */
function namesAResource(e: Entry, property: string): boolean {
  const probe = withValueAt(e.judged.input.properties, segments(property), "sovereignty-probe");
  return dataFlows(e.resource.type, probe as Readonly<Record<string, unknown>>, {}).some(
    (f) => f.property === property && f.target.kind === "resource",
  );
}

function checkDestination(
  index: StackIndex,
  source: Entry,
  governor: Entry,
  flow: FlowDestination,
  settings: Settings,
  reportViolation: ReportViolation,
): void {
  const zone = governor.judged.zone!;
  const classification = governor.judged.classification;
  const subject = `\`${source.resource.type}\` (${source.resource.name})`;
  let place: { location?: Location; raw: string } | undefined;
  const where = targetLocation(flow, settings);
  if (where === "stack" || where === "unknown") {
    // An unknown value is followed through the graph only where a known one would name a resource
    // (a bucket ARN, a vault ARN). A whole list or object unknown at preview (`rules` built with
    // `pulumi.output(rules).apply(...)`, `replicas`, `locations`) names no single resource: its
    // dependencies are whatever it was built from (the plan's own vault, a KMS key), not where
    // the copies go.
    const target =
      where === "unknown" && !namesAResource(source, flow.property)
        ? "unknown"
        : // Dependencies of the declaring property also name the resource this one configures
          // (a plan's `rules` hold `targetVaultName: vault.name`): never the place copies go.
          index.resolve(source, flow.property, undefined, [source, governor]);
    if (typeof target === "string") {
      const level = unknownLevel(classification);
      if (target === "unknown") {
        report(
          reportViolation,
          level,
          `${subject}: ${cannotVerify(`where its ${flow.kind} goes`, flow.property, classification)}`,
          source.resource.urn,
        );
      } else {
        report(
          reportViolation,
          level,
          `${subject}: cannot verify where its ${flow.kind} goes: \`${flow.property}\` names a resource outside this stack`,
          source.resource.urn,
        );
      }
      return;
    }
    const loc = target.judged.description.location;
    if (loc.kind === "unknown") {
      report(
        reportViolation,
        unknownLevel(classification),
        `${subject}: ${cannotVerify(`where its ${flow.kind} goes`, `${target.resource.name}.${loc.property}`, classification)}`,
        source.resource.urn,
      );
      return;
    }
    place =
      loc.kind === "known"
        ? { location: loc.location, raw: loc.raw }
        : { raw: loc.kind === "unrecognised" ? loc.raw : "(no location)" };
  } else {
    place = where;
  }
  if (place.location && locationInZone(place.location, zone)) return;
  const w = waiver(
    approvalStatus(governor.judged.tags.transferApproval, zone, classification, settings),
    place.location,
    place.raw,
    settings,
  );
  if (w.waived) return;
  const name = place.location
    ? `\`${place.location.name}\` (${place.location.countries.join(", ")})`
    : `\`${place.raw}\`, which the catalog does not know,`;
  report(
    reportViolation,
    "policy",
    `${subject}: ${flow.kind} via \`${flow.property}\` sends data to ${name} ${outsideZone(zone)}`,
    source.resource.urn,
  );
}

const KEY_TYPES = [
  "aws:kms/key:Key",
  "aws:kms/replicaKey:ReplicaKey",
  "aws:kms/externalKey:ExternalKey",
  "gcp:kms/cryptoKey:CryptoKey",
  "azure-native:keyvault:Key",
  "azure-native:keyvault:Vault",
  "azure-native:keyvault:ManagedHsm",
  // A managed disk names its key through a disk encryption set, which Azure requires in the
  // disk's region (https://learn.microsoft.com/azure/virtual-machines/disk-encryption#restrictions).
  "azure-native:compute:DiskEncryptionSet",
];

/**
 * Where key containers that are neither data-holding nor side resources are: a disk encryption
 * set has `location`, else its resource group's (compute/diskEncryptionSet.d.ts).
 */
const KEY_LOCATIONS: Readonly<Record<string, LocationRule>> = {
  "azure-native:compute:DiskEncryptionSet": AZURE_LOCATION,
};

/**
 * Where a key resource is: its own location (an Azure vault's resource group when it has none);
 * a GCP CryptoKey whose key ring id is unknown is placed through its ring, an Azure Key Vault key
 * through its vault.
 */
function keyPlace(index: StackIndex, key: Entry): Location | undefined {
  const spec = key.judged.description.configuring;
  if (spec && spec.direction !== "reverse") {
    const vault = index.resolve(key, spec.property, spec.targets);
    return typeof vault === "string" ? undefined : location(index, vault);
  }
  const loc = place(index, key);
  if (loc.kind === "known") return loc.location;
  if (loc.kind === "unknown" && key.judged.description.holding?.location.parse === "gcp-resource-id") {
    const ring = index.resolve(key, loc.property, ["gcp:kms/keyRing:KeyRing"]);
    return typeof ring === "string" ? undefined : location(index, ring);
  }
  return undefined;
}

/**
 * Customer-managed keys the resource policy could not place: a key reference unknown at preview
 * (`kmsKeyId: key.arn`) followed through the graph, Azure Key Vault URIs (no region in them)
 * placed through the vault they name, disk encryption set ids through the set, and keys a resource
 * takes from its source (a snapshot's volume).
 */
function checkKeyThroughStack(
  index: StackIndex,
  e: Entry,
  classification: Classification,
  subject: string,
  settings: Settings,
  reportViolation: ReportViolation,
): void {
  const enc = readEncryption(e.resource.type, e.judged.input.properties);
  if (enc.kind === "inherited") {
    checkInheritedKey(index, e, enc, classification, subject, settings, reportViolation);
    return;
  }
  if (CLASSIFICATION_RULES[classification].customerManagedKeyInSameRegion)
    placeKey(index, e, e, enc, classification, subject, reportViolation);
}

/**
 * The source's encryption, judged against this resource's own location exactly as if it were the
 * resource's own: disabled → encryption at rest; provider default → customer-managed key; a key
 * → placed.
 */
function checkInheritedKey(
  index: StackIndex,
  e: Entry,
  enc: Extract<EncryptionReading, { kind: "inherited" }>,
  classification: Classification,
  subject: string,
  settings: Settings,
  reportViolation: ReportViolation,
): void {
  const cmk = CLASSIFICATION_RULES[classification].customerManagedKeyInSameRegion;
  const what = cmk ? "its customer-managed key" : "encryption at rest";
  const urn = e.resource.urn;
  const source = index.resolve(e, enc.property, enc.from, [e]);
  if (typeof source === "string") {
    report(
      reportViolation,
      unknownLevel(classification),
      `${subject}: cannot verify ${what}: \`${enc.property}\` names no \`${enc.from.join("` or `")}\` in this stack`,
      urn,
    );
    return;
  }
  const from = source.resource.name;
  const own = readEncryption(source.resource.type, source.judged.input.properties);
  switch (own.kind) {
    case "disabled":
      report(
        reportViolation,
        "policy",
        `${subject}: ${classification} data must be encrypted at rest; its source ${from}'s \`${own.property}\` disables it`,
        urn,
      );
      return;
    case "unknown":
      if (own.atRest === "unknown") {
        report(
          reportViolation,
          unknownLevel(classification),
          `${subject}: ${cannotVerify("encryption at rest", `${from}.${own.property}`, classification)}`,
          urn,
        );
      } else if (cmk) {
        placeKey(
          index,
          source,
          e,
          own,
          classification,
          `${subject} (key of its source ${from})`,
          reportViolation,
        );
      }
      return;
    case "provider-default":
      if (cmk)
        report(
          reportViolation,
          "policy",
          `${subject}: ${classification} data requires a customer-managed key in the resource's region; its source ${from} has none (\`${own.property}\`)`,
          urn,
        );
      return;
    case "customer-managed": {
      if (!cmk) return;
      const via = `${subject} (key of its source ${from})`;
      if (own.key.region) {
        const cloud = e.judged.description.cloud ?? "aws";
        checkCustomerManagedKey(
          own,
          via,
          cloud,
          location(index, e),
          classification,
          settings,
          reportViolation,
          urn,
        );
      } else {
        placeKey(index, source, e, own, classification, via, reportViolation);
      }
      return;
    }
    default:
      // The source's key is on a side resource, its own source, or a type the model cannot read.
      report(
        reportViolation,
        unknownLevel(classification),
        `${subject}: cannot verify ${what}: its source ${from} (\`${source.resource.type}\`) does not say which key it uses`,
        urn,
      );
  }
}

/**
 * Places the key that `holder`'s encryption reading names (a reference unknown at preview, an
 * Azure Key Vault URI, a disk encryption set id) against `e`'s location; `holder` is `e` itself
 * or the source `e` takes its key from.
 */
function placeKey(
  index: StackIndex,
  holder: Entry,
  e: Entry,
  enc: EncryptionReading,
  classification: Classification,
  subject: string,
  reportViolation: ReportViolation,
): void {
  let key: Entry | "unknown" | "outside";
  let property: string;
  // A switch that can turn encryption off (`storageEncrypted` unknown) is reported by the resource
  // policy as "cannot verify encryption at rest"; only an unknown key reference is followed here.
  if (enc.kind === "unknown" && enc.atRest === "on") {
    property = enc.property;
    key = index.resolve(holder, enc.property, KEY_TYPES);
  } else if (enc.kind === "customer-managed" && !enc.key.region) {
    property = enc.key.property;
    const vault = /^https:\/\/([^./]+)\.(?:vault|managedhsm)\.azure\.net\//i.exec(enc.key.raw);
    // `/subscriptions/…/providers/Microsoft.Compute/diskEncryptionSets/<name>`
    const set = /\/diskEncryptionSets\/([^/]+)$/i.exec(enc.key.raw);
    const name = vault?.[1] ?? set?.[1];
    if (!name) return; // an AWS key id or alias: the service resolves it in the resource's own region
    key = index.resolve(holder, enc.key.property, KEY_TYPES);
    if (typeof key === "string") key = index.byReference(name, KEY_TYPES) ?? "outside";
  } else {
    return;
  }
  const resourceLocation = location(index, e);
  if (typeof key === "string") {
    const where = holder === e ? "" : ` of ${holder.resource.name}`;
    const why = key === "outside" ? `: \`${property}\`${where} names no key in this stack` : "";
    report(
      reportViolation,
      unknownLevel(classification),
      `${subject}: ${key === "unknown" ? cannotVerify("that its customer-managed key is in its region", holder === e ? property : `${holder.resource.name}.${property}`, classification) : `cannot verify that its customer-managed key is in its region${why}`}`,
      e.resource.urn,
    );
    return;
  }
  const place = keyPlace(index, key);
  if (!place || !resourceLocation) {
    report(
      reportViolation,
      unknownLevel(classification),
      `${subject}: cannot verify that its customer-managed key ${key.resource.name} is in its region: the key's or the resource's location is unknown`,
      e.resource.urn,
    );
    return;
  }
  if (keyInSameRegion(place, resourceLocation) !== true) {
    report(
      reportViolation,
      "policy",
      `${subject}: customer-managed key ${key.resource.name} is in \`${place.name}\`, not in the resource's region \`${resourceLocation.name}\``,
      e.resource.urn,
    );
  }
}

function validate(
  resources: readonly PolicyResource[],
  settings: Settings,
  reportViolation: ReportViolation,
): void {
  const index = new StackIndex(resources, settings);
  const cmkCovered = new Set<string>();
  const lockCovered = new Set<string>();

  for (const e of index.entries) {
    const d = e.judged.description;
    const subject = `\`${e.resource.type}\` (${e.resource.name})`;
    const urn = e.resource.urn;

    // 1. Side resources: judged with the tags of the resource they configure.
    if (d.configuring) {
      const spec = d.configuring;
      const target = governing(index, e, spec);
      if (typeof target === "string") {
        const movesData =
          spec.holdsData !== undefined ||
          dataFlows(e.resource.type, e.judged.input.properties, {}).length > 0;
        if (target === "outside" && movesData) {
          // Not a pass: without the configured resource's tags nothing here can be judged.
          report(
            reportViolation,
            "advisory",
            `${subject}: cannot verify where it keeps or sends data: the resource it configures (\`${spec.property}\`) is not in this stack, so its residency tags are unknown here`,
            urn,
          );
        } else if (target === "unknown") {
          report(
            reportViolation,
            "advisory",
            `${subject}: cannot tell which resource it configures: \`${spec.property}\` is unknown and not linked to a resource in this stack`,
            urn,
          );
        }
        continue;
      }
      const zone = target.judged.zone;
      const classification = target.judged.classification;
      if (!zone) continue; // the target's own missing tags are reported on the target
      const rules = classification ? CLASSIFICATION_RULES[classification] : undefined;
      const staysInZone = rules?.staysInZone ?? true;
      // Its own location, when it holds data (backup replicas, table replicas, key rings).
      if (spec.holdsData && staysInZone) {
        const loc = d.location;
        if (loc.kind === "known" && !locationInZone(loc.location, zone)) {
          const w = waiver(
            approvalStatus(target.judged.tags.transferApproval, zone, classification, settings),
            loc.location,
            loc.raw,
            settings,
          );
          if (!w.waived)
            report(
              reportViolation,
              "policy",
              `${subject} holds ${target.resource.name}'s data in ${describeLocation(d)}, ${outsideZone(zone)}${w.note}`,
              urn,
            );
        } else if (loc.kind === "unknown") {
          report(
            reportViolation,
            unknownLevel(classification),
            `${subject}: ${cannotVerify(`that it stays inside the declared zone \`${zone.id}\``, loc.property, classification)}`,
            urn,
          );
        } else if (loc.kind === "unrecognised") {
          report(
            reportViolation,
            "policy",
            `${subject} is in \`${loc.raw}\`, which the catalog does not know, so it counts as ${outsideZone(zone)}`,
            urn,
          );
        }
      }
      // Where it sends the target's data (replication rules, backup copy actions).
      if (staysInZone)
        for (const flow of dataFlows(e.resource.type, e.judged.input.properties, {}))
          checkDestination(index, e, target, flow, settings, reportViolation);
      if (!rules || !classification) continue;
      // Controls configured on side resources.
      if (!rules.publicAccessAllowed) {
        const pub = readPublicAccess(e.resource.type, e.judged.input.properties);
        if (pub.kind === "public")
          report(
            reportViolation,
            "policy",
            `${subject}: ${classification} data in ${target.resource.name} must not be publicly accessible; ${pub.detail}`,
            urn,
          );
        else if (pub.kind === "unknown")
          report(
            reportViolation,
            unknownLevel(classification),
            `${subject}: ${cannotVerify("that it is not public", pub.property, classification)}`,
            urn,
          );
      }
      if (
        rules.customerManagedKeyInSameRegion &&
        /bucketServerSideEncryptionConfiguration/.test(e.resource.type)
      ) {
        const keyRead = readString(e.judged.input.properties, [
          "rule",
          "applyServerSideEncryptionByDefault",
          "kmsMasterKeyId",
        ]);
        const keyRead2 =
          keyRead.kind === "absent"
            ? readString(e.judged.input.properties, [
                "rules",
                0,
                "applyServerSideEncryptionByDefault",
                "kmsMasterKeyId",
              ])
            : keyRead;
        const enc =
          keyRead2.kind === "unknown"
            ? ({ kind: "unknown", property: keyRead2.property, atRest: "on" } as const)
            : keyRead2.kind === "value"
              ? ({
                  kind: "customer-managed",
                  key: keyReference(keyRead2.value as string, keyRead2.property),
                } as const)
              : ({ kind: "provider-default", property: keyRead2.property } as const);
        if (enc.kind === "unknown") {
          // Usually `key.arn` of a key in this stack: place the key itself.
          const key = index.resolve(e, "rules", ["aws:kms/key:Key", "aws:kms/replicaKey:ReplicaKey"]);
          if (typeof key !== "string") {
            const keyLoc = location(index, key);
            const targetLoc = location(index, target);
            if (keyLoc && targetLoc && keyLoc.name !== targetLoc.name) {
              report(
                reportViolation,
                "policy",
                `${subject}: customer-managed key ${key.resource.name} is in \`${keyLoc.name}\`, not in the bucket's region \`${targetLoc.name}\``,
                urn,
              );
            }
            cmkCovered.add(target.resource.urn);
            continue;
          }
        }
        checkCustomerManagedKey(
          enc,
          subject,
          "aws",
          location(index, target),
          classification,
          settings,
          reportViolation,
          urn,
        );
        if (enc.kind === "customer-managed") cmkCovered.add(target.resource.urn);
      }
      if (rules.immutableBackups) {
        const imm = readImmutability(e.resource.type, e.judged.input.properties);
        if (imm.kind === "immutable") {
          lockCovered.add(target.resource.urn);
          if (imm.retentionDays !== undefined && imm.retentionDays < settings.minimumRetentionDays) {
            report(
              reportViolation,
              "policy",
              `${subject}: immutable retention of ${imm.retentionDays} days is below the minimum of ${settings.minimumRetentionDays} days (\`${imm.property}\`)`,
              urn,
            );
          }
        } else if (imm.kind === "unknown") {
          lockCovered.add(target.resource.urn);
          report(
            reportViolation,
            unknownLevel(classification),
            `${subject}: ${cannotVerify("backup immutability", imm.property, classification)}`,
            urn,
          );
        }
      }
      continue;
    }

    if (!d.dataHolding || !e.judged.zone) continue;
    const zone = e.judged.zone;
    const classification = e.judged.classification;
    const rules = classification ? CLASSIFICATION_RULES[classification] : undefined;
    if (rules && !rules.staysInZone) continue;

    // 2. Locations named by a reference the resource policy could not read (a CryptoKey's `keyRing`).
    if (d.location.kind === "unknown" && d.holding?.location.parse === "gcp-resource-id") {
      const ring = index.resolve(e, d.location.property, undefined);
      const ringLoc = typeof ring === "string" ? undefined : ring.judged.description.location;
      if (ringLoc?.kind === "known") {
        if (!locationInZone(ringLoc.location, zone)) {
          report(
            reportViolation,
            "policy",
            `${subject} is in \`${ringLoc.location.name}\` (through ${(ring as Entry).resource.name}), ${outsideZone(zone)}`,
            urn,
          );
        }
      } else {
        report(
          reportViolation,
          unknownLevel(classification),
          `${subject}: ${cannotVerify(`that it stays inside the declared zone \`${zone.id}\``, d.location.property, classification)}`,
          urn,
        );
      }
    }

    // 2b. azure-native resources without a location of their own: their resource group's.
    const rule = d.holding?.location;
    if (rule?.parent && (d.location.kind === "absent" || d.location.kind === "unknown")) {
      const loc = place(index, e);
      if (loc.kind === "known" && !locationInZone(loc.location, zone)) {
        const w = waiver(
          approvalStatus(e.judged.tags.transferApproval, zone, classification, settings),
          loc.location,
          loc.raw,
          settings,
        );
        if (!w.waived) {
          report(
            reportViolation,
            "policy",
            `${subject} is in \`${loc.location.name}\` (${loc.location.countries.join(", ")}; from its resource group), ${outsideZone(zone)}${w.note}`,
            urn,
          );
        }
      } else if (loc.kind === "unrecognised") {
        report(
          reportViolation,
          "policy",
          `${subject} is in \`${loc.raw}\` (from its resource group), which the catalog does not know, so it counts as ${outsideZone(zone)}`,
          urn,
        );
      } else if (loc.kind === "unknown" || loc.kind === "absent") {
        const property = loc.kind === "unknown" ? loc.property : rule.parent.property;
        report(
          reportViolation,
          unknownLevel(classification),
          `${subject}: ${cannotVerify(`that it stays inside the declared zone \`${zone.id}\``, property, classification)}`,
          urn,
        );
      }
    }

    // 3. Flows whose destination only the stack can place.
    const primary = location(index, e);
    for (const flow of dataFlows(e.resource.type, e.judged.input.properties, primary ? { primary } : {})) {
      const where = targetLocation(flow, settings);
      // The resource policy judged location targets only when it knew the resource's own location
      // (Azure geo-redundancy goes to the pair of a location only the stack may know).
      if (
        where === "stack" ||
        where === "unknown" ||
        (d.holding?.location.parent && d.location.kind !== "known")
      ) {
        checkDestination(index, e, e, flow, settings, reportViolation);
      }
    }
  }

  // 4. Copies keep the source's zone and classification.
  for (const e of index.entries) {
    for (const origin of dataOrigins(e.resource.type, e.judged.input.properties)) {
      const source = index.resolve(e, origin.property, undefined);
      if (typeof source === "string" || !source.judged.zone) continue;
      const zone = source.judged.zone;
      const classification = source.judged.classification;
      if (classification && !CLASSIFICATION_RULES[classification].staysInZone) continue;
      const loc = e.judged.description.location;
      const subject = `\`${e.resource.type}\` (${e.resource.name})`;
      if (loc.kind === "known" && !locationInZone(loc.location, zone)) {
        const w = waiver(
          approvalStatus(source.judged.tags.transferApproval, zone, classification, settings),
          loc.location,
          loc.raw,
          settings,
        );
        if (!w.waived) {
          report(
            reportViolation,
            "policy",
            `${subject} is a ${origin.kind} of ${source.resource.name} in ${describeLocation(e.judged.description)}, ${outsideZone(zone)} of its source${w.note}`,
            e.resource.urn,
          );
        }
      } else if (loc.kind === "unknown") {
        report(
          reportViolation,
          unknownLevel(classification),
          `${subject}: ${cannotVerify(`that this copy of ${source.resource.name} stays inside the declared zone \`${zone.id}\``, loc.property, classification)}`,
          e.resource.urn,
        );
      }
    }
  }

  // 5. Controls that must exist on a side resource for personal/special data.
  for (const e of index.entries) {
    const c = e.judged.classification;
    if (!c || e.judged.description.configuring) continue;
    const rules = CLASSIFICATION_RULES[c];
    const subject = `\`${e.resource.type}\` (${e.resource.name})`;
    if (
      e.judged.description.dataHolding &&
      (rules.customerManagedKeyInSameRegion || rules.encryptionAtRest === "required")
    ) {
      checkKeyThroughStack(index, e, c, subject, settings, reportViolation);
    }
    if (
      rules.customerManagedKeyInSameRegion &&
      readEncryption(e.resource.type, e.judged.input.properties).kind === "elsewhere" &&
      !cmkCovered.has(e.resource.urn)
    ) {
      report(
        reportViolation,
        "policy",
        `${subject}: ${c} data requires a customer-managed key in the bucket's region; no server-side encryption configuration with a KMS key targets it`,
        e.resource.urn,
      );
    }
    if (
      rules.immutableBackups &&
      e.judged.description.category === "backup" &&
      readImmutability(e.resource.type, e.judged.input.properties).kind === "elsewhere" &&
      !lockCovered.has(e.resource.urn)
    ) {
      report(
        reportViolation,
        "policy",
        `${subject}: ${c} backups must be immutable; no vault lock / object lock configuration targets it`,
        e.resource.urn,
      );
    }
  }
}

export const stackReferencesEnforceResidency: StackValidationPolicy = {
  name: STACK_REFERENCES,
  displayName: "Residency through references between resources",
  description:
    "Judges what one resource at a time cannot: side resources (S3 replication, encryption, public access and object lock configurations, AWS Backup vault locks and plans, Azure storage children, GCP key rings and bucket IAM) with the residency tags of the resource they configure; " +
    "replication and copy destinations named by reference (an S3 bucket ARN has no region) placed through the stack; copies (read replicas, table replicas, replica keys) kept in their source's zone; customer-managed keys and backup locks configured on side resources; keys named through a disk encryption set or taken from a source (a snapshot's volume), judged against the resource's own region. " +
    "Unknown values: references are followed through the engine's property dependencies even when their values are unknown; what stays unresolvable is 'cannot verify' naming the property — at the policy's level for personal/special data, advisory otherwise.",
  enforcementLevel: "mandatory",
  severity: "critical",
  framework: FRAMEWORK,
  tags: TAGS,
  remediationSteps:
    "Point replication rules and backup copy actions at destinations inside the source's zone; configure S3 server-side encryption with a KMS key in the bucket's region; add an AWS Backup vault lock (or S3 object lock) with at least the minimum retention for personal and special data; keep replicas in the source's zone or record a transfer approval on the source.",
  configSchema: POLICY_CONFIG_SCHEMA,
  validateStack: (args, reportViolation) => {
    const settings = loadSettings(args.getConfig(), STACK_REFERENCES);
    validate(args.resources, settings, reportViolation);
  },
};
