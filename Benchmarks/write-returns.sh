#!/usr/bin/env bash
# Writes COUNT returned workbooks into OUT for the ingest benchmarks: real filled workbooks (the
# end-to-end test that fills the template for every locality writes one per locality, SpreadsheetML 2003),
# each copied into variants whose evidence text differs, so every file is a new version.
#   Benchmarks/write-returns.sh COUNT OUT
set -euo pipefail
cd "$(dirname "$0")/.."
count="$1"
out="$2"
seeds="$(mktemp -d "${TMPDIR:-/tmp}/sli-seeds.XXXXXX")"
trap 'rm -rf "$seeds"' EXIT
SLI_RETURNS_OUT="$seeds" swift test --filter "acceptsAFilledReturnFromEveryLocality" >/dev/null

python3 - "$seeds" "$out" "$count" <<'PY'
import os, sys
seeds, out, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
os.makedirs(out)
files = sorted(f for f in os.listdir(seeds) if f.endswith(".xml"))
for n in range(count):
    name = files[n % len(files)]
    data = open(os.path.join(seeds, name), "rb").read()
    variant = data.replace(b">evidence 0-", b">evidence %d-" % (n + 1))
    assert variant != data, name
    open(os.path.join(out, "%03d-%s" % (n, name)), "wb").write(variant)
PY
