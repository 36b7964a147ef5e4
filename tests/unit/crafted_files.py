"""Small hostile files made in the tests themselves: PDFs whose font maps glyphs to any UTF-16 code unit, bare DOCX."""
from __future__ import annotations

import io
import zipfile

WORD = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
PACKAGE = {  # what python-docx needs to open the package too
    "[Content_Types].xml": '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    "_rels/.rels": '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Target="word/document.xml" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"/></Relationships>',
}


def pdf_with_glyphs(units: list[int]) -> bytes:
    """A one-page PDF showing glyphs 1..n, its ToUnicode map turning glyph i into the UTF-16 code unit units[i-1]
    (a lone surrogate, a NUL or a non-character, as a broken font may)."""
    pairs = b" ".join(b"<%02X> <%04X>" % (i, unit) for i, unit in enumerate(units, start=1))
    cmap = (b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /X def "
            b"1 begincodespacerange <00> <FF> endcodespacerange %d beginbfchar " % len(units) + pairs +
            b" endbfchar endcmap CMapName currentdict /CMap defineresource pop end end")
    content = b"BT /F1 12 Tf 20 100 Td <" + b"".join(b"%02X" % i for i in range(1, len(units) + 1)) + b"> Tj ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 6 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def docx_with(body: bytes) -> bytes:
    """A Word file whose document body is the given XML (unchecked: it may be cut short), deflated as Word does."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, xml in PACKAGE.items():
            archive.writestr(name, xml)
        archive.writestr("word/document.xml", b'<w:document xmlns:w="' + WORD.encode() + b'"><w:body>' + body)
    return buffer.getvalue()


def word_paragraphs(*texts: str) -> bytes:
    """Body XML of paragraphs holding the given texts."""
    return b"".join(b"<w:p><w:r><w:t>" + text.encode() + b"</w:t></w:r></w:p>" for text in texts)
