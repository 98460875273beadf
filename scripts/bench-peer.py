#!/usr/bin/env python3
"""The Python peer that scripts/bench times beside Intake: what a Python user would write
for the same job, with the libraries made for it.

    bench-peer.py FILES.list0 REPORT.jsonl PROCESSES

For every file (the NUL-separated list): the MIME type from python-magic (libmagic),
SHA-256 with hashlib, for a PDF the text of every page with PyMuPDF, for text/* the file
decoded, and a keyword classifier over the first 20,000 characters into the four
Endorsed types. PROCESSES worker processes share the files (multiprocessing). One JSON
line per file goes to REPORT: path, mime, sha256, pages, chars, type, error.
"""
import hashlib
import json
import multiprocessing
import sys

import magic
import pymupdf

# A few telling words of each type, in the four languages: a classifier of the kind a
# Python user writes first. Its accuracy is not what is measured; its cost is.
KEYWORDS = {
    "resume": ["experience", "education", "skills", "curriculum", "lebenslauf", "berufserfahrung", "experiencia", "formación", "compétences", "formation"],
    "about": ["about me", "i am", "my name", "über mich", "ich bin", "sobre mí", "soy", "à propos", "je suis"],
    "role_preferences": ["salary", "remote", "relocation", "notice period", "gehalt", "salario", "remoto", "salaire", "télétravail"],
    "work_experiences": ["employer", "position", "responsibilities", "arbeitgeber", "tätigkeiten", "empresa", "puesto", "employeur", "poste"],
}


def classify(text):
    window = text[:20000].lower()
    scores = {kind: sum(window.count(word) for word in words) for kind, words in KEYWORDS.items()}
    best = max(scores, key=scores.get)
    return best if scores[best] > 0 else None


def one(path):
    line = {"path": path, "mime": None, "sha256": None, "pages": None, "chars": 0, "type": None, "error": None}
    try:
        line["mime"] = magic.from_file(path, mime=True)
        digest = hashlib.sha256()
        with open(path, "rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
        line["sha256"] = digest.hexdigest()
        text = ""
        if line["mime"] == "application/pdf":
            with pymupdf.open(path) as document:
                line["pages"] = document.page_count
                text = "\f".join(page.get_text() for page in document)
        elif line["mime"].startswith("text/"):
            with open(path, encoding="utf-8", errors="replace") as handle:
                text = handle.read()
        line["chars"] = len(text)
        line["type"] = classify(text)
    except Exception as error:  # a damaged or encrypted file: said, and the run goes on
        line["error"] = f"{type(error).__name__}: {error}"[:200]
    return line


def main():
    names, report, processes = sys.argv[1], sys.argv[2], int(sys.argv[3])
    files = [name.decode("utf-8", "surrogateescape") for name in open(names, "rb").read().split(b"\0") if name]
    with multiprocessing.Pool(processes) as pool, open(report, "w", encoding="utf-8", errors="surrogateescape") as out:
        for line in pool.imap_unordered(one, files, chunksize=4):
            out.write(json.dumps(line, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
