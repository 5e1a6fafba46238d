// all-stack-references-enforce-residency: what one resource at a time cannot judge, read from the
// stack graph (sovereignty/graph): side resources with the tags of what they configure, locations
// placed through resource groups and key rings, flow destinations named by reference, copies kept
// in their source's zone, keys joined from side resources and sources. Every "in zone?" goes
// through the one verdict; a fact the resource rules already state about a resource is not stated
// again here.
import type { PolicyResource } from "@pulumi/policy";
import { CLASSIFICATION_RULES } from "../../sovereignty";
import {
  encryptionReaderFor,
  readEncryption,
  readImmutability,
  readPublicAccess,
} from "../../sovereignty/controls";
import type { EncryptionReading } from "../../sovereignty/controls";
import type { FlowDestination } from "../../sovereignty/flows/types";
import {
  describeLocation,
  flowPlace,
  KEY_TYPES,
  StackGraph,
  type GraphNode,
  type GraphSettings,
} from "../../sovereignty/graph";
import { AZURE_RESOURCE_GROUP } from "../../sovereignty/resource";
import type { EffectiveLocation } from "../../sovereignty/resource";
import type { Classification } from "../../sovereignty/types";
import {
  cannotVerify,
  cannotVerifyOutside,
  describePlace,
  FindingSet,
  outsideZone,
  placementVerdict,
  staysInZone,
  unverifiable,
  locationVerdict,
  type Fact,
  type Finding,
  type LocationQuestion,
  type Place,
  type Subject,
} from "../../sovereignty/verdict";
import { configuredLevel } from "../allKey";
import { stackPolicy } from "../policy";
import { engineStackConfig, recordsOf } from "../runtime";
import type { Settings } from "../settings";
import { customerManagedKeyFindings, keyInSameRegion } from "./keys";
import { ownSubject } from "./location";
import { RESOURCE_RULES } from "./resourceRules";

export const STACK_REFERENCES = "all-stack-references-enforce-residency";

/** The stack graph the pack's stack rule reads, from what AnalyzeStack hands a stack policy. */
export function packGraph(resources: readonly PolicyResource[], settings: Settings): StackGraph {
  const graphSettings: GraphSettings = {
    catalog: settings.catalog,
    zones: settings.zones,
    defaults: settings.defaults,
    config: engineStackConfig(),
  };
  // AnalyzeStack decodes its own property bags, so the resource rules' per-request memo could never
  // answer here: judge each resource directly rather than fill the memo with entries never read.
  return new StackGraph(recordsOf(resources), graphSettings);
}

/** The subject a governing resource's own tags make (zone, classification, approval). */
function subjectOf(governor: GraphNode, settings: Settings): Subject | undefined {
  return ownSubject(governor.judged, settings);
}

class StackRule {
  readonly findings = new FindingSet();
  private readonly cmkCovered = new Set<GraphNode>();
  private readonly lockCovered = new Set<GraphNode>();

  constructor(
    private readonly graph: StackGraph,
    private readonly settings: Settings,
  ) {}

  private add(f: Finding | undefined): void {
    this.findings.add(f);
  }

  private verdict(
    node: GraphNode,
    fact: Fact,
    subject: Subject,
    place: Place,
    message: (note: string) => string,
  ): void {
    this.add(
      placementVerdict(
        { rule: STACK_REFERENCES, urn: node.record.urn, fact, subject, place, message },
        this.settings,
      ),
    );
  }

  /** The `location` fact of `node`, judged with `subject`'s tags (messages: the two that differ). */
  private location(
    node: GraphNode,
    subject: Subject,
    location: EffectiveLocation,
    messages: Pick<LocationQuestion, "outside" | "unrecognised"> & { readonly what?: string },
  ): void {
    const subjectName = `\`${node.record.type}\` (${node.record.name})`;
    const what = messages.what ?? "that it stays";
    this.add(
      locationVerdict(
        {
          rule: STACK_REFERENCES,
          urn: node.record.urn,
          subject,
          location,
          outside: messages.outside,
          unrecognised: messages.unrecognised,
          unknown: (property, outsideStack) =>
            `${subjectName}: ${(outsideStack ? cannotVerifyOutside : cannotVerify)(`${what} inside the declared zone \`${subject.zone.id}\``, property, subject.classification)}`,
        },
        this.settings,
      ),
    );
  }

  private violation(urn: string, fact: Fact, message: string): void {
    this.add({ rule: STACK_REFERENCES, urn, fact, level: "policy", message });
  }

  private unverified(
    node: GraphNode,
    fact: Fact,
    classification: Classification | undefined,
    message: string,
  ): void {
    this.add(unverifiable(STACK_REFERENCES, node.record.urn, fact, classification, message));
  }

  run(): void {
    for (const node of this.graph.nodes) {
      if (node.judged.description.configuring) this.sideResource(node);
      else if (node.judged.dataOf) this.processesDataOf(node);
      else this.placedThroughGraph(node);
    }
    for (const node of this.graph.nodes) this.copies(node);
    for (const node of this.graph.nodes) this.controlsElsewhere(node);
  }

  /** 1. Side resources: judged with the tags of the resource they configure. */
  private sideResource(e: GraphNode): void {
    const spec = e.judged.description.configuring!;
    const subjectName = `\`${e.record.type}\` (${e.record.name})`;
    const urn = e.record.urn;
    const target = this.graph.governor(e);
    if (typeof target === "string") {
      const movesData = spec.holdsData !== undefined || this.graph.flows(e).length > 0;
      if (target === "outside" && movesData) {
        // Not a pass: without the configured resource's tags nothing here can be judged.
        this.add({
          rule: STACK_REFERENCES,
          urn,
          fact: "configures",
          level: "advisory",
          message: `${subjectName}: cannot verify where it keeps or sends data: the resource it configures (\`${spec.property}\`) is not in this stack, so its residency tags are unknown here`,
        });
      } else if (target === "unknown") {
        this.add({
          rule: STACK_REFERENCES,
          urn,
          fact: "configures",
          level: "advisory",
          message: `${subjectName}: cannot tell which resource it configures: \`${spec.property}\` is unknown and not linked to a resource in this stack`,
        });
      }
      return;
    }
    const subject = subjectOf(target, this.settings);
    if (!subject) return; // the target's own missing tags are reported on the target
    const classification = subject.classification;
    const zone = subject.zone;
    // Its own location, when it holds data (backup replicas, table replicas, key rings).
    if (spec.holdsData)
      this.location(e, subject, this.graph.place(e).location, {
        outside: (loc, note) =>
          `${subjectName} holds ${target.record.name}'s data in ${describeLocation(loc)}, ${outsideZone(zone)}${note}`,
        unrecognised: (loc, note) =>
          `${subjectName} is in \`${loc.raw}\`, which the catalog does not know, so it counts as ${outsideZone(zone)}${note}`,
      });
    // Where it sends the target's data (replication rules, backup copy actions).
    if (staysInZone(classification))
      for (const flow of this.graph.flows(e)) this.destination(e, target, subject, flow);
    if (!classification) return;
    const rules = CLASSIFICATION_RULES[classification];
    // Controls configured on side resources.
    if (!rules.publicAccessAllowed) {
      const pub = readPublicAccess(e.record.type, e.record.properties);
      if (pub.kind === "public")
        this.violation(
          urn,
          "public-access",
          `${subjectName}: ${classification} data in ${target.record.name} must not be publicly accessible; ${pub.detail}`,
        );
      else if (pub.kind === "unknown")
        this.unverified(
          e,
          "public-access",
          classification,
          `${subjectName}: ${cannotVerify("that it is not public", pub.property, classification)}`,
        );
    }
    // A side resource that sets its target's encryption (S3 `BucketServerSideEncryptionConfiguration`,
    // a Spanner database's CMEK): its key is placed against the target's region.
    const sideReader = encryptionReaderFor(e.record.type);
    if (rules.customerManagedKeyInSameRegion && sideReader)
      this.sideEncryption(e, sideReader(e.record.properties), target, subjectName, classification);
    if (rules.immutableBackups) {
      const imm = readImmutability(e.record.type, e.record.properties);
      if (imm.kind === "immutable") {
        this.lockCovered.add(target);
        if (imm.retentionDays !== undefined && imm.retentionDays < this.settings.minimumRetentionDays)
          this.violation(
            urn,
            "retention",
            `${subjectName}: immutable retention of ${imm.retentionDays} days is below the minimum of ${this.settings.minimumRetentionDays} days (\`${imm.property}\`)`,
          );
      } else if (imm.kind === "unknown") {
        this.lockCovered.add(target);
        this.unverified(
          e,
          "immutability",
          classification,
          `${subjectName}: ${cannotVerify("backup immutability", imm.property, classification)}`,
        );
      }
    }
  }

  /** A side resource's encryption reading: its customer-managed key placed against its target's region. */
  private sideEncryption(
    e: GraphNode,
    enc: EncryptionReading,
    target: GraphNode,
    subjectName: string,
    classification: Classification,
  ): void {
    if (enc.kind === "unknown") {
      // Usually `key.arn` of a key in this stack: place the key itself.
      const key = this.graph.resolve(e, enc.property, KEY_TYPES);
      if (typeof key !== "string") {
        const keyLoc = this.graph.location(key);
        const targetLoc = this.graph.location(target);
        if (keyLoc && targetLoc && keyInSameRegion(keyLoc, targetLoc) === false)
          this.violation(
            e.record.urn,
            "key",
            `${subjectName}: customer-managed key ${key.record.name} is in \`${keyLoc.name}\`, not in ${target.record.name}'s region \`${targetLoc.name}\``,
          );
        this.cmkCovered.add(target);
        return;
      }
    }
    for (const f of customerManagedKeyFindings(
      STACK_REFERENCES,
      e.record.urn,
      enc,
      subjectName,
      target.judged.description.cloud ?? "aws",
      this.graph.location(target),
      classification,
      this.settings,
    ))
      this.add(f);
    if (enc.kind === "customer-managed") this.cmkCovered.add(target);
  }

  /**
   * 1b. A resource without a zone of its own that processes the data of the holder it runs inside
   * (an AI model deployment in its account): judged with the holder's tags. A holder the stack
   * cannot show leaves its flows unjudged: said, never passed in silence.
   */
  private processesDataOf(e: GraphNode): void {
    const spec = e.judged.dataOf!;
    const holder = this.graph.governor(e);
    if (typeof holder !== "string") return this.placedThroughGraph(e, holder);
    const subjectName = `\`${e.record.type}\` (${e.record.name})`;
    this.add({
      rule: STACK_REFERENCES,
      urn: e.record.urn,
      fact: "configures",
      level: "advisory",
      message:
        holder === "outside"
          ? `${subjectName}: cannot verify where it processes data: it declares no zone of its own and the resource whose data it processes (\`${spec.property}\`) is not in this stack, so its residency tags are unknown here`
          : `${subjectName}: cannot tell whose data it processes: \`${spec.property}\` is unknown and not linked to a resource in this stack`,
    });
  }

  /**
   * 2. Locations and flows of a tagged resource that only the graph can place; `governor`: the
   * resource whose tags judge it (itself, or the holder whose data it processes).
   */
  private placedThroughGraph(e: GraphNode, governor: GraphNode = e): void {
    const j = e.judged;
    const subject = subjectOf(governor, this.settings);
    if (!subject || !staysInZone(subject.classification)) return;
    const zone = subject.zone;
    const subjectName = `\`${e.record.type}\` (${e.record.name})`;
    const rule = j.description.holding?.location ?? j.placement.location;
    const own = j.location;
    // Through a key ring (a CryptoKey's `keyRing` unknown at preview) or a resource group (an
    // azure-native resource without a location of its own).
    const throughRing = own.kind === "unknown" && rule?.parse === "gcp-resource-id";
    const throughGroup = rule?.parent !== undefined && (own.kind === "absent" || own.kind === "unknown");
    const placed = throughRing || throughGroup ? this.graph.place(e) : undefined;
    // Placed through the holder whose tags judge it: that place is the holder's own location fact.
    if (placed && !(governor !== e && placed.through === governor)) {
      const via =
        placed.through?.record.type === AZURE_RESOURCE_GROUP
          ? "from its resource group"
          : `through ${placed.through?.record.name}`;
      // A group without a location of its own: as unknown as the reference to it.
      const location: EffectiveLocation =
        placed.location.kind === "absent"
          ? { kind: "unknown", property: rule!.parent!.property, from: "resource" }
          : placed.location;
      this.location(e, subject, location, {
        outside: (loc, note) =>
          throughRing
            ? `${subjectName} is in \`${loc.location.name}\` (${via}), ${outsideZone(zone)}${note}`
            : `${subjectName} is in \`${loc.location.name}\` (${loc.location.countries.join(", ")}; ${via}), ${outsideZone(zone)}${note}`,
        unrecognised: (loc, note) =>
          `${subjectName} is in \`${loc.raw}\` (${via}), which the catalog does not know, so it counts as ${outsideZone(zone)}${note}`,
      });
    }
    // 3. Flows whose destination only the stack can place. The flows rule judged location
    // targets only when it knew the resource's own location (Azure geo-redundancy goes to the
    // pair of a location only the stack may know).
    // Judged with another resource's tags, no resource rule judged any of its flows.
    for (const flow of this.graph.flows(e)) {
      const where = flowPlace(flow, this.settings.catalog);
      if (
        governor !== e ||
        where === "stack" ||
        where === "unknown" ||
        (rule?.parent && own.kind !== "known")
      )
        this.destination(e, governor, subject, flow);
    }
  }

  /** Where one flow of `source` goes, judged with `governor`'s tags. */
  private destination(source: GraphNode, governor: GraphNode, subject: Subject, flow: FlowDestination): void {
    const { zone, classification } = subject;
    const subjectName = `\`${source.record.type}\` (${source.record.name})`;
    const r = this.graph.resolveFlow(source, governor, flow);
    const fact: Fact = `flow:${flow.property}`;
    switch (r.kind) {
      case "unknown":
        return this.unverified(
          source,
          fact,
          classification,
          `${subjectName}: ${cannotVerify(`where its ${flow.kind} goes`, r.property, classification)}`,
        );
      case "outside":
        return this.unverified(
          source,
          fact,
          classification,
          `${subjectName}: cannot verify where its ${flow.kind} goes: \`${flow.property}\` names a resource outside this stack`,
        );
      case "target-unknown":
        return this.unverified(
          source,
          fact,
          classification,
          `${subjectName}: ${cannotVerify(`where its ${flow.kind} goes`, r.property, classification)}`,
        );
      case "place": {
        // A flow to the resource's own location (an RDS backups replica's `region`) is where it
        // keeps data: the `location` fact.
        const own = this.graph.location(source);
        const toOwn = r.place.kind === "location" && own !== undefined && r.place.location.name === own.name;
        this.verdict(
          source,
          toOwn ? "location" : fact,
          subject,
          r.place,
          (note) =>
            `${subjectName}: ${flow.kind} via \`${flow.property}\` sends data to ${describePlace(r.place)} ${outsideZone(zone)}${note}`,
        );
      }
    }
  }

  /** 4. Copies keep the source's zone and classification. */
  private copies(e: GraphNode): void {
    const subjectName = `\`${e.record.type}\` (${e.record.name})`;
    for (const { origin, source } of this.graph.origins(e)) {
      // A copy keeps its source's zone: the tags the source is judged with (a global cluster's
      // are its primary's).
      const governor = typeof source === "string" ? source : this.graph.governor(source);
      if (typeof governor === "string") {
        // Not a pass: the zone this copy must keep is its source's, and nothing in this stack
        // tells it (a source id unknown at preview and linked to nothing, or managed elsewhere).
        const classification = e.judged.classification;
        const what = `that this ${origin.kind} stays in its source's zone`;
        this.unverified(
          e,
          "location",
          classification,
          `${subjectName}: ${(governor === "unknown" ? cannotVerify : cannotVerifyOutside)(what, origin.property, classification)}`,
        );
        continue;
      }
      if (typeof source === "string") continue;
      const subject = subjectOf(governor, this.settings);
      if (!subject || !staysInZone(subject.classification)) continue;
      const of = `${origin.kind} of ${source.record.name}`;
      // Where the graph places it: a copy without a location of its own (a database on a server,
      // a replicated VM in its recovery fabric) is where its parent is.
      this.location(e, subject, this.graph.place(e).location, {
        outside: (loc, note) =>
          `${subjectName} is a ${of} in ${describeLocation(loc)}, ${outsideZone(subject.zone)} of its source${note}`,
        unrecognised: (loc, note) =>
          `${subjectName} is a ${of} in \`${loc.raw}\`, which the catalog does not know, so it counts as ${outsideZone(subject.zone)} of its source${note}`,
        what: `that this copy of ${source.record.name} stays`,
      });
    }
  }

  /** 5. Controls that must exist on a side resource (or a source) for personal/special data. */
  private controlsElsewhere(e: GraphNode): void {
    const c = e.judged.classification;
    if (!c || e.judged.description.configuring) return;
    const rules = CLASSIFICATION_RULES[c];
    const subjectName = `\`${e.record.type}\` (${e.record.name})`;
    if (
      e.judged.description.dataHolding &&
      (rules.customerManagedKeyInSameRegion || rules.encryptionAtRest === "required")
    )
      this.keyThroughStack(e, c, subjectName);
    if (
      rules.customerManagedKeyInSameRegion &&
      readEncryption(e.record.type, e.record.properties).kind === "elsewhere" &&
      !this.cmkCovered.has(e)
    )
      this.violation(
        e.record.urn,
        "key",
        `${subjectName}: ${c} data requires a customer-managed key in the bucket's region; no server-side encryption configuration with a KMS key targets it`,
      );
    if (
      rules.immutableBackups &&
      e.judged.description.category === "backup" &&
      readImmutability(e.record.type, e.record.properties).kind === "elsewhere" &&
      !this.lockCovered.has(e)
    )
      this.violation(
        e.record.urn,
        "immutability",
        `${subjectName}: ${c} backups must be immutable; no vault lock / object lock configuration targets it`,
      );
  }

  /**
   * Customer-managed keys the resource rule could not place: a key reference unknown at preview
   * (`kmsKeyId: key.arn`) followed through the graph, Azure Key Vault URIs (no region in them)
   * placed through the vault they name, disk encryption set ids through the set, and keys a
   * resource takes from its source (a snapshot's volume).
   */
  private keyThroughStack(e: GraphNode, classification: Classification, subjectName: string): void {
    const enc = readEncryption(e.record.type, e.record.properties);
    if (enc.kind === "inherited") return this.inheritedKey(e, enc, classification, subjectName);
    if (CLASSIFICATION_RULES[classification].customerManagedKeyInSameRegion)
      this.placeKey(e, e, enc, classification, subjectName);
  }

  /**
   * The source's encryption, judged against this resource's own location exactly as if it were
   * the resource's own: disabled → encryption at rest; provider default → customer-managed key; a
   * key → placed.
   */
  private inheritedKey(
    e: GraphNode,
    enc: Extract<EncryptionReading, { kind: "inherited" }>,
    classification: Classification,
    subjectName: string,
  ): void {
    const cmk = CLASSIFICATION_RULES[classification].customerManagedKeyInSameRegion;
    const what = cmk ? "its customer-managed key" : "encryption at rest";
    const fact: Fact = cmk ? "key" : "encryption";
    const urn = e.record.urn;
    const source = this.graph.resolve(e, enc.property, enc.from, [e]);
    if (typeof source === "string")
      return this.unverified(
        e,
        fact,
        classification,
        `${subjectName}: cannot verify ${what}: \`${enc.property}\` names no \`${enc.from.join("` or `")}\` in this stack`,
      );
    const from = source.record.name;
    const own = readEncryption(source.record.type, source.record.properties);
    switch (own.kind) {
      case "disabled":
        return this.violation(
          urn,
          "encryption",
          `${subjectName}: ${classification} data must be encrypted at rest; its source ${from}'s \`${own.property}\` disables it`,
        );
      case "unknown":
        if (own.atRest === "unknown")
          this.unverified(
            e,
            "encryption",
            classification,
            `${subjectName}: ${cannotVerify("encryption at rest", `${from}.${own.property}`, classification)}`,
          );
        else if (cmk)
          this.placeKey(source, e, own, classification, `${subjectName} (key of its source ${from})`);
        return;
      case "provider-default":
        if (cmk)
          this.violation(
            urn,
            "key",
            `${subjectName}: ${classification} data requires a customer-managed key in the resource's region; its source ${from} has none (\`${own.property}\`)`,
          );
        return;
      case "customer-managed": {
        if (!cmk) return;
        const via = `${subjectName} (key of its source ${from})`;
        if (own.key.region) {
          const cloud = e.judged.description.cloud ?? "aws";
          for (const f of customerManagedKeyFindings(
            STACK_REFERENCES,
            urn,
            own,
            via,
            cloud,
            this.graph.location(e),
            classification,
            this.settings,
          ))
            this.add(f);
        } else this.placeKey(source, e, own, classification, via);
        return;
      }
      default:
        // The source's key is on a side resource, its own source, or a type the model cannot read.
        return this.unverified(
          e,
          fact,
          classification,
          `${subjectName}: cannot verify ${what}: its source ${from} (\`${source.record.type}\`) does not say which key it uses`,
        );
    }
  }

  /**
   * Places the key that `holder`'s encryption reading names (a reference unknown at preview, an
   * Azure Key Vault URI, a disk encryption set id) against `e`'s location; `holder` is `e` itself
   * or the source `e` takes its key from.
   */
  private placeKey(
    holder: GraphNode,
    e: GraphNode,
    enc: EncryptionReading,
    classification: Classification,
    subjectName: string,
  ): void {
    let key: GraphNode | "unknown" | "outside";
    let property: string;
    // A switch that can turn encryption off (`storageEncrypted` unknown) is reported by the
    // resource rule as "cannot verify encryption at rest"; only an unknown key reference is
    // followed here.
    if (enc.kind === "unknown" && enc.atRest === "on") {
      property = enc.property;
      key = this.graph.resolve(holder, enc.property, KEY_TYPES);
    } else if (enc.kind === "customer-managed" && !enc.key.region) {
      property = enc.key.property;
      const vault = /^https:\/\/([^./]+)\.(?:vault|managedhsm)\.azure\.net\//i.exec(enc.key.raw);
      // `/subscriptions/…/providers/Microsoft.Compute/diskEncryptionSets/<name>`
      const set = /\/diskEncryptionSets\/([^/]+)$/i.exec(enc.key.raw);
      const name = vault?.[1] ?? set?.[1];
      if (!name) return; // an AWS key id or alias: the service resolves it in the resource's own region
      key = this.graph.resolve(holder, enc.key.property, KEY_TYPES);
      if (typeof key === "string") key = this.graph.byReference(name, KEY_TYPES) ?? "outside";
    } else return;
    const resourceLocation = this.graph.location(e);
    if (typeof key === "string") {
      const where = holder === e ? "" : ` of ${holder.record.name}`;
      const why = key === "outside" ? `: \`${property}\`${where} names no key in this stack` : "";
      return this.unverified(
        e,
        "key",
        classification,
        `${subjectName}: ${key === "unknown" ? cannotVerify("that its customer-managed key is in its region", holder === e ? property : `${holder.record.name}.${property}`, classification) : `cannot verify that its customer-managed key is in its region${why}`}`,
      );
    }
    const place = this.graph.keyPlace(key);
    if (!place || !resourceLocation)
      return this.unverified(
        e,
        "key",
        classification,
        `${subjectName}: cannot verify that its customer-managed key ${key.record.name} is in its region: the key's or the resource's location is unknown`,
      );
    if (keyInSameRegion(place, resourceLocation) !== true)
      this.violation(
        e.record.urn,
        "key",
        `${subjectName}: customer-managed key ${key.record.name} is in \`${place.name}\`, not in the resource's region \`${resourceLocation.name}\``,
      );
  }
}

/**
 * How strictly a finding is reported in the end: its policy's configured level (the pack declares
 * every policy mandatory), no higher than advisory for an advisory finding, nothing when disabled.
 */
function reportedStrictness(f: Finding): number {
  const policy = configuredLevel(f.rule) ?? "mandatory";
  if (policy === "disabled") return 0;
  const level = policy === "advisory" ? 1 : 2;
  return f.level === "advisory" ? Math.min(level, 1) : level;
}

/**
 * The stack rule's findings: each (resource, fact) once, and none that a resource rule already
 * reports about the same resource at least as strictly (its policy enabled, at a level no lower),
 * so dropping a duplicate never weakens or loses a verdict.
 */
export function stackFindings(graph: StackGraph, settings: Settings): readonly Finding[] {
  const rule = new StackRule(graph, settings);
  rule.run();
  const resourceFindings = new Map<GraphNode, FindingSet>();
  const byResourceRules = (node: GraphNode): FindingSet => {
    let set = resourceFindings.get(node);
    if (!set) {
      set = new FindingSet();
      for (const r of RESOURCE_RULES) set.addAll(r(node.judged, node.record.urn, settings));
      resourceFindings.set(node, set);
    }
    return set;
  };
  return rule.findings.list().filter((f) => {
    const node = graph.get(f.urn);
    const stated = node ? byResourceRules(node).get(f.urn, f.fact) : undefined;
    return !stated || reportedStrictness(stated) < reportedStrictness(f);
  });
}

export const stackReferencesEnforceResidency = stackPolicy(
  {
    name: STACK_REFERENCES,
    displayName: "Residency through references between resources",
    description:
      "Judges what one resource at a time cannot: side resources (S3 replication, encryption, public access and object lock configurations, AWS Backup vault locks and plans, Azure storage children, GCP key rings and bucket IAM) with the residency tags of the resource they configure; " +
      "locations placed through the resource graph (an azure-native resource group, a GCP CryptoKey's key ring); replication and copy destinations named by reference (an S3 bucket ARN has no region) placed through the stack; copies (read replicas, table replicas, replica keys) kept in their source's zone; customer-managed keys and backup locks configured on side resources; keys named through a disk encryption set or taken from a source (a snapshot's volume), judged against the resource's own region. " +
      "A valid `transfer-approval` waives a location or destination it covers exactly as in the resource policies; a fact a resource policy already reports is not reported again. " +
      "Unknown values: references are followed through the engine's property dependencies even when their values are unknown; what stays unresolvable is 'cannot verify' naming the property — at the policy's level for personal/special data, advisory otherwise.",
    severity: "critical",
    remediationSteps:
      "Point replication rules and backup copy actions at destinations inside the source's zone; configure S3 server-side encryption with a KMS key in the bucket's region; add an AWS Backup vault lock (or S3 object lock) with at least the minimum retention for personal and special data; keep replicas in the source's zone or record a transfer approval on the source.",
  },
  (resources, settings) => stackFindings(packGraph(resources, settings), settings),
);
