"""A source's web address: read from a page's metadata and from the command line, kept in the case and its files,
written in every export, and shown on the evidence card as a link the app never follows."""
from __future__ import annotations

import io
import json
from dataclasses import asdict
from pathlib import Path

import pytest
from case_fixtures import machine_analysis

from components.evidence import source_link
from core.address import MAX_ADDRESS_CHARS, address_problem, web_address
from core.model import Analysis, Document
from service.cli import main
from extractors.ingest import document_from_bytes
from store.case import CaseStore
from store.case_check import CASE_FORMAT, CASE_VERSION, CaseFileError, check_case
from store.event_table import event_frame
from store.exports import events_csv, events_geojson, events_kml

PAGE = "https://news.example.org/2023/09/13/summit?id=1&lang=en"


@pytest.mark.parametrize("value", [PAGE, "http://example.com", "HTTPS://Example.com/a%20b"])
def test_http_and_https_addresses_are_kept(value: str) -> None:
    assert address_problem(value) is None
    assert web_address(f"  {value} ") == value


@pytest.mark.parametrize("value", [
    "javascript:alert(1)", "data:text/html,<b>x</b>", "/2023/09/summit", "ftp://example.com/a", "https://",
    "https://exa mple.com", 'https://example.com/"onmouseover="x', "https://example.com/<script>",
    "https://user:secret@example.com/", "https://example.com/" + "a" * MAX_ADDRESS_CHARS, 42, None])
def test_anything_else_is_not_an_address(value: object) -> None:
    assert address_problem(value) is not None
    assert web_address(value) == ""


def html_page(head: str) -> bytes:
    return (f"<html><head>{head}</head><body><article><h1>Putin meets Kim</h1>"
            "<p>The leaders met at Vostochny on Wednesday, officials said.</p></article></body></html>").encode()


def test_a_page_keeps_its_canonical_address_title_and_date() -> None:
    document = document_from_bytes("summit.html", html_page(
        f"<title>Summit | The Paper</title><link rel='canonical' href='{PAGE.replace('&', '&amp;')}'>"
        "<meta property='og:url' content='https://example.org/other'>"
        "<meta name='date' content='2023-09-13T08:00:00Z'>"))
    assert document.url == PAGE
    assert document.published == "2023-09-13" and document.published_origin == "metadata"
    assert document.source == "summit.html"


def test_og_url_stands_in_for_a_missing_or_relative_canonical_link() -> None:
    document = document_from_bytes("summit.html", html_page(
        "<link rel='canonical' href='/2023/09/summit'><meta property='og:url' content='https://example.org/s'>"
        "<meta property='og:title' content='Putin and Kim meet in the Far East'>"
        "<meta property='article:published_time' content='2023-09-13'>"))
    assert document.url == "https://example.org/s"
    assert document.published == "2023-09-13"


def test_a_page_without_an_http_address_keeps_none() -> None:
    document = document_from_bytes("summit.html", html_page(
        "<link rel='canonical' href='javascript:alert(1)'><meta property='og:url' content='file:///etc/passwd'>"))
    assert document.url == ""


def test_the_title_comes_from_og_title_or_the_title_when_the_page_is_only_text() -> None:
    from extractors.formats import html_content

    content = html_content("<html><head><title> The   summit </title><meta property='og:title' content='Og'>"
                           "</head><body>x</body></html>", 1000)
    assert content.title in ("Og", "The summit")  # trafilatura's own reading, else the page's og:title
    bare = html_content("<html><head><title>The summit</title></head><body>x</body></html>", 1000)
    assert bare.title == "The summit"


def test_the_address_survives_the_json_line_the_case_and_the_case_file(tmp_path: Path) -> None:
    analysis = machine_analysis()
    analysis.document.url = PAGE
    line = analysis.to_json()
    assert line["url"] == PAGE
    assert Analysis.from_json(line, analysis.document.text).document.url == PAGE
    store = CaseStore(tmp_path / "case.sqlite")
    store.add_document(analysis.document)
    store.save_analysis(analysis)
    assert store.document(analysis.document.id).url == PAGE
    assert store.cached_analysis(store.document(analysis.document.id), analysis.pipeline_version).document.url == PAGE
    case = check_case(case_file(analysis.document, line))
    assert case.documents[0].url == PAGE and case.analyses[0].document.url == PAGE


def case_file(document: Document, line: dict | None = None) -> bytes:
    return json.dumps({"format": CASE_FORMAT, "version": CASE_VERSION, "documents": [asdict(document)],
                       "analyses": [line] if line else [], "corrections": {}}).encode()


@pytest.mark.parametrize("address", ["javascript:alert(1)", "https://example.com/" + "a" * MAX_ADDRESS_CHARS,
                                     "https://example.com/<img src=x>"])
def test_a_case_file_with_an_address_that_is_not_http_is_refused(address: str) -> None:
    document = machine_analysis().document
    document.url = address
    with pytest.raises(CaseFileError, match="address"):
        check_case(case_file(document))


def test_a_case_file_with_a_url_that_is_not_a_string_is_refused() -> None:
    raw = json.loads(case_file(machine_analysis().document))
    raw["documents"][0]["url"] = ["https://example.com"]
    with pytest.raises(CaseFileError):
        check_case(json.dumps(raw).encode())


def test_exports_give_the_web_address_else_the_file_name() -> None:
    told, other = machine_analysis(), machine_analysis("Storms hit Manila on 14 September 2023, officials said.")
    told.document.url = PAGE
    for event in other.events:
        event.type = "OTHER"  # never one happening with the other document's
    events = event_frame([told, other])
    by_document = dict(zip(events["document_id"], events["source_addresses"]))
    assert by_document == {told.document.id: PAGE, other.document.id: "summit.txt"}
    assert PAGE in events_csv(events)
    feature = next(f for f in events_geojson(events)["features"] if f["properties"]["id"] == told.events[0].id)
    assert feature["properties"]["source_addresses"] == PAGE
    assert feature["properties"]["source_documents"][0]["url"] == PAGE
    assert feature["properties"]["source_documents"][0]["file"] == "summit.txt"
    assert PAGE.replace("&", "&amp;amp;") in events_kml(events)  # HTML-escaped, then XML-escaped


def test_the_evidence_card_links_the_address_escaped_in_a_new_tab_without_opener_or_referrer() -> None:
    document = Document(text="x", title="Summit", url=PAGE)
    link = source_link(document)
    assert 'target="_blank"' in link and 'rel="noopener noreferrer"' in link
    assert "&amp;lang" in link and "&#58;" in link  # escaped in the address and the text alike
    assert source_link(Document(text="x", url="javascript:alert(1)")) == ""
    assert source_link(Document(text="x", url='https://e.com/"><script>')) == ""
    assert source_link(Document(text="x")) == ""
@pytest.mark.usefixtures("fake_pipeline")
def test_analyze_keeps_a_json_line_s_url_and_names_a_bad_one(capsys, monkeypatch) -> None:
    rows = [{"id": "a", "text": "Storms hit Manila.", "url": PAGE},
            {"id": "b", "text": "Storms hit Manila again.", "url": "javascript:alert(1)"},
            {"id": "c", "text": "Storms hit Cebu."}]
    monkeypatch.setattr("sys.stdin", io.StringIO("".join(json.dumps(row) + "\n" for row in rows)))
    assert main(["analyze", "--jsonl", "-"]) == 1
    out, err = capsys.readouterr()
    lines = [json.loads(line) for line in out.splitlines()]
    assert [(line["id"], line.get("url", "")) for line in lines] == [("a", PAGE), ("c", "")]
    assert "line 2" in err and "'url'" in err


@pytest.mark.usefixtures("fake_pipeline")
def test_analyze_takes_the_url_of_one_file_and_refuses_it_for_several(capsys, tmp_path: Path) -> None:
    article = tmp_path / "storm.txt"
    article.write_text("Storms hit Manila on Friday.", "utf-8")
    assert main(["analyze", str(article), "--url", PAGE]) == 0
    assert json.loads(capsys.readouterr().out)["url"] == PAGE
    with pytest.raises(SystemExit):
        main(["analyze", str(article), str(article), "--url", PAGE])
    with pytest.raises(SystemExit):
        main(["analyze", str(article), "--url", "javascript:alert(1)"])
    assert "http" in capsys.readouterr().err
