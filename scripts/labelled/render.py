#!/usr/bin/env python3
"""Shared renderer for the labelled evaluation set (``labelled/``).

Usage from a generator in this folder::

    from render import Doc, write

    blocks = [
        ("title", "Ana García"),
        ("line", "ana@example.com · +34 600 123 456"),
        ("heading", "Experiencia"),
        ("para", "Soy ingeniera de datos ..."),
        ("bullets", ["item one", "item two"]),
    ]
    write("labelled/tune/ana-garcia/cv.docx", blocks, "docx")
    write("labelled/tune/ana-garcia/prefs.yaml", {"salary": 60000}, "yaml")

A *text document* is a list of blocks ``(kind, value)`` where kind is one of
``title`` (the first line / heading 1), ``heading`` (a section heading,
heading 2), ``para`` (a paragraph of prose), ``bullets`` (a list of strings)
and ``line`` (a plain line: a contact line, a date line...).  ``Doc`` is a
``list`` subclass with chainable helpers (``Doc().title("x").para("y")``);
any plain list of blocks works as well.

A *structured document* is plain Python data (dict / list / str / int /
float / bool / None).

``write(path, blocks_or_data, fmt)`` creates the parent folders and writes one
file.  It never chooses the file name: the caller does, so a ``.txt`` name can
hold JSON and a ``.pdf`` name can hold a DOCX.

Text formats (take blocks):
    txt          UTF-8 plain text
    txt-utf16    UTF-16 LE with BOM
    txt-utf16be  UTF-16 BE with BOM
    txt-latin1   ISO-8859-1 (raises ValueError if the text does not fit)
    txt-oneline  UTF-8, every block joined on ONE line, no line breaks at all
    md           Markdown
    html         a full HTML5 page with <h1>/<h2>/<p>/<ul>
    rtf          RTF 1; non-ASCII as \\'xx (cp1252) or \\uN? escapes
    docx         minimal valid Office Open XML ([Content_Types].xml first)
    odt          minimal valid ODF text (``mimetype`` first, stored)
    pdf          reportlab, text layer, as many pages as needed; uses the
                 standard Helvetica fonts, so the text must fit cp1252
                 (raises ValueError otherwise)
Structured formats (take data):
    json         UTF-8 JSON, indented
    json-as-txt  the same bytes as json (the caller gives it a .txt name)
    yaml         block-style YAML from a small emitter here, UTF-8
    csv          a list of dicts with the same keys -> header + rows, UTF-8

Output is deterministic: fixed zip timestamps and reportlab's invariant mode.
"""

# reportlab reads `invariant` when its modules are imported: set it first.
from reportlab import rl_config

rl_config.invariant = 1

import csv
import html
import io
import json
import os
import re
import zipfile

__all__ = ["Doc", "write", "TEXT_FORMATS", "DATA_FORMATS", "FORMATS", "text_of"]

TEXT_FORMATS = (
    "txt", "txt-utf16", "txt-utf16be", "txt-latin1", "txt-oneline",
    "md", "html", "rtf", "docx", "odt", "pdf",
)
DATA_FORMATS = ("json", "json-as-txt", "yaml", "csv")
FORMATS = TEXT_FORMATS + DATA_FORMATS

BLOCK_KINDS = ("title", "heading", "para", "bullets", "line")


class Doc(list):
    """A text document: a list of ``(kind, value)`` blocks with chainable helpers."""

    def title(self, text):
        self.append(("title", text))
        return self

    def heading(self, text):
        self.append(("heading", text))
        return self

    def para(self, text):
        self.append(("para", text))
        return self

    def bullets(self, items):
        self.append(("bullets", list(items)))
        return self

    def line(self, text):
        self.append(("line", text))
        return self


# --------------------------------------------------------------------------
# blocks


def _check_blocks(blocks):
    if isinstance(blocks, (str, bytes, dict)) or not isinstance(blocks, (list, tuple)):
        raise TypeError("a text format takes a list of (kind, value) blocks")
    out = []
    for i, block in enumerate(blocks):
        if not isinstance(block, (list, tuple)) or len(block) != 2:
            raise TypeError("block %d is not a (kind, value) pair: %r" % (i, block))
        kind, value = block
        if kind not in BLOCK_KINDS:
            raise ValueError("block %d has unknown kind %r" % (i, kind))
        if kind == "bullets":
            if isinstance(value, str) or not isinstance(value, (list, tuple)):
                raise TypeError("block %d: bullets take a list of strings" % i)
            items = []
            for item in value:
                if not isinstance(item, str):
                    raise TypeError("block %d: bullet %r is not a string" % (i, item))
                items.append(item)
            out.append((kind, items))
        else:
            if not isinstance(value, str):
                raise TypeError("block %d: %s takes a string" % (i, kind))
            out.append((kind, value))
    return out


def _plain_text(blocks, bullet="• "):
    """Plain text with a blank line between sections and paragraphs.

    Lines that follow a title, a heading or another line stay directly below
    it (a contact block, a dates line under a heading); a paragraph or a list
    right after a heading, and a list right after a line, also stay directly
    below it.
    """
    parts = []
    prev = None
    for kind, value in blocks:
        if kind == "bullets":
            text = "\n".join(bullet + item for item in value)
        else:
            text = value
        if prev is None:
            sep = ""
        elif kind in ("title", "heading"):
            sep = "\n\n"
        elif prev == "heading":
            sep = "\n"
        elif kind == "line" and prev in ("title", "line"):
            sep = "\n"
        elif kind == "bullets" and prev == "line":
            sep = "\n"
        else:
            sep = "\n\n"
        parts.append(sep + text)
        prev = kind
    return "".join(parts) + "\n"


def text_of(blocks):
    """The UTF-8 plain-text rendering of blocks (what ``txt`` writes)."""
    return _plain_text(_check_blocks(blocks))


def _oneline(blocks):
    pieces = []
    for kind, value in blocks:
        if kind == "bullets":
            pieces.extend("• " + item for item in value)
        else:
            pieces.append(value)
    text = " ".join(p.strip() for p in pieces if p.strip())
    text = re.sub(r"[\r\n\u2028\u2029\x0b\x0c\x85]+", " ", text)
    return re.sub(r"[ \t]{2,}", " ", text)


def _markdown(blocks):
    parts = []
    prev = None
    for kind, value in blocks:
        if kind == "title":
            text = "# " + value
        elif kind == "heading":
            text = "## " + value
        elif kind == "bullets":
            text = "\n".join("- " + item for item in value)
        else:
            text = value
        if prev is None:
            sep = ""
        elif kind == "line" and prev == "line":
            # a hard line break keeps a contact block on separate lines
            parts[-1] = parts[-1] + "  "
            sep = "\n"
        else:
            sep = "\n\n"
        parts.append(sep + text)
        prev = kind
    return "".join(parts) + "\n"


def _html(blocks):
    esc = lambda s: html.escape(s, quote=True).replace("\n", "<br>\n")
    title = next((v for k, v in blocks if k == "title"), None)
    if title is None:
        title = next((v for k, v in blocks if k in ("heading", "line", "para")), "")
        title = title[:80]
    out = [
        "<!DOCTYPE html>",
        "<html>",
        "<head>",
        '<meta charset="utf-8">',
        "<title>%s</title>" % esc(title.replace("\n", " ")),
        "</head>",
        "<body>",
    ]
    for kind, value in blocks:
        if kind == "title":
            out.append("<h1>%s</h1>" % esc(value))
        elif kind == "heading":
            out.append("<h2>%s</h2>" % esc(value))
        elif kind == "bullets":
            out.append("<ul>")
            out.extend("<li>%s</li>" % esc(item) for item in value)
            out.append("</ul>")
        else:
            out.append("<p>%s</p>" % esc(value))
    out += ["</body>", "</html>", ""]
    return "\n".join(out)


# --------------------------------------------------------------------------
# RTF


def _rtf_escape(text):
    out = []
    for ch in text:
        code = ord(ch)
        if ch == "\\":
            out.append("\\\\")
        elif ch == "{":
            out.append("\\{")
        elif ch == "}":
            out.append("\\}")
        elif ch == "\n":
            out.append("\\line ")
        elif ch == "\t":
            out.append("\\tab ")
        elif ch == "\r":
            continue
        elif 32 <= code < 127:
            out.append(ch)
        elif code < 32:
            continue
        else:
            try:
                b = ch.encode("cp1252")
                out.append("\\'%02x" % b[0])
            except UnicodeEncodeError:
                for unit in _utf16_units(ch):
                    signed = unit - 65536 if unit > 32767 else unit
                    out.append("\\u%d?" % signed)
    return "".join(out)


def _utf16_units(ch):
    data = ch.encode("utf-16-be")
    return [int.from_bytes(data[i:i + 2], "big") for i in range(0, len(data), 2)]


def _rtf(blocks):
    out = [
        "{\\rtf1\\ansi\\ansicpg1252\\deff0\\uc1",
        "{\\fonttbl{\\f0\\fswiss\\fcharset0 Helvetica;}}",
        "\\f0\\fs22",
    ]
    for kind, value in blocks:
        if kind == "title":
            out.append("{\\pard\\sa200\\b\\fs32 %s\\par}" % _rtf_escape(value))
        elif kind == "heading":
            out.append("{\\pard\\sb240\\sa120\\b\\fs26 %s\\par}" % _rtf_escape(value))
        elif kind == "bullets":
            for item in value:
                out.append("{\\pard\\fi-240\\li360\\sa60 \\bullet\\tab %s\\par}" % _rtf_escape(item))
        elif kind == "line":
            out.append("{\\pard\\sa0 %s\\par}" % _rtf_escape(value))
        else:
            out.append("{\\pard\\sa160 %s\\par}" % _rtf_escape(value))
    out.append("}")
    return "\r\n".join(out) + "\r\n"


# --------------------------------------------------------------------------
# zip containers (DOCX, ODT)

_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_ZIP_DATE = (1980, 1, 1, 0, 0, 0)


def _xml_escape(text):
    text = _XML_BAD.sub("", text)
    return (text.replace("&", "&amp;").replace("<", "&lt;")
            .replace(">", "&gt;").replace('"', "&quot;"))


def _zip(entries):
    """entries: list of (name, bytes_or_str, stored: bool) in archive order."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data, stored in entries:
            if isinstance(data, str):
                data = data.encode("utf-8")
            info = zipfile.ZipInfo(name, date_time=_ZIP_DATE)
            info.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
            info.create_system = 3
            info.external_attr = 0o100644 << 16
            zf.writestr(info, data)
    return buf.getvalue()


_W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _docx_runs(text):
    """w:r elements for text, with w:br for line breaks and w:tab for tabs."""
    runs = []
    for li, line in enumerate(text.split("\n")):
        pieces = []
        if li:
            pieces.append("<w:br/>")
        for ti, chunk in enumerate(line.split("\t")):
            if ti:
                pieces.append("<w:tab/>")
            if chunk:
                pieces.append('<w:t xml:space="preserve">%s</w:t>' % _xml_escape(chunk))
        runs.append("".join(pieces))
    return "<w:r>%s</w:r>" % "".join(runs)


def _docx_para(text, style=None):
    ppr = '<w:pPr><w:pStyle w:val="%s"/></w:pPr>' % style if style else ""
    return "<w:p>%s%s</w:p>" % (ppr, _docx_runs(text))


def _docx(blocks):
    body = []
    for kind, value in blocks:
        if kind == "title":
            body.append(_docx_para(value, "Heading1"))
        elif kind == "heading":
            body.append(_docx_para(value, "Heading2"))
        elif kind == "bullets":
            body.extend(_docx_para("• " + item, "ListParagraph") for item in value)
        else:
            body.append(_docx_para(value))
    document = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<w:document xmlns:w="%s"><w:body>%s'
        '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
        '<w:pgMar w:top="1417" w:right="1417" w:bottom="1134" w:left="1417"'
        ' w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>'
        "</w:body></w:document>" % (_W_NS, "".join(body))
    )
    content_types = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
        "</Types>"
    )
    rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        "</Relationships>"
    )
    doc_rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
        "</Relationships>"
    )
    styles = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<w:styles xmlns:w="%s">'
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
        '<w:pPr><w:spacing w:after="120"/></w:pPr><w:rPr><w:sz w:val="22"/></w:rPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/>'
        '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>'
        '<w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr>'
        '<w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/>'
        '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>'
        '<w:pPr><w:keepNext/><w:spacing w:before="200" w:after="80"/><w:outlineLvl w:val="1"/></w:pPr>'
        '<w:rPr><w:b/><w:sz w:val="26"/></w:rPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/>'
        '<w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="40"/><w:ind w:left="360"/></w:pPr></w:style>'
        "</w:styles>" % _W_NS
    )
    return _zip([
        ("[Content_Types].xml", content_types, False),
        ("_rels/.rels", rels, False),
        ("word/document.xml", document, False),
        ("word/_rels/document.xml.rels", doc_rels, False),
        ("word/styles.xml", styles, False),
    ])


_ODT_MIME = "application/vnd.oasis.opendocument.text"


def _odt_inline(text):
    """Escaped ODF paragraph content: runs of spaces as text:s, tabs, line breaks."""
    out = []
    for li, line in enumerate(text.split("\n")):
        if li:
            out.append("<text:line-break/>")
        for ti, chunk in enumerate(line.split("\t")):
            if ti:
                out.append("<text:tab/>")
            chunk = _xml_escape(chunk)
            chunk = re.sub(r"^ ", '<text:s/>', chunk)
            chunk = re.sub(r"  +", lambda m: ' <text:s text:c="%d"/>' % (len(m.group()) - 1), chunk)
            out.append(chunk)
    return "".join(out)


def _odt(blocks):
    body = []
    for kind, value in blocks:
        if kind == "title":
            body.append('<text:h text:style-name="Heading_20_1" text:outline-level="1">%s</text:h>'
                        % _odt_inline(value))
        elif kind == "heading":
            body.append('<text:h text:style-name="Heading_20_2" text:outline-level="2">%s</text:h>'
                        % _odt_inline(value))
        elif kind == "bullets":
            items = "".join('<text:list-item><text:p text:style-name="Standard">%s</text:p></text:list-item>'
                            % _odt_inline(item) for item in value)
            body.append("<text:list>%s</text:list>" % items)
        else:
            body.append('<text:p text:style-name="Standard">%s</text:p>' % _odt_inline(value))
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<office:document-content'
        ' xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
        ' xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"'
        ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
        ' xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"'
        ' office:version="1.2">'
        "<office:body><office:text>%s</office:text></office:body>"
        "</office:document-content>" % "".join(body)
    )
    styles = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<office:document-styles'
        ' xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
        ' xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"'
        ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
        ' xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"'
        ' office:version="1.2"><office:styles>'
        '<style:style style:name="Standard" style:family="paragraph">'
        '<style:paragraph-properties fo:margin-bottom="0.1cm"/>'
        '<style:text-properties fo:font-size="11pt"/></style:style>'
        '<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph"'
        ' style:parent-style-name="Standard" style:default-outline-level="1">'
        '<style:text-properties fo:font-size="16pt" fo:font-weight="bold"/></style:style>'
        '<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph"'
        ' style:parent-style-name="Standard" style:default-outline-level="2">'
        '<style:text-properties fo:font-size="13pt" fo:font-weight="bold"/></style:style>'
        "</office:styles></office:document-styles>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"'
        ' manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/" manifest:version="1.2" manifest:media-type="%s"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>" % _ODT_MIME
    )
    return _zip([
        ("mimetype", _ODT_MIME, True),
        ("META-INF/manifest.xml", manifest, False),
        ("content.xml", content, False),
        ("styles.xml", styles, False),
    ])


# --------------------------------------------------------------------------
# PDF


def _pdf(blocks):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    for kind, value in blocks:
        for s in (value if kind == "bullets" else [value]):
            try:
                s.encode("cp1252")
            except UnicodeEncodeError as e:
                raise ValueError(
                    "pdf uses the standard Helvetica fonts: %r has a character outside cp1252 (%r)"
                    % (s[:60], s[e.start:e.end]))

    sheet = getSampleStyleSheet()
    title_style = ParagraphStyle("T", parent=sheet["Heading1"], fontName="Helvetica-Bold",
                                 fontSize=17, leading=21, spaceAfter=6)
    head_style = ParagraphStyle("H", parent=sheet["Heading2"], fontName="Helvetica-Bold",
                                fontSize=12.5, leading=16, spaceBefore=10, spaceAfter=4)
    body_style = ParagraphStyle("B", parent=sheet["BodyText"], fontName="Helvetica",
                                fontSize=10, leading=13.5, spaceAfter=6)
    line_style = ParagraphStyle("L", parent=body_style, spaceAfter=1)
    bullet_style = ParagraphStyle("U", parent=body_style, leftIndent=14, bulletIndent=3,
                                  spaceAfter=2)

    def p(text, style, bullet=None):
        markup = html.escape(text, quote=False).replace("\n", "<br/>")
        if bullet:
            return Paragraph(markup, style, bulletText=bullet)
        return Paragraph(markup, style)

    story = []
    title = ""
    for kind, value in blocks:
        if kind == "title":
            title = title or value
            story.append(p(value, title_style))
        elif kind == "heading":
            story.append(p(value, head_style))
        elif kind == "bullets":
            story.extend(p(item, bullet_style, "\u2022") for item in value)
            story.append(Spacer(1, 4))
        elif kind == "line":
            story.append(p(value, line_style))
        else:
            story.append(p(value, body_style))
    if not story:
        story.append(Spacer(1, 1))
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm,
                            topMargin=2 * cm, bottomMargin=2 * cm,
                            title=title, author="", subject="", creator="", producer="")
    doc.build(story)
    return buf.getvalue()


# --------------------------------------------------------------------------
# structured formats


def _check_data(data, where="data"):
    if data is None or isinstance(data, (bool, int, float, str)):
        return
    if isinstance(data, dict):
        for k, v in data.items():
            if not isinstance(k, str):
                raise TypeError("%s: key %r is not a string" % (where, k))
            _check_data(v, "%s.%s" % (where, k))
        return
    if isinstance(data, (list, tuple)):
        for i, v in enumerate(data):
            _check_data(v, "%s[%d]" % (where, i))
        return
    raise TypeError("%s: %r is not plain data" % (where, type(data).__name__))


def _json(data):
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


_YAML_RESERVED = {
    "", "~", "null", "true", "false", "yes", "no", "on", "off", "y", "n",
    ".inf", "-.inf", "+.inf", ".nan",
}
_YAML_NUMBERISH = re.compile(r"[-+]?(\.?[0-9][0-9_.:eE+-]*|0[xob][0-9a-fA-F_]+)")


def _yaml_plain_ok(s):
    if s.lower() in _YAML_RESERVED:
        return False
    if s != s.strip() or any(c in s for c in "\n\r\t\x00"):
        return False
    if s[0] in "-?:,[]{}#&*!|>'\"%@`":
        return False
    if ": " in s or " #" in s or s.endswith(":"):
        return False
    if _YAML_NUMBERISH.fullmatch(s):
        return False
    if any(ord(c) < 32 or 0x7f <= ord(c) < 0xa0 or c in "\ufeff\u2028\u2029" for c in s):
        return False
    return True


def _yaml_quoted(s):
    # JSON string syntax is valid YAML double-quoted syntax.
    return json.dumps(s, ensure_ascii=False)


def _yaml_scalar(v):
    if v is None:
        return "null"
    if v is True:
        return "true"
    if v is False:
        return "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        if v != v:
            return ".nan"
        if v in (float("inf"), float("-inf")):
            return ".inf" if v > 0 else "-.inf"
        return repr(v)
    return v if _yaml_plain_ok(v) else _yaml_quoted(v)


def _yaml_literal_ok(s):
    if "\n" not in s or "\r" in s or s.endswith("\n\n") or s.startswith((" ", "\n")):
        return False
    if any(ord(c) < 32 and c not in "\n\t" for c in s):
        return False
    return all(line == line.rstrip() for line in s.split("\n"))


def _yaml_value(v, indent):
    """(inline_text, following_lines) for a value that follows 'key:' or '-'."""
    pad = " " * indent
    if isinstance(v, dict):
        if not v:
            return " {}", []
        return "", _yaml_lines(v, indent)
    if isinstance(v, (list, tuple)):
        if not v:
            return " []", []
        return "", _yaml_lines(v, indent)
    if isinstance(v, str) and _yaml_literal_ok(v):
        indicator = "|" if v.endswith("\n") else "|-"
        body = v[:-1] if v.endswith("\n") else v
        return " " + indicator, [(pad + line) if line else "" for line in body.split("\n")]
    return " " + _yaml_scalar(v), []


def _yaml_lines(data, indent):
    pad = " " * indent
    lines = []
    if isinstance(data, dict):
        for k, v in data.items():
            inline, rest = _yaml_value(v, indent + 2)
            lines.append("%s%s:%s" % (pad, _yaml_scalar(k), inline))
            lines.extend(rest)
    elif isinstance(data, (list, tuple)):
        for item in data:
            if isinstance(item, (dict, list, tuple)) and item:
                sub = _yaml_lines(item, indent + 2)
                # put the first line of the nested block right after "- "
                lines.append(pad + "- " + sub[0][indent + 2:])
                lines.extend(sub[1:])
            else:
                inline, rest = _yaml_value(item, indent + 2)
                lines.append(pad + "-" + inline)
                lines.extend(rest)
    else:
        inline, rest = _yaml_value(data, indent)
        lines.append(inline.lstrip())
        lines.extend(rest)
    return lines


def _yaml(data):
    return "\n".join(_yaml_lines(data, 0)) + "\n"


def _csv_cell(v):
    if v is None:
        return ""
    if v is True:
        return "true"
    if v is False:
        return "false"
    if isinstance(v, (list, tuple)):
        return "; ".join(_csv_cell(x) for x in v)
    if isinstance(v, dict):
        return json.dumps(v, ensure_ascii=False)
    return str(v)


def _csv(data):
    if not isinstance(data, (list, tuple)) or not data or not all(isinstance(r, dict) for r in data):
        raise TypeError("csv takes a non-empty list of dicts")
    keys = list(data[0].keys())
    for i, row in enumerate(data):
        if set(row.keys()) != set(keys):
            raise ValueError("csv row %d has keys %r, expected %r" % (i, list(row), keys))
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(keys)
    for row in data:
        w.writerow([_csv_cell(row[k]) for k in keys])
    return buf.getvalue()


# --------------------------------------------------------------------------


def render(blocks_or_data, fmt):
    """The bytes that ``write`` would write."""
    if fmt in TEXT_FORMATS:
        blocks = _check_blocks(blocks_or_data)
        if fmt == "txt":
            return _plain_text(blocks).encode("utf-8")
        if fmt == "txt-utf16":
            return b"\xff\xfe" + _plain_text(blocks).encode("utf-16-le")
        if fmt == "txt-utf16be":
            return b"\xfe\xff" + _plain_text(blocks).encode("utf-16-be")
        if fmt == "txt-latin1":
            text = _plain_text(blocks, bullet="- ")
            try:
                return text.encode("iso-8859-1")
            except UnicodeEncodeError as e:
                raise ValueError("txt-latin1: %r does not fit ISO-8859-1" % text[e.start:e.end])
        if fmt == "txt-oneline":
            return _oneline(blocks).encode("utf-8")
        if fmt == "md":
            return _markdown(blocks).encode("utf-8")
        if fmt == "html":
            return _html(blocks).encode("utf-8")
        if fmt == "rtf":
            return _rtf(blocks).encode("ascii")
        if fmt == "docx":
            return _docx(blocks)
        if fmt == "odt":
            return _odt(blocks)
        if fmt == "pdf":
            return _pdf(blocks)
    if fmt in DATA_FORMATS:
        _check_data(blocks_or_data)
        if fmt in ("json", "json-as-txt"):
            return _json(blocks_or_data).encode("utf-8")
        if fmt == "yaml":
            return _yaml(blocks_or_data).encode("utf-8")
        if fmt == "csv":
            return _csv(blocks_or_data).encode("utf-8")
    raise ValueError("unknown format %r (one of %s)" % (fmt, ", ".join(FORMATS)))


def write(path, blocks_or_data, fmt):
    """Render blocks (text formats) or data (structured formats) as fmt into path."""
    data = render(blocks_or_data, fmt)
    parent = os.path.dirname(os.fspath(path))
    if parent:
        os.makedirs(parent, exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)
    return path
