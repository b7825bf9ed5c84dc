#!/usr/bin/env bash
# Figures of `ehya-cli copy` (server issue): a generated database of N projects (and N/5 idle
# units, with their histories, obstacles, actions and audit rows) copied SQLite -> PostgreSQL and
# PostgreSQL -> SQLite, against baselines measured in the same run on the same data:
#  - `ehya-cli copy` SQLite -> SQLite (the same reads, writes and checksums, no server);
#  - `sqlite3 FROM .dump | sqlite3 NEW` (SQLite alone: no checks, no ids kept apart from rowids);
#  - `pg_dump | psql` of the copied server database into a new one (PostgreSQL alone, COPY).
# Every `copy` opens both ends, reads the source in one snapshot, writes the target in one
# transaction and reads it back for the counts and checksums. Medians of RUNS (default 3).
# Starts a throwaway PostgreSQL server (scripts/lib/pg.sh) and stops it at the end.
#   bench/copy_server.sh [BUILD_DIR] [PROJECTS]      default: build/bench (built here) 100000
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${1:-}
n=${2:-100000}
units=${UNITS:-$((n / 5))}
runs=${RUNS:-3}
if [[ -z $build ]]; then
  build=$root/build/bench
  (cd "$root" && cmake --preset bench >/dev/null && cmake --build --preset bench --target ehya-cli >/dev/null)
fi
cli=$build/src/cli/ehya-cli
[[ -x $cli ]] || { echo "build $cli first (cmake --preset bench && cmake --build --preset bench)" >&2; exit 2; }
command -v sqlite3 >/dev/null || { echo "sqlite3 is missing (apt-get install sqlite3)" >&2; exit 2; }

# shellcheck source=../scripts/lib/pg.sh
source "$root/scripts/lib/pg.sh"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/ehya-copy-XXXXXX")
pgdir=$(mktemp -u "${TMPDIR:-/tmp}/ehya-copy-pg-XXXXXX")
trap 'ehya_pg_stop; rm -rf "$tmp"' EXIT
ehya_pg_start "$pgdir"
server=${EHYA_TEST_PG%/postgres}

source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
ratio() { echo "$1 / $2" | bc -l; }
drop() { psql -X -q "$EHYA_TEST_PG" -c "DROP DATABASE IF EXISTS $1" >/dev/null; }

gen=$tmp/gen.sqlite
t=$(date +%s%N)
"$cli" generate "$gen" --projects "$n" --units "$units" --seed 1 >/dev/null
echo "generated $n projects, $units units in $(ms "$t") ms ($(du -m "$gen" | cut -f1) MiB)"

s2p=() p2s=() s2s=() dump=() pgdump=()
for ((r = 0; r < runs; r++)); do
  t=$(date +%s%N)
  "$cli" copy "$gen" "$server/copy_bench" >"$tmp/s2p.out"
  s2p+=("$(ms "$t")")
  t=$(date +%s%N)
  "$cli" copy "$server/copy_bench" "$tmp/back.sqlite" >"$tmp/p2s.out"
  p2s+=("$(ms "$t")")
  t=$(date +%s%N)
  "$cli" copy "$gen" "$tmp/s2s.sqlite" >/dev/null
  s2s+=("$(ms "$t")")
  t=$(date +%s%N)
  sqlite3 "$gen" .dump | sqlite3 "$tmp/dump.sqlite"
  dump+=("$(ms "$t")")
  t=$(date +%s%N)
  psql -X -q "$EHYA_TEST_PG" -c "CREATE DATABASE copy_dump" >/dev/null
  pg_dump --enable-row-security --no-owner "$server/copy_bench" | psql -X -q "$server/copy_dump" >/dev/null
  pgdump+=("$(ms "$t")")
  drop copy_bench
  drop copy_dump
  rm -f "$tmp"/back.sqlite* "$tmp"/s2s.sqlite* "$tmp"/dump.sqlite*
done
tail -n 1 "$tmp/s2p.out"
tail -n 1 "$tmp/p2s.out"
a=$(median "${s2p[@]}") b=$(median "${p2s[@]}") c=$(median "${s2s[@]}") d=$(median "${dump[@]}") e=$(median "${pgdump[@]}")
printf 'copy SQLite -> PostgreSQL  %7d ms | copy SQLite -> SQLite %7d ms (ratio %.2f) | pg_dump | psql %7d ms (ratio %.2f)\n' \
  "$a" "$c" "$(ratio "$a" "$c")" "$e" "$(ratio "$a" "$e")"
printf 'copy PostgreSQL -> SQLite  %7d ms | copy SQLite -> SQLite %7d ms (ratio %.2f) | sqlite3 .dump | sqlite3 %7d ms (ratio %.2f)\n' \
  "$b" "$c" "$(ratio "$b" "$c")" "$d" "$(ratio "$b" "$d")"
echo "medians of $runs runs"
