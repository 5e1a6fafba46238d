// The floor pack: the cheapest pack that still makes the engine do everything it does for a real
// one (start, configure, send every resource with its provider, read a property, report). Plain
// JavaScript so it starts without ts-node compiling anything. Resolves @pulumi/policy from the
// repository's node_modules, as a real pack resolves it from its own.
"use strict";
const { PolicyPack } = require("@pulumi/policy");

new PolicyPack("floor", {
  policies: [
    {
      name: "floor-property",
      description: "A resource's `floor` property must not equal the configured `forbidden` value.",
      enforcementLevel: "mandatory",
      configSchema: {
        properties: {
          // The engine fills schema defaults before Configure (pkg/resource/analyzer/config.go).
          forbidden: { type: "string", default: "bad" },
        },
      },
      validateResource: (args, reportViolation) => {
        const { forbidden } = args.getConfig();
        // Reading an unknown value throws inside the SDK's proxy: the SDK turns it into an advisory.
        const value = args.props.floor;
        if (value !== undefined && value === forbidden) {
          reportViolation(`floor is \`${value}\``);
        }
      },
    },
  ],
});
