# Sourced by start.sh and test.sh: installs what a fresh machine lacks, and nothing twice.
# npm ci fails here (Taro's optional platform binaries are absent from the registry);
# npm install with the committed lockfile works and leaves the lockfile unchanged.

ensure_node_modules() {
  local stamp=node_modules/.starfire-lock-hash
  local want
  want=$(sha1sum package-lock.json | cut -d' ' -f1)
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ] || ! node -e "require('better-sqlite3')" >/dev/null 2>&1; then
    echo "==> npm install (first run or lockfile changed; 2-5 minutes)"
    npm install --no-audit --no-fund --loglevel=error || return 1
    node -e "require('better-sqlite3')" || { echo "better-sqlite3 did not build" >&2; return 1; }
    echo "$want" > "$stamp"
  fi
}

ensure_chromium() {
  if [ -x /usr/bin/chromium ] && fc-list 2>/dev/null | grep -qi 'WenQuanYi'; then return 0; fi
  echo "==> apt-get install chromium fonts-wqy-microhei (Debian's Chromium serves Playwright; no browser download)"
  local sudo=''
  [ "$(id -u)" -eq 0 ] || sudo='sudo'
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium fonts-wqy-microhei >/dev/null
}

# pdftotext / pdftoppm: the certificate tests read the PDF back and render it to PNG.
ensure_poppler() {
  if command -v pdftotext >/dev/null 2>&1 && command -v pdftoppm >/dev/null 2>&1; then return 0; fi
  echo "==> apt-get install poppler-utils (pdftotext, pdftoppm)"
  local sudo=''
  [ "$(id -u)" -eq 0 ] || sudo='sudo'
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq poppler-utils >/dev/null
}
