// The engine's side of the Analyzer protocol: start any CrossGuard pack and analyse snapshots.
export {
  analyzeSnapshot,
  packEnvironmentFor,
  PolicyPackRunner,
  DEFAULT_CONCURRENCY,
  type AnalysisResult,
  type AnalyzeOptions,
  type PackIdentity,
  type StartPackOptions,
} from "./analyze";
export { PackError } from "./errors";
export { parsePolicyConfig, type PolicyConfigFile, type PolicyConfigEntry } from "./policy-config";
