"""Article strings made inert for the three places they are shown: Markdown, HTML templates and Plotly labels.

An article is untrusted: its title, sentences, names and the warnings about it must reach the viewer as text,
never as an image to fetch, a link or markup.
"""
from __future__ import annotations

import html
import re

LINE_BREAKS = re.compile(r"\s+")  # \r, \n, tabs, form feeds, U+2028...: a blank line ends HTML in Markdown
# Characters that make Markdown anywhere in a line: escapes, code, emphasis, strikethrough, links and images (and
# Streamlit's :colour[text]), raw HTML and autolinks, character references, Streamlit's $maths$.
INLINE_SPECIALS = re.compile(r"([\\`*_~\[\]<>&$])")
# What makes Markdown only at the start of a line: a heading, a list item, a numbered item ('1.').
BLOCK_START = re.compile(r"^([#+-]|\d+(?=[.)]))")
# Streamlit links bare addresses twice: while parsing (an escaped ':', '.' or '@' stops that) and again in the text
# parsed, escapes gone, after a space or punctuation (a word joiner, invisible and neither, before one stops that).
BARE_ADDRESS = re.compile(r"(https?)(:)|(www)(\.)|([-.\w+]+)(@)", re.IGNORECASE)
WORD_JOINER = "\u2060"
# In an HTML template: HTML's specials and those Markdown would read if the block ever ended, as references.
HTML_REFERENCES = {**{ord(c): f"&#{ord(c)};" for c in "!#()*+-:[\\]_`{|}~$="},
                   **{ord(c): html.escape(c) for c in "&<>\"'"}}


def one_line(text: str) -> str:
    """The text on one line: line breaks and runs of spaces become one space."""
    return LINE_BREAKS.sub(" ", text or "")


def plain(text: str) -> str:
    """Text for st.markdown, captions, alerts, toasts and progress labels: shown as written, on one line."""
    escaped = INLINE_SPECIALS.sub(r"\\\1", one_line(text).strip())
    unlinked = BARE_ADDRESS.sub(lambda address: WORD_JOINER + "\\".join(part for part in address.groups() if part),
                                escaped)
    return BLOCK_START.sub(lambda start: start[0] + "\\" if start[0].isdigit() else "\\" + start[0], unlinked)


def html_text(text: str) -> str:
    """Text for a fixed HTML template given to st.markdown: escaped, on one line, no Markdown left to read."""
    return one_line(text).translate(HTML_REFERENCES)


def plotly_text(text: str) -> str:
    """Text for Plotly hover texts, labels and legend names, which read <b>, <a href> and <br>: escaped."""
    return html.escape(text or "", quote=False)
