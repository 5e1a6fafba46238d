// Output formats as a table: a format is a name, a renderer and, where a CI step reads the
// output even when the check could not run, a renderer for that failure. Add a format by adding a row.
import { renderJson } from "./json";
import { renderMarkdown, renderMarkdownFailure } from "./markdown";
import { renderSarif, renderSarifFailure } from "./sarif";
import { renderText } from "./text";
import type { CheckFailure, CheckReport } from "./types";

export interface RenderOptions {
  /** ANSI colour (text only): the command sets it when stdout is a TTY and NO_COLOR is unset. */
  readonly color: boolean;
  /** Columns the text report wraps at (default 100). */
  readonly width?: number;
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

/**
 * Formats a CI step uploads or shows even when the check failed (exit 2): a SARIF log with
 * `executionSuccessful: false` for code scanning, a Markdown notice for a job summary.
 */
export const FAILURE_RENDERERS: Partial<Record<ReportFormat, (failure: CheckFailure) => string>> = {
  sarif: renderSarifFailure,
  markdown: renderMarkdownFailure,
};

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
