// Pure per-resource facts for residency: effective tags, effective location, data-holding and
// configuring type tables, and property readers that report unknowns. No Pulumi imports.
export * from "./types";
export * from "./model";
export * from "./properties";
export * from "./tags";
export * from "./location";
export * from "./dataHolding";
export * from "./describe";
