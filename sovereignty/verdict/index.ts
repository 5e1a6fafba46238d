// The verdict (docs/architecture.md): one decision "inside the zone? else a valid approval
// covering this destination? else a finding"; findings are data and each fact is reported once.
export * from "./approvals";
export * from "./findings";
export * from "./place";
export * from "./verdict";
