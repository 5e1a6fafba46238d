// Output formats as a table: a format is a name and a renderer. Add a format by adding a row.
import { renderJson } from "./json";
import { renderMarkdown } from "./markdown";
import { renderSarif } from "./sarif";
import { renderText } from "./text";
import type { CheckReport } from "./types";

export interface RenderOptions {
  /** ANSI colour (text only): the command sets it when stdout is a TTY and NO_COLOR is unset. */
  readonly color: boolean;
}

export type Renderer = (reports: readonly CheckReport[], options: RenderOptions) => string;

export const RENDERERS = {
  text: (reports, options) => renderText(reports, options),
  json: (reports) => renderJson(reports),
  sarif: (reports) => renderSarif(reports),
  markdown: (reports) => renderMarkdown(reports),
} as const satisfies Record<string, Renderer>;

export type ReportFormat = keyof typeof RENDERERS;
export const REPORT_FORMATS = Object.keys(RENDERERS) as ReportFormat[];

export function isReportFormat(name: string): name is ReportFormat {
  return Object.prototype.hasOwnProperty.call(RENDERERS, name);
}

export function renderReport(
  reports: readonly CheckReport[],
  format: ReportFormat,
  options: RenderOptions,
): string {
  return RENDERERS[format](reports, options);
}
