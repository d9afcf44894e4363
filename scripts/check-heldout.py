#!/usr/bin/env python3
"""Sanity checks for a held-out set in the eval format (stdlib only).

    python3 scripts/check-heldout.py Tests/Fixtures/heldout3 [--warn]

Errors (exit 1):
  - a gold file that does not parse, or whose `doc` is not its file name,
    or that has no article in corpus/ (and the other way round);
  - an article header that is not url/date/outlet/pair + empty line;
  - an anchor that does not occur verbatim in the article body, or that
    runs across a sentence boundary;
  - a party/actor that is not the `name` of a gold entity of the same file;
  - an unknown entity type, agreement kind or event kind, a malformed
    date/period/amount/country;
  - an ignore entry that is also a gold entity name or alias;
  - a `key` used for entities of different countries.
With --warn it also lists aliases that do not occur in the body and
normalised names that recur across files with differing keys.
"""
import json
import os
import re
import sys
import unicodedata

ARGS = [a for a in sys.argv[1:] if not a.startswith("--")]
if len(ARGS) != 1:
    sys.exit("usage: check-heldout.py DIR [--warn]   (DIR holds corpus/ and gold/)")
HERE = os.path.abspath(ARGS[0])
CORPUS = os.path.join(HERE, "corpus")
GOLD = os.path.join(HERE, "gold")

TYPES = {"PERSON", "ORG", "GPE", "LOC", "FAC", "EVENT", "LAW", "NORP", "PRODUCT", "WORK_OF_ART"}
AGREEMENT_KINDS = {"mou", "agreement", "action_plan", "joint_statement", "letter_of_exchange",
                   "contract", "framework", "other"}
EVENT_KINDS = {"meeting", "visit", "attack", "conference", "condemnation", "appeal", "other"}
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
ABBREV = ("Mr.", "Mrs.", "Ms.", "Dr.", "Jr.", "Sr.", "St.", "No.", "Gen.", "Lt.", "Col.", "Capt.",
          "Prof.", "Rev.", "U.S.", "U.N.", "Inc.", "Ltd.", "Co.", "Corp.", "vs.", "e.g.", "i.e.")
DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"), "-")
QUOTES = {ord("\u2018"): "'", ord("\u2019"): "'", ord("\u201c"): '"', ord("\u201d"): '"'}


def norm(s):
    # Same normalisation as the scorer's.
    s = unicodedata.normalize("NFKC", s or "").translate(DASHES).translate(QUOTES).casefold()
    s = re.sub(r"\s+", " ", s).strip(" .,;:!?\"'()[]")
    s = re.sub(r"^the ", "", s)
    s = re.sub(r"'s$", "", s)
    return s.strip()


def read_article(path, errors):
    text = open(path, encoding="utf-8").read()
    if "\n\n" not in text:
        errors.append(f"{path}: no empty line after the header")
        return {}, text
    head, body = text.split("\n\n", 1)
    fields = {}
    for line in head.split("\n"):
        k, sep, v = line.partition(": ")
        if not sep:
            errors.append(f"{path}: bad header line {line!r}")
            continue
        fields[k] = v
    if list(fields) != ["url", "date", "outlet", "pair"]:
        errors.append(f"{path}: header must be url, date, outlet, pair (got {list(fields)})")
    if not fields.get("url", "").startswith("https://example.org/"):
        errors.append(f"{path}: url must be on example.org")
    d = fields.get("date", "")
    if d != "unknown" and not re.match(r"^\d{4}-\d{2}-\d{2}$", d):
        errors.append(f"{path}: date must be YYYY-MM-DD or unknown")
    if not re.match(r"^[A-Z]{2}-[A-Z]{2}$", fields.get("pair", "")):
        errors.append(f"{path}: pair must look like XX-YY")
    return fields, body


def sentences(body):
    """A conservative splitter: paragraphs/lines, then . ! ? before a capital or quote."""
    out = []
    for line in body.split("\n"):
        line = line.strip()
        if not line:
            continue
        start = 0
        for m in re.finditer(r"[.!?][\"'\u201d\u2019)]?\s+(?=[A-Z\"'\u201c\u2018(0-9])", line):
            end = m.end()
            piece = line[start:end]
            if piece.rstrip().endswith(ABBREV) or re.search(r"\b[A-Z]\.\s*$", piece):
                continue
            out.append(line[start:end].strip())
            start = end
        out.append(line[start:].strip())
    return out


def as_list(x):
    return x if isinstance(x, list) else [x]


def main():
    warn = "--warn" in sys.argv
    errors, warnings = [], []
    txts = sorted(f[:-4] for f in os.listdir(CORPUS) if f.endswith(".txt"))
    jsons = sorted(f[:-5] for f in os.listdir(GOLD) if f.endswith(".json"))
    for d in sorted(set(txts) ^ set(jsons)):
        errors.append(f"{d}: article and gold file must come in pairs")
    key_country = {}
    name_keys = {}
    pairs = {}
    for doc in jsons:
        gpath = os.path.join(GOLD, doc + ".json")
        try:
            gold = json.load(open(gpath, encoding="utf-8"))
        except json.JSONDecodeError as e:
            errors.append(f"{gpath}: not JSON: {e}")
            continue
        if gold.get("doc") != doc:
            errors.append(f"{gpath}: doc {gold.get('doc')!r} is not the file name {doc!r}")
        tpath = os.path.join(CORPUS, doc + ".txt")
        if not os.path.exists(tpath):
            continue
        fields, body = read_article(tpath, errors)
        pairs[doc] = fields.get("pair")
        nwords = len(body.split())
        if not 200 <= nwords <= 700:
            errors.append(f"{doc}: body has {nwords} words (want 200-700)")
        sents = sentences(body)
        lbody = norm(body)

        ents = gold.get("entities", [])
        names = set()
        allnames = set()
        for e in ents:
            n = e.get("name")
            if not n:
                errors.append(f"{doc}: entity without a name")
                continue
            if n in names:
                errors.append(f"{doc}: entity {n!r} listed twice")
            names.add(n)
            forms = [n] + list(e.get("aliases") or [])
            own = {norm(f) for f in forms}
            for nf in sorted(own & allnames):
                errors.append(f"{doc}: surface form {nf!r} belongs to two gold entities")
            allnames |= own
            for t in as_list(e.get("type")):
                if t not in TYPES:
                    errors.append(f"{doc}: entity {n!r} has unknown type {t!r}")
            c = e.get("country")
            if c is not None and not re.match(r"^[A-Z]{2}$", c):
                errors.append(f"{doc}: entity {n!r} country {c!r} is not ISO alpha-2")
            if e.get("key"):
                prev = key_country.setdefault(e["key"], c)
                if prev != c:
                    errors.append(f"{doc}: key {e['key']!r} used with countries {prev!r} and {c!r}")
            name_keys.setdefault(norm(n), set()).add((doc, e.get("key")))
            present = [f for f in forms if norm(f) and norm(f) in lbody]
            if not present and not e.get("implicit"):
                errors.append(f"{doc}: no surface form of entity {n!r} occurs in the body")
            for f in forms:
                if norm(f) not in lbody:
                    warnings.append(f"{doc}: alias {f!r} of {n!r} not in body")
        for x in gold.get("ignore", []):
            if norm(x) in allnames:
                errors.append(f"{doc}: ignore entry {x!r} is also a gold entity name/alias")
        for p in gold.get("projects", []):
            forms = [p.get("name", "")] + list(p.get("aliases") or [])
            if not any(norm(f) in lbody for f in forms):
                errors.append(f"{doc}: no surface form of project {p.get('name')!r} occurs in the body")
            for f in forms:
                if norm(f) not in lbody:
                    warnings.append(f"{doc}: alias {f!r} of project {p.get('name')!r} not in body")

        def check_anchor(kind, item):
            for a in as_list(item.get("anchor")):
                if not isinstance(a, str) or not a.strip():
                    errors.append(f"{doc}: {kind} with an empty anchor")
                    continue
                if a not in body:
                    errors.append(f"{doc}: {kind} anchor not in body: {a!r}")
                elif not any(a in s for s in sents):
                    errors.append(f"{doc}: {kind} anchor crosses a sentence boundary: {a!r}")

        def check_names(kind, item, field):
            for n in as_list(item.get(field) or []):
                if n not in names:
                    errors.append(f"{doc}: {kind} {field} {n!r} is not a gold entity name")

        def check_date(kind, item):
            if "date" in item and not DATE.match(str(item["date"])):
                errors.append(f"{doc}: {kind} date {item['date']!r} malformed")
            if "period" in item:
                p = item["period"]
                if not (isinstance(p, list) and len(p) == 2 and all(DATE.match(str(x)) for x in p)):
                    errors.append(f"{doc}: {kind} period {p!r} malformed")

        def check_amount(kind, item):
            if "amount" in item:
                a = item["amount"]
                if not (isinstance(a, dict) and isinstance(a.get("value"), (int, float))
                        and re.match(r"^[A-Z]{3}$", a.get("currency", ""))):
                    errors.append(f"{doc}: {kind} amount {a!r} malformed")

        for it in gold.get("agreements", []):
            check_anchor("agreement", it)
            check_names("agreement", it, "parties")
            check_date("agreement", it)
            check_amount("agreement", it)
            if it.get("kind") not in AGREEMENT_KINDS:
                errors.append(f"{doc}: agreement kind {it.get('kind')!r} unknown")
        for it in gold.get("commitments", []):
            check_anchor("commitment", it)
            check_names("commitment", it, "actor")
            check_date("commitment", it)
            check_amount("commitment", it)
            if "quantity" in it and not isinstance(it["quantity"], (int, float)):
                errors.append(f"{doc}: commitment quantity {it['quantity']!r} is not a number")
        for it in gold.get("events", []):
            check_anchor("event", it)
            check_names("event", it, "actors")
            check_date("event", it)
            if it.get("kind") not in EVENT_KINDS:
                errors.append(f"{doc}: event kind {it.get('kind')!r} unknown")

    for n, uses in sorted(name_keys.items()):
        keys = {k for _, k in uses}
        docs = {d for d, _ in uses}
        if len(docs) > 1 and len(keys) > 1:
            warnings.append(f"name {n!r} recurs with keys {sorted(map(str, keys))} in {sorted(docs)}")

    pc = {}
    for p in pairs.values():
        pc[p] = pc.get(p, 0) + 1
    print(f"{len(jsons)} gold files, {len(pc)} pairs: " + ", ".join(f"{k}×{v}" for k, v in sorted(pc.items())))
    if warn:
        for w in warnings:
            print("warning:", w)
    for e in errors:
        print("ERROR:", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
