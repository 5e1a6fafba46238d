// Small readers shared by several `aws:` declarations (not a service file: it declares no type).
// Each one turns a property shape several AWS services use into flow destinations or an
// encryption reading, so the declarations stay one line per fact.
import { keyOr } from "../../controls/encryptionRead";
import type { EncryptionReading } from "../../controls/types";
import { readBedrockModel } from "../../catalog/inference-geographies";
import { arnOrResource } from "../../flows/arn";
import { forEachItem, readString } from "../../flows/read";
import { flowAt as flowAtIn, type Emit } from "../paths";
import type { FlowFunction, FlowKind } from "../../flows/types";
import { readString as readProperty, type PropertyBag } from "../../resource/properties";
import { AWS_REGION, AWS_REGIONAL_DATA, TAGS } from "../common";
import { referenceOrigin, type OriginFunction } from "../../flows/origin";
import { field } from "../../flows/read";
import type { ConfiguringDeclaration, DataDeclaration, ProcessingDeclaration } from "../types";

type Usual = "cloud" | "class" | "location" | "tags";

/** An AWS data holder placed and tagged the usual way (`region`, else the provider's; `tags`). */
export function awsData(
  d: Omit<DataDeclaration, Usual> & Partial<Pick<DataDeclaration, "location" | "tags">>,
): DataDeclaration {
  return { ...AWS_REGIONAL_DATA, ...d };
}

/** An AWS resource that processes data (compute, functions, AI inference), placed and tagged the usual way. */
export function awsProcessing(
  d: Omit<ProcessingDeclaration, Usual> & Partial<Pick<ProcessingDeclaration, "location" | "tags">>,
): ProcessingDeclaration {
  return { cloud: "aws", class: "processes", location: AWS_REGION, tags: TAGS, ...d };
}

/**
 * An `s3://bucket/prefix` URI (Athena results, SageMaker offline stores and data capture, Bedrock
 * training output): the bucket, by name, is where the data goes; the stack resolves its region
 * (an S3 bucket name carries none). Anything else that is set is passed on as a plain reference.
 */
export const s3Uri: Emit = (out, kind, property, raw) => {
  const read = readString(raw);
  if (read.state === "unknown") return out.unknown(kind, property);
  if (read.state === "absent") return;
  const bucket = /^s3a?:\/\/([^/]+)/i.exec(read.value)?.[1];
  out.resource(kind, property, bucket ?? read.value, "name");
};

/**
 * A Bedrock model identifier (`foundationModel`, `modelArn`, `embeddingModelArn`,
 * `modelSource.copyFrom`): a cross-Region profile is an `inference` flow to its geography's
 * countries (the catalog's inference geographies), a model ARN of another Region a flow to that
 * Region, an application inference profile a flow to that profile (the stack resolves it), an
 * undocumented geography prefix an unknown destination (cannot verify). A plain model id runs in
 * the resource's own Region: no flow.
 */
export const bedrockModel: Emit = (out, _kind, property, raw) => {
  const read = readString(raw);
  if (read.state === "unknown") return out.unknown("inference", property);
  if (read.state === "absent") return;
  const model = readBedrockModel(read.value);
  switch (model.kind) {
    case "in-region":
      return;
    case "region":
      return out.location("inference", property, "regions", model.region);
    case "geography":
      return out.add("inference", property, { kind: "countries", ...model.destination });
    case "application-profile":
      return out.resource("inference", property, model.arn, "arn");
    case "unknown-geography":
      return out.unknown("inference", property);
  }
};

/** `flowAt` (the registry's path module) for `aws:` declarations. */
export const flowAt = (kind: FlowKind, path: string, emit: Emit): FlowFunction =>
  flowAtIn("aws", kind, path, emit);

/** A list of ARNs (DSQL peered clusters): each one's Region, or the resource the stack resolves. */
export const arnList: Emit = (out, kind, property, raw) =>
  forEachItem(out, kind, raw, property, (arn, at) => arnOrResource(out, kind, at, arn));

/**
 * A key property that also takes the literal `AWS_OWNED_KMS_KEY` (QLDB `kmsKey`, DSQL
 * `kmsEncryptionKey`): always encrypted; the literal or absence is the AWS owned key.
 */
export function awsOwnedOr(props: PropertyBag, key: string): EncryptionReading {
  const read = readProperty(props, [key]);
  if (read.kind === "value" && (read.value as string).toUpperCase() === "AWS_OWNED_KMS_KEY")
    return { kind: "provider-default", property: key };
  return keyOr(read, { kind: "provider-default", property: key });
}

/**
 * A global database or datastore (DocumentDB and Neptune global clusters, ElastiCache global
 * datastores): no data of its own and no tags; created from its primary, whose tags it takes.
 * Its members name it and are copies of its data (`memberOf`).
 */
export function globalOf(d: {
  readonly token: string;
  readonly source: string;
  readonly primary: {
    readonly property: string;
    readonly referenceKind: "arn" | "id" | "name";
    readonly token: string;
  };
  readonly identities: readonly string[];
}): ConfiguringDeclaration {
  return {
    token: d.token,
    cloud: "aws",
    class: "configures",
    source: d.source,
    configures: {
      property: d.primary.property,
      referenceKind: d.primary.referenceKind,
      targets: [d.primary.token],
    },
    identities: d.identities,
  };
}

/**
 * A member of a global database or datastore (`property` names it) holds a copy of its data: its
 * location is judged against the global resource's (its primary's) tags, wherever the member is.
 */
export function memberOf(property: string): OriginFunction {
  return (props) => referenceOrigin("aws", "global-table", property, field(props, property), "name");
}

/**
 * A copy of the resource at `property` (a snapshot or AMI id: no Region in it), made from the
 * Region at `regionProperty`: the source's Region is known even when the stack cannot resolve it.
 */
export function copiedFrom(kind: FlowKind, property: string, regionProperty: string): OriginFunction {
  return (props) =>
    referenceOrigin("aws", kind, property, field(props, property), "id").map((o) => {
      const region = readString(field(props, regionProperty));
      return region.state === "value" && o.sourceRegion === undefined
        ? { ...o, sourceRegion: region.value }
        : o;
    });
}
