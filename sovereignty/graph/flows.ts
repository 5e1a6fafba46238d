// Where a flow goes, as far as the declaring resource's own properties tell: a place the verdict
// can judge, a reference only the stack graph can place (an S3 bucket ARN carries no region), or
// unknown at preview.
import { parseArn } from "../arn";
import type { FlowDestination } from "../flows/types";
import type { CatalogLike } from "../resource/model";
import type { Place } from "../verdict/place";

export type FlowPlace = Place | "stack" | "unknown";

export function flowPlace(flow: FlowDestination, catalog: CatalogLike): FlowPlace {
  const t = flow.target;
  switch (t.kind) {
    case "unknown":
      return "unknown";
    case "location": {
      const location = catalog.lookup(flow.cloud, t.service, t.location);
      return location
        ? { kind: "location", location, raw: t.location }
        : { kind: "unrecognised", raw: t.location };
    }
    case "countries":
      // A set of places the cloud picks at run time (AI inference): judged by its countries.
      return { kind: "countries", countries: t.countries, label: t.label };
    case "resource": {
      if (t.referenceKind === "arn") {
        const region = parseArn(t.reference)?.region;
        if (region) {
          const location = catalog.lookup(flow.cloud, "regions", region);
          return location
            ? { kind: "location", location, raw: region }
            : { kind: "unrecognised", raw: region };
        }
      }
      return "stack";
    }
  }
}
