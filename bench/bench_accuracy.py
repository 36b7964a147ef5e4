"""Accuracy and speed on the gold corpora of ../shared/eval, scored by the shared scorers.

Usage: python bench/bench_accuracy.py [geo] [time] [events]   (all three when none is named)
Predictions and scores are written to bench/out/; the figures are printed as a Markdown table.
"""
from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import asdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from core.model import Document  # noqa: E402
from core.vocabulary import HIDDEN_STATUSES  # noqa: E402 (not drawn by default, so not scored)
from extractors.pipeline import analyze_many  # noqa: E402
from extractors.timexes import tag_timexes  # noqa: E402
from geocoding.gazetteer import default_gazetteer  # noqa: E402
from core.geo import haversine_km  # noqa: E402
from geocoding.mentions import mention_contexts  # noqa: E402
from geocoding.resolve import known_readings, resolve_places  # noqa: E402

EVAL = ROOT.parent / "shared" / "eval"
OUT = ROOT / "bench" / "out"
SEED = "seed/2023-09-13-poutine-kim-vostochny.fr"


def read_gold(name: str) -> list[dict]:
    """One gold corpus, as JSON lines."""
    with open(EVAL / f"{name}.jsonl", encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def write_predictions(name: str, rows: Iterable[dict]) -> Path:
    """Predictions where the scorer reads them."""
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"{name.replace('/', '_')}.pred.jsonl"
    with open(path, "w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return path


def score(scorer: str, gold: str | Path, predictions: Path, *extra: str) -> dict:
    """Run a shared scorer on a corpus of ../shared/eval (by name) or a gold file, and return its JSON figures."""
    gold_path = gold if isinstance(gold, Path) else EVAL / f"{gold}.jsonl"
    command = [sys.executable, str(EVAL / scorer), str(gold_path), str(predictions), "--json", *extra]
    return json.loads(subprocess.run(command, check=True, capture_output=True, text=True).stdout)


def halves(name: str, gold: list[dict], predicted: list[dict]) -> list[tuple[str, Path, Path]]:
    """A corpus in two halves by alternate documents (tune on one, report both), each as gold and prediction files."""
    OUT.mkdir(parents=True, exist_ok=True)
    files = []
    for half in (0, 1):
        subset = gold[half::2]
        wanted = {r["id"] for r in subset}
        label = f"{name}-h{half + 1}"
        gold_path = OUT / f"{label.replace('/', '_')}.gold.jsonl"
        gold_path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in subset), encoding="utf-8")
        predictions = write_predictions(label, (p for p in predicted if p["id"] in wanted))
        files.append((f"half {half + 1}", gold_path, predictions))
    return files


def timed(run: Callable[[], list[dict]]) -> tuple[list[dict], float]:
    """A run's rows and its wall time in seconds."""
    started = time.perf_counter()
    rows = run()
    return rows, time.perf_counter() - started


def gold_documents(rows: list[dict], language: str) -> list[Document]:
    """Gold lines as documents, with the date and language the corpus gives."""
    return [Document(text=r["text"], id=r["id"], published=r.get("published"),
                     published_origin="given" if r.get("published") else "unknown",
                     language=r.get("language") or language) for r in rows]


def geo(figures: list[tuple[str, str, str]]) -> None:
    """Toponym resolution with gold spans, and end to end with our own recognition; dev corpora whole and in halves."""
    for corpus, language in (("geo/gwn", "en"), ("geo/lgl", "en"), (f"{SEED}.geo", "fr")):
        gold = read_gold(corpus)
        resolve_gold(gold, language)  # the first pass loads the lazily read data (names lists, outlines, lexicons):
        known_readings.cache_clear()  # timed warm, as a running app reads, but with no name's readings kept from it
        resolved, seconds = timed(lambda: resolve_gold(gold, language))
        predictions = write_predictions(corpus + ".resolution", resolved)
        resolution = score("score_geo.py", corpus, predictions, "--mode", "resolution")["resolution"]
        toponyms = sum(len(r["toponyms"]) for r in gold)
        figures.append((corpus, "resolution acc@161 (gold spans) / data ceiling",
                        f"{resolution['acc@161']:.3f} / {data_ceiling(gold):.3f} (median {resolution['median_km']} km,"
                        f" {toponyms / seconds:,.0f} toponyms/s warm)"))
        analysed, seconds = timed(lambda: [
            {"id": a.document.id, "places": [asdict(p) for p in a.places]}
            for a in analyze_many(gold_documents(gold, language))])
        result = score("score_geo.py", corpus, write_predictions(corpus + ".e2e", analysed), "--mode", "e2e")
        end_to_end = result["e2e"]
        figures.append((corpus, "end to end: recognition F1 / acc@161 over all gold",
                        f"{end_to_end['f1']:.3f} / {end_to_end['all_gold']['acc@161']:.3f}"
                        f" ({len(gold) / seconds:.1f} docs/s)"))
        if corpus.startswith("geo/"):
            geo_halves(figures, corpus, gold, resolved, analysed)


def resolve_gold(gold: list[dict], language: str) -> list[dict]:
    """The readings of a gold corpus's own spans, in the scorer's line format."""
    return [{"id": r["id"], "places": [asdict(p) for p in resolve_places(
        r["text"], [(t["start"], t["end"]) for t in r["toponyms"]], r.get("language") or language)]} for r in gold]


def geo_halves(figures: list[tuple[str, str, str]], corpus: str, gold: list[dict], resolved: list[dict],
               analysed: list[dict]) -> None:
    """A geo dev corpus's resolution and end-to-end figures in two halves, so a rule that helps only one shows."""
    by_half = zip(halves(f"{corpus}.resolution", gold, resolved), halves(f"{corpus}.e2e", gold, analysed))
    for (label, gold_path, resolution_path), (_, _, e2e_path) in by_half:
        resolution = score("score_geo.py", gold_path, resolution_path, "--mode", "resolution")["resolution"]
        end_to_end = score("score_geo.py", gold_path, e2e_path, "--mode", "e2e")["e2e"]
        figures.append((f"{corpus} {label}", "resolution acc@161 / end to end: recognition F1 / acc@161 over all gold",
                        f"{resolution['acc@161']:.3f} / {end_to_end['f1']:.3f}"
                        f" / {end_to_end['all_gold']['acc@161']:.3f}"))


def data_ceiling(gold: list[dict]) -> float:
    """Share of gold toponyms for which some candidate the resolver considers has the gold id or lies within 161 km."""
    gazetteer = default_gazetteer()
    reachable = total = 0
    for row in gold:
        for toponym in row["toponyms"]:
            total += 1
            contexts = mention_contexts(row["text"], toponym["start"], toponym["end"], gazetteer.lookup)
            candidates = [c for context in contexts for c in context.candidates]  # as the resolver reads the name
            reachable += any(str(c.geonameid) == str(toponym.get("geonameid"))
                             or haversine_km(c.lat, c.lon, toponym["lat"], toponym["lon"]) <= 161 for c in candidates)
    return reachable / total if total else 0.0


TIME_CORPORA = (("time/en-tbaq", "en", "timeml-timebank"), ("time/fr-timebank-dev", "fr", "timeml-fr-timebank"),
                (f"{SEED}.time", "fr", "analyst"))  # corpus, its language, the profile of its annotation habits


def temporal(figures: list[tuple[str, str, str]]) -> None:
    """Time expressions: TempEval-3 value F1, relaxed and strict F1, and speed; dev corpora whole and in halves.
    Each corpus is tagged with the output profile of its own annotation habits, the seed with the app's."""
    for corpus, language, profile in TIME_CORPORA:
        gold = read_gold(corpus)
        tagged, seconds = timed(lambda: [
            {"id": r["id"], "timexes": [asdict(t) for t in tag_timexes(
                r["text"], r.get("language") or language,
                dt.date.fromisoformat(r["published"]) if r.get("published") else None, profile)]}
            for r in gold])
        result = score("score_time.py", corpus, write_predictions(corpus, tagged))
        figures.append((corpus, "value F1 / relaxed F1 / strict F1",
                        f"{time_summary(result)} ({seconds:.2f} s for {len(gold)} docs)"))
        if corpus.startswith("time/"):
            for label, gold_path, predictions in halves(corpus, gold, tagged):
                figures.append((f"{corpus} {label}", "value F1 / relaxed F1 / strict F1",
                                time_summary(score("score_time.py", gold_path, predictions))))


def time_summary(result: dict) -> str:
    """The time scorer's value, relaxed and strict F1 in one line."""
    return f"{result['value_F1']:.3f} / {result['relaxed']['F1']:.3f} / {result['strict']['F1']:.3f}"


EVENT_SUMMARY = ("recall_right", "core_right", "core", "split", "spurious", "type_right", "gold_events", "pred_events")




def event_rows(gold: list[dict], language: str) -> list[dict]:
    """Predicted events of gold documents as the app draws them by default, in the scorer's line format."""
    return [{"id": a.document.id, "events": [asdict(e) for e in a.events if e.status not in HIDDEN_STATUSES]}
            for a in analyze_many(gold_documents(gold, language))]


def event_figures(name: str, gold: list[dict], predicted: list[dict]) -> str:
    """Score one subset of an events corpus and summarise it in one line."""
    wanted = {r["id"] for r in gold}
    OUT.mkdir(parents=True, exist_ok=True)
    gold_path = OUT / f"{name.replace('/', '_')}.gold.jsonl"
    gold_path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in gold), encoding="utf-8")
    predictions = write_predictions(name, (p for p in predicted if p["id"] in wanted))
    command = [sys.executable, str(EVAL / "score_events.py"), str(gold_path), str(predictions), "--json"]
    result = json.loads(subprocess.run(command, check=True, capture_output=True, text=True).stdout)
    return ", ".join(f"{k} {result[k]}" for k in EVENT_SUMMARY)


def events(figures: list[tuple[str, str, str]]) -> None:
    """Happenings: the dev set whole, by language and in two halves (tune on one, report both); the seed's key events."""
    gold = read_gold("events/dev")
    predicted, seconds = timed(lambda: event_rows(gold, "en"))
    figures.append(("events/dev", f"happenings ({seconds:.1f} s)", event_figures("events/dev", gold, predicted)))
    for language in ("en", "fr"):
        subset = [r for r in gold if r["language"] == language]
        figures.append((f"events/dev {language}", "happenings", event_figures(f"events/dev-{language}", subset, predicted)))
    for half in (0, 1):
        subset = gold[half::2]
        figures.append((f"events/dev half {half + 1}", "happenings", event_figures(f"events/dev-h{half + 1}", subset, predicted)))
    seed = read_gold(f"{SEED}.events")
    figures.append((f"{SEED}.events", "key events", event_figures(f"{SEED}.events", seed, event_rows(seed, "fr"))))


CRISIS = ROOT / "bench" / "crisis" / "crisis.jsonl"


def crisis(figures: list[tuple[str, str, str]]) -> None:
    """A crisis-news geo check of this project's own short French and English sentences (bench/crisis/crisis.jsonl:
    countries and their namesakes, well-known cities, 'X State', seas and ranges, non-places, seats of government),
    with gold spans and end to end; misses are written to bench/out/crisis.misses.txt."""
    gold = [json.loads(line) for line in CRISIS.read_text("utf-8").splitlines() if line.strip()]
    resolved = [{"id": r["id"], "places": [asdict(p) for p in resolve_places(
        r["text"], [(t["start"], t["end"]) for t in r["toponyms"]], r["language"])]} for r in gold]
    resolution = score("score_geo.py", CRISIS, write_predictions("crisis.resolution", resolved), "--mode", "resolution")
    analysed = [{"id": a.document.id, "places": [asdict(p) for p in a.places]}
                for a in analyze_many(gold_documents(gold, "en"))]
    e2e = score("score_geo.py", CRISIS, write_predictions("crisis.e2e", analysed), "--mode", "e2e")["e2e"]
    by_span = {(r["id"], p["start"], p["end"]): p for r in resolved for p in r["places"]}
    countries = namesakes = cities = at_city = 0
    misses = []
    for row in gold:
        for toponym in row["toponyms"]:
            place = by_span.get((row["id"], toponym["start"], toponym["end"]))
            far = place is None or place["lat"] is None or haversine_km(
                place["lat"], place["lon"], toponym["lat"], toponym["lon"]) > 161
            countries += toponym["type"] == "country"
            namesakes += toponym["type"] == "country" and far
            cities += toponym["type"] == "city"
            at_city += toponym["type"] == "city" and not far and place["feature_class"] == "city"
            if far or (toponym["type"] == "city" and place["feature_class"] != "city"):
                misses.append(f"{row['id']}\t{row['text'][toponym['start']:toponym['end']]}\t{toponym['name']}\t"
                              f"{(place or {}).get('name')} {(place or {}).get('country_code')} "
                              f"{(place or {}).get('feature_class')}")
    found = {(r["id"], p["start"], p["end"]): p for r in analysed for p in r["places"]}
    for row in gold:
        marked = [(t["start"], t["end"]) for t in row["toponyms"]] + [tuple(span) for span in row["ignore"]]
        misses += [f"{row['id']}\t{p['text']}\tno place\t{p['name']} {p['country_code']} (spurious, end to end)"
                   for (doc, start, end), p in found.items() if doc == row["id"]
                   and not any(min(end, e) > max(start, s) for s, e in marked)]
        misses += [f"{row['id']}\t{row['text'][s:e]}\tmissed end to end" for s, e in marked[:len(row["toponyms"])]
                   if not any(doc == row["id"] and min(end, e) > max(start, s) for doc, start, end in found)]
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "crisis.misses.txt").write_text("\n".join(misses) + "\n", encoding="utf-8")
    figures.append(("crisis", "resolution acc@161 (gold spans)", f"{resolution['resolution']['acc@161']:.3f}"
                                                                  f" ({resolution['resolution']['n']} places)"))
    figures.append(("crisis", "end to end: recognition P / R / F1 / acc@161 over all gold",
                    f"{e2e['precision']:.3f} / {e2e['recall']:.3f} / {e2e['f1']:.3f} / {e2e['all_gold']['acc@161']:.3f}"))
    figures.append(("crisis", "countries read as a namesake / cities placed as cities (gold spans)",
                    f"{namesakes} of {countries} / {at_city} of {cities}"))


WORLD_CITIES = ROOT / "bench" / "crisis" / "world_cities.jsonl"
CARRIERS = (("en", "Protesters gathered in {name} on Monday.", "en"),
            ("fr", "Des manifestants se sont rassemblés à {name} lundi.", "fr"),
            ("en", "{name} (AP) — Protesters gathered on Monday.", "en dateline"),
            ("fr", "{name} (AFP) — Des manifestants se sont rassemblés lundi.", "fr dateline"))


def world_cities(figures: list[tuple[str, str, str]]) -> None:
    """Every capital and every city of a million (bench/crisis/world_cities.jsonl, from make_world_cities.py) in
    carrier sentences of this project's own, English and French, and in a dateline in capitals: how many are read as
    the city (a city reading within 161 km; a city named like its country, 'Singapore', may be read as either);
    misses are written to bench/out/world_cities.misses.txt."""
    cities = [json.loads(line) for line in WORLD_CITIES.read_text("utf-8").splitlines() if line.strip()]
    right: dict[str, int] = {}
    asked: dict[str, int] = {}
    misses = []
    for city in cities:
        for language, carrier, label in CARRIERS:
            name = city[language]
            if label.endswith("dateline"):
                name = name.upper()
            text = carrier.format(name=name)
            start = text.index(name)
            (place, *_) = resolve_places(text, [(start, start + len(name))], language) or [None]
            near = place is not None and place.lat is not None and haversine_km(
                place.lat, place.lon, city["lat"], city["lon"]) <= 161
            ok = near and (place.feature_class == "city" or city["country_name"])
            asked[label] = asked.get(label, 0) + 1
            right[label] = right.get(label, 0) + ok
            if not ok:
                misses.append(f"{label}\t{name}\t{city['en']} {city['country']} {city['population']:,}"
                              f"{' capital' if city['capital'] else ''}\t-> {place.name if place else None} "
                              f"{place.country_code if place else ''} {place.feature_class if place else ''}")
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "world_cities.misses.txt").write_text("\n".join(misses) + "\n", encoding="utf-8")
    figures.append(("crisis: capitals and cities of a million", "read as the city (en / fr / en dateline / fr dateline)",
                    " / ".join(f"{right[label]} of {asked[label]}" for _, _, label in CARRIERS)
                    + f" ({len(cities)} cities)"))


def main(argv: list[str]) -> None:
    """Run the chosen benchmarks and print their figures."""
    chosen = set(argv) or {"geo", "time", "events"}
    figures: list[tuple[str, str, str]] = []
    for name, run in (("geo", geo), ("time", temporal), ("events", events), ("crisis", crisis),
                      ("crisis", world_cities)):
        if name in chosen:
            run(figures)
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "accuracy.json").write_text(json.dumps(figures, indent=1), encoding="utf-8")
    print("| corpus | measure | figure |\n|---|---|---|")
    for corpus, measure, value in figures:
        print(f"| {corpus} | {measure} | {value} |")


if __name__ == "__main__":
    main(sys.argv[1:])
