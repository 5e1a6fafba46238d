// Build: the self-contained policy pack (dist/policypack). Owned by the policy pack work.
console.log("build: nothing to build yet");
