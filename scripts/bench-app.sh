#!/usr/bin/env bash
# Whole-app budgets (docs/performance.md) on a generated ten-year diary: builds the
# Release benchmark preset, writes the diary once, starts the window RUNS times (one
# process each) and prints the median of every figure. Usage: scripts/bench-app.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-7}
build=build-bench
cmake --preset bench >/dev/null
cmake --build "$build" -j2 --target td_bench_app td_bench_analysis td_bench_report >/dev/null
work=$(mktemp -d /var/tmp/td-bench-app.XXXXXX)
trap 'rm -rf "$work"' EXIT
"$build/bench/td_bench_app" make "$work/ten-years.sqlite"
echo "machine: $(lscpu | sed -n 's/^Model name: *//p'), $(nproc) cores; load: $(cut -d' ' -f1-3 /proc/loadavg)"
for i in $(seq "$runs"); do
    QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} "$build/bench/td_bench_app" run "$work/ten-years.sqlite" >"$work/run$i.txt"
done
python3 - "$work" "$runs" <<'PY'
import statistics, sys, pathlib
work, runs = pathlib.Path(sys.argv[1]), int(sys.argv[2])
values = {}
for i in range(1, runs + 1):
    for line in (work / f"run{i}.txt").read_text().split():
        k, v = line.split("=")
        values.setdefault(k, []).append(float(v))
for k, vs in values.items():
    print(f"{k:18} median {statistics.median(vs):9.2f}   min {min(vs):9.2f}   max {max(vs):9.2f}   (n={len(vs)})")
PY
