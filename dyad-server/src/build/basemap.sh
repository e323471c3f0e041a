#!/usr/bin/env bash
# Checks the world-atlas tarball against its pinned sha256 and copies its 1:110m country shapes
# (TopoJSON, Natural Earth, public domain) to where the dashboard serves them.
# usage: basemap.sh TARBALL SHA256 OUT
set -euo pipefail
tarball="$1" sha="$2" out="$3"
actual="$(sha256sum "$tarball" | cut -d' ' -f1)"
if [[ "$actual" != "$sha" ]]; then
  echo "$tarball has sha256 $actual, expected $sha; delete it so the build fetches it again" >&2
  exit 1
fi
mkdir -p "$(dirname "$out")"
tar -xzf "$tarball" -O package/countries-110m.json > "$out.tmp"
mv "$out.tmp" "$out"
