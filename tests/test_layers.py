"""The layers stay as README describes.

Every module's imports are read with ``ast`` (imports inside functions and under ``TYPE_CHECKING`` count too)
and checked against the layer table: domain imports nothing of ours; storage imports domain; exports import
domain; services import domain, storage, exports; ui imports everything below; cli imports services (and
domain for pure look-ups). ``pcha_desktop/__init__.py`` and ``bundled_files.py`` sit under every layer and
import nothing of ours. No import cycles between our modules (imports under ``TYPE_CHECKING`` never run and
do not count for cycles).

A second check runs in a fresh interpreter: domain rules need neither the database nor Qt, and the layers
below the UI never load Qt.
"""

from __future__ import annotations

import ast
import pkgutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

import pcha_desktop

PACKAGE_ROOT = Path(pcha_desktop.__file__).resolve().parent

# What each layer may import besides itself. "base" is the package's own top-level modules.
ALLOWED: dict[str, frozenset[str]] = {
    "base": frozenset(),
    "domain": frozenset({"base"}),
    "storage": frozenset({"base", "domain"}),
    "exports": frozenset({"base", "domain"}),
    "services": frozenset({"base", "domain", "storage", "exports"}),
    "ui": frozenset({"base", "domain", "storage", "exports", "services"}),
    "cli": frozenset({"base", "domain", "services"}),
    "entry": frozenset({"base", "ui"}),  # python -m pcha_desktop starts the GUI
}
ENTRY_MODULES = frozenset({"__main__"})

# Violations still to remove (importer, imported); each must go. The test below fails when one disappears so
# that this list is kept honest; the one above fails on any violation not listed. None at present.
KNOWN_VIOLATIONS: frozenset[tuple[str, str]] = frozenset()


@dataclass(frozen=True)
class Import:
    importer: str
    imported: str
    line: int
    type_checking_only: bool


def _module_name(package_dir: Path, file: Path) -> str:
    parts = [package_dir.name, *file.relative_to(package_dir).with_suffix("").parts]
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


class _ImportCollector(ast.NodeVisitor):
    def __init__(self, module: str, is_package: bool) -> None:
        self.module = module
        self.is_package = is_package
        self.found: list[tuple[str, list[str], int, bool]] = []  # (base, names, line, type_checking_only)
        self._type_checking = 0

    def visit_If(self, node: ast.If) -> None:
        if _is_type_checking(node.test):
            self._type_checking += 1
            for child in node.body:
                self.visit(child)
            self._type_checking -= 1
            for child in node.orelse:
                self.visit(child)
        else:
            self.generic_visit(node)

    def visit_Import(self, node: ast.Import) -> None:
        for alias in node.names:
            self.found.append((alias.name, [], node.lineno, self._type_checking > 0))

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        base = node.module or ""
        if node.level:
            package_parts = self.module.split(".")
            if not self.is_package:
                package_parts = package_parts[:-1]
            anchor = package_parts[: len(package_parts) - (node.level - 1)]
            base = ".".join([*anchor, *([base] if base else [])])
        self.found.append((base, [alias.name for alias in node.names], node.lineno, self._type_checking > 0))


def read_imports(package_dir: Path) -> tuple[set[str], list[Import]]:
    """Every module of the package under ``package_dir`` and every import of one of them by another."""
    files = {_module_name(package_dir, file): file for file in sorted(package_dir.rglob("*.py"))}
    modules = set(files)
    imports: list[Import] = []
    for module, file in files.items():
        collector = _ImportCollector(module, file.name == "__init__.py")
        collector.visit(ast.parse(file.read_text(encoding="utf-8"), filename=str(file)))
        for base, names, line, type_checking_only in collector.found:
            targets = [f"{base}.{name}" for name in names if f"{base}.{name}" in modules]
            if len(targets) < len(names) or not names:
                targets.append(base)  # names taken from the module itself
            for target in targets:
                if target in modules and target != module:
                    imports.append(Import(module, target, line, type_checking_only))
    return modules, imports


def layer_of(module: str) -> str:
    parts = module.split(".")
    if len(parts) == 1:
        return "base"
    if parts[1] in ENTRY_MODULES:
        return "entry"
    if len(parts) == 2 and parts[1] not in ALLOWED:
        return "base"  # a top-level module such as bundled_files
    return parts[1]


def layer_violations(imports: list[Import]) -> list[Import]:
    violations = []
    for entry in imports:
        importer, imported = layer_of(entry.importer), layer_of(entry.imported)
        if importer not in ALLOWED:
            violations.append(entry)  # a new top-level package: add it to the table first
        elif importer != imported and imported not in ALLOWED[importer]:
            violations.append(entry)
    return violations


def import_cycles(imports: list[Import]) -> list[list[str]]:
    """Groups of modules that import each other at run time (Tarjan's strongly connected components)."""
    graph: dict[str, set[str]] = {}
    for entry in imports:
        if not entry.type_checking_only:
            graph.setdefault(entry.importer, set()).add(entry.imported)
            graph.setdefault(entry.imported, set())
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph[node]):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return cycles


def _describe(violations: list[Import]) -> str:
    return "\n".join(
        f"{entry.importer} (line {entry.line}, layer {layer_of(entry.importer)}) imports {entry.imported} "
        f"(layer {layer_of(entry.imported)})" for entry in violations
    )


# --- the project itself ------------------------------------------------------------------------------


def test_every_import_follows_the_layer_table():
    modules, imports = read_imports(PACKAGE_ROOT)
    assert len(modules) > 50 and len(imports) > 100  # the reader found the project
    new = [entry for entry in layer_violations(imports) if (entry.importer, entry.imported) not in KNOWN_VIOLATIONS]
    assert not new, "imports against the layer table (README, For developers):\n" + _describe(new)


def test_known_violations_are_still_there_until_fixed():
    _modules, imports = read_imports(PACKAGE_ROOT)
    present = {(entry.importer, entry.imported) for entry in layer_violations(imports)}
    gone = KNOWN_VIOLATIONS - present
    assert not gone, f"fixed, remove from KNOWN_VIOLATIONS: {sorted(gone)}"


def test_no_import_cycles_between_our_modules():
    _modules, imports = read_imports(PACKAGE_ROOT)
    assert import_cycles(imports) == []


# --- the checker, on a small package made up for the test --------------------------------------------


def _write_package(root: Path, files: dict[str, str]) -> Path:
    package = root / "app"
    for relative, text in {"__init__.py": "", **files}.items():
        path = package / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    for folder in [package, *[p for p in package.rglob("*") if p.is_dir()]]:
        (folder / "__init__.py").touch()
    return package


def _allowed_tree() -> dict[str, str]:
    return {
        "domain/rules.py": "import math\nfrom app import bundled_files\n",
        "bundled_files.py": "",
        "storage/models.py": "from app.domain.rules import math\n",
        "exports/pdf.py": "from ..domain import rules\n",
        "services/use.py": "from app.storage import models\nfrom app.exports.pdf import x\n",
        "ui/screen.py": "import app.services.use\nfrom app.storage.models import Model\n",
        "cli/main.py": "def run():\n    from app.services.use import go\n    from app.domain import rules\n",
    }


def test_checker_accepts_a_package_that_follows_the_table(tmp_path):
    _modules, imports = read_imports(_write_package(tmp_path, _allowed_tree()))
    assert len(imports) >= 9
    assert layer_violations(imports) == []
    assert import_cycles(imports) == []


@pytest.mark.parametrize(
    ("file", "text", "importer", "imported"),
    [
        # at module level, inside a function, under TYPE_CHECKING, relative: all are seen
        ("domain/rules.py", "from app.storage.models import Model\n", "app.domain.rules", "app.storage.models"),
        ("domain/rules.py", "def f():\n    import app.ui.screen\n", "app.domain.rules", "app.ui.screen"),
        ("exports/pdf.py", "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from app.services import use\n",
         "app.exports.pdf", "app.services.use"),
        ("storage/models.py", "from ..services.use import go\n", "app.storage.models", "app.services.use"),
        ("cli/main.py", "from app.storage import models\n", "app.cli.main", "app.storage.models"),
        ("services/use.py", "class A:\n    def f(self):\n        from app.ui import screen\n",
         "app.services.use", "app.ui.screen"),
        ("ui/screen.py", "from app.cli.main import run\n", "app.ui.screen", "app.cli.main"),
        ("bundled_files.py", "from app.domain import rules\n", "app.bundled_files", "app.domain.rules"),
    ],
)
def test_checker_reports_a_forbidden_import(tmp_path, file, text, importer, imported):
    tree = _allowed_tree()
    tree[file] = tree[file] + text
    _modules, imports = read_imports(_write_package(tmp_path, tree))
    found = [(entry.importer, entry.imported) for entry in layer_violations(imports)]
    assert found == [(importer, imported)]


def test_checker_reports_a_cycle_but_not_one_only_under_type_checking(tmp_path):
    tree = _allowed_tree()
    tree["storage/extra.py"] = "from app.storage.models import Base\n"
    tree["storage/models.py"] += "from app.storage.extra import *\n"
    _modules, imports = read_imports(_write_package(tmp_path, tree))
    assert import_cycles(imports) == [["app.storage.extra", "app.storage.models"]]

    tree["storage/models.py"] = (
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from app.storage.extra import Extra\n"
    )
    _modules, imports = read_imports(_write_package(tmp_path / "second", tree))
    assert import_cycles(imports) == []


def test_the_project_checked_with_a_forbidden_import_added_fails(tmp_path):
    """The real tree, copied, with one import that breaks the table: the checker names it."""
    import shutil

    copy = tmp_path / "pcha_desktop"
    shutil.copytree(PACKAGE_ROOT, copy, ignore=shutil.ignore_patterns("__pycache__"))
    rules = copy / "domain" / "committee_rules.py"
    rules.write_text(rules.read_text(encoding="utf-8") + "\n\ndef _late():\n    from pcha_desktop.ui import app\n",
                     encoding="utf-8")
    _modules, imports = read_imports(copy)
    new = [(entry.importer, entry.imported) for entry in layer_violations(imports)
           if (entry.importer, entry.imported) not in KNOWN_VIOLATIONS]
    assert new == [("pcha_desktop.domain.committee_rules", "pcha_desktop.ui.app")]


# --- what actually loads, in a fresh interpreter ------------------------------------------------------


def _modules(package: str) -> list[str]:
    path = [str(p) for p in pcha_desktop.__path__]
    prefix = "pcha_desktop."
    return sorted(
        info.name
        for info in pkgutil.walk_packages(path, prefix)
        if info.name == f"{prefix}{package}" or info.name.startswith(f"{prefix}{package}.")
    )


def _loaded_after_importing(modules: list[str]) -> set[str]:
    code = "import sys\n" + "".join(f"import {name}\n" for name in modules) + "print('\\n'.join(sys.modules))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return {name.split(".")[0] for name in result.stdout.split()}


def test_domain_rules_import_neither_the_database_nor_qt():
    loaded = _loaded_after_importing(_modules("domain"))
    assert "sqlalchemy" not in loaded and "PySide6" not in loaded


@pytest.mark.parametrize("layer", ["storage", "services", "exports", "cli"])
def test_lower_layers_do_not_import_qt(layer):
    modules = [name for name in _modules(layer) if ".migrations." not in name]
    assert modules, f"no modules found in {layer}"
    assert "PySide6" not in _loaded_after_importing(modules)
