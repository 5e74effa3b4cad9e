"""The models are a package of one module per feature, without import cycles, and define no vocabulary of
their own: every enumeration they store comes from ``domain/``."""

from __future__ import annotations

import ast
import enum
from pathlib import Path

import pcha_desktop.storage as storage
from pcha_desktop.storage import models

STORAGE = Path(storage.__file__).resolve().parent


def _imports(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
        elif isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
    return names


def test_no_enumeration_is_defined_in_storage() -> None:
    defined = []
    for path in STORAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef) and any("Enum" in ast.unparse(base) for base in node.bases):
                defined.append(f"{path.relative_to(STORAGE)}:{node.name}")
    assert not defined, f"vocabulary belongs in pcha_desktop/domain/: {defined}"


def test_every_stored_enumeration_comes_from_the_domain() -> None:
    for mapper in models.Base.registry.mappers:
        for column in mapper.local_table.columns:
            enum_class = getattr(column.type, "enum_class", None)
            if enum_class is not None:
                assert issubclass(enum_class, enum.Enum)
                assert enum_class.__module__.startswith("pcha_desktop.domain."), (column, enum_class)


def test_model_modules_import_only_downwards() -> None:
    """base ← core ← committees; the package imports them all; none imports the package back."""
    package = "pcha_desktop.storage.models"
    order = ["base", "core", "committees"]
    for position, name in enumerate(order):
        imported = {module for module in _imports(STORAGE / "models" / f"{name}.py") if module.startswith(package)}
        allowed = {f"{package}.{lower}" for lower in order[:position]}
        assert imported <= allowed, f"{name} imports {imported - allowed}"
