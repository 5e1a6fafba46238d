// Resource transforms run by the engine host, as the engine runs them: a RegisterResource's own
// transforms, then its ancestors', then the stack's (RegisterStackTransform), each a callback the
// program serves (its SDK's Callbacks service), called with a TransformRequest and answering a
// TransformResponse whose properties and options replace the resource's.
// Source: pulumi/pulumi pkg/resource/deploy/source_eval.go (RegisterResource: ourTransforms,
// parents' resourceTransforms, stackTransforms; wrapTransformCallback), proto/pulumi/callback.proto.
import type * as grpcTypes from "@grpc/grpc-js";
import type * as callbackTypes from "@pulumi/pulumi/proto/callback_pb";
import { grpc, struct } from "../engine/proto";
import { callback as callbackPb, callbackGrpc, resource as resourcePb } from "./proto";

type Callback = callbackTypes.Callback;
export type Properties = { [key: string]: unknown };

export interface TransformInput {
  readonly type: string;
  readonly name: string;
  readonly custom: boolean;
  readonly parent: string;
  readonly properties: Properties;
  readonly provider: string;
  readonly dependsOn: readonly string[];
}

export interface TransformOutput {
  readonly properties: Properties;
  readonly provider: string;
  readonly dependsOn: readonly string[];
}

/** How long one transform callback may take. */
const CALLBACK_TIMEOUT_MS = 60_000;

export class Transforms {
  private readonly stack: Callback[] = [];
  /** Each registered resource's own transforms, and its parent, to walk the ancestors. */
  private readonly byResource = new Map<string, { transforms: Callback[]; parent: string }>();
  private readonly clients = new Map<string, InstanceType<typeof callbackGrpc.CallbacksClient>>();

  addStackTransform(callback: Callback): void {
    this.stack.push(callback);
  }

  remember(urn: string, parent: string, transforms: readonly Callback[]): void {
    this.byResource.set(urn, { transforms: [...transforms], parent });
  }

  /** The transforms that apply: the resource's own, its ancestors' (nearest first), the stack's. */
  applicable(own: readonly Callback[], parent: string): Callback[] {
    const result = [...own];
    for (let current = parent; current !== "";) {
      const entry = this.byResource.get(current);
      if (!entry) break;
      result.push(...entry.transforms);
      current = entry.parent;
    }
    return [...result, ...this.stack];
  }

  async run(callbacks: readonly Callback[], input: TransformInput): Promise<TransformOutput> {
    let properties = input.properties;
    let provider = input.provider;
    let dependsOn = [...input.dependsOn];
    for (const callback of callbacks) {
      const options = new resourcePb.TransformResourceOptions()
        .setProvider(provider)
        .setDependsOnList(dependsOn);
      const request = new resourcePb.TransformRequest()
        .setType(input.type)
        .setName(input.name)
        .setCustom(input.custom)
        .setParent(input.parent)
        .setProperties(struct.Struct.fromJavaScript(properties as never))
        .setOptions(options);
      const invoke = new callbackPb.CallbackInvokeRequest()
        .setToken(callback.getToken())
        .setRequest(request.serializeBinary());
      const answer = await this.call(callback.getTarget(), invoke);
      const response = resourcePb.TransformResponse.deserializeBinary(answer.getResponse_asU8());
      if (response.hasProperties())
        properties = (response.getProperties()?.toJavaScript() ?? {}) as Properties;
      const newOptions = response.getOptions();
      if (newOptions) {
        provider = newOptions.getProvider();
        dependsOn = newOptions.getDependsOnList();
      }
    }
    return { properties, provider, dependsOn };
  }

  close(): void {
    for (const client of this.clients.values()) client.close();
  }

  private call(
    target: string,
    request: callbackTypes.CallbackInvokeRequest,
  ): Promise<callbackTypes.CallbackInvokeResponse> {
    let client = this.clients.get(target);
    if (!client) {
      client = new callbackGrpc.CallbacksClient(target, grpc.credentials.createInsecure());
      this.clients.set(target, client);
    }
    const deadline = new Date(Date.now() + CALLBACK_TIMEOUT_MS);
    return new Promise((resolve, reject) => {
      client.invoke(
        request,
        new grpc.Metadata(),
        { deadline },
        (error: grpcTypes.ServiceError | null, response) =>
          error
            ? reject(new Error(`a transform failed: ${error.details || error.message}`))
            : resolve(response),
      );
    });
  }
}
