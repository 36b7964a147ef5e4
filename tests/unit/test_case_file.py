"""The case file: the machine's analyses and the corrections travel apart; a crafted file changes nothing."""
from __future__ import annotations

import json
import sqlite3
import tomllib
from pathlib import Path

import pytest
from case_fixtures import TEXT, case_with, machine_analysis, rows

from core.model import Document
from store.case import CaseStore
from store.case_check import MAX_CASE_MB, CaseFileError, check_case
from service.analysis import export_case
from store.case_file import import_case, plan_import
from store.corrections import Correction, apply_corrections
from store.case_settings import SEEDED_KEY

ROOT = Path(__file__).resolve().parents[2]


def empty_case(path: Path) -> CaseStore:
    """A new copy's case, without the sample article."""
    store = CaseStore(path)
    store.set_meta(SEEDED_KEY, "1")
    return store


def exported(tmp_path: Path, corrections: dict[str, dict] | None = None) -> dict:
    """The case file of a case holding the hand-made analysis, as JSON."""
    machine = machine_analysis()
    first, second = (e.id for e in machine.events)
    store = case_with(tmp_path / "source.sqlite", machine,
                      corrections if corrections is not None else {first: {"type": "AID"}, second: {"deleted": True}})
    return json.loads(export_case(store))


def test_the_machines_reading_travels_so_the_importer_can_go_back_to_it(tmp_path: Path) -> None:
    machine = machine_analysis()
    first, second = (e.id for e in machine.events)
    case = exported(tmp_path)
    assert [e["type"] for e in case["analyses"][0]["events"]] == ["CONSULT", "ASSAULT"], "not the corrected reading"
    assert case["corrections"] == {first: {"type": "AID"}, second: {"deleted": True}}
    target = empty_case(tmp_path / "target.sqlite")
    import_case(target, check_case(json.dumps(case).encode()))
    imported = target.cached_analysis(machine.document, machine.pipeline_version)
    assert imported.to_json() == machine.to_json()
    assert [e.type for e in apply_corrections(imported, target.corrections()).events] == ["AID"]
    target.drop_correction(second)  # "back to the machine's reading" of the removed event
    target.drop_correction(first)
    assert [e.type for e in apply_corrections(imported, target.corrections()).events] == ["CONSULT", "ASSAULT"]


def test_corrections_keep_the_text_of_their_event_across_copies(tmp_path: Path) -> None:
    machine = machine_analysis()
    source = case_with(tmp_path / "source.sqlite", machine, {})
    source.save_correction(machine.events[0].id, machine.document.id, {"type": "AID"}, anchor="Kim met Putin")
    target = empty_case(tmp_path / "target.sqlite")
    import_case(target, check_case(export_case(source).encode()))
    assert [(r.event_id, r.fields, r.anchor) for r in target.correction_rows()] == [
        (machine.events[0].id, {"type": "AID"}, "Kim met Putin")]


def crafted(case: dict, where: str, value: object) -> dict:
    """The case file with one value replaced, at a path like 'analyses.0.places.0.lat'."""
    case = json.loads(json.dumps(case))
    *parents, last = where.split(".")
    node = case
    for key in parents:
        node = node[int(key)] if isinstance(node, list) else node[key]
    node[int(last) if isinstance(node, list) else last] = value
    return case


@pytest.mark.parametrize(("where", "value", "message"), [
    ("corrections.EVENT.date", "garbage", r"correction for event \w+:\d+: 'garbage' is not a date"),
    ("corrections.EVENT.place", {"name": "x", "lat": 95, "lon": 0}, r"correction for event .*not on the globe"),
    ("corrections.EVENT.place", {"name": "x", "lat": "north", "lon": 0}, r"place field 'lat' is unknown or not valid"),
    ("corrections.EVENT.actors", "Kim", r"actors \"Kim\" is not a valid actors"),
    ("corrections.EVENT.colour", "red", r"unknown field 'colour'"),
    ("corrections.EVENT", "removed", r"correction for event .* is not an object"),
    ("analyses.0.places.0.lat", 95, r"places\[0\]: latitude 95 is not on the globe"),
    ("analyses.0.events.0.place.lon", "east", r"events\[0\]\.place\.lon is not a number"),
    ("analyses.0.events.0.end", 10_000, r"events\[0\] \(0\.\.10000\) is not inside the text"),
    ("analyses.0.events.1.confidence", 7, r"confidence 7 is not between 0 and 1"),
    ("analyses.0.events.0.date.start", "soon", r"date\.start 'soon' is not an ISO date"),
    ("analyses.0.events.0.date", "2023", r"damaged"),
    ("analyses.0.events.0.colour", "red", r"damaged"),
    ("analyses.0.id", "0123456789abcdef", r"analysis 1 is not the analysis of a document in the file"),
    ("documents.0.text", 42, r"document 1: its text or its id is missing or not a string"),
    ("documents.0.text", "Another text.", r"document 1: its id '\w+' is not the hash of its text"),
    ("documents.0.published", "13/09/2023", r"publication date '13/09/2023' is not a date"),
    ("documents.0.colour", "red", r"document 1: unknown field 'colour'"),
    ("documents", {}, r"holds a list of documents"),
    ("version", 3, r"case version 3 is not one this app reads"),
    ("format", "other", r"not a Newsmap case file"),
])
def test_a_crafted_file_is_refused_saying_what_is_wrong_and_the_case_is_unchanged(
        tmp_path: Path, where: str, value: object, message: str) -> None:
    case = exported(tmp_path)
    where = where.replace("EVENT", next(iter(case["corrections"])))
    target = case_with(tmp_path / "target.sqlite", machine_analysis("Another article about Vostochny."), {})
    before = rows(target.path)
    with pytest.raises(CaseFileError, match=message):
        check_case(json.dumps(crafted(case, where, value)).encode())
    assert rows(target.path) == before


@pytest.mark.parametrize(("data", "message"), [
    (b"\xff\xfe", "not UTF-8"),
    (b'{"format": "newsmap-case", "version": 2, "documents": [NaN]}', "'NaN' is not a number JSON allows"),
    (b"[" * 100_000 + b"]" * 100_000, "nested too deep"),
    (b'{"format": "newsmap-case", "version": 2, "documents": [], "x": ' + b"1" * 5000 + b"}", "not a JSON case file"),
], ids=["not-utf8", "nan", "deep", "endless-integer"])
def test_a_file_that_is_not_json_is_refused(data: bytes, message: str) -> None:
    with pytest.raises(CaseFileError, match=message):
        check_case(data)


def test_a_file_over_the_limit_is_refused_before_it_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("store.case_check.MAX_CASE_MB", 1)
    with pytest.raises(CaseFileError, match="the file is 2 MB; this app imports case files up to 1 MB"):
        check_case(b" " * 2 * 2**20)


def test_the_analysts_corrections_and_readings_stay_unless_they_choose_to_replace_them(tmp_path: Path) -> None:
    machine = machine_analysis()
    first, second = (e.id for e in machine.events)
    target = case_with(tmp_path / "target.sqlite", machine, {first: {"date": "2023-09"}})
    forged = machine_analysis()
    forged.events = forged.events[1:]  # one forged event instead of the analyst's two
    forged.document.title = "Forged"
    source = case_with(tmp_path / "source.sqlite", forged, {first: {"deleted": True}, second: {"type": "AID"}})
    case = check_case(export_case(source).encode())

    plan = plan_import(target, case)
    assert [d.title for d in plan.changed_documents] == ["Forged"] and not plan.new_documents
    assert [c.event_id for c in plan.changed_corrections] == [first]
    assert [c.event_id for c in plan.new_corrections] == [second]

    import_case(target, case)
    assert len(target.cached_analysis(machine.document, machine.pipeline_version).events) == 2
    assert target.document(machine.document.id).title == "Summit"
    assert target.corrections() == {first: {"date": "2023-09"}, second: {"type": "AID"}}

    import_case(target, case, replace_documents=True, replace_corrections=True)
    assert target.document(machine.document.id).title == "Forged"
    assert len(target.cached_analysis(forged.document, forged.pipeline_version).events) == 1
    assert target.corrections() == {first: {"deleted": True}, second: {"type": "AID"}}
    again = plan_import(target, case)
    assert not (again.new_documents or again.changed_documents or again.new_corrections or again.changed_corrections)


def test_an_import_is_written_all_or_nothing(tmp_path: Path) -> None:
    target = empty_case(tmp_path / "target.sqlite")
    before = rows(target.path)
    machine = machine_analysis()
    stray = machine_analysis("A document the case does not hold.")
    with pytest.raises(sqlite3.IntegrityError):  # its analysis has no document: the whole import is undone
        target.import_rows([machine.document], [machine, stray],
                           [Correction(machine.events[0].id, machine.document.id, {"type": "AID"})])
    assert rows(target.path) == before


def test_a_version_1_file_brings_documents_and_corrections_and_its_corrected_analyses_are_redone(
        tmp_path: Path) -> None:
    case = exported(tmp_path)
    case["version"] = 1
    checked = check_case(json.dumps(case).encode())
    assert not checked.analyses and len(checked.documents) == 1 and len(checked.corrections) == 2


def test_a_document_id_is_checked_against_its_text(tmp_path: Path) -> None:
    case = exported(tmp_path, {})
    other = Document(text="Another text.")
    case["documents"].append({**case["documents"][0], "text": other.text})  # its id is the first document's
    with pytest.raises(CaseFileError, match="document 2: its id .* is not the hash of its text"):
        check_case(json.dumps(case).encode())


def test_a_case_bigger_than_five_megabytes_goes_back_in(tmp_path: Path) -> None:
    source = empty_case(tmp_path / "source.sqlite")
    for number in range(260):  # about 240 documents made a 5 MB file, the old limit
        analysis = machine_analysis(f"{TEXT} Report {number}. " + "Diplomats met again in Vladivostok. " * 600)
        source.add_document(analysis.document)
        source.save_analysis(analysis)
    data = export_case(source).encode()
    assert len(data) > 5 * 2**20
    server = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text())["server"]
    assert len(data) <= min(MAX_CASE_MB, server["maxUploadSize"]) * 2**20, "the uploader and the server take it"
    target = empty_case(tmp_path / "target.sqlite")
    plan = import_case(target, check_case(data))
    assert len(plan.new_documents) == len(target.documents()) == 260
