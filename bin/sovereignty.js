#!/usr/bin/env node
// A checkout (cli/main.ts present, tsx installed as a devDependency) runs the TypeScript sources;
// the published package ships no sources and runs the compiled dist/cli (nothing compiled at run time).
const fs = require("node:fs");
const path = require("node:path");

const root = path.join(__dirname, "..");
const source = path.join(root, "cli", "main.ts");
const built = path.join(root, "dist", "cli", "main.js");

function tsxAvailable() {
  try {
    require.resolve("tsx/cjs");
    return true;
  } catch {
    return false;
  }
}

if (fs.existsSync(source) && tsxAvailable()) {
  require("tsx/cjs");
  require(source).main();
} else if (fs.existsSync(built)) {
  require(built).main();
} else {
  process.stderr.write(
    "sovereignty: neither cli/main.ts with tsx nor dist/cli/main.js: run `npm ci` (a checkout) or reinstall the package\n",
  );
  process.exitCode = 2;
}
