"""Text and publication date out of the file formats newsrooms send: plain text, Markdown, HTML, PDF, DOCX."""
from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass
from html.parser import HTMLParser


SKIPPED_TAGS = {"script", "style", "noscript", "nav", "header", "footer", "aside", "form", "svg", "template"}
BLOCK_TAGS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "section", "article", "br", "tr",
              "figcaption", "title"}
DATE_META = {"article:published_time", "og:published_time", "datepublished", "date", "pubdate", "publishdate",
             "dc.date", "dc.date.issued", "dcterms.created", "sailthru.date", "parsely-pub-date"}
ISO_DAY = re.compile(r"((?:19|20)\d\d)-(\d\d)-(\d\d)")
MAX_UNZIPPED_BYTES = 200 * 1024 * 1024  # a DOCX that inflates past this is a zip bomb, not an article
MAX_ZIP_RATIO = 200  # text compresses about 10:1; hundreds to one is a bomb
# Only the page's own metadata dates the article: a date in its body is what the article is about.
PAGE_DATE_ONLY = {"extensive_search": False, "original_date": True}
PAGE_FURNITURE = ["//nav", "//aside", "//footer", "//form"]  # never the article, even on a page too small to score


@dataclass
class FileContent:
    """What a file holds for analysis: its text, and the title and publication date its metadata gives."""

    text: str
    published: str | None = None
    title: str | None = None


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


def html_content(markup: str) -> FileContent:
    """The article in an HTML page (trafilatura drops menus, ads and scripts), else all its visible text."""
    import trafilatura  # loaded on the first web page, not with the app

    page = ArticleText()
    page.feed(markup)
    page.close()
    article = trafilatura.bare_extraction(markup, with_metadata=True, favor_recall=True, prune_xpath=PAGE_FURNITURE,
                                          date_extraction_params=PAGE_DATE_ONLY)
    if article is None or not (article.text or "").strip():
        return FileContent(page.text(), page.published)
    paragraphs = (line.strip() for line in article.text.splitlines())
    return FileContent("\n\n".join(p for p in paragraphs if p), page.published or article.date, article.title)


def pdf_content(data: bytes) -> FileContent:
    """Text of every page of a PDF, with its creation date and title."""
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    if reader.is_encrypted and not reader.decrypt(""):  # many PDFs are encrypted only to restrict printing
        raise ValueError("the PDF is password-protected")
    text = "\n\n".join(page.extract_text() or "" for page in reader.pages)
    metadata = reader.metadata or {}
    match = re.match(r"D:((?:19|20)\d\d)(\d\d)(\d\d)", str(metadata.get("/CreationDate", "")))
    title = str(metadata.get("/Title") or "").strip()
    return FileContent(text, "-".join(match.groups()) if match else None, title or None)


def check_not_a_zip_bomb(data: bytes) -> None:
    """Refuse an archive whose members would inflate far beyond any article before anything is inflated."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        inflated = sum(member.file_size for member in archive.infolist())
    if inflated > MAX_UNZIPPED_BYTES or inflated > MAX_ZIP_RATIO * len(data):
        raise ValueError(f"it would inflate to {inflated / 1024 / 1024:,.0f} MB from {len(data) / 1024:,.0f} KB "
                         "(a zip bomb?)")


def docx_content(data: bytes) -> FileContent:
    """Paragraphs of a Word document, with its creation date and title."""
    import docx

    check_not_a_zip_bomb(data)
    document = docx.Document(io.BytesIO(data))
    text = "\n\n".join(p.text for p in document.paragraphs if p.text.strip())
    properties = document.core_properties
    return FileContent(text, properties.created.date().isoformat() if properties.created else None,
                       (properties.title or "").strip() or None)
