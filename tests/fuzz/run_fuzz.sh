#!/usr/bin/env bash
# run_fuzz.sh FUZZER SEEDS REGRESSIONS WORKDIR SECONDS [DICT]: the CI smoke run of one libFuzzer target.
# 1. every regression input (a crash once found) must now pass; 2. the fuzzer runs for SECONDS on the seed corpus
# (new inputs go to WORKDIR, never into the committed corpus). A crash, leak, timeout or sanitizer report fails the
# test and leaves the input in WORKDIR/artifacts/: copy it into tests/fuzz/regressions/<target>/ with the fix.
set -uo pipefail
fuzzer=$1 seeds=$2 regressions=$3 work=$4 seconds=$5 dict=${6:-}
name=$(basename "$fuzzer")
rm -rf "$work"
mkdir -p "$work/corpus" "$work/artifacts"
options=(-timeout=10 -rss_limit_mb=2048 -artifact_prefix="$work/artifacts/" -print_final_stats=1)
[ -n "$dict" ] && options+=(-dict="$dict")

shopt -s nullglob
old=("$regressions"/*)
inputs=()
for f in "${old[@]}"; do [ "$(basename "$f")" != README.md ] && inputs+=("$f"); done
if [ ${#inputs[@]} -gt 0 ]; then
  if ! "$fuzzer" "${options[@]}" "${inputs[@]}" >"$work/regressions.log" 2>&1; then
    tail -n 60 "$work/regressions.log"
    echo "$name: a regression input fails again (above)"
    exit 1
  fi
fi

start=$(date +%s)
"$fuzzer" "${options[@]}" -max_total_time="$seconds" "$work/corpus" "$seeds" >"$work/fuzz.log" 2>&1
status=$?
elapsed=$(( $(date +%s) - start ))
runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/fuzz.log" | tail -n 1)
[ -z "$runs" ] && runs=$(sed -n 's/^Done \([0-9]*\) runs.*/\1/p' "$work/fuzz.log" | tail -n 1)
found=$(find "$work/corpus" -type f | wc -l)
if [ $status -ne 0 ]; then
  tail -n 80 "$work/fuzz.log"
  echo "$name: FAILED after ${runs:-?} inputs in ${elapsed} s; the input is in $work/artifacts/:"
  ls -l "$work/artifacts/"
  exit 1
fi
echo "$name: ${runs:-?} inputs executed in ${elapsed} s, ${#inputs[@]} regression inputs passed, $found new corpus entries, no crash" |
  tee "$work/summary.txt"
