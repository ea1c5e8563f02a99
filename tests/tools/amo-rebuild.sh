#!/usr/bin/env bash
# What an addons.mozilla.org reviewer does with our submission: unpack the sources zip into
# an empty folder, install exactly the locked dependencies, build for Firefox, and compare
# every file with the Firefox package we submitted. Exits 1 on any difference.
#
# Usage: npm run build:amo            (runs `npm run zip` first when the zips are missing)
#        bash tests/tools/amo-rebuild.sh [sources.zip] [firefox.zip]
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)

version=$(node -p "require('./package.json').version")
name=$(node -p "require('./package.json').name")
sources=${1:-.output/$name-$version-sources.zip}
package=${2:-.output/$name-$version-firefox.zip}
if [ ! -f "$sources" ] || [ ! -f "$package" ]; then
  echo "No packages yet: running npm run zip…"
  npm run zip >/dev/null
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/amo-rebuild-XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/src" "$work/submitted"
unzip -q "$ROOT/$sources" -d "$work/src"
unzip -q "$ROOT/$package" -d "$work/submitted"

echo "Sources zip: $(unzip -Z1 "$ROOT/$sources" | wc -l) files. Checking nothing that should stay out is in it…"
if unzip -Z1 "$ROOT/$sources" | grep -E '^(\.output|\.wxt|node_modules|coverage|test-results|bench-results|tests/e2e/\.artifacts)/|\.log$|(^|/)\.env'; then
  echo "✖ the sources zip contains build output, test output or local files (see above)"
  exit 1
fi

echo "Rebuilding from the sources zip in $work/src (npm ci && npm run build:firefox)…"
(
  cd "$work/src"
  npm ci --no-audit --no-fund --loglevel=error >"$work/npm-ci.log" 2>&1 || { cat "$work/npm-ci.log"; exit 1; }
  npm run build:firefox >"$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
)

if diff -r "$work/submitted" "$work/src/.output/firefox-mv3" >"$work/diff.txt"; then
  echo "✔ identical: the rebuilt Firefox extension matches $(basename "$package") byte for byte ($(find "$work/submitted" -type f | wc -l) files)"
else
  echo "✖ the rebuild differs from the submitted package:"
  cat "$work/diff.txt"
  exit 1
fi
