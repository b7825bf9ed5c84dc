#!/usr/bin/env bash
# Runs the CSV fuzz target for SECONDS (default 60) on a scratch copy of the seed corpus and
# prints a one-line summary from libFuzzer's final stats.
# Usage: bench/fuzz/run.sh [SECONDS]
# The run's files stay in build/fuzz/run-<date>/: corpus/ (seeds plus what the fuzzer added),
# artifacts/ (crash-*, timeout-*, oom-*, leak-* reproducers), fuzz.log, csv.dict.
# Exit status: 0 when nothing was found, 1 when a crash or timeout was found, 2 on usage errors.
set -euo pipefail

seconds="${1:-60}"
if ! [[ "$seconds" =~ ^[0-9]+$ ]] || [ "$seconds" -eq 0 ]; then
  echo "usage: $0 [SECONDS]" >&2
  exit 2
fi

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
binary="build/fuzz/fuzz_csv"

# Build when the binary is missing or older than anything it is built from.
sources=(bench/fuzz/FuzzCsv.cpp bench/fuzz/build.sh src/io/CsvReader.cpp src/io/CsvReader.h
  src/io/TextDecoder.cpp src/io/TextDecoder.h src/io/TableSource.h src/io/IoText.h src/core/Result.h)
stale=0
if [ ! -x "$binary" ]; then
  stale=1
else
  for f in "${sources[@]}"; do
    if [ "$f" -nt "$binary" ]; then stale=1; fi
  done
fi
if [ "$stale" -eq 1 ]; then
  bench/fuzz/build.sh
fi

run="build/fuzz/run-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$run/corpus" "$run/artifacts"
cp bench/fuzz/corpus/* "$run/corpus/"
seeds=$(find "$run/corpus" -type f | wc -l)

# Tokens the reader treats specially (after the chunk-size byte the fuzzer mutates them anywhere).
cat > "$run/csv.dict" <<'DICT'
bom_utf8="\xEF\xBB\xBF"
bom_utf16le="\xFF\xFE"
bom_utf16be="\xFE\xFF"
sep_semicolon="sep=;"
sep_tab="sep=\x09"
sep_comma="sep=,"
crlf="\x0D\x0A"
cr="\x0D"
lf="\x0A"
quote="\x22"
doubled="\x22\x22"
quoted_end="\x22,"
semicolon=";"
tab="\x09"
alef_utf8="\xD8\xA7"
zwnj_utf8="\xE2\x80\x8C"
alef_1256="\xC7"
yeh_1256="\xED"
DICT

echo "fuzzing for ${seconds}s: $binary on $seeds seeds in $run"
set +e
"$binary" -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
  -print_final_stats=1 -dict="$run/csv.dict" -artifact_prefix="$run/artifacts/" \
  "$run/corpus" > "$run/fuzz.log" 2>&1
status=$?
set -e

stat() { grep -m1 "^stat::$1:" "$run/fuzz.log" | awk '{print $2}'; }
execs="$(stat number_of_executed_units)"
rate="$(stat average_exec_per_sec)"
added="$(stat new_units_added)"
rss="$(stat peak_rss_mb)"
done_line="$(grep -m1 -E '^#[0-9]+[[:space:]]+DONE' "$run/fuzz.log" || true)"
coverage="$(sed -nE 's/.* cov: ([0-9]+) .*/\1/p' <<<"$done_line")"
units="$(sed -nE 's/.* corp: ([0-9]+\/[0-9]+[A-Za-z]*) .*/\1/p' <<<"$done_line")"
corpus=$(find "$run/corpus" -type f | wc -l)
findings=$(find "$run/artifacts" -type f | wc -l)

if [ "$findings" -gt 0 ] || [ "$status" -ne 0 ]; then
  echo "--- end of $run/fuzz.log ---"
  tail -n 60 "$run/fuzz.log"
  echo "---"
fi
echo "summary: executions=${execs:-?} exec/s=${rate:-?} corpus=${units:-?} units (${corpus} files; seeds ${seeds}, new units added ${added:-?}) cov=${coverage:-?} peak_rss_mb=${rss:-?} crashes=${findings} exit=${status} log=${run}/fuzz.log"
if [ "$findings" -gt 0 ] || [ "$status" -ne 0 ]; then
  find "$run/artifacts" -type f -printf 'artifact: %p\n'
  exit 1
fi
