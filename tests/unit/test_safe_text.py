"""Article strings reach Markdown, the evidence panel's HTML and Plotly's labels as text, never as markup."""
from __future__ import annotations

import html
import re

import pytest
from markdown_it import MarkdownIt

from components.event_frame import event_frame
from components.event_map import map_figure, playback_figure
from components.event_timeline import timeline_figure
from components.evidence import highlight_html, marked_spans
from components.safe_text import html_text, plain, plotly_text
from core.model import Analysis, Document, Entity, Event, EventDate, PlaceMention

IMAGE = "![x](http://evil.example/a.png)"
TAG = "<img src=http://evil.example/b.png>"
LINK = '<a href="http://evil.example/c">here</a>'
HOSTILE = f"{IMAGE} {TAG}\r\r{LINK} :red[red] $x^2$ **bold** [link](http://evil.example/d)"
MARKUP = re.compile(r"<(img|a|strong|em|span)\b")
# What Streamlit's st.markdown(..., unsafe_allow_html=True) does: CommonMark with raw HTML allowed.
MARKDOWN = MarkdownIt("commonmark", {"html": True})


def shown(rendered_html: str) -> str:
    """The text a browser shows for some HTML (tags dropped, references decoded)."""
    return html.unescape(re.sub(r"<[^>]+>", "", rendered_html)).replace("\u2060", "")


def test_plain_text_in_markdown_makes_no_image_link_or_emphasis() -> None:
    rendered = MARKDOWN.render(f"**{plain(HOSTILE)}**")
    assert rendered.count("<strong>") == 1 and not re.search(r"<(img|a|em|span)\b", rendered), rendered
    assert shown(rendered).strip() == " ".join(HOSTILE.split())


def test_html_text_in_a_template_stays_one_html_block_whatever_the_line_breaks() -> None:
    rendered = MARKDOWN.render(f'<div class="evidence"><p>{html_text(HOSTILE)}</p></div>')
    assert not MARKUP.search(rendered), rendered
    assert shown(rendered).strip() == " ".join(HOSTILE.split())


def test_plotly_text_escapes_the_tags_plotly_reads() -> None:
    assert plotly_text(f"{LINK} <b>x</b><br>") == (
        '&lt;a href="http://evil.example/c"&gt;here&lt;/a&gt; &lt;b&gt;x&lt;/b&gt;&lt;br&gt;')


def hostile_analysis() -> Analysis:
    """One event whose sentence, actor, place, type and document title carry markup."""
    text = f"Colonel {IMAGE} entered Port {TAG} on Monday,\r\rsaid {LINK}."
    document = Document(text=text, title=f"Report {TAG}", published="2024-03-06")
    place_start = text.index("Port")
    place = PlaceMention(place_start, place_start + len(f"Port {TAG}"), text=f"Port {TAG}", name=f"Port {TAG}",
                         lat=43.3, lon=5.37)
    event = Event(id="e1", start=0, end=len(text), text=text, type=f"MOVE{TAG}", actors=[f"Colonel {IMAGE} {LINK}"],
                  place=place, date=EventDate(value="2024-03-04", start="2024-03-04T00:00:00",
                                              end="2024-03-05T00:00:00", precision="day", text=f"Monday {TAG}"))
    moved = Event(id="e2", start=0, end=len(text), text=text, type="MOVE", actors=[f"Colonel {IMAGE} {LINK}"],
                  place=PlaceMention(0, 4, text=f"Inland {LINK}", name=f"Inland {LINK}", lat=44.0, lon=6.0),
                  date=EventDate(value="2024-03-05", start="2024-03-05T00:00:00", end="2024-03-06T00:00:00",
                                 precision="day"))
    return Analysis(document=document, places=[place], events=[event, moved],
                    entities=[Entity(0, 7, "Colonel", "PER")])


def figure_strings(figure) -> list[str]:
    """Every string of a figure Plotly may draw as rich text: trace names, texts, hovers, row labels, frames."""
    strings: list[str] = []
    for trace in [*figure.data, *(t for frame in figure.frames for t in frame.data)]:
        for attribute in ("name", "text", "hovertext", "y"):
            value = getattr(trace, attribute, None)
            if isinstance(value, str):
                strings.append(value)
            elif value is not None and not isinstance(value, (int, float)):
                strings.extend(v for v in value if isinstance(v, str))
    return strings


def test_map_timeline_and_playback_escape_every_article_string() -> None:
    events = event_frame([hostile_analysis()])
    figures = [map_figure(events, show_movements=True), timeline_figure(events, "actor"),
               timeline_figure(events, "document"), playback_figure(events)]
    for figure in figures:
        strings = figure_strings(figure)
        assert strings
        assert not any(re.search(r"<(img|a)\b", s) for s in strings), strings
    hovers = " ".join(figure_strings(figures[1]))
    assert "Port &lt;img src=http://evil.example/b.png&gt;" in hovers and "Monday &lt;img" in hovers
    assert "Colonel ![x](http://evil.example/a.png) &lt;a href=" in hovers  # the actor's row label
    assert any(s.startswith("MOVE&lt;img") for s in figure_strings(figures[0]))  # the legend


def test_the_evidence_sentence_is_one_html_block_with_its_marks() -> None:
    analysis = hostile_analysis()
    event = analysis.events[0]
    evidence = highlight_html(analysis.document.text, event.start, event.end,
                              marked_spans(analysis, event.start, event.end))
    assert "\r" not in evidence and "\n" not in evidence
    rendered = MARKDOWN.render(f'<div class="evidence"><p>{evidence}</p></div>')
    assert not MARKUP.search(rendered), rendered
    assert rendered.count("<mark") == 2


def test_plain_leaves_ordinary_text_readable() -> None:
    rendered = MARKDOWN.render(plain("Kim Jong Un met Putin at Vostochny (Amur region) on 13 Sept. 2023."))
    assert shown(rendered).strip() == "Kim Jong Un met Putin at Vostochny (Amur region) on 13 Sept. 2023."
    assert plain("") == ""


def test_bare_addresses_do_not_follow_a_space_or_punctuation_so_streamlit_does_not_link_them() -> None:
    import unicodedata

    text = plain("Write to press@evil.example or see http://evil.example and www.evil.example.")
    for address in ("press", "http", "www"):
        before = text[text.index(address) - 1]
        assert not before.isspace() and not unicodedata.category(before).startswith(("P", "S")), address


@pytest.mark.parametrize("line", ["# Heading", "- item", "+ item", "12. item", "3) item", "> quote", "*item*"])
def test_a_line_that_would_start_a_markdown_block_stays_a_paragraph(line: str) -> None:
    rendered = MARKDOWN.render(plain(line))
    assert rendered == f"<p>{html.escape(line, quote=False)}</p>\n"
