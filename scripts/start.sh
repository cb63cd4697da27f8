#!/usr/bin/env bash
# Starts the whole system locally: installs what is missing, builds the cloud functions and the
# H5 app, then runs the local CloudBase (database emulator, seed, function host, H5 site) in one
# process and prints its URL. PORT (default 4400) and DATA_DIR (default .data/) are honoured.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/ensure-deps.sh
ensure_node_modules
echo "==> building cloud functions and the H5 app"
npm run --silent build:functions
npm run --silent build:h5 > .data-h5-build.log 2>&1 || { cat .data-h5-build.log; exit 1; }
rm -f .data-h5-build.log
# `npm start -- --bare` (or STARFIRE_BARE=1): an empty environment, no seed, only the admins of
# STARFIRE_ADMIN_OPENIDS (default local-admin), data in .data-bare/.
if [ "${1:-}" = "--bare" ] || [ "${STARFIRE_BARE:-}" = "1" ]; then
  exec npx tsx local/start.ts --bundles --bare
fi
exec npx tsx local/start.ts --bundles --demo
