#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz, clang + ASan + UBSan, no Qt) into build-fuzz and runs each
# for SECONDS (default 60). Exits non-zero if any target crashed, leaked past its limits or timed out;
# the input that did it stays in build-fuzz/crashes/<target>/ (turn it into a regression fixture).
# Usage: scripts/fuzz.sh [SECONDS] [TARGET…]     targets: project catalog netbox (default: all)
#   BUILD_DIR overrides the folder, JOBS the build parallelism.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$root/build-fuzz}
jobs=${JOBS:-$(nproc)}
seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(project catalog netbox)

bash "$root/scripts/deps.sh" --fuzz
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPOD_FUZZ=ON \
  -DCMAKE_CXX_COMPILER=clang++ >/dev/null
cmake --build "$build" -j"$jobs" --target $(printf 'fuzz_%s ' "${targets[@]}")

# Leaks are real bugs here (no Qt): keep leak checking on.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
failed=()
for t in "${targets[@]}"; do
  work="$build/corpus/$t"          # grows as the fuzzer finds new coverage; seeds stay read-only
  crashes="$build/crashes/$t"
  log="$build/fuzz-$t.log"
  mkdir -p "$work" "$crashes"
  rc=0
  "$build/tests/fuzz/fuzz_$t" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2048 -print_final_stats=1 \
    -dict="$root/tests/fuzz/$t.dict" -artifact_prefix="$crashes/" \
    "$work" "$root/tests/fuzz/corpus/$t" >"$log" 2>&1 || rc=$?
  execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*' || echo "?")
  if [ $rc -eq 0 ]; then
    echo "fuzz: $t: $execs runs in ${seconds} s, coverage $cov edges, no crash"
  else
    echo "fuzz: $t: FAILED (exit $rc) after $execs runs; input kept in $crashes/, log $log"
    grep -E 'ERROR|SUMMARY|==[0-9]+==|runtime error|Test unit written' "$log" | head -20 || true
    failed+=("$t")
  fi
done
[ ${#failed[@]} -gt 0 ] && echo "fuzz: failed: ${failed[*]}"
# A closing line CI reads as a test count: one target = one test.
echo "fuzz: $(( ${#targets[@]} - ${#failed[@]} )) passed, ${#failed[@]} failed"
[ ${#failed[@]} -eq 0 ]
