"""Split into store/case_settings.py and service/analysis.py; this re-export lasts only until bench/bench_app.py,
being edited, is updated."""
from store.case_settings import SEEDED_KEY  # noqa: F401
