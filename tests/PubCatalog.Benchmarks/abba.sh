#!/usr/bin/env bash
# Compares two builds of the benchmark tool in alternating processes, in ABBA order: base, new, new, base, then again.
# Run in plain alternation (base, new, base, new …) the process that runs first in each pair was slower here by one to
# three percent (docs/performance.md, "How to run"), which a plain A/B reads as a gain for the side that goes second.
#
#   tests/PubCatalog.Benchmarks/abba.sh BASE_DIR NEW_DIR CYCLES TOOL_ARGS…
#   tests/PubCatalog.Benchmarks/abba.sh /tmp/base . 2 pages synthetic-2000 200
#
# Each directory is a checkout whose benchmark project is built in Release (`dotnet build -c Release
# tests/PubCatalog.Benchmarks`); a base is usually a `git worktree add /tmp/base REV`. Prints each process's last
# summary line (`ratio`, `pages`, `profile` and `steps` all end with one), prefixed with its side.
set -euo pipefail
if [ "$#" -lt 4 ]; then
  echo "usage: $0 BASE_DIR NEW_DIR CYCLES TOOL_ARGS…" >&2
  exit 2
fi

base=$1 new=$2 cycles=$3
shift 3
tool=tests/PubCatalog.Benchmarks/bin/Release/net10.0/PubCatalog.Benchmarks.dll
for side in "$base" "$new"; do
  if [ ! -f "$side/$tool" ]; then
    echo "$side/$tool is missing: build it with dotnet build -c Release tests/PubCatalog.Benchmarks" >&2
    exit 2
  fi
done

run() {
  local label=$1 dir=$2
  shift 2
  printf '%-4s %s\n' "$label" "$(dotnet "$dir/$tool" "$@" 2>&1 | grep -E '^all|paired rounds|rounds of|^fastest of' | tail -1)"
}

for _ in $(seq 1 "$cycles"); do
  run base "$base" "$@"
  run new "$new" "$@"
  run new "$new" "$@"
  run base "$base" "$@"
done
