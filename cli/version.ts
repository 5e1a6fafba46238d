import * as fs from "node:fs";
import * as path from "node:path";

/** The version in `<root>/package.json`, or "unknown" when it cannot be read (never a crash). */
export function packageVersion(root: string): string {
  try {
    const manifest = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")) as {
      version?: unknown;
    };
    return typeof manifest.version === "string" ? manifest.version : "unknown";
  } catch {
    return "unknown";
  }
}
