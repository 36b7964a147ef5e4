"""The evidence panel: an event's sentence with its people, places and dates marked, shown as text only."""
from __future__ import annotations

import streamlit as st

from components.safe_text import html_text
from extractors.model import Analysis, Event

LABEL_COLOURS = {"PLACE": "#cde8ff", "TIME": "#ffe7b3", "PER": "#e5d4ff", "ORG": "#d4f5dd"}


def marked_spans(analysis: Analysis, start: int, end: int) -> list[tuple[int, int, str]]:
    """Places, time expressions and people/organisations inside [start, end), without overlaps."""
    spans = [(p.start, p.end, "PLACE") for p in analysis.places]
    spans += [(t.start, t.end, "TIME") for t in analysis.timexes]
    spans += [(e.start, e.end, e.label) for e in analysis.entities if e.label in ("PER", "ORG")]
    inside = sorted((s, e, label) for s, e, label in spans if start <= s and e <= end)
    kept: list[tuple[int, int, str]] = []
    for span in inside:
        if not kept or span[0] >= kept[-1][1]:
            kept.append(span)
    return kept


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


def render_evidence(analysis: Analysis, event: Event) -> None:
    """Show where an event comes from and what the machine read in its sentence."""
    text = analysis.document.text
    spans = marked_spans(analysis, event.start, event.end)
    facts = {
        "When": f"{event.date.value} ({event.date.origin})" if event.date else "unknown",
        "Where": describe_place(event),
        "Who": ", ".join(event.actors) or "—",
        "Trigger": event.trigger or "—",
        "Source": analysis.document.title or analysis.document.source,
    }
    rows = "".join(f"<tr><th>{k}</th><td>{html_text(v)}</td></tr>" for k, v in facts.items())
    st.markdown(
        f'<div class="evidence"><p style="line-height:1.7">'
        f"{highlight_html(text, event.start, event.end, spans)}</p>"
        f'<table style="font-size:0.9em">{rows}</table></div>',
        unsafe_allow_html=True,
    )


def describe_place(event: Event) -> str:
    """A place with its coordinates and how precise it is."""
    place = event.place
    if place is None or not place.resolved:
        return "unknown"
    precision = "" if place.precision == "exact" else f", approximate ({place.precision})"
    return f"{place.name or place.text} ({place.lat:.3f}, {place.lon:.3f}{precision})"
