// One resource judged alone (sovereignty/graph judgeResource), remembered per request: the five
// resource policies judge the same request back to back, and ./deserializeOnce.ts hands them the
// same property bag, so it is judged once.
import { judgeResource, type Judged } from "../sovereignty/graph";
import type { ResourceInput } from "../sovereignty/resource";
import type { Settings } from "./settings";

export type { Judged };

export function judge(input: ResourceInput, settings: Settings): Judged {
  // Keyed weakly by the bag's identity, then by everything else the judgement reads (settings,
  // type, provider bag, stack config).
  if (input.parentLocation !== undefined) return judgeResource(input, settings);
  let memo = judgements.get(input.properties);
  const hit = memo?.find(
    (m) =>
      m.settings === settings &&
      m.input.type === input.type &&
      m.input.config === input.config &&
      m.input.provider?.type === input.provider?.type &&
      m.input.provider?.properties === input.provider?.properties,
  );
  if (hit) return hit.judged;
  const judged = judgeResource(input, settings);
  if (!memo) judgements.set(input.properties, (memo = []));
  if (memo.length < 4) memo.push({ input, settings, judged });
  return judged;
}

const judgements = new WeakMap<
  object,
  { readonly input: ResourceInput; readonly settings: Settings; readonly judged: Judged }[]
>();
