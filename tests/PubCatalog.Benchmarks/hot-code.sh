#!/usr/bin/env bash
# Where one method's time goes, instruction group by instruction group: runs the benchmark tool under `perf record`
# with the JIT's disassembly of the method written out (DOTNET_JitDisasm), then counts the samples that fall in each
# instruction group of the method's optimized (Tier1) code and prints the busiest groups with their share. The groups
# are in the listing it leaves, /tmp/hot-code/tier1.txt, each headed by its offset (`G_M000_IG12: ;; offset=0x…`).
# perf's jitdump route (`perf inject --jit`) found almost nothing here; the perf map gives where each method's code
# starts, and the listing gives the offsets.
#
#   tests/PubCatalog.Benchmarks/hot-code.sh JIT_PATTERN PERF_NAME TOOL_ARGS…
#   tests/PubCatalog.Benchmarks/hot-code.sh '*AuthorListReader:ComputeLooksLikeAuthorLine' \
#       'AuthorListReader::ComputeLooksLikeAuthorLine' profile synthetic-2000 12000 authorlines
#
# JIT_PATTERN is DOTNET_JitDisasm's (`*Class:Method`); PERF_NAME is a part of the name the perf map gives the method
# (`Class::Method`). Needs `perf`, and the tool built in Release (`dotnet build -c Release tests/PubCatalog.Benchmarks`).
# Samples are taken after the first 3 s, so the run must last well past that, with the method at Tier1 by then.
# The code of one run differs from another's (profile-guided), so read the groups in the listing of the same run.
set -euo pipefail
if [ "$#" -lt 3 ]; then
  echo "usage: $0 JIT_PATTERN PERF_NAME TOOL_ARGS…" >&2
  exit 2
fi

pattern=$1 name=$2
shift 2
here=$(cd "$(dirname "$0")" && pwd)
tool=$here/bin/Release/net10.0/PubCatalog.Benchmarks.dll
out=/tmp/hot-code
mkdir -p "$out"
rm -f "$out/jit.txt" "$out/perf.data"
DOTNET_JitDisasm="$pattern" DOTNET_JitStdOutFile="$out/jit.txt" DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0 \
  DOTNET_gcServer=1 perf record -F 5000 -D 3000 -o "$out/perf.data" dotnet "$tool" "$@" > "$out/tool.txt" 2>&1
# The process whose samples were taken (`head` stops perf early, which pipefail would count as a failure).
pid=$(perf script -i "$out/perf.data" -F pid 2>/dev/null | head -1 | tr -d ' ' || true)
map=/tmp/perf-$pid.map
start=$(grep -F "$name" "$map" | grep -F 'OptimizedTier1]' | tail -1 | cut -d' ' -f1)
if [ -z "$start" ]; then
  echo "no Tier1 code for $name in $map" >&2
  exit 1
fi

# The last Tier1 listing of the method.
awk '/^; Assembly listing for method /{keep = ($0 ~ /\(Tier1\)/); if (keep) listing = ""} keep {listing = listing $0 "\n"} END {printf "%s", listing}' \
  "$out/jit.txt" > "$out/tier1.txt"

# Only the samples in that code: those in the method's earlier versions (Tier0, instrumented, OSR) have other offsets.
perf script -i "$out/perf.data" -F ip,sym 2>/dev/null | grep -F "$name" | grep -F 'OptimizedTier1]' | cut -c1-40 | awk -v start="$start" -v listing="$out/tier1.txt" '
  function hex(s,    i, n, c) {
    s = tolower(s); sub(/^0x/, "", s); n = 0
    for (i = 1; i <= length(s); i++) { c = index("0123456789abcdef", substr(s, i, 1)) - 1; n = n * 16 + c }
    return n
  }
  BEGIN {
    base = hex(start); groups = 0
    while ((getline line < listing) > 0) {
      if (match(line, /^G_M[0-9]+_IG[0-9]+:/)) {
        name = substr(line, 1, RLENGTH - 1); at = line; sub(/.*offset=/, "", at)
        groups++; offset[groups] = hex(at); label[groups] = name
      }
    }
  }
  {
    ip = hex($1) - base; total++
    g = 0
    for (i = 1; i <= groups; i++) { if (offset[i] <= ip) g = i; else break }
    count[g ? label[g] : "before the first group"]++
  }
  END {
    printf "%d samples in the method\n", total
    for (k in count) printf "%6.1f%%  %s\n", 100 * count[k] / total, k | "sort -rn | head -25"
  }'
echo "listing: $out/tier1.txt; the tool's output: $out/tool.txt"
