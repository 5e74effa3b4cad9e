"""Crash safety for real: SIGKILL a writing process at random moments; no reported commit may be lost.

The rounds are run by ``benchmarks/crash_safety.py`` (100 kills there, fewer here).
"""

from __future__ import annotations

import importlib.util
import os
import random
import sys
from pathlib import Path
from types import ModuleType

import pytest

KILLS = 24
BENCHMARK = Path(__file__).resolve().parents[2] / "benchmarks" / "crash_safety.py"


def _load_benchmark() -> ModuleType:
    spec = importlib.util.spec_from_file_location("pcha_crash_safety_benchmark", BENCHMARK)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
def test_killed_writer_never_loses_a_committed_transaction(folder_dir: Path) -> None:
    benchmark = _load_benchmark()
    seed = int(os.environ.get("PCHA_CRASH_SEED", random.randrange(1 << 30)))
    summary = benchmark.run_crash_rounds(folder_dir, KILLS, seed=seed)
    print(summary.text())
    assert summary.ok, f"seed {seed}\n{summary.text()}"
    assert summary.kills == KILLS
    assert summary.reported_commits > KILLS  # the kills really happened while writing
    assert summary.rows_in_database >= summary.reported_commits
