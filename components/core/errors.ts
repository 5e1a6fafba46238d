import { SovereigntyInputError } from "../../sovereignty";

/**
 * A component was given input that would not keep its data where its residency tags say.
 * Thrown from the constructor *before* any resource (the component included) is registered, so
 * a bad input never leaves half a stack behind. It is a `SovereigntyInputError`, so the CLI and
 * programs that already handle the model's input errors print it as one line.
 */
export class ComponentInputError extends SovereigntyInputError {
  constructor(
    /** The component's type token, e.g. `sovereignty:aws:Bucket`. */
    readonly component: string,
    /** The Pulumi resource name the user gave the component. */
    readonly resourceName: string,
    /** The argument at fault (`region`, `replication.region`, `redundancy`, ...). */
    readonly input: string,
    detail: string,
  ) {
    super(`${component} "${resourceName}": ${input}: ${detail}`);
    this.name = "ComponentInputError";
  }
}

/** Where an error is raised: the component token and the user's resource name. */
export interface ComponentContext {
  readonly component: string;
  readonly name: string;
}

export function fail(ctx: ComponentContext, input: string, detail: string): never {
  throw new ComponentInputError(ctx.component, ctx.name, input, detail);
}
