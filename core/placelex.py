"""The place words of the language packs (lang/<code>/places.json) as regular-expression pieces: one pack's, or every
pack's at once, since the geocoder reads the words around a name whatever the article's language."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from lang import LANGUAGES, pack_language, resource

NEVER = "(?!)"  # the alternation of an empty list: matches nothing
ELIDED = ("'", "’", "['’]")  # an elided word ('l’', 'd’') runs into the next one


def packs(language: str | None = None) -> list[dict[str, Any]]:
    """The place words of one language's pack, or of every pack in the registry's order."""
    codes = [pack_language(language)] if language else list(LANGUAGES)
    return [resource(code, "places") for code in codes]


def entry(pack: dict[str, Any], key: str) -> Any:
    """One entry of a pack, by its dotted path ('feature_words.city')."""
    for part in key.split("."):
        pack = pack[part]
    return pack


def fragments(key: str, language: str | None = None) -> list[str]:
    """A list of one pack or of every pack, without repeats, in the packs' order."""
    return list(dict.fromkeys(fragment for pack in packs(language) for fragment in entry(pack, key)))


def kinds(key: str) -> list[str]:
    """The names of a table's lists in every pack, in the packs' order ('site_kinds' -> 'space', 'air', ...)."""
    return list(dict.fromkeys(kind for pack in packs() for kind in entry(pack, key)))


def either(key: str, language: str | None = None) -> str:
    """A list as one alternation ('ville|city'), or one that matches nothing."""
    return "|".join(fragments(key, language)) or NEVER


def spaced(words: list[str]) -> str:
    """Words as one alternation, each with the space after it; an elided one needs none: 'le\\s+|l['’]\\s*'."""
    return "|".join(f"{word}\\s*" if word.endswith(ELIDED) else f"{word}\\s+" for word in words) or NEVER


def article(language: str | None = None, opening: bool = False) -> str:
    """An optional definite article before a name, with its space ('la ', 'the ', "l'"); its first letter in either
    case when it may open a name ('The University of Texas')."""
    words = fragments("articles", language)
    return f"(?:{spaced([f'[{w[0].upper()}{w[0].lower()}]{w[1:]}' for w in words] if opening else words)})?"


def genitive(language: str | None = None, fused: bool = True) -> str:
    """'of' with its space ('de ', "d'", 'of '), and its forms fused with an article ('du ', 'des ') unless not
    wanted."""
    words = fragments("genitives", language) + (fragments("genitive_articles", language) if fused else [])
    return f"(?:{spaced(words)})"


def per_pack(pattern: Callable[[str], str]) -> str:
    """A pattern made from each pack's own words, as one alternation: no pack's words meet another's ('province'
    with French 'de', never with English 'of')."""
    return "|".join(f"(?:{pattern(code)})" for code in LANGUAGES)
