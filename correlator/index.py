"""One user's applications, indexed every way the matcher looks them up.

Every lookup is a dict access; fuzzy employer matching only compares against the employers
whose keys start with the same two letters, so a user with thousands of applications costs
what a user with ten does.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from jobtracker.correlator.job_urls import parse_job_url
from jobtracker.correlator.names import (
    FUZZY_EMPLOYER_THRESHOLD,
    FUZZY_MIN_LENGTH,
    AliasTable,
    compact,
    company_key,
)
from jobtracker.correlator.roles import requisition_key, role_key
from jobtracker.correlator.state import Application, LinkedMessage

_SHORT_FORM_MIN_LENGTH = 4


def _starts_with(words: list[str], prefix: list[str]) -> bool:
    return len(prefix) <= len(words) and words[: len(prefix)] == prefix


def _put(index: dict[str, list[Application]], key: str, app: Application) -> None:
    apps = index.setdefault(key, [])
    if not any(a is app for a in apps):
        apps.append(app)


@dataclass(kw_only=True, slots=True)
class UserIndex:
    """A user's applications by employer, thread, Message-ID, requisition, job and message."""

    aliases: AliasTable
    alias_version: int = 0
    by_company: dict[str, list[Application]] = field(default_factory=dict)
    by_thread: dict[str, list[Application]] = field(default_factory=dict)
    by_rfc_id: dict[str, Application] = field(default_factory=dict)
    by_requisition: dict[str, list[Application]] = field(default_factory=dict)
    by_job: dict[str, list[Application]] = field(default_factory=dict)
    by_message: dict[tuple[str, str], tuple[Application, LinkedMessage]] = field(
        default_factory=dict
    )
    apps: list[Application] = field(default_factory=list)
    _buckets: dict[str, dict[str, str]] = field(default_factory=dict)  # prefix → {key: compact}
    _fuzzy: dict[str, str] = field(default_factory=dict)
    _by_first_word: dict[str, set[str]] = field(default_factory=dict)
    employers_by_sender: dict[str, set[str]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.alias_version = self.aliases.version

    def add(self, app: Application) -> None:
        """Index a new or loaded application."""
        self.apps.append(app)
        # a store may keep only the names; the keys are ours to derive
        app.company_key = self.aliases.resolve(app.company_key or company_key(app.company))
        if app.role and not app.role_key:
            app.role_key = role_key(app.role)
        if app.job_url and not app.job_key:
            job = parse_job_url(app.job_url)
            app.job_key = job.key if job else None
        self._add_company(app)
        self.refresh(app)

    def refresh(self, app: Application) -> None:
        """Index what linking may have filled in: threads, ids, messages. Idempotent."""
        for thread_id in app.thread_ids:
            _put(self.by_thread, thread_id, app)
        if app.requisition_id:
            _put(self.by_requisition, requisition_key(app.requisition_id), app)
        if app.job_key:
            _put(self.by_job, app.job_key, app)
        for message in app.messages:
            self.by_message[(message.key.provider, message.key.provider_message_id)] = (
                app,
                message,
            )
            if message.rfc_message_id:
                self.by_rfc_id[message.rfc_message_id] = app
            if message.sender:
                self.employers_by_sender.setdefault(message.sender, set()).add(app.company_key)

    def _add_company(self, app: Application) -> None:
        key = app.company_key
        _put(self.by_company, key, app)
        squeezed = compact(key)
        self._buckets.setdefault(squeezed[:2], {})[key] = squeezed
        if key:
            self._by_first_word.setdefault(key.split()[0], set()).add(key)

    def rekey_if_aliases_changed(self) -> None:
        """Learned aliases can merge two employer keys; re-index by the new keys once."""
        if self.alias_version == self.aliases.version:
            return
        self.alias_version = self.aliases.version
        self.by_company.clear()
        self._buckets.clear()
        self._fuzzy.clear()
        self._by_first_word.clear()
        for app in self.apps:
            app.company_key = self.aliases.resolve(app.company_key)
            self._add_company(app)

    def _short_form_of(self, key: str) -> str | None:
        """The one known employer this key is a short or long form of, word for word.

        Mail names one employer "Brown", "Brown Biosciences" and "Brown Biosciences Inc.";
        the words of one key then start the other's. Two candidates ("Deutsche" against
        "Deutsche Bank" and "Deutsche Bahn") is ambiguous and matches neither.
        """
        words = key.split()
        if not words or len(words[0]) < _SHORT_FORM_MIN_LENGTH:
            return None
        related = [
            known
            for known in self._by_first_word.get(words[0], ())
            if _starts_with(known.split(), words) or _starts_with(words, known.split())
        ]
        return related[0] if len(related) == 1 else None

    def employer(self, key: str) -> tuple[str, bool] | None:
        """The known employer key ``key`` names, and whether only fuzzily; None if unknown."""
        if key in self.by_company:
            return key, False
        if key in self._fuzzy:
            return self._fuzzy[key], True
        short_form = self._short_form_of(key)
        if short_form is not None:
            self._fuzzy[key] = short_form
            return short_form, True
        squeezed = compact(key)
        bucket = self._buckets.get(squeezed[:2])
        if not bucket or len(squeezed) < FUZZY_MIN_LENGTH:
            return None
        best = process.extractOne(
            squeezed, bucket, scorer=fuzz.ratio, score_cutoff=FUZZY_EMPLOYER_THRESHOLD
        )
        if best is None:
            return None
        known: str = best[2]
        self._fuzzy[key] = known
        return known, True
