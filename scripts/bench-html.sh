#!/usr/bin/env bash
# Measures the HTML main-content extractor on the Article Extraction Benchmark pages.
#
#   scripts/bench-html.sh [--trafilatura] [--debug]
#
# Unzips ../shared/bench/aeb/html/*.html.gz into a temporary folder, runs HTMLArticleReader over
# every page in a release build (one core: the extraction loop is sequential), writes
# {"doc", "text"} JSON Lines and scores them with score_html.py. --trafilatura also scores the
# installed trafilatura on the same pages (pip install trafilatura lxml_html_clean).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
bench="${CORRIDOR_AEB_DIR:-$here/../shared/bench/aeb}"
scratch="${CORRIDOR_SCRATCH:-$here/.build-html}"
config=release
trafilatura=0
for arg in "$@"; do
    case "$arg" in
        --trafilatura) trafilatura=1 ;;
        --debug) config=debug ;;
        *) echo "usage: $0 [--trafilatura] [--debug]" >&2; exit 2 ;;
    esac
done
[ -d "$bench/html" ] || { echo "no benchmark pages in $bench/html (set CORRIDOR_AEB_DIR)" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir "$work/pages"
for f in "$bench"/html/*.html.gz; do
    gunzip -c "$f" > "$work/pages/$(basename "$f" .gz)"
done

cd "$here"
CORRIDOR_BENCH_PAGES="$work/pages" CORRIDOR_BENCH_OUT="$work/pred.jsonl" \
    swift test -c "$config" --scratch-path "$scratch" --filter ExtractionBenchmarkTests 2>&1 \
    | grep -E "corridor HTMLArticleReader|error|failed" || true
[ -s "$work/pred.jsonl" ] || { echo "extraction produced no output" >&2; exit 1; }
cp "$work/pred.jsonl" "${CORRIDOR_BENCH_KEEP:-/dev/null}" 2>/dev/null || true
python3 "$bench/score_html.py" "$work/pred.jsonl"
if [ "$trafilatura" = 1 ]; then
    python3 "$bench/score_html.py" --trafilatura
fi
