#!/usr/bin/env node
// `npm run bench`: the benchmark driver (bench/run.ts) through tsx. Also the entry of each
// measurement worker (`--worker JOB.json`), so that workers load the same way.
require("tsx/cjs");
require("../bench/run.ts")
  .main(process.argv.slice(2))
  .then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      console.error(error instanceof Error ? error.stack : String(error));
      process.exitCode = 2;
    },
  );
