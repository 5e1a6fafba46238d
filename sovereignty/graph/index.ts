// The stack graph (docs/architecture.md): built once per stack from neutral records; the pack's
// stack policy and the runner's inventory both read it.
export * from "./records";
export * from "./judge";
export * from "./types";
export * from "./flows";
export * from "./graph";
