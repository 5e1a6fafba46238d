// Which provider resource the engine sends with a resource. A resource's `provider` is a
// reference `<provider urn>::<provider id>` (pulumi/pulumi sdk/go/common/providers/reference.go);
// the engine sends that provider's URN, type, name and *inputs*
// (pkg/resource/deploy/step_generator.go getProviderResource; analyze_snapshot.go
// setAnalyzerResourceProvider). A custom resource with no reference uses its package's default
// provider, whose inputs the engine builds from the stack config keys in the package's namespace
// (`aws:region` → `region`), values as the config strings (pkg/resource/deploy/default_providers.go).
import type { SnapshotResource, StackSnapshot, WireObject } from "../snapshot";

export interface ProviderResource {
  readonly urn: string;
  readonly type: string;
  readonly name: string;
  readonly properties: WireObject;
}

const PROVIDER_TYPE_PREFIX = "pulumi:providers:";

export function isProviderType(type: string): boolean {
  return type.startsWith(PROVIDER_TYPE_PREFIX);
}

/** The package of a type token: `aws:s3/bucket:Bucket` → `aws`. */
export function packageOf(type: string): string {
  if (isProviderType(type)) return type.slice(PROVIDER_TYPE_PREFIX.length);
  return type.split(":")[0] ?? type;
}

/** A URN's name: the part after the last `::`. */
export function urnName(urn: string): string {
  const at = urn.lastIndexOf("::");
  return at < 0 ? urn : urn.slice(at + 2);
}

/** A URN's type: `urn:pulumi:stack::project::parent$type::name` → `type`. */
export function urnType(urn: string): string {
  const parts = urn.split("::");
  const qualified = parts.length >= 4 ? parts[parts.length - 2]! : "";
  const dollar = qualified.lastIndexOf("$");
  return dollar < 0 ? qualified : qualified.slice(dollar + 1);
}

/** The provider URN of a reference `<urn>::<id>`: the id follows the last `::`. */
export function referenceUrn(reference: string): string {
  const at = reference.lastIndexOf("::");
  return at < 0 ? reference : reference.slice(0, at);
}

/** Default provider inputs from stack config: every `<pkg>:<key>` as `<key>`, value as given. */
export function defaultProviderProperties(pkg: string, config: StackSnapshot["config"]): WireObject {
  const properties: { [key: string]: string } = {};
  const prefix = `${pkg}:`;
  for (const [key, value] of Object.entries(config)) {
    if (key.startsWith(prefix) && key.length > prefix.length) properties[key.slice(prefix.length)] = value;
  }
  return properties;
}

export function defaultProviderUrn(snapshot: StackSnapshot, pkg: string): string {
  return `urn:pulumi:${snapshot.stack}::${snapshot.project}::${PROVIDER_TYPE_PREFIX}${pkg}::default`;
}

/**
 * Resolves providers for a snapshot. Providers named in the snapshot are sent as they are; a
 * reference to a provider missing from the file (a preview without --show-sames omits unchanged
 * ones) and a custom resource with no reference both get a provider synthesised from config:
 * `default…` names take the package's config, an explicit provider we cannot see gets no
 * properties (policies then fall back to what the resource itself says).
 */
export class ProviderResolver {
  private readonly byUrn = new Map<string, ProviderResource>();
  private readonly synthesised = new Map<string, ProviderResource>();

  constructor(private readonly snapshot: StackSnapshot) {
    for (const resource of snapshot.resources) {
      if (isProviderType(resource.type)) {
        this.byUrn.set(resource.urn, {
          urn: resource.urn,
          type: resource.type,
          name: resource.name,
          properties: resource.properties,
        });
      }
    }
  }

  providerFor(resource: SnapshotResource): ProviderResource | undefined {
    if (resource.provider) {
      const urn = referenceUrn(resource.provider);
      const known = this.byUrn.get(urn);
      if (known) return known;
      return this.synthesise(urn, urnType(urn) || `${PROVIDER_TYPE_PREFIX}${packageOf(resource.type)}`);
    }
    if (!resource.custom || isProviderType(resource.type)) return undefined;
    const pkg = packageOf(resource.type);
    return this.synthesise(defaultProviderUrn(this.snapshot, pkg), `${PROVIDER_TYPE_PREFIX}${pkg}`);
  }

  /** Providers we made up, in the order first needed: the engine would have registered them too. */
  synthesisedProviders(): readonly ProviderResource[] {
    return [...this.synthesised.values()];
  }

  isSynthesised(provider: ProviderResource): boolean {
    return this.synthesised.get(provider.urn) === provider;
  }

  private synthesise(urn: string, type: string): ProviderResource {
    const existing = this.synthesised.get(urn);
    if (existing) return existing;
    const name = urnName(urn);
    const pkg = packageOf(type);
    const properties = name.startsWith("default") ? defaultProviderProperties(pkg, this.snapshot.config) : {};
    const provider = { urn, type, name, properties };
    this.synthesised.set(urn, provider);
    return provider;
  }
}
