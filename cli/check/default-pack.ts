// Our own policy pack, the default of `sovereignty check`. The published package ships it built
// (dist/policypack, by `npm pack`'s prepack). A checkout builds it on demand: after `npm ci` it
// does not exist yet, and after an edit of policypack/ or sovereignty/ it is older than its
// sources; either way `scripts/build.mjs --policypack` (well under a second) runs first, so
// `npx sovereignty check` never judges with a stale pack or asks the user to build.
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { UserError } from "../errors";

/** Folders whose sources the built pack bundles (scripts/build.mjs: policypack/ with the model inside). */
const PACK_SOURCES = ["policypack", "sovereignty"];

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(full));
    else if (entry.name.endsWith(".ts") || entry.name.endsWith(".yaml"))
      newest = Math.max(newest, fs.statSync(full).mtimeMs);
  }
  return newest;
}

/** Why the pack must be built first, or undefined when the built one is current. */
function staleReason(root: string, built: string): string | undefined {
  if (!fs.existsSync(built)) return "not built yet";
  const builtAt = fs.statSync(built).mtimeMs;
  const sources = PACK_SOURCES.map((dir) => path.join(root, dir)).filter((dir) => fs.existsSync(dir));
  return sources.some((dir) => newestSource(dir) > builtAt) ? "older than its sources" : undefined;
}

/**
 * The folder of our pack, relative to the working directory, built first when this is a
 * checkout whose build is missing or stale. Throws UserError when there is no pack to run.
 */
export function defaultPackDir(root: string, log: (line: string) => void): string {
  const dir = path.join(root, "dist", "policypack");
  const shown = path.relative(process.cwd(), dir) || ".";
  const built = path.join(dir, "index.js");
  const buildScript = path.join(root, "scripts", "build.mjs");
  const checkout = fs.existsSync(buildScript) && fs.existsSync(path.join(root, "policypack", "index.ts"));
  const reason = checkout ? staleReason(root, built) : undefined;
  if (reason !== undefined) {
    log(`building our policy pack into ${shown} (${reason})`);
    const result = spawnSync(process.execPath, [buildScript, "--policypack"], {
      cwd: root,
      encoding: "utf8",
      stdio: ["ignore", "ignore", "pipe"],
    });
    if (result.status !== 0) {
      const cause = (result.stderr ?? "").split("\n").find((line) => line.trim() !== "") ?? "no output";
      throw new UserError(
        `could not build our policy pack (node scripts/build.mjs --policypack): ${cause.trim()}`,
      );
    }
  }
  if (!fs.existsSync(path.join(dir, "PulumiPolicy.yaml"))) {
    throw new UserError(
      `our policy pack is missing (no ${shown}/PulumiPolicy.yaml): reinstall pulumi-sovereignty, or pass --policy-pack DIR`,
    );
  }
  return shown;
}
