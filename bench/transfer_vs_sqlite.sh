#!/usr/bin/env bash
# Figures of the import/export issue: `ehya-cli export` and `ehya-cli import` of N generated
# projects against the sqlite3 shell doing the same on the same data in the same run:
#  - export: `.mode csv` of the project table joined with the names Ehya writes (same rows, same
#    columns) against `ehya-cli export --kind projects`;
#  - import: `.import --csv` of Ehya's export into a new table (no validation, no audit) against
#    `ehya-cli import` of the same file into a database holding only the reference data (every
#    cell parsed and validated, names matched, one audit row per record).
# Medians of R runs (RUNS=3); peak RSS of Ehya from /usr/bin/time.
#   bench/transfer_vs_sqlite.sh [BUILD_DIR] [SIZE...]      default: build/bench 100000 1000000
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
tmp=$(mktemp -d "${TMPDIR:-/tmp}/ehya-transfer-XXXXXX")
trap 'rm -rf "$tmp"' EXIT

source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
rss() { awk '/Maximum resident set size/ {print int($NF / 1024)}' "$1"; }

export_sql="SELECT p.id, p.permit_no, pr.name_en, c.name_en, s.isic, p.title, p.investor, p.status,
 p.progress, p.invested_rial, p.remaining_rial, p.planned_jobs, p.export_oriented, p.permit_date,
 p.expected_completion, p.notes, e.name_en, p.permit_expiry, p.capacity
 FROM project p JOIN province pr ON pr.id = p.province_id JOIN county c ON c.id = p.county_id
 JOIN sector s ON s.id = p.sector_id LEFT JOIN estate e ON e.id = p.estate_id ORDER BY p.id;"

for n in "${sizes[@]}"; do
  db=$tmp/gen-$n.sqlite
  t=$(date +%s%N)
  "$cli" generate "$db" --projects "$n" --units 0 --seed 1 >/dev/null
  echo "generated $n projects in $(ms "$t") ms"
  eo=() es=() io=() is=() erss=0 irss=0
  for ((r = 0; r < runs; r++)); do
    t=$(date +%s%N)
    /usr/bin/time -v -o "$tmp/time-e" "$cli" export "$db" --kind projects --output "$tmp/ehya.csv" --no-bom >/dev/null
    eo+=("$(ms "$t")"); erss=$(rss "$tmp/time-e")
    t=$(date +%s%N)
    sqlite3 -csv -header "$db" "$export_sql" >"$tmp/sqlite.csv"
    es+=("$(ms "$t")")

    rm -f "$tmp/in.sqlite" "$tmp/in.sqlite-wal" "$tmp/in.sqlite-shm" "$tmp/plain.sqlite"
    "$cli" init "$tmp/in.sqlite" >/dev/null
    t=$(date +%s%N)
    /usr/bin/time -v -o "$tmp/time-i" "$cli" import "$tmp/in.sqlite" --kind projects "$tmp/ehya.csv" >/dev/null
    io+=("$(ms "$t")"); irss=$(rss "$tmp/time-i")
    t=$(date +%s%N)
    sqlite3 "$tmp/plain.sqlite" ".import --csv $tmp/ehya.csv project_import"
    is+=("$(ms "$t")")
  done
  rows=$(sqlite3 "$tmp/in.sqlite" "SELECT COUNT(*) FROM project")
  a=$(median "${eo[@]}") b=$(median "${es[@]}") c=$(median "${io[@]}") d=$(median "${is[@]}")
  printf '%8d projects: export %6d ms vs sqlite3 %6d ms (ratio %.2f, peak RSS %d MiB) | import %6d ms vs sqlite3 .import %6d ms (ratio %.2f, peak RSS %d MiB, %s rows landed)\n' \
    "$n" "$a" "$b" "$(echo "$a / $b" | bc -l)" "$erss" "$c" "$d" "$(echo "$c / $d" | bc -l)" "$irss" "$rows"
done
