#!/usr/bin/env bash
# The sample report pages in docs/screenshots: `ehya-cli report` on the demo database (East
# Azerbaijan, a budget of 1,000 billion toman) in Persian and English; the first page and the first
# table page of each, rendered with pdftoppm (poppler-utils). Re-run after the translations change:
#   scripts/report-samples.sh [BUILD_DIR]      (default build/debug; ehya-cli must be built)
# The PDFs stay in $TMPDIR/ehya-report-samples for a look at the other pages.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${1:-$root/build/debug}
cli=$build/src/cli/ehya-cli
[[ -x $cli ]] || { echo "report-samples: build ehya-cli first ($cli)" >&2; exit 1; }
command -v pdftoppm >/dev/null || { echo "report-samples: pdftoppm missing (apt install poppler-utils)" >&2; exit 1; }

out=${TMPDIR:-/tmp}/ehya-report-samples
mkdir -p "$out"
db=$out/demo.sqlite
[[ -f $db ]] || "$cli" demo "$db" >/dev/null

for lang in fa en; do
  # A fixed date, so that the samples do not change from day to day.
  "$cli" --lang "$lang" report "$db" --output "$out/report-$lang.pdf" --province "East Azerbaijan" \
    --budget "1000 billion toman" --as-of 2024-09-22 2> >(grep -v XDG_RUNTIME_DIR >&2)
  pdftoppm -r 100 -png -f 1 -l 1 -singlefile "$out/report-$lang.pdf" "$root/docs/screenshots/report-$lang-page1"
  pdftoppm -r 100 -png -f 2 -l 2 -singlefile "$out/report-$lang.pdf" "$root/docs/screenshots/report-$lang-page2"
  echo "docs/screenshots/report-$lang-page1.png ($(pdfinfo "$out/report-$lang.pdf" | awk '/^Pages/ {print $2}') pages)"
done
