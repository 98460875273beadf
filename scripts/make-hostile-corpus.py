#!/usr/bin/env python3
"""Writes the hostile corpus: small files that hang, exhaust or crash a parser run in
process. Tests read them from Tests/Fixtures/hostile; `intake ingest` over that folder
must end by itself with one report line per file.

Usage: scripts/make-hostile-corpus.py [DIR]   (DIR defaults to Tests/Fixtures/hostile)

The files are made byte for byte the same on every run:
  fanout.pdf     a page draws a form XObject that draws the next one ten times, twelve
                 levels deep: poppler's text pass makes 10^12 text draws and never ends
  textbomb.pdf   one page whose Flate content stream inflates to 300 MB of text operators
  resume.txt     an ordinary document beside them, which must still go through
"""
import os
import sys
import zlib


def pdf(objects):
    """A PDF with `objects` (bytes, numbered from 1; object 1 is the catalog)."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def stream(data, extra=b""):
    return b"<< /Length %d %s>>\nstream\n" % (len(data), extra) + data + b"\nendstream"


FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"


def fanout(depth=12, fan=10):
    # 1 catalog, 2 pages, 3 page, 4 font, 5 page content, 6.. the form XObjects.
    first_form = 6
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 5 0 R "
        b"/Resources << /XObject << /X0 %d 0 R >> /Font << /F1 4 0 R >> >> >>" % first_form,
        FONT,
        stream(b"q /X0 Do Q"),
    ]
    for level in range(depth):
        number = first_form + level
        if level == depth - 1:
            content = b"BT /F1 12 Tf 72 720 Td (deep) Tj ET"
            resources = b"<< /Font << /F1 4 0 R >> >>"
        else:
            content = b" ".join([b"q /X0 Do Q"] * fan)
            resources = b"<< /XObject << /X0 %d 0 R >> /Font << /F1 4 0 R >> >>" % (number + 1)
        objects.append(stream(content, b"/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources %s " % resources))
    return pdf(objects)


def textbomb(inflated=300 * 1000 * 1000):
    line = b"(Lorem ipsum dolor sit amet) Tj 0 -1 Td\n"
    compressor = zlib.compressobj(9)
    parts = [compressor.compress(b"BT /F1 1 Tf 72 720 Td\n")]
    chunk = line * (65536 // len(line))
    for _ in range(inflated // len(chunk)):
        parts.append(compressor.compress(chunk))
    parts.append(compressor.compress(b"ET\n"))
    parts.append(compressor.flush())
    content = b"".join(parts)
    return pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 5 0 R /Resources << /Font << /F1 4 0 R >> >> >>",
        FONT,
        stream(content, b"/Filter /FlateDecode "),
    ])


RESUME = """Jordan Example
jordan@example.com · +44 20 7946 0000

Experience
2019 – 2024  Staff nurse, St Mary's Hospital
2016 – 2019  Nurse, Royal Infirmary

Education
2012 – 2016  BSc Nursing, University of Leeds

Skills
Triage, patient education, mentoring
"""


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    folder = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "Tests", "Fixtures", "hostile")
    os.makedirs(folder, exist_ok=True)
    files = {"fanout.pdf": fanout(), "textbomb.pdf": textbomb(), "resume.txt": RESUME.encode()}
    for name, data in files.items():
        with open(os.path.join(folder, name), "wb") as out:
            out.write(data)
        print(f"{name}: {len(data)} bytes")


if __name__ == "__main__":
    main()
