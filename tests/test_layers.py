"""The layers stay as README describes: domain rules need neither the database nor Qt; storage, services,
exports and the CLI never import Qt widgets. Checked in a fresh interpreter, so nothing else is loaded."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import pytest

import pcha_desktop


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
