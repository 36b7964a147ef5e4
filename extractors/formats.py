"""Text and publication date out of the file formats newsrooms send: plain text, Markdown, HTML, PDF, DOCX."""
from __future__ import annotations

import io
import re
from html.parser import HTMLParser

SKIPPED_TAGS = {"script", "style", "noscript", "nav", "header", "footer", "aside", "form", "svg", "template"}
BLOCK_TAGS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "section", "article", "br", "tr",
              "figcaption", "title"}
DATE_META = {"article:published_time", "og:published_time", "datepublished", "date", "pubdate", "publishdate",
             "dc.date", "dc.date.issued", "dcterms.created", "sailthru.date", "parsely-pub-date"}
ISO_DAY = re.compile(r"((?:19|20)\d\d)-(\d\d)-(\d\d)")


class ArticleText(HTMLParser):
    """Collects an HTML page's readable text and its publication date; nothing in it is ever run."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0
        self.published: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k.lower(): (v or "") for k, v in attrs}
        if tag in SKIPPED_TAGS:
            self.skipping += 1
        if tag in BLOCK_TAGS:
            self.parts.append("\n\n")
        key = (values.get("property") or values.get("name") or values.get("itemprop") or "").lower()
        if tag == "meta" and key in DATE_META and not self.published:
            self.published = iso_day(values.get("content", ""))
        if tag == "time" and not self.published:
            self.published = iso_day(values.get("datetime", ""))

    def handle_endtag(self, tag: str) -> None:
        if tag in SKIPPED_TAGS and self.skipping:
            self.skipping -= 1
        if tag in BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)

    def text(self) -> str:
        """The page's text, one blank line between blocks."""
        joined = "".join(self.parts)
        lines = (" ".join(line.split()) for line in joined.split("\n"))
        return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def iso_day(value: str) -> str | None:
    """The YYYY-MM-DD day at the start of a metadata date, if any."""
    match = ISO_DAY.search(value or "")
    return "-".join(match.groups()) if match else None


def html_text(markup: str) -> tuple[str, str | None]:
    """Readable text and publication date of an HTML page."""
    parser = ArticleText()
    parser.feed(markup)
    parser.close()
    return parser.text(), parser.published


def pdf_text(data: bytes) -> tuple[str, str | None]:
    """Text of every page of a PDF, and its creation date."""
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    if reader.is_encrypted:
        raise ValueError("the PDF is password-protected")
    text = "\n\n".join(page.extract_text() or "" for page in reader.pages)
    created = (reader.metadata or {}).get("/CreationDate", "") if reader.metadata else ""
    match = re.match(r"D:((?:19|20)\d\d)(\d\d)(\d\d)", str(created))
    return text, "-".join(match.groups()) if match else None


def docx_text(data: bytes) -> tuple[str, str | None]:
    """Paragraphs of a Word document, and its creation date."""
    import docx

    document = docx.Document(io.BytesIO(data))
    text = "\n\n".join(p.text for p in document.paragraphs if p.text.strip())
    created = document.core_properties.created
    return text, created.date().isoformat() if created else None
