#!/usr/bin/env bash
# Extraction throughput of corridor and of the spaCy peer on the same corpus, each pinned to one
# core, and their ratio: scripts/bench-vs-spacy.sh [CORPUS_DIR]
# Needs spaCy and its model (see ../shared/eval/peers/spacy_entities.py). Run on an idle machine.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-../shared/eval/corpus}
pin=""; command -v taskset >/dev/null && pin="taskset -c 0"
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1
swift build -c release --product corridor >/dev/null
corridor=$($pin .build/release/corridor bench --format json "$corpus")
full=$($pin python3 ../shared/eval/peers/spacy_entities.py "$corpus" 2>&1 >/dev/null | grep -o '[0-9.]* MB/s' | cut -d' ' -f1)
ner=$(SPACY_NER_ONLY=1 $pin python3 ../shared/eval/peers/spacy_entities.py "$corpus" 2>&1 >/dev/null | grep -o '[0-9.]* MB/s' | cut -d' ' -f1)
python3 - "$corridor" "$full" "$ner" <<'PY'
import json, sys
c = json.loads(sys.argv[1]); full = float(sys.argv[2]); ner = float(sys.argv[3])
print(f"corpus: {c['articles']} articles, {c['bytes']} bytes; corridor lexicon load {c['loadSeconds']:.2f} s (not in the rates)")
print(f"{'pipeline':34} {'MB/s':>8} {'corridor ×':>11}")
print(f"{'corridor (CPU time per pass)':34} {c['cpuMBps']:8.3f} {1:11.0f}")
print(f"{'spaCy full pipeline':34} {full:8.3f} {c['cpuMBps'] / full:11.0f}")
print(f"{'spaCy NER only':34} {ner:8.3f} {c['cpuMBps'] / ner:11.0f}")
PY
