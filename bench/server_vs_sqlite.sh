#!/usr/bin/env bash
# Server mode figures (issue 7), each against SQLite in the same run, on a throwaway PostgreSQL 15
# server on 127.0.0.1 that writes durably (fsync on, like SQLite's synchronous=FULL):
#  - edits per second with 1, 4 and 8 clients (bench_server);
#  - `ehya-cli rank --format csv` on a 100k-project database on the server and in a SQLite file
#    (both made by `generate` with the same seed; the two CSV files must be identical).
#   bench/server_vs_sqlite.sh [BUILD_DIR]        default build/bench; RUNS=3 PROJECTS=100000
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${1:-$root/build/bench}
runs=${RUNS:-3}
projects=${PROJECTS:-100000}
cli=$build/src/cli/ehya-cli
for f in "$cli" "$build/bench/bench_server"; do
  [[ -x $f ]] || { echo "build $f first (cmake --preset bench && cmake --build --preset bench)" >&2; exit 2; }
done
source "$root/scripts/lib/pg.sh"
tmp=$(mktemp -d)
chmod 755 "$tmp" # the server runs as the postgres user
EHYA_PG_DURABLE=1 ehya_pg_start "$tmp/pg"
trap 'ehya_pg_stop; rm -rf "$tmp"' EXIT
server=${EHYA_TEST_PG%/postgres}

source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

echo "== edits per second"
"$build/bench/bench_server" --server "$server/edits" --runs "$runs"

echo "== rank on $projects projects"
t=$(date +%s%N)
"$cli" generate "$tmp/rank.sqlite" --projects "$projects" --units $((projects / 5)) --seed 1 >/dev/null
echo "generate into SQLite: $(ms "$t") ms"
t=$(date +%s%N)
"$cli" generate "$server/rank" --projects "$projects" --units $((projects / 5)) --seed 1 >/dev/null
echo "generate into the server: $(ms "$t") ms"
ours=() base=()
for ((r = 0; r < runs; r++)); do
  t=$(date +%s%N)
  "$cli" rank "$server/rank" --format csv --no-bom --output "$tmp/server.csv"
  ours+=("$(ms "$t")")
  t=$(date +%s%N)
  "$cli" rank "$tmp/rank.sqlite" --format csv --no-bom --output "$tmp/sqlite.csv"
  base+=("$(ms "$t")")
done
a=$(median "${ours[@]}") b=$(median "${base[@]}")
same=$(cmp -s "$tmp/server.csv" "$tmp/sqlite.csv" && echo "identical CSV" || echo "CSV DIFFERS")
printf 'rank --format csv: server %d ms | SQLite %d ms | server / SQLite %.2f | %s (%d rows)\n' \
  "$a" "$b" "$(echo "$a / $b" | bc -l)" "$same" "$(($(wc -l <"$tmp/sqlite.csv") - 1))"
