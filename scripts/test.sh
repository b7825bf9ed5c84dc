#!/usr/bin/env bash
# Sets up what is missing, builds the Debug build with AddressSanitizer and UBSan, runs every test.
#   scripts/test.sh [ctest arguments...]     e.g. scripts/test.sh -R storage
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
source scripts/lib/setup.sh
ehya_setup "$root"

cmake --preset debug >/dev/null
cmake --build --preset debug
ctest --preset debug "$@"
