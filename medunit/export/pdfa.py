"""Finish a PDF/A-1b file written by Qt's QPdfWriter: language, local creation time, the PDF/A claim in Info.

Qt (``QPdfWriter.setPdfVersion(PdfVersion_A1b)``) embeds the fonts, writes the sRGB output intent and an XMP
packet with ``pdfaid:part=1``/``conformance=B``, but it has no way to set the document language, and it
stamps the creation time in the machine's zone. Documents of the unit are read in the Netherlands and kept
for years, so this module rewrites three objects of Qt's output (and nothing else):

* the catalog gets ``/Lang (nl-NL)`` (the document's natural language, ISO 32000 14.9.2);
* the Info dictionary gets the creation/modification time in Europe/Amsterdam with its offset, and
  ``/GTS_PDFA1Version (PDF/A-1b:2005)``, the key by which poppler's ``pdfinfo`` (and Acrobat) report the
  PDF/A level;
* the XMP packet gets the same times (PDF/A-1 6.7.3: Info and XMP must agree) and ``dc:language``.

The objects are copied byte for byte otherwise and the cross-reference table is rebuilt, so the file stays
one clean revision (no incremental update). No Qt here: this works on bytes.
"""

from __future__ import annotations

import re
from datetime import datetime

from medunit.export.dutch import amsterdam

#: What ``/GTS_PDFA1Version`` says: PDF/A-1, conformance level B (ISO 19005-1:2005).
PDFA_VERSION = "PDF/A-1b:2005"

_STARTXREF = re.compile(rb"startxref\s+(\d+)\s+%%EOF\s*$")
_SECTION = re.compile(rb"xref\s+0\s+(\d+)\s*\n")
_REF = rb"/%s\s+(\d+)\s+0\s+R"


class PdfLayoutError(ValueError):
    """Qt's output did not have the layout this module rewrites (a Qt upgrade changed it)."""


def _ref(data: bytes, key: bytes) -> int:
    found = re.search(_REF % key, data)
    if found is None:
        raise PdfLayoutError(f"no /{key.decode()} reference")
    return int(found.group(1))


def pdf_date(moment: datetime) -> str:
    """``D:20251107142300+01'00'`` — a PDF date string (ISO 32000 7.9.4) of an aware datetime."""
    offset = moment.strftime("%z")
    return f"D:{moment:%Y%m%d%H%M%S}{offset[:3]}'{offset[3:]}'"


def _pdf_string(text: str) -> bytes:
    """A PDF literal string of ASCII ``text`` (used for dates, versions and language tags only)."""
    return b"(" + text.encode("ascii").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def _set_entry(obj: bytes, key: bytes, value: bytes) -> bytes:
    """Set ``/key value`` in the (first) dictionary of ``obj``: replace a string value, or add the entry."""
    pattern = re.compile(rb"/" + key + rb"\s*\((?:\\.|[^\\)])*\)")
    if pattern.search(obj):
        return pattern.sub(lambda _m: b"/" + key + b" " + value, obj, count=1)
    at = obj.find(b"<<")
    if at < 0:
        raise PdfLayoutError(f"no dictionary to put /{key.decode()} in")
    return obj[: at + 2] + b"\n/" + key + b" " + value + obj[at + 2 :]


def _rewrite_xmp(obj: bytes, language: str, iso: str) -> bytes:
    """The metadata stream object with local times and ``dc:language``, its ``/Length`` adjusted."""
    head_end = obj.find(b"stream\n")
    length = re.search(rb"/Length\s+(\d+)", obj[:head_end])
    if head_end < 0 or length is None:
        raise PdfLayoutError("metadata is not a stream with a direct /Length")
    start = head_end + len(b"stream\n")
    xmp = obj[start : start + int(length.group(1))].decode("utf-8")
    for name in ("CreateDate", "ModifyDate", "MetadataDate"):
        xmp, count = re.subn(rf'xmp:{name}="[^"]*"', f'xmp:{name}="{iso}"', xmp)
        if count != 1:
            raise PdfLayoutError(f"XMP has {count} xmp:{name}")
    if 'pdfaid:part="1"' not in xmp or "</rdf:RDF>" not in xmp:
        raise PdfLayoutError("XMP does not claim PDF/A-1")
    if "<dc:language>" not in xmp:
        xmp = xmp.replace(
            "</rdf:RDF>",
            '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">'
            f"<dc:language><rdf:Bag><rdf:li>{language}</rdf:li></rdf:Bag></dc:language>"
            "</rdf:Description>\n</rdf:RDF>",
            1,
        )
    body = xmp.encode("utf-8")
    head = obj[:head_end].replace(length.group(0), b"/Length %d" % len(body), 1)
    tail = obj[start + int(length.group(1)) :]
    return head + b"stream\n" + body + tail


def finish_pdfa(pdf: bytes, *, language: str, created: datetime) -> bytes:
    """Qt's PDF/A-1b output with ``language`` and ``created`` (shown in Europe/Amsterdam) in Info and XMP."""
    if created.tzinfo is None:
        raise ValueError("created must be timezone-aware")
    local = created.astimezone(amsterdam()).replace(microsecond=0)
    end = _STARTXREF.search(pdf)
    if end is None:
        raise PdfLayoutError("no startxref at the end")
    xref_at = int(end.group(1))
    section = _SECTION.match(pdf, xref_at)
    if section is None:
        raise PdfLayoutError("not a single classic cross-reference section")
    count = int(section.group(1))
    table_at = section.end()
    offsets: dict[int, int] = {}
    for number in range(count):
        entry = pdf[table_at + 20 * number : table_at + 20 * number + 20]
        if len(entry) != 20 or entry[17:18] not in (b"n", b"f"):
            raise PdfLayoutError("malformed cross-reference entry")
        if entry[17:18] == b"n":
            offsets[number] = int(entry[:10])
    trailer = pdf[table_at + 20 * count : end.start()]
    if not trailer.lstrip().startswith(b"trailer"):
        raise PdfLayoutError("no trailer after the cross-reference table")

    order = sorted(offsets, key=offsets.__getitem__)
    bounds = [offsets[n] for n in order] + [xref_at]
    objects = {n: pdf[bounds[i] : bounds[i + 1]] for i, n in enumerate(order)}
    root, info = _ref(trailer, b"Root"), _ref(trailer, b"Info")
    if root not in objects or info not in objects:
        raise PdfLayoutError("catalog or Info not in the table")
    metadata = _ref(objects[root], b"Metadata")
    if metadata not in objects:
        raise PdfLayoutError("metadata not in the table")

    when = _pdf_string(pdf_date(local))
    objects[root] = _set_entry(objects[root], b"Lang", _pdf_string(language))
    for key in (b"CreationDate", b"ModDate"):
        objects[info] = _set_entry(objects[info], key, when)
    objects[info] = _set_entry(objects[info], b"GTS_PDFA1Version", _pdf_string(PDFA_VERSION))
    objects[metadata] = _rewrite_xmp(objects[metadata], language, local.isoformat())

    out = bytearray(pdf[: bounds[0]])
    new_offsets: dict[int, int] = {}
    for number in order:
        new_offsets[number] = len(out)
        out += objects[number]
    new_xref = len(out)
    out += b"xref\n0 %d\n" % count
    for number in range(count):
        if number in new_offsets:
            out += b"%010d 00000 n \n" % new_offsets[number]
        else:
            out += pdf[table_at + 20 * number : table_at + 20 * number + 20]
    out += trailer + b"startxref\n%d\n%%%%EOF\n" % new_xref
    return bytes(out)
