#!/bin/sh
# Import benchmark, A/B: writes the ten-year benchmark diary once, then runs each given
# td_bench_import binary on the same file (median of RUNS runs, peak RSS), one after the
# other. Run under the build lock on a shared machine:
#   flock /tmp/td-build.lock scripts/bench-import.sh OLD/td_bench_import build-bench/bench/td_bench_import
set -eu
RUNS=${RUNS:-5}
FILE=${FILE:-/tmp/td-bench-import-ten-years.json}  # the last binary writes it when missing
last=""
for bin in "$@"; do last=$bin; done
[ -f "$FILE" ] || "$last" --write "$FILE"
for bin in "$@"; do
    echo "== $bin"
    "$bin" "$FILE" "$RUNS"
done
