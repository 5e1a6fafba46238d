export { ComponentInputError, type ComponentContext } from "./errors";
export {
  CONFIG,
  DEFAULT_MIN_RETENTION_DAYS,
  type Residency,
  type ResidencyArgs,
  resolveResidency,
  resolvePrimaryLocation,
  requireLocation,
  outsideZoneMessage,
} from "./residency";
export { residencyTags, mergeTags, mergeLabels } from "./tags";
