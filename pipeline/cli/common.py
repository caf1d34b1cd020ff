"""The command group, shared options and the wiring every command builds on."""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any, TypeVar

import click

from jobtracker.pipeline.errors import ConfigError
from jobtracker.pipeline.settings import Settings, build_settings
from jobtracker.sinks.store import Store

F = TypeVar("F", bound=Callable[..., Any])


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(package_name="jobtracker")
@click.option(
    "--db",
    envvar="JOBTRACKER_DB",
    help="DuckDB file path or postgresql:// URL  [env: JOBTRACKER_DB; "
    "default: jobtracker.duckdb in your data directory]",
)
@click.pass_context
def cli(ctx: click.Context, db: str | None) -> None:
    """jobtracker turns a mailbox into a live tracker of your job applications."""
    ctx.obj = {"db": db}


def user_option(f: F) -> F:
    return click.option(
        "--user",
        "user_id",
        default="me",
        show_default=True,
        envvar="JOBTRACKER_USER",
        help="Whose applications these are.",
    )(f)


def settings_from(ctx: click.Context, **overrides: Any) -> Settings:
    memory = os.environ.get("JOBTRACKER_DUCKDB_MEMORY_MB")
    if memory is not None and "duckdb_memory_mb" not in overrides:
        if not memory.strip().isdigit():
            raise ConfigError(f"JOBTRACKER_DUCKDB_MEMORY_MB must be a number of MB, not {memory!r}")
        overrides["duckdb_memory_mb"] = int(memory)
    return build_settings(db=ctx.obj.get("db"), **overrides)


def open_store(settings: Settings) -> Store:
    return Store(settings.db, duckdb_memory_mb=settings.duckdb_memory_mb)
