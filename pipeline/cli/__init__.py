"""The ``jobtracker`` command line."""

from __future__ import annotations

import sys

import click

# Importing the command modules registers their commands.
from jobtracker.pipeline.cli import dlq, evaluate, ingest, sample, show, worker  # noqa: F401
from jobtracker.pipeline.cli.common import cli
from jobtracker.pipeline.errors import ConfigError, JobtrackerError


def main(argv: list[str] | None = None) -> None:
    """Entry point: clean errors on stderr with a meaningful exit code, no tracebacks."""
    try:
        # Without standalone mode, ``ctx.exit(code)`` comes back as the return value.
        code = cli.main(args=argv, prog_name="jobtracker", standalone_mode=False)
        if isinstance(code, int) and code != 0:
            sys.exit(code)
    except click.exceptions.Abort:
        click.echo("aborted", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except ConfigError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(2)
    except JobtrackerError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(1)
    except KeyboardInterrupt:
        click.echo("interrupted", err=True)
        sys.exit(130)
