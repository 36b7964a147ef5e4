"""Text and publication date out of the file formats newsrooms send: plain text, Markdown, HTML, PDF, DOCX."""
from __future__ import annotations

import io
import posixpath
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from html.parser import HTMLParser

from lxml import etree

from core.address import web_address


SKIPPED_TAGS = {"script", "style", "noscript", "nav", "header", "footer", "aside", "form", "svg", "template"}
BLOCK_TAGS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "section", "article", "br", "tr",
              "figcaption", "title"}
DATE_META = {"article:published_time", "og:published_time", "datepublished", "date", "pubdate", "publishdate",
             "dc.date", "dc.date.issued", "dcterms.created", "sailthru.date", "parsely-pub-date"}
ADDRESS_META = ("og:url", "twitter:url", "dc.identifier")  # after <link rel="canonical">, the page's own address
TITLE_META = ("og:title", "twitter:title", "dc.title")  # before the <title>, which often carries the site's name
ISO_DAY = re.compile(r"((?:19|20)\d\d)-(\d\d)-(\d\d)")
MAX_UNZIPPED_BYTES = 200 * 1024 * 1024  # a DOCX that inflates past this is a zip bomb, not an article
MAX_ZIP_RATIO = 200  # text compresses about 10:1; hundreds to one is a bomb
# Only the page's own metadata dates the article: a date in its body is what the article is about.
PAGE_DATE_ONLY = {"extensive_search": False, "original_date": True}
PAGE_FURNITURE = ["//nav", "//aside", "//footer", "//form"]  # never the article, even on a page too small to score
WORD_MAIN_PART = "word/document.xml"  # where Word puts the text, unless the package's relationships say otherwise
SAFE_XML = {"resolve_entities": False, "no_network": True, "huge_tree": False}  # a document's XML fetches nothing
RUN_MARKS = {"tab": "\t", "ptab": "\t", "br": "\n", "cr": "\n", "noBreakHyphen": "-"}  # as python-docx reads them


class TextTooLong(ValueError):
    """A file whose text runs past the character limit; extraction stopped there."""


@dataclass
class FileContent:
    """What a file holds for analysis: its text, and the title and publication date its metadata gives."""

    text: str
    published: str | None = None
    title: str | None = None
    url: str = ""  # the page's own address, from its metadata (checked: http or https only)


class ArticleText(HTMLParser):
    """Collects an HTML page's readable text, its publication date, title and own address; nothing in it is ever
    run or fetched."""

    def __init__(self, max_chars: int) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0
        self.published: str | None = None
        self.canonical = ""
        self.meta: dict[str, str] = {}  # the first value of each address and title meta
        self.page_title: list[str] | None = None  # the <title>'s text, while inside it and after
        self.in_title = False
        self.max_chars, self.chars = max_chars, 0

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
        if tag == "meta" and key in (*ADDRESS_META, *TITLE_META) and values.get("content", "").strip():
            self.meta.setdefault(key, values["content"].strip())
        if tag == "link" and "canonical" in values.get("rel", "").lower().split() and not self.canonical:
            self.canonical = values.get("href", "").strip()
        if tag == "title" and self.page_title is None:
            self.page_title, self.in_title = [], True

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        if tag in SKIPPED_TAGS and self.skipping:
            self.skipping -= 1
        if tag in BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if self.in_title and self.page_title is not None:
            self.page_title.append(data)
        if not self.skipping:
            self.parts.append(data)
            self.chars += len(" ".join(data.split()))
            if self.chars > self.max_chars:
                raise TextTooLong(self.chars)

    def text(self) -> str:
        """The page's text, one blank line between blocks."""
        joined = "".join(self.parts)
        lines = (" ".join(line.split()) for line in joined.split("\n"))
        return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()

    def address(self) -> str:
        """The page's own address: its canonical link, else its og:url; only an absolute http(s) one."""
        candidates = [self.canonical, *(self.meta.get(key, "") for key in ADDRESS_META)]
        return next((found for found in map(web_address, candidates) if found), "")

    def title(self) -> str | None:
        """The page's title: its og:title, else its <title>."""
        candidates = [*(self.meta.get(key, "") for key in TITLE_META), "".join(self.page_title or [])]
        return next((" ".join(c.split()) for c in candidates if c.strip()), None)


def iso_day(value: str) -> str | None:
    """The YYYY-MM-DD day at the start of a metadata date, if any."""
    match = ISO_DAY.search(value or "")
    return "-".join(match.groups()) if match else None


def html_content(markup: str, max_chars: int) -> FileContent:
    """The article in an HTML page (trafilatura drops menus, ads and scripts), else all its visible text; a page
    whose visible text runs past `max_chars` is refused before trafilatura reads it."""
    import trafilatura  # loaded on the first web page, not with the app

    page = ArticleText(max_chars)
    page.feed(markup)
    page.close()
    article = trafilatura.bare_extraction(markup, with_metadata=True, favor_recall=True, prune_xpath=PAGE_FURNITURE,
                                          date_extraction_params=PAGE_DATE_ONLY)
    if article is None or not (article.text or "").strip():
        return FileContent(page.text(), page.published, page.title(), page.address())
    paragraphs = (line.strip() for line in article.text.splitlines())
    return FileContent("\n\n".join(p for p in paragraphs if p), page.published or article.date,
                       article.title or page.title(), page.address() or web_address(article.url or ""))


def pdf_content(data: bytes, max_chars: int) -> FileContent:
    """Text of every page of a PDF, with its creation date and title; reading stops at the page past `max_chars`."""
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    if reader.is_encrypted and not reader.decrypt(""):  # many PDFs are encrypted only to restrict printing
        raise ValueError("the PDF is password-protected")
    pages, chars = [], 0
    for page in reader.pages:
        pages.append(page.extract_text() or "")
        chars += len(pages[-1])
        if chars > max_chars:
            raise TextTooLong(chars)
    metadata = reader.metadata or {}
    match = re.match(r"D:((?:19|20)\d\d)(\d\d)(\d\d)", str(metadata.get("/CreationDate", "")))
    title = str(metadata.get("/Title") or "").strip()
    return FileContent("\n\n".join(pages), "-".join(match.groups()) if match else None, title or None)


def check_not_a_zip_bomb(archive: zipfile.ZipFile, size: int) -> None:
    """Refuse an archive whose members would inflate far beyond any article before anything is inflated."""
    inflated = sum(member.file_size for member in archive.infolist())
    if inflated > MAX_UNZIPPED_BYTES or inflated > MAX_ZIP_RATIO * size:
        raise ValueError(f"it would inflate to {inflated / 1024 / 1024:,.0f} MB from {size / 1024:,.0f} KB "
                         "(a zip bomb?)")


def docx_content(data: bytes, max_chars: int) -> FileContent:
    """Paragraphs of a Word document, with its creation date and title."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        check_not_a_zip_bomb(archive, len(data))
        paragraphs = [p for p in word_paragraphs(archive, main_part(archive), max_chars) if p.strip()]
        published, title = core_properties(archive)
    return FileContent("\n\n".join(paragraphs), published, title)


def local(tag: object) -> str:
    """An element's name without its namespace (Word's transitional and strict namespaces alike)."""
    return etree.QName(tag).localname if isinstance(tag, str) else ""


def main_part(archive: zipfile.ZipFile) -> str:
    """The document's main part, as the package's relationships name it."""
    if "_rels/.rels" not in archive.namelist():
        return WORD_MAIN_PART
    root = etree.fromstring(archive.read("_rels/.rels"), etree.XMLParser(**SAFE_XML))
    for relationship in root:
        if str(relationship.get("Type", "")).endswith("/officeDocument"):
            return posixpath.normpath(relationship.get("Target", WORD_MAIN_PART).lstrip("/"))
    return WORD_MAIN_PART


def word_paragraphs(archive: zipfile.ZipFile, part: str, max_chars: int) -> Iterator[str]:
    """The text of each paragraph of the document's body, parsed as it inflates and then let go; reading stops once
    the text runs past `max_chars` (compression hides how much text a small file holds)."""
    chars = 0
    with archive.open(part) as stream:
        for _, element in etree.iterparse(stream, events=("end",), **SAFE_XML):
            if local(element.tag) == "t":
                chars += len(element.text or "")
                if chars > max_chars:
                    raise TextTooLong(chars)
            parent = element.getparent()
            if parent is None or local(parent.tag) != "body":
                continue
            if local(element.tag) == "p":
                yield "".join(run_text(run) for run in runs_of(element))
            element.clear()
            while element.getprevious() is not None:
                del parent[0]


def runs_of(paragraph: etree._Element) -> Iterator[etree._Element]:
    """A paragraph's runs, those of its hyperlinks included, as python-docx reads them."""
    for child in paragraph:
        if local(child.tag) == "r":
            yield child
        elif local(child.tag) == "hyperlink":
            yield from (run for run in child if local(run.tag) == "r")


def run_text(run: etree._Element) -> str:
    """A run's text, its tabs and breaks as characters."""
    parts = []
    for item in run:
        name = local(item.tag)
        if name == "t":
            parts.append(item.text or "")
        elif name in RUN_MARKS:
            parts.append(RUN_MARKS[name])
    return "".join(parts)


def core_properties(archive: zipfile.ZipFile) -> tuple[str | None, str | None]:
    """The document's creation day and title, from its core properties."""
    if "docProps/core.xml" not in archive.namelist():
        return None, None
    root = etree.fromstring(archive.read("docProps/core.xml"), etree.XMLParser(**SAFE_XML))
    values = {local(element.tag): (element.text or "").strip() for element in root}
    return iso_day(values.get("created", "")), values.get("title") or None
