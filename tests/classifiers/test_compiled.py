"""Big regexes kept compiled in the user's cache load as the very pattern ``re`` compiles."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from jobtracker.classifiers.rules import compiled
from jobtracker.classifiers.rules.compiled import MIN_CHARS, compile_big, use_cache_dir

# Big enough to be kept; named groups, a lookahead and white space runs like the real trees.
PATTERN = r"\W(?=(?P<tree>" + "|".join(f"w{n}\\s+(?:a|b)x?" for n in range(2000)) + "))"


@pytest.fixture
def cache(tmp_path: Path) -> Iterator[Path]:
    before = compiled._cache_dir
    use_cache_dir(tmp_path)
    yield tmp_path
    use_cache_dir(before)


def test_a_kept_pattern_is_the_one_re_compiles(cache: Path) -> None:
    assert len(PATTERN) >= MIN_CHARS
    fresh = compile_big(PATTERN)
    assert len(list(cache.glob("*.sre"))) == 1
    again = compile_big(PATTERN)  # from the file
    assert fresh == again == re.compile(PATTERN)
    text = " w17  b w1999 ax w3"
    assert [m.span("tree") for m in again.finditer(text)] == [(1, 7), (8, 16)]
    assert again.groupindex == {"tree": 1}


def test_flags_are_part_of_what_is_kept(cache: Path) -> None:
    lines = compile_big("^" + PATTERN[2:], re.MULTILINE)
    assert lines == re.compile("^" + PATTERN[2:], re.MULTILINE)
    assert compile_big("^" + PATTERN[2:]) == re.compile("^" + PATTERN[2:])
    assert lines.flags & re.MULTILINE
    assert len(list(cache.glob("*.sre"))) == 2


def test_a_damaged_file_is_compiled_again_and_replaced(cache: Path) -> None:
    compile_big(PATTERN)
    (kept,) = cache.glob("*.sre")
    kept.write_bytes(kept.read_bytes()[:-40] + b"\x00" * 40)
    assert compile_big(PATTERN) == re.compile(PATTERN)
    assert compile_big(PATTERN) == re.compile(PATTERN)  # the rewritten file loads
    kept.write_bytes(b"not a program")
    assert compile_big(PATTERN) == re.compile(PATTERN)


def test_the_least_recently_used_programs_are_dropped(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(compiled, "_KEEP", 2)
    for n in range(2):
        compile_big(PATTERN + f"|z{n}")
    for age, kept in enumerate(sorted(cache.glob("*.sre"))):
        os.utime(kept, (1_000_000 + age, 1_000_000 + age))  # both written long ago
    assert compile_big(PATTERN + "|z0") == re.compile(PATTERN + "|z0")  # z0 used again now
    monkeypatch.setattr(compiled, "_pruned", False)  # another process
    compile_big(PATTERN + "|z2")
    assert len(list(cache.glob("*.sre"))) == 2
    monkeypatch.setattr(compiled, "_pruned", True)
    compile_big(PATTERN + "|z0")  # still kept: nothing written
    assert len(list(cache.glob("*.sre"))) == 2
    compile_big(PATTERN + "|z1")  # dropped: compiled and written again
    assert len(list(cache.glob("*.sre"))) == 3


def test_a_process_prunes_once_not_after_every_file(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(compiled, "_KEEP", 2)
    monkeypatch.setattr(compiled, "_pruned", False)
    for n in range(4):
        compile_big(PATTERN + f"|z{n}")
    # pruned when the first was written; the next start trims the folder to _KEEP
    assert len(list(cache.glob("*.sre"))) == 4


def test_without_a_cache_nothing_is_written(cache: Path) -> None:
    use_cache_dir(None)
    assert compile_big(PATTERN) == re.compile(PATTERN)
    assert list(cache.iterdir()) == []


def test_an_unwritable_cache_only_costs_time(tmp_path: Path) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("a file where the cache folder would be")
    before = compiled._cache_dir
    use_cache_dir(blocked / "regex")
    try:
        assert compile_big(PATTERN) == re.compile(PATTERN)
    finally:
        use_cache_dir(before)


def test_a_bad_pattern_fails_as_in_re(cache: Path) -> None:
    with pytest.raises(re.error):
        compile_big(PATTERN + "(")
