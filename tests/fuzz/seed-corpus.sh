#!/usr/bin/env bash
# Refreshes the seed corpora in tests/fuzz/corpus/<target>/ from the project's fixtures:
#   project  tests/fixtures/**/*.podplan (valid, invalid, hostile, rules, migrate, cli, export) + the sample
#   catalog  catalog/*.json + tests/fixtures/catalog-{valid,invalid}/*.json + tests/fixtures/hostile/*.json
#   netbox   tests/fixtures/netbox/*.yaml + tests/fixtures/hostile/*.yaml
# Names are the fixture's path with '/' → '__', so a seed says where it came from.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
cd "$root"
copy() {  # copy TARGET FILE…
  local target=$1; shift
  mkdir -p "$here/corpus/$target"
  for f in "$@"; do cp "$f" "$here/corpus/$target/${f//\//__}"; done
}
rm -rf "$here/corpus/project" "$here/corpus/catalog" "$here/corpus/netbox"
copy project $(find tests/fixtures -name '*.podplan' | sort) resources/samples/*.podplan
copy catalog catalog/*.json $(find tests/fixtures/catalog-valid tests/fixtures/catalog-invalid tests/fixtures/hostile -name '*.json' | sort)
copy netbox $(find tests/fixtures/netbox tests/fixtures/hostile -name '*.yaml' | sort)
for t in project catalog netbox; do echo "$t: $(ls "$here/corpus/$t" | wc -l) seeds"; done
