#!/usr/bin/env bash
# Sets up what is missing, builds the Release build, creates the demo database in the user's data
# folder on first run, and opens the app on it. Arguments go to the app (e.g. --lang en).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
source scripts/lib/setup.sh
ehya_setup "$root"

cmake --preset release >/dev/null
cmake --build --preset release

data=${XDG_DATA_HOME:-$HOME/.local/share}/Ehya
db=$data/ehya-demo.sqlite
if [[ ! -f $db ]]; then
  mkdir -p "$data"
  build/release/src/cli/ehya-cli demo "$db"
fi
exec build/release/src/app/ehya --database "$db" "$@"
