"""The evidence panel: every sentence that tells an event, its trigger words, people, places and dates marked,
shown as text only, with its source and a way to correct it in Review."""
from __future__ import annotations

import streamlit as st

from components.review_link import open_in_review
from components.safe_text import html_text
from core.address import web_address
from core.model import Analysis, Document, Event
from extractors.sentences import sentence_spans

LABEL_COLOURS = {"EVENT": "#ffd0d0", "PLACE": "#cde8ff", "TIME": "#ffe7b3", "PER": "#e5d4ff", "ORG": "#d4f5dd"}
STATUS_WORDS = {"asserted": "took place", "planned": "planned or scheduled", "negated": "denied or did not happen",
                "hypothetical": "hypothetical or conditional", "historical": "in the past (background)"}


def marked_spans(analysis: Analysis, start: int, end: int, event: Event | None = None) -> list[tuple[int, int, str]]:
    """The event's trigger words, then places, time expressions and people/organisations inside [start, end),
    without overlaps (the trigger words win)."""
    spans = [(m.start, m.end, "EVENT") for m in event.mentions] if event is not None else []
    spans += [(p.start, p.end, "PLACE") for p in analysis.places]
    spans += [(t.start, t.end, "TIME") for t in analysis.timexes]
    spans += [(e.start, e.end, e.label) for e in analysis.entities if e.label in ("PER", "ORG")]
    kept: list[tuple[int, int, str]] = []
    for span in (sp for sp in spans if start <= sp[0] and sp[1] <= end):
        if all(span[1] <= other[0] or span[0] >= other[1] for other in kept):
            kept.append(span)
    return sorted(kept)


def telling_sentences(analysis: Analysis, event: Event) -> list[tuple[int, int]]:
    """The sentences of the document that tell the event: its evidence sentence first, then each other one holding
    a mention, in reading order."""
    sentences = [s for s in sentence_spans(analysis.document.text)
                 if any(s[0] <= m.start < s[1] for m in event.spans()) and not (s[0] <= event.start < s[1])]
    return [(event.start, event.end), *sentences]


def highlight_html(text: str, start: int, end: int, spans: list[tuple[int, int, str]]) -> str:
    """HTML of text[start:end] on one line with each span wrapped in a labelled mark; all text is escaped, so
    nothing in it is read as HTML or as Markdown."""
    parts, cursor = [], start
    for span_start, span_end, label in spans:
        parts.append(html_text(text[cursor:span_start]))
        colour = LABEL_COLOURS.get(label, "#eeeeee")
        parts.append(
            f'<mark style="background:{colour};padding:0 2px;border-radius:3px" title="{label}">'
            f"{html_text(text[span_start:span_end])}</mark>"
        )
        cursor = span_end
    parts.append(html_text(text[cursor:end]))
    return "".join(parts)


def render_evidence(analysis: Analysis, event: Event, review_button: bool = True) -> None:
    """Show where an event comes from and what the machine read in its sentence; the button opens Review on it."""
    text = analysis.document.text
    passages = "".join(
        f'<p style="line-height:1.7{"" if index == 0 else ";border-left:3px solid #ffd0d0;padding-left:6px"}">'
        f"{highlight_html(text, start, end, marked_spans(analysis, start, end, event))}</p>"
        for index, (start, end) in enumerate(telling_sentences(analysis, event)))
    facts = {
        "What": f"{event.type} — {STATUS_WORDS.get(event.status, event.status)}",
        "When": f"{event.date.value} ({event.date.origin})" if event.date else "unknown",
        "Where": describe_place(event),
        "Who": ", ".join(event.actors) or "—",
        "Reported by": event.reported_by or "—",
        "Told in": f"{len(event.spans())} mention(s)",
        "Source": describe_source(analysis.document),
    }
    cells = {name: html_text(value) for name, value in facts.items()}
    cells["Source"] += source_link(analysis.document)
    rows = "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in cells.items())
    st.markdown(f'<div class="evidence">{passages}<table style="font-size:0.9em">{rows}</table></div>',
                unsafe_allow_html=True)
    if review_button and st.button("Open in Review", key=f"open-review-{event.id}", icon=":material/edit_note:",
                                   help="Correct this event, or merge it, on the Review page"):
        open_in_review(event.id)


def describe_source(document: Document) -> str:
    """A source as the analyst checks it: its title, its publication date and its file's or paste's name (its web
    address, when known, follows as a link: source_link)."""
    inferred = " (inferred)" if document.published_origin == "inferred" else ""
    published = f"published {document.published}{inferred}" if document.published else "undated"
    address = document.source if document.source != document.title else ""
    return " · ".join(part for part in (document.title, published, address) if part)


def source_link(document: Document) -> str:
    """The page's web address as a link that opens in a new tab, telling the page nothing of the app (no opener, no
    referrer); escaped in the address and in the text. The app never fetches it: only the analyst's click does.
    Nothing when the case knows no http(s) address for the document."""
    address = web_address(document.url)
    if not address:
        return ""
    return (f' · <a href="{html_text(address)}" target="_blank" rel="noopener noreferrer" class="source-address" '
            f'title="Opens the article\'s page in a new tab (outside the app)">{html_text(address)}</a>')


def describe_place(event: Event) -> str:
    """A place with its coordinates and how precise it is."""
    place = event.place
    if place is None or not place.resolved:
        return "unknown"
    precision = "" if place.precision == "exact" else f", approximate ({place.precision})"
    radius = f", within about {place.radius_km:.0f} km" if place.radius_km else ""
    return f"{place.name or place.text} ({place.lat:.3f}, {place.lon:.3f}{precision}{radius})"
