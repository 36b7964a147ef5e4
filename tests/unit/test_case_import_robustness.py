"""Property-based: a case file changed anywhere is imported into a case every page can draw, or refused unchanged."""
from __future__ import annotations

import copy
import json
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from case_fixtures import case_with, machine_analysis, rows
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from components.event_frame import event_clusters, frame_of
from components.event_map import map_figure
from components.event_timeline import timeline_figure
from extractors.version import PIPELINE_VERSION
from store.case import CaseStore
from store.case_check import CaseFileError, check_case
from service.analysis import export_case
from store.case_file import import_case
from store.corrections import apply_corrections, merge_targets
from store.exports import events_csv, events_geojson, events_kml, events_timelinejs

Path_ = tuple[Any, ...]
SCALARS = (st.none() | st.booleans() | st.integers(-10**6, 10**6) | st.floats() | st.text(max_size=12)
           | st.sampled_from(["garbage", "", "2023-13-45", "2023-09-13", "2023-09-13T00:00", "0123456789abcdef"]))
JSON_VALUES = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=3)
                           | st.dictionaries(st.text(max_size=8), inner, max_size=3), max_leaves=5)


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict, Path]:
    """A valid case file (two corrections), and a case holding the same document corrected otherwise and another."""
    folder = tmp_path_factory.mktemp("cases")
    machine = machine_analysis()
    first, second = (e.id for e in machine.events)
    source = case_with(folder / "source.sqlite", machine, {first: {"type": "AID", "actors": ["Kim"]},
                                                           second: {"merged_into": first}})
    source.save_correction(f"{machine.document.id}:404", machine.document.id,
                           {"date": "2023-09", "place": {"name": "Vostochny", "lat": 51.9, "lon": 128.3}})
    target = case_with(folder / "target.sqlite", machine_analysis("Another article about Vostochny."), {})
    target.add_document(machine.document)
    target.save_analysis(machine)
    target.save_correction(first, machine.document.id, {"deleted": True})
    return json.loads(export_case(source)), target.path


def paths(node: Any, prefix: Path_ = ()) -> Iterator[Path_]:
    """Every place in a JSON tree below its root."""
    children = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
    for key, child in children:
        yield (*prefix, key)
        yield from paths(child, (*prefix, key))


def like(value: Any) -> st.SearchStrategy:
    """Values of the same JSON type (most pass the type checks and probe the ranges), or any JSON value."""
    if isinstance(value, bool):
        return st.booleans()
    if isinstance(value, int):
        return st.integers(-10**6, 10**6) | st.sampled_from([0, value - 1, value + 1])
    if isinstance(value, float):
        return st.floats()
    if isinstance(value, str):
        return SCALARS.filter(lambda v: isinstance(v, str))
    return JSON_VALUES


def mutate(case: dict, data: st.DataObject) -> dict:
    """The case file with one to three values replaced, removed or added anywhere."""
    case = copy.deepcopy(case)
    for _ in range(data.draw(st.integers(1, 3))):
        *parents, key = data.draw(st.sampled_from(list(paths(case))))
        parent = case
        for step in parents:
            parent = parent[step]
        action = data.draw(st.sampled_from(["replace", "remove", "add"]))
        if action == "remove":
            del parent[key]
        elif action == "add" and isinstance(parent[key], dict):
            parent[key][data.draw(st.text(max_size=8))] = data.draw(JSON_VALUES)
        else:
            parent[key] = data.draw(like(parent[key]) | JSON_VALUES)
    return case


def draw_every_page(store: CaseStore) -> None:
    """What the pages draw from a case: corrected analyses, events, map, timeline and every export."""
    corrections = store.corrections()
    analyses = [apply_corrections(analysis, corrections) for document in store.documents()
                if (analysis := store.cached_analysis(document, PIPELINE_VERSION))]
    events = frame_of(event_clusters(analyses, merge_targets(corrections)))
    map_figure(events)
    timeline_figure(events)
    events_csv(events), events_geojson(events), events_kml(events), events_timelinejs(events)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_a_changed_case_file_is_imported_whole_and_drawable_or_refused_with_the_case_unchanged(
        made: tuple[dict, Path], data: st.DataObject) -> None:
    valid, template = made
    changed = json.dumps(mutate(valid, data)).encode()
    replace = data.draw(st.booleans())
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "case.sqlite"
        shutil.copy(template, path)
        store = CaseStore(path)
        before, ours = rows(path), store.corrections()
        try:
            import_case(store, check_case(changed), replace_documents=replace, replace_corrections=replace)
        except CaseFileError as error:
            event("refused")
            assert str(error)
            assert rows(path) == before
        else:
            event("imported")
            draw_every_page(store)
            if not replace:
                assert {k: store.corrections()[k] for k in ours} == ours, "the analyst's corrections are kept"
