#!/usr/bin/env bash
# Extract the ../shared/eval corpus and score it: scripts/eval.sh [debug|release] [--verbose]
set -euo pipefail
cd "$(dirname "$0")/.."
config=${1:-debug}; shift || true
swift build -c "$config" --product corridor >/dev/null
out=$(mktemp)
".build/$config/corridor" extract --format eval ../shared/eval/corpus > "$out"
python3 ../shared/eval/score.py --corpus ../shared/eval/corpus --gold ../shared/eval/gold --pred "$out" "$@"
rm -f "$out"
