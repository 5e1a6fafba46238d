// How the program worker loads a TypeScript program. tsx when it resolves — from this package (a
// checkout, where it is a devDependency) or from the program (one that depends on it) — for
// CommonJS and ESM alike. Otherwise the published package, which carries no tsx (and so no esbuild
// install script for its users), loads CommonJS programs through ./typescript-hook: transpiled by
// the program's own `typescript` (the Pulumi TypeScript template's devDependency), else by the
// copy its @pulumi/pulumi vendors, as `pulumi preview` falls back to it.
import * as fs from "node:fs";
import * as path from "node:path";
import { pathToFileURL } from "node:url";

function resolveFrom(id: string, dirs: readonly string[]): string | undefined {
  for (const dir of dirs) {
    try {
      return require.resolve(id, { paths: [dir] });
    } catch {
      // try the next place
    }
  }
  return undefined;
}

/** Node options that make the worker able to load `.ts` programs in `programDir`. */
export function typescriptLoaderArgs(programDir: string): string[] {
  const tsx = resolveFrom("tsx", [__dirname, programDir]);
  if (tsx !== undefined) return ["--import", pathToFileURL(tsx).href];
  const hook = ["typescript-hook.js", "typescript-hook.ts"]
    .map((file) => path.join(__dirname, file))
    .find((file) => fs.existsSync(file));
  if (hook === undefined) throw new Error(`typescript-hook not found next to ${__filename}`);
  return ["--require", hook];
}
