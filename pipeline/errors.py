"""Errors jobtracker raises on purpose.

::

    JobtrackerError
    ├── ConfigError            settings or wiring are wrong; raised at start-up
    ├── SourceError            a mailbox path or account cannot be read
    │   └── SourceNotFound
    ├── MessageError           one message cannot be processed; goes to the DLQ
    │   └── ParseFailure
    └── StoreError             the store cannot be opened or written
        └── StoreLocked        another process holds the embedded database
"""

from __future__ import annotations


class JobtrackerError(Exception):
    """Root of every error jobtracker raises on purpose."""


class ConfigError(JobtrackerError):
    """Settings or wiring are wrong; raised at start-up, never on the first message."""


class SourceError(JobtrackerError):
    """A mailbox cannot be read at all."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


class SourceNotFound(SourceError):
    """The mailbox path does not exist."""


class MessageError(JobtrackerError):
    """One message cannot be processed. It is dead-lettered, never dropped."""

    def __init__(self, problem: str, *, stage: str, attempts: int = 1) -> None:
        super().__init__(problem)
        self.problem = problem
        self.stage = stage
        self.attempts = attempts


class ParseFailure(MessageError):
    """The raw bytes are not a readable e-mail message."""

    def __init__(self, problem: str) -> None:
        super().__init__(problem, stage="normalize")


class StoreError(JobtrackerError):
    """The store cannot be opened or written."""


class StoreLocked(StoreError):
    """Another process holds the embedded DuckDB file."""

    def __init__(self, path: str) -> None:
        super().__init__(
            f"{path}: the database is in use by another jobtracker process; "
            "stop it or pass a different --db"
        )
        self.path = path
