#!/usr/bin/env bash
# Runs every test the project has, on a fresh machine too: installs what is missing, then
# type-check, lint, layering, the index plan (apply-indexes --dry-run), builds, jest (emulator, functions, host, simulate), Playwright,
# size. Ends with one line "Tests: N passed, M failed" summing every runner and step.
set -uo pipefail
cd "$(dirname "$0")/.."
source scripts/ensure-deps.sh
export TZ=UTC SILENCE=true TENCENTCLOUD=true

ensure_node_modules || { echo "Tests: 0 passed, 1 failed"; exit 1; }
ensure_chromium || echo "warning: chromium install failed; browser tests will fail"
ensure_poppler || echo "warning: poppler-utils install failed; the certificate PDF tests will fail"

mkdir -p reports test-results
rm -f reports/*.json reports/steps.txt test-results/e2e.json

step() {
  local name=$1; shift
  local started=$SECONDS
  if "$@" > "reports/$name.log" 2>&1; then
    echo "PASS $name ($((SECONDS - started)) s)"
    echo "pass $name" >> reports/steps.txt
  else
    echo "FAIL $name ($((SECONDS - started)) s) — last lines of reports/$name.log:"
    tail -n 40 "reports/$name.log"
    echo "fail $name" >> reports/steps.txt
  fi
}

step typecheck npx tsc --noEmit
step lint sh -c 'npx eslint . --max-warnings=0 && npx prettier --check .'
step layering npm run depcheck
step index-plan npx tsx scripts/apply-indexes.ts --dry-run
step build-functions npm run build:functions
step build-weapp npm run build:weapp
step build-h5 npm run build:h5
step size npm run size

echo "==> jest"
npx jest --ci --json --outputFile=reports/jest.json 2>&1 | grep -v "Unknown user config"
echo "==> playwright"
npx playwright test 2>&1 | tail -n 40

node scripts/summarise-tests.mjs
