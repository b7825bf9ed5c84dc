#!/usr/bin/env bash
# End-to-end figure of the engine issue: `ehya-cli rank --format csv` on generated databases
# against the sqlite3 shell running the equivalent score-and-ORDER-BY query
# (bench/rank_seed_policy.sql) to CSV on the same file, in the same run. Medians of R runs.
#   bench/rank_vs_sqlite.sh [BUILD_DIR] [SIZE...]      default: build/bench 100000 1000000
# Also checks that both produce the same order (same id in every rank) — an independent check of
# the engine against DESIGN.md's rules written in SQL.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${1:-$root/build/bench}
shift || true
sizes=("$@")
((${#sizes[@]})) || sizes=(100000 1000000)
runs=${RUNS:-3}
cli=$build/src/cli/ehya-cli
[[ -x $cli ]] || { echo "build $cli first (cmake --preset bench && cmake --build --preset bench)" >&2; exit 2; }
command -v sqlite3 >/dev/null || { echo "sqlite3 is missing (apt-get install sqlite3)" >&2; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

for n in "${sizes[@]}"; do
  db=$tmp/gen-$n.sqlite
  t=$(date +%s%N)
  "$cli" generate "$db" --projects "$n" --units 1000 --seed 1 >/dev/null
  echo "generated $n projects in $(ms "$t") ms"
  ours=() theirs=()
  for ((r = 0; r < runs; r++)); do
    t=$(date +%s%N)
    "$cli" rank "$db" --format csv --no-bom --output "$tmp/ehya.csv"
    ours+=("$(ms "$t")")
    t=$(date +%s%N)
    sqlite3 -csv -header "$db" <"$root/bench/rank_seed_policy.sql" >"$tmp/sqlite.csv"
    theirs+=("$(ms "$t")")
  done
  a=$(median "${ours[@]}") b=$(median "${theirs[@]}")
  same=$(python3 - "$tmp/ehya.csv" "$tmp/sqlite.csv" <<'PY'
import csv, sys
a = [r["id"] for r in csv.DictReader(open(sys.argv[1], encoding="utf-8"))]
b = [r["id"] for r in csv.DictReader(open(sys.argv[2], encoding="utf-8"))]
diff = sum(1 for x, y in zip(a, b) if x != y)
print(f"{len(a)} rows, {len(b)} from sqlite3, {diff} ranks differ")
PY
)
  printf '%8d projects: ehya-cli rank --format csv %6d ms | sqlite3 query to CSV %6d ms | ratio %.2f | %s\n' \
    "$n" "$a" "$b" "$(echo "$a / $b" | bc -l)" "$same"
done
