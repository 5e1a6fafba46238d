#!/usr/bin/env node
// Runs the TypeScript sources through tsx when they are present (a checkout), else the build.
const fs = require("node:fs");
const path = require("node:path");

const source = path.join(__dirname, "..", "cli", "main.ts");
if (fs.existsSync(source)) {
  require("tsx/cjs");
  require(source).main();
} else {
  require(path.join(__dirname, "..", "dist", "cli", "main.js")).main();
}
