// A CommonJS `.ts` loader for the program worker when tsx is not installed (./typescript-loader):
// each file is transpiled (no type check, as tsx does not check either) by the program's own
// `typescript`, else the copy its @pulumi/pulumi vendors. Preloaded with `node --require`.
import * as fs from "node:fs";
import { createRequire } from "node:module";
import * as path from "node:path";

/** The slice of the TypeScript compiler API this hook uses (any version from 3.8 on has it). */
interface TypeScriptLike {
  readonly ModuleKind: { readonly CommonJS: number };
  readonly ScriptTarget: { readonly ES2019: number };
  transpileModule(
    input: string,
    options: { compilerOptions: Record<string, unknown>; fileName: string },
  ): { outputText: string };
}

/** A CommonJS module as Node's loader hands it to an extension handler. */
interface CompilingModule {
  _compile(code: string, filename: string): void;
}

let compiler: TypeScriptLike | undefined;

function loadTypeScript(fromFile: string): TypeScriptLike {
  if (compiler !== undefined) return compiler;
  const fromProgram = createRequire(path.join(process.cwd(), "index.js"));
  const fromFileDir = createRequire(fromFile);
  const candidates: (() => string)[] = [
    () => fromProgram.resolve("typescript"),
    () => fromFileDir.resolve("typescript"),
    () => {
      const sdk = path.dirname(fromProgram.resolve("@pulumi/pulumi/package.json"));
      const vendor = path.join(sdk, "vendor");
      const folder = fs.readdirSync(vendor).find((name) => name.startsWith("typescript@"));
      if (folder === undefined) throw new Error("no vendored typescript");
      return path.join(vendor, folder);
    },
  ];
  for (const candidate of candidates) {
    try {
      compiler = fromProgram(candidate()) as TypeScriptLike;
      return compiler;
    } catch {
      // try the next place
    }
  }
  throw new Error(
    "cannot load a TypeScript program: install `typescript` (or `tsx`) in the program's folder",
  );
}

// require.extensions is deprecated for libraries but is what ts-node and Pulumi's own runner use
// to load TypeScript under CommonJS; there is no other synchronous hook in Node 20.
const extensions = (require as NodeJS.Require).extensions;
for (const extension of [".ts", ".cts"]) {
  extensions[extension] = (module: NodeJS.Module, filename: string): void => {
    const ts = loadTypeScript(filename);
    const { outputText } = ts.transpileModule(fs.readFileSync(filename, "utf8"), {
      fileName: filename,
      compilerOptions: {
        module: ts.ModuleKind.CommonJS,
        target: ts.ScriptTarget.ES2019,
        esModuleInterop: true,
        inlineSourceMap: true,
      },
    });
    (module as unknown as CompilingModule)._compile(outputText, filename);
  };
}
