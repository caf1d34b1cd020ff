"""The compiled hot modules give way to their sources once those were edited."""

from __future__ import annotations

import importlib.machinery
import sys
from pathlib import Path

from jobtracker.pipeline import compiled
from jobtracker.pipeline.compiled import STAMP, _SourceFirst, digest, guard, state


def _tree(root: Path) -> None:
    for folder in compiled.PACKAGES:
        (root / folder).mkdir(parents=True)
        (root / folder / "__init__.py").write_text("")
        (root / folder / "mod.py").write_text(f"NAME = {folder!r}\n")
    (root / "pipeline").mkdir()


def test_a_tree_without_extensions_runs_from_source(tmp_path: Path) -> None:
    _tree(tmp_path)
    assert state(tmp_path) == ("source", [])


def test_extensions_run_only_while_their_sources_match_the_stamp(tmp_path: Path) -> None:
    _tree(tmp_path)
    module = tmp_path / "correlator" / "mod.py"
    module.with_suffix(importlib.machinery.EXTENSION_SUFFIXES[0]).write_bytes(b"")
    assert state(tmp_path) == ("stale", [module])  # built, but never stamped
    (tmp_path / "pipeline" / STAMP).write_text(digest(tmp_path) + "\n")
    assert state(tmp_path) == ("compiled", [module])
    (tmp_path / "classifiers" / "rules" / "mod.py").write_text("NAME = 'edited'\n")
    assert state(tmp_path)[0] == "stale"


def test_the_digest_covers_names_and_contents_but_not_the_package_inits(tmp_path: Path) -> None:
    _tree(tmp_path)
    before = digest(tmp_path)
    (tmp_path / "correlator" / "__init__.py").write_text("# edited\n")
    assert digest(tmp_path) == before
    (tmp_path / "correlator" / "mod.py").rename(tmp_path / "correlator" / "other.py")
    assert digest(tmp_path) != before


def test_a_stale_module_is_found_as_its_source() -> None:
    finder = _SourceFirst({"jobtracker.correlator.status"})
    spec = finder.find_spec("jobtracker.correlator.status", None)
    assert spec is not None and spec.origin is not None
    assert Path(spec.origin).parts[-2:] == ("correlator", "status.py")
    assert finder.find_spec("jobtracker.correlator.names", None) is None


def test_this_process_runs_what_the_guard_decided() -> None:
    import jobtracker.classifiers.rules.engine as engine

    runs_compiled = not engine.__file__.endswith(".py")
    assert runs_compiled == (guard() == "compiled")
    assert (guard() == "stale") == any(isinstance(f, _SourceFirst) for f in sys.meta_path)
