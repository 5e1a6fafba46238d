// The README's commands, run (issue 14): every `npx sovereignty …` line of a ```sh or ```console
// block runs from the repository root (as `node bin/sovereignty.js …`) and exits 0 or 1 (never 2:
// bad usage); a ```console block's `$ ` command prints exactly the lines shown under it, where a
// line `…` stands for any number of lines left out.
import { strict as assert } from "node:assert";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { skipIf, toolchainMissing } from "../polyglot/helpers";

const REPO = path.join(__dirname, "..", "..");
const README = fs.readFileSync(path.join(REPO, "README.md"), "utf8");

/**
 * Commands shown for a consumer's project, not this repository: the consumer test
 * (test/consumer/consumer.test.ts) runs them there.
 */
const ELSEWHERE = new Set(["npx sovereignty check"]);

interface Example {
  readonly command: string;
  /** The output shown (console blocks), else undefined. */
  readonly output?: readonly string[];
}

/** Splits a command line as a POSIX shell would for these examples: words, "double" or 'single' quotes. */
function words(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3]!);
}

function examples(): Example[] {
  const found: Example[] = [];
  for (const block of README.matchAll(/```(sh|console)\n([\s\S]*?)```/g)) {
    const [, kind, body] = block;
    const lines = body!.split("\n");
    if (kind === "sh") {
      for (const line of lines) {
        const at = line.indexOf("npx sovereignty");
        if (at < 0) continue;
        const command = line
          .slice(at)
          .replace(/\s+#.*$/, "")
          .trim();
        if (!ELSEWHERE.has(command)) found.push({ command });
      }
      continue;
    }
    let current: { command: string; output: string[] } | undefined;
    for (const line of lines) {
      if (line.startsWith("$ ")) {
        if (current) found.push(current);
        current = { command: line.slice(2), output: [] };
      } else if (current) {
        current.output.push(line);
      }
    }
    if (current) found.push(current);
  }
  return found;
}

/** `actual` matches `expected` line for line, `…` matching any run of lines. */
function matches(actual: readonly string[], expected: readonly string[]): boolean {
  if (expected.length === 0) return actual.length === 0;
  const [head, ...rest] = expected;
  if (head === "…") {
    for (let skip = 0; skip <= actual.length; skip++) if (matches(actual.slice(skip), rest)) return true;
    return false;
  }
  return actual.length > 0 && actual[0] === head && matches(actual.slice(1), rest);
}

describe("the README's commands", function () {
  this.timeout(120_000);
  const all = examples();

  it("compares output line for line, `…` standing for left-out lines", () => {
    assert.ok(matches(["a", "b", "c"], ["a", "…", "c"]));
    assert.ok(!matches(["a", "b", "c"], ["a", "c"]));
    assert.ok(!matches(["a", "b"], ["a", "b", "c"]));
    assert.ok(!matches(["a", "x"], ["a", "…", "c"]));
  });

  it("has examples to run, with output to compare", () => {
    assert.ok(all.length >= 5, `${all.length} examples`);
    assert.ok(all.filter((e) => e.output !== undefined).length >= 3);
  });

  for (const example of all) {
    it(`${example.command}`, async function () {
      const [npx, name, ...args] = words(example.command);
      assert.deepEqual([npx, name], ["npx", "sovereignty"]);
      // A Python or Go program of this repo needs its toolchain (scripts/setup-polyglot.sh): skipped
      // with the runner's own reason when it is missing, as in test/polyglot.
      const program = args.indexOf("--program");
      if (program >= 0 && args[program + 1] !== undefined) {
        skipIf(this, await toolchainMissing(path.join(REPO, args[program + 1]!)));
      }
      const result = spawnSync(process.execPath, [path.join(REPO, "bin", "sovereignty.js"), ...args], {
        cwd: REPO,
        encoding: "utf8",
        env: { ...process.env, NO_COLOR: "1" },
      });
      assert.ok(
        result.status === 0 || result.status === 1,
        `exit ${String(result.status)}: ${result.stderr}`,
      );
      if (example.output !== undefined) {
        const actual = result.stdout.replace(/\n$/, "").split("\n");
        const expected = [...example.output];
        while (expected.at(-1) === "") expected.pop();
        assert.ok(
          matches(actual, expected),
          `README shows:\n${expected.join("\n")}\n\nprints:\n${actual.join("\n")}`,
        );
      }
    });
  }
});
