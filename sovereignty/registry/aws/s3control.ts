// aws:s3control/* — S3 Multi-Region Access Points (@pulumi/aws 7.48,
// s3control/multiRegionAccessPoint.d.ts `MultiRegionAccessPointArgs` {accountId, details, region};
// types/input.d.ts s3control.MultiRegionAccessPointDetails {name, publicAccessBlock, regions},
// MultiRegionAccessPointDetailsRegion {bucket, bucketAccountId, region}).
import { Destinations, field, forEachItem, path, readObject, regionName } from "../../flows/read";
import type { FlowFunction } from "../../flows/types";
import type { TypeDeclaration } from "../types";
import { BUCKETS } from "./s3";
import { s3Uri } from "./shared";

const SOURCE =
  "@pulumi/aws 7.48 (s3control/multiRegionAccessPoint.d.ts); https://docs.aws.amazon.com/AmazonS3/latest/userguide/MultiRegionAccessPoints.html";

/**
 * A Multi-Region Access Point routes each request (writes included) to the nearest of its
 * buckets: data written through it may land in any of `details.regions[]`. A region given is a
 * location; a bucket alone is resolved by name in the stack. The first bucket is the one the access
 * point is judged with (its tags): every other one is a destination.
 */
const accessPointFlows: FlowFunction = (props) => {
  const out = new Destinations("aws");
  const details = readObject(field(props, "details"));
  if (details.state === "unknown") out.unknown("multi-location", "details");
  if (details.state !== "value") return out.list();
  forEachItem(out, "multi-location", field(details.value, "regions"), "details.regions", (r, at) => {
    if (at === "details.regions[0]") return;
    const region = field(r, "region");
    if (region !== undefined && region !== null)
      return regionName(out, "multi-location", path(at, "region"), region);
    s3Uri(out, "multi-location", path(at, "bucket"), field(r, "bucket"));
  });
  return out.list();
};

export const DECLARATIONS: readonly TypeDeclaration[] = [
  {
    // Untaggable: judged with the tags of the buckets it fronts (the first one named).
    token: "aws:s3control/multiRegionAccessPoint:MultiRegionAccessPoint",
    cloud: "aws",
    class: "configures",
    source: SOURCE,
    configures: { property: "details.regions[0].bucket", referenceKind: "name", targets: BUCKETS },
    identities: ["arn", "alias", "name", "id"],
    flows: accessPointFlows,
  },
];
