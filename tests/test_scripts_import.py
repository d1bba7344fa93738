"""Every script in scripts/ and benchmarks/ still imports: a module moved or renamed
under parsers/ (or a helper moved out of a test) must not leave a maintenance script
broken until someone next runs it (foi_rule_ablation.py once imported a scorer that had
moved to benchmarks/foi_score.py)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCRIPTS = sorted([*ROOT.glob("scripts/*.py"), *ROOT.glob("benchmarks/*.py")])


@pytest.mark.parametrize("path", SCRIPTS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_script_imports(path: Path, monkeypatch):
    # scripts put the project and tests/ on sys.path themselves; keep that from leaking
    monkeypatch.setattr(sys, "path", list(sys.path))
    spec = importlib.util.spec_from_file_location(f"_script_{path.stem}", path)
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, spec.name, module)  # dataclasses look themselves up
    spec.loader.exec_module(module)  # runs top-level code only: main() is guarded
    assert module.__doc__, f"{path.name} has no docstring saying what it is for"
