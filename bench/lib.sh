#!/usr/bin/env bash
# Shared by the bench/*.sh scripts. Sourced, not run.
#   t=$(date +%s%N); ...; ms "$t"      milliseconds since t
#   median 5 3 9                       the median of its arguments
ms() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
