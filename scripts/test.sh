#!/usr/bin/env bash
# Sets up what is missing, builds the Debug build with AddressSanitizer and UBSan, starts a
# throwaway PostgreSQL server on 127.0.0.1 (for the "pg: " tests), runs every test, stops the server.
#   scripts/test.sh [ctest arguments...]     e.g. scripts/test.sh -R storage
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
source scripts/lib/setup.sh
ehya_setup "$root"

cmake --preset debug >/dev/null
cmake --build --preset debug

source scripts/lib/pg.sh
if ! ehya_pg_start "${TMPDIR:-/tmp}/ehya-test-pg-$$"; then
  echo "test: the PostgreSQL test server could not start (see above); the server-mode tests cannot run" >&2
  exit 1
fi
trap ehya_pg_stop EXIT
ctest --preset debug "$@"
