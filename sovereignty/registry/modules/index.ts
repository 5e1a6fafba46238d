// Module rules: every token of the four provider SDKs classified (registry/types.ts `ModuleRule`,
// docs/architecture.md), the lookup for a token without a declaration, and the cloud's usual
// location and tag rules for such a token.
export { allModuleRules, classifyToken, type TokenClassification } from "./classify";
export { conventionsFor, sdkOfToken, type Conventions } from "./conventions";
export { parentConventionOf, parentedTokens, unparentedTokens, type ParentConvention } from "./parents";
