"""The accuracy benchmark's halves: alternate documents, each with its own gold and predictions."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture()
def bench(tmp_path, monkeypatch):
    spec = importlib.util.spec_from_file_location("bench_accuracy", ROOT / "bench" / "bench_accuracy.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    monkeypatch.setattr(module, "OUT", tmp_path)
    return module


def ids(path: Path) -> list[str]:
    return [json.loads(line)["id"] for line in path.read_text(encoding="utf-8").splitlines()]


def test_halves_alternate_documents_and_keep_only_their_predictions(bench) -> None:
    gold = [{"id": f"d{i}", "text": ""} for i in range(5)]
    predicted = [{"id": f"d{i}", "timexes": []} for i in reversed(range(5))]
    (first, gold_1, pred_1), (second, gold_2, pred_2) = bench.halves("time/x", gold, predicted)
    assert (first, second) == ("half 1", "half 2")
    assert ids(gold_1) == ["d0", "d2", "d4"] and ids(gold_2) == ["d1", "d3"]
    assert sorted(ids(pred_1)) == ["d0", "d2", "d4"] and sorted(ids(pred_2)) == ["d1", "d3"]
    assert gold_1 != gold_2 and pred_1 != pred_2
