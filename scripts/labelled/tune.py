#!/usr/bin/env python3
"""Write the TUNE part of the labelled evaluation set: labelled/tune/ and labelled/tune.csv.

    python3 scripts/labelled/tune.py

Deterministic (no randomness; reportlab in invariant mode through render.py).
It wipes and rewrites labelled/tune/ and labelled/tune.csv only.

The documents are those of fictional candidates in English, Spanish, German and
French (tune_data_en.py, tune_data_es.py, tune_data_de.py, tune_data_fr.py);
the styles they are rendered in are in tune_common.py.  Each row of
tune.csv is: path (relative to labelled/tune/), type, language, format (the real
format of the bytes, whatever the file name says), case (a hard-case tag or -).
"""

import csv
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from render import DATA_FORMATS, write  # noqa: E402
from tune_common import STYLES  # noqa: E402
import tune_data_de  # noqa: E402
import tune_data_en  # noqa: E402
import tune_data_es  # noqa: E402
import tune_data_fr  # noqa: E402

ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
OUT = os.path.join(ROOT, "labelled", "tune")
CSV_PATH = os.path.join(ROOT, "labelled", "tune.csv")

TYPES = ("about", "resume", "role_preferences", "work_experiences")

# Characters that a Latin-1 text file from an older system would not have.
LATIN1_FIX = {
    "\u2013": "-", "\u2014": "-", "\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"',
    "\u20ac": "EUR", "\u2022": "-", "\u2026": "...", "\u0153": "oe", "\u0152": "OE",
    "\u00a0": " ", "\u202f": " ",
}


def latin1_blocks(blocks):
    def fix(s):
        return "".join(LATIN1_FIX.get(c, c) for c in s)
    return [(k, [fix(x) for x in v] if isinstance(v, list) else fix(v)) for k, v in blocks]


def build(entry, people, lang):
    src = entry["src"]
    if isinstance(src, str):
        slug = entry["path"].split("/")[0]
        content = STYLES[src](people[slug], lang, entry["v"], **entry["kw"])
    else:
        content = src
    if entry["fmt"] == "txt-latin1":
        content = latin1_blocks(content)
    return content


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    if os.path.exists(CSV_PATH):
        os.remove(CSV_PATH)
    os.makedirs(OUT)

    rows = []
    seen = set()
    for module, lang in ((tune_data_en, "en"), (tune_data_es, "es"),
                         (tune_data_de, "de"), (tune_data_fr, "fr")):
        for entry in module.DOCS:
            path = entry["path"]
            if path in seen:
                raise SystemExit("duplicate path %s" % path)
            seen.add(path)
            if entry["type"] not in TYPES:
                raise SystemExit("%s: unknown type %s" % (path, entry["type"]))
            content = build(entry, module.PEOPLE, lang)
            if entry["fmt"] in DATA_FORMATS and isinstance(content, list) and content \
                    and isinstance(content[0], tuple):
                raise SystemExit("%s: blocks given for a structured format" % path)
            write(os.path.join(OUT, *path.split("/")), content, entry["fmt"])
            rows.append((path, entry["type"], lang, entry["fmt"], entry["case"]))

    with open(CSV_PATH, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["path", "type", "language", "format", "case"])
        w.writerows(rows)
    print("wrote %d documents to labelled/tune/ and labelled/tune.csv" % len(rows))


if __name__ == "__main__":
    main()
