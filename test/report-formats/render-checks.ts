// Checks on rendered reports, shared by the format tests and the stack-level report tests:
// Markdown as GitHub would render it (marked), JSON against its published schema (ajv).
import * as fs from "node:fs";
import * as path from "node:path";
import Ajv2020 from "ajv/dist/2020";
import { marked } from "marked";

const SCHEMA_FILE = path.join(__dirname, "..", "..", "schemas", "report.schema.json");

/** What a reader sees of rendered HTML: text nodes, entities decoded once. */
export function visibleText(html: string): string {
  return html
    .replace(/<[^>]+>/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
}

/** Problems a pull-request comment must not show once GitHub renders it. */
export function renderingProblems(markdown: string): string[] {
  const html = marked.parse(markdown, { async: false, gfm: true });
  const seen = visibleText(html);
  const problems: string[] = [];
  if (seen.includes("`")) problems.push(`a literal backtick: ${/.{0,40}`.{0,40}/.exec(seen)?.[0]}`);
  const entity = /&(amp|lt|gt|quot|#\d+);/.exec(seen);
  if (entity) problems.push(`an escaped entity shown as text: ${entity[0]}`);
  const escape = /\\[\\`*_[\]#|<>&]/.exec(seen);
  if (escape) problems.push(`a Markdown escape shown as text: ${escape[0]}`);
  return problems;
}

export function reportValidator(): (value: unknown) => string[] {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  const validate = ajv.compile(JSON.parse(fs.readFileSync(SCHEMA_FILE, "utf8")) as object);
  return (value) =>
    validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ""}`);
}
