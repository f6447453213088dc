#!/usr/bin/env bash
# Consumer smoke test: installs the packed library tarball into a fresh CDK app, with
# aws-cdk-lib, constructs and the aws-cdk CLI from the registry, synthesizes it with
# `cdk synth`, and asserts on the template. A second app with a limit violation must
# fail `cdk synth` with this library's finding.
# Usage: .ci/smoke-test.sh <path to cdk-lambda-patterns tarball>
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
TARBALL="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
[ -f "$TARBALL" ] || { echo "no tarball at $1" >&2; exit 1; }
version_of() { node -p "require('$ROOT/node_modules/$1/package.json').version"; }

APP_DIR="$(mktemp -d)"
trap 'rm -rf "$APP_DIR"' EXIT
cd "$APP_DIR"
cat > package.json <<'JSON'
{ "name": "smoke-app", "version": "1.0.0", "private": true }
JSON
npm install --no-audit --no-fund --loglevel=error "$TARBALL" \
  "aws-cdk-lib@$(version_of aws-cdk-lib)" "constructs@$(version_of constructs)" "aws-cdk@$(version_of aws-cdk)"

cp "$ROOT/.ci/smoke-exports.js" exports-check.js && node exports-check.js
cp "$ROOT/.ci/smoke-app.js" app.js
export CDK_DISABLE_CLI_TELEMETRY=true

echo "--- cdk synth (good app)"
SMOKE_CASE=good npx cdk synth --app "node app.js" --output cdk.out --no-notices --quiet
node "$ROOT/.ci/smoke-assert.js" cdk.out

echo "--- cdk synth (app with a limit violation: must fail with the library's finding)"
set +e
SMOKE_CASE=bad npx cdk synth --app "node app.js" --output cdk.out.bad --no-notices --quiet > bad.log 2>&1
status=$?
set -e
if [ $status -eq 0 ]; then
  cat bad.log; echo "ERROR: synth of the bad app succeeded" >&2; exit 1
fi
if ! grep -q "cdk-lambda-patterns:FunctionMemorySize" bad.log; then
  cat bad.log; echo "ERROR: the bad app failed without the library's finding" >&2; exit 1
fi
echo "bad app rejected with: $(grep -o 'cdk-lambda-patterns:FunctionMemorySize[^;]*' bad.log | head -1)"
echo "smoke test passed"
