#!/usr/bin/env bash
# Ingest ../shared/eval/corpus into a temporary ledger, export it in the eval format and score it
# next to `corridor extract` on the same corpus.
#   scripts/eval-ledger.sh [debug|release] [--verbose]
#   CORPUS=Tests/Fixtures/heldout2/corpus GOLD=Tests/Fixtures/heldout2/gold scripts/eval-ledger.sh release
set -euo pipefail
cd "$(dirname "$0")/.."
config=${1:-debug}; shift || true
eval_dir=../shared/eval
corpus=${CORPUS:-$eval_dir/corpus}
gold=${GOLD:-$eval_dir/gold}
swift build -c "$config" --product corridor >/dev/null
bin=".build/$config/corridor"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$bin" extract --format eval "$corpus" > "$work/extract.jsonl"
"$bin" ingest --quiet --no-progress --db "$work/ledger.sqlite" "$corpus"
"$bin" export --db "$work/ledger.sqlite" --format eval > "$work/ledger.jsonl"
score() { python3 "$eval_dir/score.py" --corpus "$corpus" --gold "$gold" --pred "$1" "${@:2}"; }
score "$work/extract.jsonl" > "$work/extract.txt"
score "$work/ledger.jsonl" "$@" > "$work/ledger.txt"
echo "== corridor extract --format eval"
cat "$work/extract.txt"
echo
echo "== corridor ingest + corridor export --format eval"
cat "$work/ledger.txt"
echo
echo "== side by side (F1 or value: extract -> ledger)"
paste <(grep -E '^[a-z_]+ ' "$work/extract.txt") <(grep -E '^[a-z_]+ ' "$work/ledger.txt") \
    | awk '{ n = NF / 2; a = (n >= 4 ? $(4) : $2); b = (n >= 4 ? $(n + 4) : $(n + 2)); printf "%-22s %8s -> %s\n", $1, a, b }'
echo
echo "== stories with more than one article"
sqlite3 "$work/ledger.sqlite" "SELECT group_concat(id || ' (' || coalesce(outlet, 'seed') || ')', '  +  ') FROM article GROUP BY storyID HAVING count(*) > 1" 2>/dev/null \
    || echo "(install sqlite3 to list them)"
