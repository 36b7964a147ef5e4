"""How the suite is spread over pytest-xdist's workers when asked (`-n auto`; pytest.ini: `--dist loadgroup
--no-loadscope-reorder`). The suite runs in one process by default: on this project's 2 cores shared with other jobs,
two workers cost 30-45 % more CPU (each collects the suite and loads spaCy's models) and did not reliably end sooner.

With `-n auto` and without the browser tests (`python -m pytest tests/unit -n auto`, `tests/apptest`), two workers
run the tests; each test file runs whole on one worker, so a module's fixtures (a batch analysed once, a case built
once) are made once, and the longest files are handed out first, so neither worker is left with one at the end.
A run that includes the browser tests (`tests/e2e`, or the whole suite) stays in one process: they wait on a real
Streamlit server and Chromium with timeouts, which another worker's load on the same cores made miss. `-n 2` runs
on two workers whatever is chosen.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent
BROWSER_TESTS = TESTS / "e2e"
WORKERS = 2  # the cores this suite is timed on; each worker loads spaCy's models (≈ 0.8 GB)
LONGEST_FIRST = (  # the files of the slowest unit tests (`--durations=10`)
    "tests/unit/test_parallel_batch.py",  # starts worker processes and a Dask cluster, each loading spaCy's models
    "tests/unit/test_case_import_robustness.py",  # a property test of 100 case files
)


def runs_browser_tests(config: pytest.Config) -> bool:
    """Whether the paths asked for (or pytest.ini's testpaths) hold the browser tests."""
    for arg in config.args:
        path = (config.invocation_params.dir / str(arg).split("::")[0]).resolve()
        if path == BROWSER_TESTS or BROWSER_TESTS in path.parents or path in BROWSER_TESTS.parents:
            return True
    return False


@pytest.hookimpl(tryfirst=True)
def pytest_xdist_auto_num_workers(config: pytest.Config) -> int | None:
    """`-n auto`: two workers, or none when the browser tests run (PYTEST_XDIST_AUTO_NUM_WORKERS still decides)."""
    if os.environ.get("PYTEST_XDIST_AUTO_NUM_WORKERS"):
        return None
    return 0 if runs_browser_tests(config) else min(WORKERS, os.cpu_count() or 1)


def group_marked(item: pytest.Item) -> str:
    """The group an item is marked with, given by position or by name."""
    marker = item.get_closest_marker("xdist_group")
    return str(marker.args[0] if marker.args else marker.kwargs.get("name", ""))


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Group each test with its file (a group a test file sets stays; the browser tests are one group, so `-n 2`
    starts one Streamlit server and one Chromium for them), the longest groups first."""
    for item in items:
        if not item.get_closest_marker("xdist_group"):
            browser = item.get_closest_marker("e2e") or BROWSER_TESTS in item.path.parents
            item.add_marker(pytest.mark.xdist_group("e2e" if browser else item.nodeid.split("::")[0]))
    rank = {group: position for position, group in enumerate(("e2e", *LONGEST_FIRST))}
    items.sort(key=lambda item: rank.get(group_marked(item), len(rank)))  # stable: each file keeps its order
