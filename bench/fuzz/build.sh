#!/usr/bin/env bash
# Builds the CSV fuzz target with clang++ and libFuzzer (no CMake): build/fuzz/fuzz_csv.
# Usage: bench/fuzz/build.sh            (from anywhere; paths are relative to the repository)
# CXX=clang++-14 overrides the compiler.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"

cxx="${CXX:-clang++}"
out="build/fuzz/fuzz_csv"
mkdir -p build/fuzz

# The strict Qt defines of cmake/EhyaOptions.cmake (ehya_options), so the code is compiled as
# the project compiles it.
defines=(
  -DQT_NO_CAST_FROM_ASCII -DQT_NO_CAST_TO_ASCII -DQT_NO_CAST_FROM_BYTEARRAY
  -DQT_NO_CONTEXTLESS_CONNECT -DQT_NO_URL_CAST_FROM_STRING -DQT_USE_QSTRINGBUILDER
  -DQT_NO_FOREACH -DQT_NO_KEYWORDS -DQT_DISABLE_DEPRECATED_UP_TO=0x060400
)
warnings=(-Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual
  -Wimplicit-fallthrough)

# shellcheck disable=SC2046 # pkg-config prints several words on purpose
"$cxx" -std=c++20 -O1 -g -fno-omit-frame-pointer -fsanitize=fuzzer,address,undefined \
  -fno-sanitize-recover=undefined -fPIC \
  "${defines[@]}" "${warnings[@]}" \
  -I src -I src/core/.. \
  bench/fuzz/FuzzCsv.cpp src/io/CsvReader.cpp src/io/TextDecoder.cpp \
  $(pkg-config --cflags --libs Qt6Core) \
  -o "$out"
echo "built $out"
