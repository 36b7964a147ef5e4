"""Detect an article's language so the right model reads it."""
from __future__ import annotations

from functools import lru_cache

from lingua import IsoCode639_1, Language, LanguageDetector, LanguageDetectorBuilder

from lang import LANGUAGES

# Languages a news feed commonly mixes in: detecting them lets us warn instead of misreading them.
MIXED_IN = (
    Language.GERMAN, Language.SPANISH, Language.ITALIAN, Language.PORTUGUESE, Language.DUTCH, Language.RUSSIAN,
    Language.UKRAINIAN, Language.ARABIC, Language.CHINESE, Language.JAPANESE, Language.KOREAN, Language.TURKISH,
    Language.POLISH,
)
# Every pack's language (a new lang/<code>/ is detected with no change here), then the ones mixed in.
DETECTABLE = tuple(dict.fromkeys(
    [*(Language.from_iso_code_639_1(IsoCode639_1.from_str(code)) for code in LANGUAGES), *MIXED_IN]))
SAMPLE_CHARS = 3000


@lru_cache(maxsize=1)
def detector() -> LanguageDetector:
    """One detector per process, restricted to news languages to keep it small."""
    return LanguageDetectorBuilder.from_languages(*DETECTABLE).with_low_accuracy_mode().build()


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when the text has too little to tell."""
    sample = text[:SAMPLE_CHARS]
    if sum(ch.isalpha() for ch in sample) < 3:
        return None
    language = detector().detect_language_of(sample)
    return language.iso_code_639_1.name.lower() if language else None
