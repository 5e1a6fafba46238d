// Immutable (WORM) backups and their minimum retention (docs/design.md: required for `personal`
// and `special`). The readers are declared per type in the registry (../registry); AWS Backup
// vault locks and S3 object locks live on side resources, which declare their own.
import { declarationOf } from "../registry";
import type { PropertyBag } from "../resource/properties";
import type { ImmutabilityReading } from "./types";

export function readImmutability(type: string, props: PropertyBag): ImmutabilityReading {
  const d = declarationOf(type);
  const reader = d?.class === "data" || d?.class === "configures" ? d.immutability : undefined;
  return reader ? reader(props) : { kind: "not-modelled" };
}
