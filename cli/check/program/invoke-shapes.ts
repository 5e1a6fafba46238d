// Plausible results for provider functions (invokes), shaped by the result type the provider's own
// Node.js SDK declares: `aws.ec2.getSubnets()` answers `{ id, ids: [..3], region, tags: {} }`
// because @pulumi/aws/ec2/getSubnets.d.ts declares `GetSubnetsResult`. The engine calls the real
// provider at preview, so a program reads known values (`azs.names.slice(0, 2)`, `ids[0]`); offline
// we give every declared field a value of its declared type, strings naming what they stand for,
// lists of three, nested result types from the SDK's types/output.d.ts. Values that must agree with
// the stack config (region, account, project, subscription) are set over these by ./invokes.ts.
//
// The declarations are read from the SDK the program installed (else the runner's own), parsed with a
// small reader of the generated .d.ts layout (`export interface Get<Name>Result { readonly f?: T; }`,
// `outputs.<module>.<Type>` in types/output.d.ts) — not a hand list of functions.
import * as fs from "node:fs";
import { createRequire } from "node:module";
import * as path from "node:path";

export type Shaped = { [key: string]: unknown };

/** How a string field is filled: by its name, from the config-consistent context. */
export interface ShapeContext {
  readonly region?: string;
  readonly account?: string;
  readonly project?: string;
}

const MAX_DEPTH = 4;
const LIST_LENGTH = 3;

/** Finds and reads provider SDK declarations, caching per package and file. */
export class InvokeShapes {
  private readonly roots = new Map<string, string | undefined>();
  private readonly files = new Map<string, string | undefined>();

  /** `searchFrom`: folders whose node_modules may hold the SDK (the program's first). */
  constructor(private readonly searchFrom: readonly string[]) {}

  /** A value for every field the function's declared result type has, or undefined if unknown. */
  result(token: string, context: ShapeContext): Shaped | undefined {
    const parsed = parseToken(token);
    if (parsed === undefined) return undefined;
    const root = this.sdkRoot(parsed.pkg);
    if (root === undefined) return undefined;
    const resultType = `${upperFirst(parsed.name)}Result`;
    for (const candidate of declarationFiles(root, parsed.module, parsed.name)) {
      const text = this.read(candidate);
      const body = text === undefined ? undefined : interfaceBody(text, resultType, 0);
      if (body !== undefined) return this.shapeObject(root, body, context, parsed.name, 0);
    }
    return undefined;
  }

  private sdkRoot(pkg: string): string | undefined {
    if (!this.roots.has(pkg)) {
      let found: string | undefined;
      for (const from of this.searchFrom) {
        try {
          found = path.dirname(
            createRequire(path.join(from, "package.json")).resolve(`@pulumi/${pkg}/package.json`),
          );
          break;
        } catch {
          // not installed there
        }
      }
      this.roots.set(pkg, found);
    }
    return this.roots.get(pkg);
  }

  private read(file: string): string | undefined {
    if (!this.files.has(file)) {
      let text: string | undefined;
      try {
        text = fs.readFileSync(file, "utf8");
      } catch {
        text = undefined;
      }
      this.files.set(file, text);
    }
    return this.files.get(file);
  }

  private shapeObject(
    root: string,
    body: string,
    context: ShapeContext,
    owner: string,
    depth: number,
  ): Shaped {
    const result: Shaped = {};
    for (const { name, type } of members(body)) {
      result[name] = this.shapeValue(root, type, name, context, owner, depth);
    }
    return result;
  }

  private shapeValue(
    root: string,
    type: string,
    field: string,
    context: ShapeContext,
    owner: string,
    depth: number,
  ): unknown {
    const alternatives = splitTop(type, "|")
      .map((alternative) => alternative.trim())
      .filter((alternative) => alternative !== "undefined" && alternative !== "null");
    const chosen = alternatives[0] ?? "any";
    if (chosen.endsWith("[]")) {
      const inner = chosen.slice(0, -2).replace(/^\((.*)\)$/, "$1");
      const count = depth >= MAX_DEPTH ? 0 : /^(string|number)$/.test(inner) ? LIST_LENGTH : 1;
      return Array.from({ length: count }, (_, index) =>
        inner === "string"
          ? listString(field, index, context)
          : this.shapeValue(root, inner, field, context, owner, depth + 1),
      );
    }
    if (chosen.startsWith("{")) {
      if (/^\{\s*\[key: string\]/.test(chosen) || depth >= MAX_DEPTH) return {};
      return this.shapeObject(root, chosen.slice(1, -1), context, owner, depth + 1);
    }
    if (/^["']/.test(chosen)) return chosen.slice(1, -1);
    if (chosen === "string" || chosen.startsWith("enums.")) return stringFor(field, context, owner);
    if (chosen === "number") return 1;
    if (chosen === "boolean") return false;
    const reference = /^outputs\.(?:([\w.]+)\.)?(\w+)$/.exec(chosen);
    if (reference && depth < MAX_DEPTH) {
      const text = this.read(path.join(root, "types", "output.d.ts"));
      const module = reference[1]?.split(".")[0];
      const namespaceAt =
        module === undefined ? 0 : (text?.search(new RegExp(`export declare namespace ${module} \\{`)) ?? -1);
      const body =
        text === undefined ? undefined : interfaceBody(text, reference[2]!, Math.max(0, namespaceAt));
      if (body !== undefined) return this.shapeObject(root, body, context, owner, depth + 1);
    }
    return null;
  }
}

/** `aws:ec2/getVpc:getVpc` → package, module and function name. */
function parseToken(token: string): { pkg: string; module: string; name: string } | undefined {
  const parts = token.split(":");
  if (parts.length !== 3 || parts.some((part) => part === "")) return undefined;
  return { pkg: parts[0]!, module: parts[1]!, name: parts[2]! };
}

/**
 * Where the generated SDK declares a function: `ec2/getVpc:getVpc` → ec2/getVpc.d.ts (aws, gcp:
 * module/file), `authorization:getClientConfig` → authorization/getClientConfig.d.ts (azure-native),
 * `index/getRegion:getRegion` → getRegion.d.ts.
 */
function declarationFiles(root: string, module: string, name: string): string[] {
  const file = `${lowerFirst(name)}.d.ts`;
  const folders = [path.posix.dirname(module), module].map((folder) =>
    folder === "." || folder === "index" ? "" : folder.replace(/^index\//, ""),
  );
  return [...new Set(folders)].map((folder) => path.join(root, folder, file));
}

/** The text between the braces of `interface <name> {`, found at or after `from`. */
function interfaceBody(text: string, name: string, from: number): string | undefined {
  const pattern = new RegExp(`interface ${name} \\{`, "g");
  pattern.lastIndex = from;
  const match = pattern.exec(text);
  if (match === null) return undefined;
  const start = match.index + match[0].length;
  let depth = 1;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (c === "{") depth++;
    else if (c === "}" && --depth === 0) return text.slice(start, i);
  }
  return undefined;
}

/** `readonly name?: T;` members of an interface or object-literal body, comments removed. */
function members(body: string): { name: string; type: string }[] {
  const clean = body.replace(/\/\*[\s\S]*?\*\//g, "").replace(/\/\/[^\n]*/g, "");
  const result: { name: string; type: string }[] = [];
  for (const member of splitTop(clean, ";")) {
    const match = /^\s*(?:readonly\s+)?(["']?)([\w$-]+)\1\??\s*:\s*([\s\S]+?)\s*$/.exec(member);
    if (match) result.push({ name: match[2]!, type: match[3]!.replace(/\s+/g, " ") });
  }
  return result;
}

/** Splits on `separator` outside braces, brackets, parentheses and angle brackets. */
function splitTop(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "{" || c === "[" || c === "(" || c === "<") depth++;
    else if (c === "}" || c === "]" || c === ")" || c === ">") depth--;
    else if (c === separator && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  const last = text.slice(start);
  if (last.trim() !== "") parts.push(last);
  return parts;
}

/** A string value that says what it stands for, consistent with the stack where it can be. */
function stringFor(field: string, context: ShapeContext, owner: string): string {
  const region = context.region ?? "offline-region";
  if (/(region|location)$/i.test(field)) return region;
  if (/json$/i.test(field)) return "{}";
  if (/(availabilityZone|^zone)$/i.test(field)) return `${region}a`;
  if (/^(accountId|ownerId|account)$/i.test(field)) return context.account ?? "123456789012";
  if (/^(project|projectId)$/.test(field)) return context.project ?? "offline-project";
  if (/arn$/i.test(field))
    return `arn:aws:offline:${region}:${context.account ?? "123456789012"}:${owner}/${field}`;
  if (/cidr(Block)?$/i.test(field)) return "10.0.0.0/16";
  if (field === "id") return `${owner}-offline`;
  return `offline-${field}`;
}

function listString(field: string, index: number, context: ShapeContext): string {
  const region = context.region ?? "offline-region";
  if (/^(names|availabilityZones|zones)$/i.test(field)) return `${region}${"abc"[index]}`;
  if (/cidr/i.test(field)) return `10.0.${index}.0/24`;
  return `offline-${field.replace(/s$/, "")}-${index + 1}`;
}

function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
