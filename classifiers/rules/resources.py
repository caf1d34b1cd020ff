"""Reading the rule data files shipped inside the package (TOML under ``rules/data``)."""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Any

from jobtracker.pipeline.errors import ConfigError

_DATA = "data"


def _root() -> Traversable:
    return resources.files(__package__ or "jobtracker.classifiers.rules") / _DATA


def load_toml(relative: str) -> dict[str, Any]:
    """One data file, parsed; a missing or malformed file is a start-up error naming the file."""
    path = _root().joinpath(*relative.split("/"))
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ConfigError(f"rules data file missing: {relative}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"rules data file {relative} is not valid TOML: {exc}") from exc


def iter_toml(folder: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every ``*.toml`` of one data folder, in name order, as ``(relative path, content)``."""
    names = sorted(
        entry.name for entry in _root().joinpath(folder).iterdir() if entry.name.endswith(".toml")
    )
    for name in names:
        yield f"{folder}/{name}", load_toml(f"{folder}/{name}")


def string_list(data: dict[str, Any], key: str, where: str) -> list[str]:
    """A list of strings from a data file, or a ConfigError that says where it is wrong."""
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise ConfigError(f"{where}: '{key}' must be a list of strings")
    return value
