"""Data flows one way: each package imports only the layers below it, so no two packages import each other."""
from __future__ import annotations

import ast
import functools
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# Each package and what it may import; `lang` holds data files and their loader, below everything.
MAY_IMPORT: dict[str, set[str]] = {
    "lang": set(),
    "core": {"lang"},
    "geocoding": {"core", "lang"},
    "extractors": {"core", "lang", "geocoding"},
    "store": {"core"},
    "service": {"core", "lang", "geocoding", "extractors", "store"},
    "components": {"core", "lang", "geocoding", "extractors", "store", "service"},
    "app_pages": {"core", "lang", "geocoding", "extractors", "store", "service", "components"},
}
PACKAGES = set(MAY_IMPORT)
# `python -m extractors` is the documented command (README, ../shared/DESIGN.md) but runs through the service above:
# its entry point only starts the service's command line, and may import that alone. Every other module, the
# geocoder's command included, keeps to its package's layers.
THIN_ENTRY_POINTS = {"extractors/__main__.py": "service.cli"}
NO_STREAMLIT = {"lang", "core", "geocoding", "extractors", "store", "service"}


@functools.lru_cache(maxsize=None)
def imports(path: Path) -> list[tuple[int, str]]:
    """Every module a file imports, at any depth (inside functions too), with its line; each file parsed once."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            assert node.level == 0, f"{path}:{node.lineno}: a relative import; write the package's name"
            found.append((node.lineno, node.module or ""))
    return found


def project_files() -> dict[str, list[Path]]:
    """Each package's Python files."""
    return {package: sorted((ROOT / package).rglob("*.py")) for package in PACKAGES}


def edges(with_entry_points: bool = False) -> dict[tuple[str, str], list[str]]:
    """Package -> package imports, each with the places ('store/case.py:9') that make it."""
    found: dict[tuple[str, str], list[str]] = {}
    for package, paths in project_files().items():
        for path in paths:
            started = THIN_ENTRY_POINTS.get(path.relative_to(ROOT).as_posix())
            for line, module in imports(path):
                if module == started and not with_entry_points:
                    continue
                target = module.split(".")[0]
                if target in PACKAGES and target != package:
                    found.setdefault((package, target), []).append(f"{path.relative_to(ROOT)}:{line}")
    return found


def cycle(graph: dict[str, set[str]]) -> list[str]:
    """A cycle of the graph as the packages along it, or [] when there is none."""
    state: dict[str, str] = {}
    path: list[str] = []

    def visit(node: str) -> list[str]:
        state[node] = "open"
        path.append(node)
        for target in sorted(graph.get(node, ())):
            if state.get(target) == "open":
                return path[path.index(target):] + [target]
            if target not in state and (found := visit(target)):
                return found
        state[node] = "done"
        path.pop()
        return []

    for node in sorted(graph):
        if node not in state and (found := visit(node)):
            return found
    return []


def test_no_two_packages_import_each_other_even_through_others() -> None:
    graph: dict[str, set[str]] = {}
    for source, target in edges():
        graph.setdefault(source, set()).add(target)
    found = cycle(graph)
    where = {f"{a} -> {b}": edges()[(a, b)] for a, b in zip(found, found[1:])}
    assert not found, f"an import cycle between packages: {' -> '.join(found)}; made by {where}"


def test_each_package_imports_only_the_layers_below_it() -> None:
    wrong = {f"{source} -> {target}": places for (source, target), places in edges().items()
             if target not in MAY_IMPORT[source]}
    assert not wrong, f"imports against the layers: {wrong}"


def test_a_thin_entry_point_only_starts_the_service_command_line() -> None:
    """The entry point holds no code of its own: one project import, the command line it starts, and no function."""
    for relative, started in THIN_ENTRY_POINTS.items():
        tree = ast.parse((ROOT / relative).read_text(encoding="utf-8"))
        project = [module for _, module in imports(ROOT / relative) if module.split(".")[0] in PACKAGES]
        assert project == [started], f"{relative} imports {project}; it should only start {started}"
        assert not [node for node in ast.walk(tree) if isinstance(node, (ast.FunctionDef, ast.ClassDef))]


def test_nothing_imports_a_command() -> None:
    """A package's __main__ is a command, the top like app.py; no module may import it back."""
    importers = [f"{path.relative_to(ROOT)}:{line}" for paths in project_files().values() for path in paths
                 for line, module in imports(path) if module.split(".")[-1] == "__main__"]
    assert not importers


def test_below_the_pages_nothing_imports_streamlit() -> None:
    offenders = [f"{path.relative_to(ROOT)}:{line}" for package in sorted(NO_STREAMLIT)
                 for path in project_files()[package] for line, module in imports(path)
                 if module.split(".")[0] == "streamlit"]
    assert not offenders


def test_the_check_sees_a_cycle_and_an_import_against_the_layers() -> None:
    assert cycle({"store": {"extractors"}, "extractors": {"geocoding"}, "geocoding": {"store"}}) == [
        "extractors", "geocoding", "store", "extractors"]
    assert cycle({"extractors": {"geocoding", "core"}, "geocoding": {"core"}}) == []
    assert ("extractors", "service") in edges(with_entry_points=True)  # the entry point, seen when asked
    assert ("extractors", "service") not in edges()
