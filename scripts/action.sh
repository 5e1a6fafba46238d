#!/usr/bin/env bash
# The GitHub Action (action.yml) in one script, so it runs and is tested outside GitHub too:
# finds or installs the `sovereignty` command, runs `sovereignty check` once on a program, a
# state export or a preview file, writes the SARIF log (for code scanning) and the Markdown
# report (appended to $GITHUB_STEP_SUMMARY), and records the exit code in $GITHUB_OUTPUT.
# It exits 0 when the check ran, whatever its verdict, so that the upload step runs; the action's
# last step fails the job on `exit-code`. A check that could not run still leaves a SARIF log
# (executionSuccessful: false) and a summary saying why.
#
# Inputs (environment): INPUT_PROGRAM | INPUT_STATE | INPUT_PREVIEW (at most one; none: the
# Pulumi program in INPUT_WORKING_DIRECTORY), INPUT_STACK (space-separated), INPUT_POLICY_CONFIG,
# INPUT_POLICY_PACK, INPUT_FAIL_ON, INPUT_VERSION (npm version of pulumi-sovereignty to install
# when the project does not depend on it), INPUT_SARIF_FILE, INPUT_WORKING_DIRECTORY.
# SOVEREIGNTY_COMMAND overrides the command (tests: `node bin/sovereignty.js`).
set -uo pipefail

fail() {
  echo "sovereignty action: $*" >&2
  exit 2
}

cd "${INPUT_WORKING_DIRECTORY:-.}" || fail "working-directory ${INPUT_WORKING_DIRECTORY:-} does not exist"
workdir=$(pwd)
temp="${RUNNER_TEMP:-${TMPDIR:-/tmp}}"
sarif="${INPUT_SARIF_FILE:-sovereignty.sarif}"
markdown="$temp/sovereignty-summary.md"
rm -f "$markdown"

# The command: an override, the project's own dependency, else the version asked for, installed
# into a scratch folder (ordinary npm; nothing is added to the project).
if [[ -n "${SOVEREIGNTY_COMMAND:-}" ]]; then
  read -r -a command <<<"$SOVEREIGNTY_COMMAND"
elif [[ -x "$workdir/node_modules/.bin/sovereignty" ]]; then
  command=("$workdir/node_modules/.bin/sovereignty")
else
  prefix="$temp/sovereignty-cli"
  npm install --prefix "$prefix" --no-save --no-audit --no-fund --loglevel=error \
    "pulumi-sovereignty@${INPUT_VERSION:-latest}" >&2 || fail "could not install pulumi-sovereignty@${INPUT_VERSION:-latest}"
  command=("$prefix/node_modules/.bin/sovereignty")
fi

args=(check --format sarif --output "$sarif" --also "markdown=$markdown")
inputs=0
[[ -n "${INPUT_PROGRAM:-}" ]] && args+=(--program "$INPUT_PROGRAM") && inputs=$((inputs + 1))
[[ -n "${INPUT_STATE:-}" ]] && args+=(--state "$INPUT_STATE") && inputs=$((inputs + 1))
[[ -n "${INPUT_PREVIEW:-}" ]] && args+=(--preview "$INPUT_PREVIEW") && inputs=$((inputs + 1))
((inputs <= 1)) || fail "give one of program, state or preview"
for stack in ${INPUT_STACK:-}; do args+=(--stack "$stack"); done
[[ -n "${INPUT_POLICY_CONFIG:-}" ]] && args+=(--policy-config "$INPUT_POLICY_CONFIG")
[[ -n "${INPUT_POLICY_PACK:-}" ]] && args+=(--policy-pack "$INPUT_POLICY_PACK")
[[ -n "${INPUT_FAIL_ON:-}" ]] && args+=(--fail-on "$INPUT_FAIL_ON")

"${command[@]}" "${args[@]}"
code=$?

if [[ -n "${GITHUB_STEP_SUMMARY:-}" ]]; then
  if [[ -s "$markdown" ]]; then
    cat "$markdown" >>"$GITHUB_STEP_SUMMARY"
  else
    # Refused before it started (a flag, a missing file): the one line on stderr says why.
    printf '### ⛔ Residency check did not run\n\n`sovereignty check` exited %s before it could check anything; see the step log.\n' \
      "$code" >>"$GITHUB_STEP_SUMMARY"
  fi
fi
if [[ -n "${GITHUB_OUTPUT:-}" ]]; then
  {
    echo "exit-code=$code"
    if [[ -s "$sarif" ]]; then echo "sarif-file=$sarif"; fi
  } >>"$GITHUB_OUTPUT"
fi
exit 0
