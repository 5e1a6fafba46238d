// Which @pulumi/pulumi versions a program may bring. The program runs under its own cmd/run
// against the runner's engine host, through the public ResourceMonitor protocol; 3.142 is the
// oldest line we claim (cmd/run's --organization, --root-directory and source positions); tested
// here on 3.248.

export const SUPPORTED_SDK_RANGE = ">=3.142.0 <4";
const MINIMUM: readonly [number, number] = [3, 142];

/** A one-line reason the version is unsupported, or undefined if it is supported. */
export function checkSdkVersion(version: unknown): string | undefined {
  if (typeof version !== "string") return "@pulumi/pulumi has no version in its package.json";
  const match = /^(\d+)\.(\d+)\.(\d+)/.exec(version);
  if (match === null) return `@pulumi/pulumi version ${version} is not a release version`;
  const major = Number(match[1]);
  const minor = Number(match[2]);
  if (major !== MINIMUM[0] || minor < MINIMUM[1])
    return `the program uses @pulumi/pulumi ${version}, which is not supported`;
  return undefined;
}
