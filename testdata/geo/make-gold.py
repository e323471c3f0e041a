#!/usr/bin/env python3
"""Builds a GeoVirus JSON Lines gold from a marks file and the shared corpus.

Every whole-word, case-sensitive occurrence of a marked surface is a gold toponym, longer
surfaces first (so `New York City` is not also `New York`); `skip=N` leaves out the Nth free
occurrence. Run from the repository root: python3 testdata/geo/make-gold.py ../shared/corpus [NAME]
NAME is the set's stem (default local-news): it reads NAME.marks.tsv and writes NAME.jsonl.
"""
import json, re, sys, pathlib

corpus = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/corpus")
here = pathlib.Path(__file__).parent
stem = sys.argv[2] if len(sys.argv) > 2 else "local-news"
marks = {}
for line in (here / (stem + ".marks.tsv")).read_text(encoding="utf-8").splitlines():
    if not line or line.startswith("#"):
        continue
    f = line.split("\t")
    skip = {int(n) for n in f[4][5:].split(",")} if len(f) > 4 else set()
    marks.setdefault(f[0], []).append((f[1], float(f[2]), float(f[3]), skip))
articles = {}
for name in ("wikinews/wikinews_2019_2020.jsonl", "voa/voa_stories.jsonl"):
    for line in (corpus / name).read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        if r["id"] in marks:
            articles[r["id"]] = r
out = []
for aid, ms in marks.items():
    r = articles[aid]
    text, taken, tops = r["text"], [], []
    for surface, lat, lon, skip in sorted(ms, key=lambda m: -len(m[0])):
        free = 0
        for m in re.finditer(r"(?<!\w)" + re.escape(surface) + r"(?!\w)", text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            free += 1
            if free in skip:
                continue
            taken.append((m.start(), m.end()))
            tops.append({"name": surface, "start": m.start(), "end": m.end(), "lat": lat, "lon": lon, "geonameid": None})
        if free == 0:
            sys.exit(f"{aid}: '{surface}' not found")
    tops.sort(key=lambda t: t["start"])
    src = "Voice of America (public domain)" if r["url"].find("voanews") >= 0 else "Wikinews (CC BY 2.5)"
    out.append({"id": aid, "corpus": "dyad-" + stem, "source": src, "url": r["url"], "text": text, "toponyms": tops})
with open(here / (stem + ".jsonl"), "w", encoding="utf-8") as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
print(len(out), "articles,", sum(len(o["toponyms"]) for o in out), "toponyms")
