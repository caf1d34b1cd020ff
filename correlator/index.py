"""One user's applications, indexed every way the matcher looks them up.

Every lookup is a dict access; fuzzy employer matching only compares against the employers
whose keys start with the same two letters, so a user with thousands of applications costs
what a user with ten does.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from jobtracker.correlator.acronyms import initials_of, initials_variants
from jobtracker.correlator.bilingual import translated_key
from jobtracker.correlator.domains import brand_names, domain_labels, domain_of, hyphen_heads
from jobtracker.correlator.job_urls import parse_job_url
from jobtracker.correlator.names import (
    FUZZY_EMPLOYER_THRESHOLD,
    FUZZY_MIN_LENGTH,
    MIN_NAME_INITIALS,
    AliasTable,
    compact,
    company_key,
    employer_forms,
    initialled_spellings,
    name_words,
    plain,
    squeeze,
    squeezed_spellings,
    tenant_names,
)
from jobtracker.correlator.people import (
    first_name_mailbox,
    mailbox_words,
    person_name,
    tenant_mailbox,
)
from jobtracker.correlator.roles import requisition_key, role_key, title_initials
from jobtracker.correlator.state import Application, LinkedMessage
from jobtracker.pipeline.vocabulary import FINAL_STATUSES

_SHORT_FORM_MIN_LENGTH = 4
_NAMED_MAX_WORDS = 5  # the longest employer name looked for in a subject, in words
_NAME_PARTS = (2, 3)  # a person named in a subject: first and last, or with a middle name
_OWN_NAME_SENDERS = 2  # mail to a name from this many domains: the name is the user's
_OWN_ADDRESS_SENDERS = 3  # mail to an address from this many domains: the user's address


_MIN_CLIPPED = 4  # "pharma" for "pharmaceuticals", "tech" for "technologies"


def _starts_with(words: tuple[str, ...], prefix: tuple[str, ...]) -> bool:
    """Whether ``words`` begin with ``prefix``, whose last word (after a first one spelled
    out) may be clipped: "alder pharma" begins "alder pharmaceuticals us"; a word after the
    first may be spelled the other language's way ("atlantida hoteis" begins "atlantida
    hotels resorts")."""
    n = len(prefix)
    if not n:
        return True
    if n > len(words) or words[0] != prefix[0]:
        return False
    if not all(_same_word(a, b) for a, b in zip(words[1 : n - 1], prefix[1 : n - 1], strict=True)):
        return False
    last = prefix[-1]
    if n < 2 or len(last) < _MIN_CLIPPED:
        return _same_word(words[n - 1], last) if n > 1 else words[0] == last
    return words[n - 1].startswith(last) or _same_word(words[n - 1], last)


_SPELLING_MIN = 5
_SPELLING_HEAD = 3
_SPELLING_RATIO = 80


def _same_word(a: str, b: str) -> bool:
    """One word, or its spelling in a neighbouring language ("hotels" and "hoteis",
    "energy" and "energie", "logistics" and "logistica"): long words that share their head."""
    if a == b:
        return True
    return (
        min(len(a), len(b)) >= _SPELLING_MIN
        and a[:_SPELLING_HEAD] == b[:_SPELLING_HEAD]
        and fuzz.ratio(a, b) >= _SPELLING_RATIO
    )


def _related(a: str, b: str) -> bool:
    """Whether one key is a short form of the other, word for word, leading group words aside."""
    return any(
        _starts_with(x, y) or _starts_with(y, x)
        for x in employer_forms(a)
        for y in employer_forms(b)
    )


_MIN_SQUEEZED_START = 6


def _squeezed_starts(form: tuple[str, ...]) -> list[str]:
    """A name's first two or more words (not all of them) run together, as a slug or a
    domain shortens it: "hollowoak" for "hollow oak studios"."""
    starts = ("".join(w for w in form[:n] if w != "and") for n in range(2, len(form)))
    return [start for start in starts if len(start) >= _MIN_SQUEEZED_START]


_MIN_CLIPPED_TAIL = 3  # "ins" for "insurance"


def _clipped_spellings(form: tuple[str, ...]) -> list[str]:
    """A name of two words or more run together with its last word clipped, as a domain
    shortens it: "northgateins" for "northgate insurance", "alderpharma" for "alder
    pharmaceuticals". The words before it spelled out, from six letters in all."""
    if len(form) < 2:
        return []
    head = "".join(w for w in form[:-1] if w != "and")
    last = form[-1]
    if len(head) < _MIN_SQUEEZED_START:
        return []
    return [head + last[:n] for n in range(_MIN_CLIPPED_TAIL, len(last))]


def _tails(key: str) -> list[str]:
    """The word-endings of ``key`` shorter than it that hold three words or more but
    joiners."""
    words = key.split()
    tails = (" ".join(words[n:]) for n in range(1, len(words)))
    return [tail for tail in tails if len(initials_of(tail)) >= MIN_NAME_INITIALS]


_MIN_WORD_SET = 3  # words of a name read in any order: two ("bank west") name too little


def _word_set(key: str) -> str:
    """A name's words sorted, from three words on; else ""."""
    words = key.split()
    return " ".join(sorted(words)) if len(words) >= _MIN_WORD_SET else ""


def topic_key(sender: str, topic: str) -> str:
    """The ``UserIndex.by_topic`` key of a writer's thread."""
    return f"{sender}\n{topic}"


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
    # "sender\ntopic" of each linked message: a reply that lost its headers, by the subject
    # its writer's earlier mail had (``topic_key``)
    by_topic: dict[str, list[Application]] = field(default_factory=dict)
    by_requisition: dict[str, list[Application]] = field(default_factory=dict)
    by_job: dict[str, list[Application]] = field(default_factory=dict)
    open_by_role: dict[str, dict[str, Application]] = field(default_factory=dict)
    # the same, by the initials of the role ("cra" for "clinical research associate")
    open_by_role_initials: dict[str, dict[str, Application]] = field(default_factory=dict)
    by_message: dict[tuple[str, str], tuple[Application, LinkedMessage]] = field(
        default_factory=dict
    )
    apps: list[Application] = field(default_factory=list)
    _buckets: dict[str, dict[str, str]] = field(default_factory=dict)  # prefix → {key: compact}
    _fuzzy: dict[str, str] = field(default_factory=dict)
    _by_first_word: dict[str, set[str]] = field(default_factory=dict)
    _heads: set[str] = field(default_factory=set)  # the first words of the employer keys
    # every beginning of a one-word key as a domain spells it ("w", "we", ... "wexfordhal")
    _spelled_starts: set[str] = field(default_factory=set)
    _by_squeezed: dict[str, set[str]] = field(default_factory=dict)  # "lopezgarcia" → keys
    # the first words run together, "hollowoak" → {"hollow oak studios"}
    _by_squeezed_start: dict[str, set[str]] = field(default_factory=dict)
    # the name run together with its last word clipped, "northgateins" → {"northgate insurance"}
    _by_clipped: dict[str, set[str]] = field(default_factory=dict)
    # the name shortened with initials, "hatlantico" → {"hospital atlantico de lisboa"}
    _by_initialled: dict[str, set[str]] = field(default_factory=dict)
    # the initials of the names of three words or more, "aim" → {"autopartes integrales de mexico"}
    _by_initials: dict[str, set[str]] = field(default_factory=dict)
    # the last words of the names, three of them or more but joiners, that a longer name
    # ends with: "credit solidaire alpes jura" → {"caisse federale du credit solidaire ..."}
    _by_tail: dict[str, set[str]] = field(default_factory=dict)
    # the name with its kind words translated: "health network|acadie sud" → {"reseau de ..."}
    _by_translation: dict[str, set[str]] = field(default_factory=dict)
    # the name's words in any order: a chain's brand written both ways round ("Farmácias Bem
    # Estar" on its ATS, "Bem Estar Farmácias" in its recruiters' signature)
    _by_word_set: dict[str, set[str]] = field(default_factory=dict)
    _role_key_of: dict[str, str] = field(default_factory=dict)  # application id → indexed key
    employers_by_sender: dict[str, set[str]] = field(default_factory=dict)
    employers_by_domain: dict[str, set[str]] = field(default_factory=dict)  # From domains
    # the one-word mailboxes an ATS wrote from on another domain than the employer's, by
    # what they spell ("lpbgroup@myworkday.com" → "lpbgroup", "lpb") → the employers
    _by_tenant: dict[str, set[str]] = field(default_factory=dict)
    # the names people's addresses spell ("ines carvalho") → the employers they wrote for
    employers_by_person: dict[str, set[str]] = field(default_factory=dict)
    # the first names people at small employers write from ("beatriz@acme.ai") → employers
    _by_first_name: dict[str, set[str]] = field(default_factory=dict)
    # (From address, display name) → the employers mail under that name was about
    employers_by_sender_name: dict[tuple[str, str], set[str]] = field(default_factory=dict)
    # the domains of employers that bought one the user applied to → the bought one's key
    acquired_domains: dict[str, str] = field(default_factory=dict)
    # applications a person's mail began without naming the employer, by who wrote about them
    unnamed_by_writer: dict[str, list[Application]] = field(default_factory=dict)
    # the names mail was addressed to → the domains it came from (the user's own name is
    # addressed by everyone; a recruiter's only by the user)
    _addressed: dict[str, set[str]] = field(default_factory=dict)
    # the addresses mail was sent to → the domains it came from (the user's own address)
    _addressed_at: dict[str, set[str]] = field(default_factory=dict)

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
        self._index_open_role(app)
        for message in app.messages:
            self.by_message[(message.key.provider, message.key.provider_message_id)] = (
                app,
                message,
            )
            if message.rfc_message_id:
                self.by_rfc_id[message.rfc_message_id] = app
            if message.topic and message.sender:
                _put(self.by_topic, topic_key(message.sender, message.topic), app)
            if not app.company_key:  # found by its writers until its employer is named
                for address in (message.sender, *message.reply_to):
                    if address:
                        _put(self.unnamed_by_writer, address, app)
                continue
            if message.sender:
                self.employers_by_sender.setdefault(message.sender, set()).add(app.company_key)
                if message.sender_name:
                    named = (message.sender, message.sender_name)
                    self.employers_by_sender_name.setdefault(named, set()).add(app.company_key)
                domain = domain_of(message.sender)
                self.employers_by_domain.setdefault(domain, set()).add(app.company_key)
                self._index_tenant(message.sender, domain, app.company_key)
            for address in (message.sender, *message.reply_to):
                name = person_name(address) if address else None
                if name:
                    self.employers_by_person.setdefault(name, set()).add(app.company_key)
                elif address:
                    first = first_name_mailbox(address)
                    if first:
                        self._by_first_name.setdefault(first, set()).add(app.company_key)

    def _index_tenant(self, sender: str, domain: str, key: str) -> None:
        """Remember what an ATS tenant's mailbox spells, for the employer it wrote for; not a
        person's first name at the employer's own domain (``sophie@acme-robotics.ch``)."""
        tenant = tenant_mailbox(sender)
        if tenant is None:
            return
        first = plain(key.split()[0])
        if any(plain(label).startswith(first) for label in domain_labels(domain)):
            return
        for name in tenant_names(plain(tenant)):
            self._by_tenant.setdefault(name, set()).add(key)

    def _index_open_role(self, app: Application) -> None:
        """Keep ``open_by_role`` to applications not yet final, under their current role."""
        app_id = app.application_id
        old = self._role_key_of.pop(app_id, "")
        if old:
            self.open_by_role.get(old, {}).pop(app_id, None)
            self.open_by_role_initials.get(title_initials(old), {}).pop(app_id, None)
        if app.role_key and app.status not in FINAL_STATUSES:
            self.open_by_role.setdefault(app.role_key, {})[app_id] = app
            self._role_key_of[app_id] = app.role_key
            initials = title_initials(app.role_key)
            if initials:
                self.open_by_role_initials.setdefault(initials, {})[app_id] = app

    def name_employer(self, app: Application, company: str, key: str) -> None:
        """Give an application begun without an employer the one its later mail names."""
        for apps in self.unnamed_by_writer.values():
            if any(a is app for a in apps):
                apps[:] = [a for a in apps if a is not app]
        app.company, app.company_key = company, key
        self._add_company(app)
        self.refresh(app)

    def rename(self, app: Application, company: str, key: str) -> None:
        """Give the one application known by its old employer key the employer its later
        mail names: a search firm's pitch named after the firm, the client named at last.
        The old key still finds it (the firm's later mail may carry the firm's name), and the
        people who wrote for it now write for the new one."""
        old = app.company_key
        app.company, app.company_key = company, key
        self._add_company(app)
        for table in (
            self.employers_by_sender,
            self.employers_by_domain,
            self.employers_by_person,
            self._by_first_name,
            self.employers_by_sender_name,
        ):
            for keys in table.values():
                if old in keys:
                    keys.discard(old)
                    keys.add(key)
        self.refresh(app)

    def _add_company(self, app: Application) -> None:
        key = app.company_key
        if not key:
            return
        _put(self.by_company, key, app)
        self._heads.add(key.split(" ", 1)[0])
        squeezed = compact(key)
        self._buckets.setdefault(squeezed[:2], {})[key] = squeezed
        for form in employer_forms(key) if key else ():
            self._by_first_word.setdefault(plain(form[0]), set()).add(key)
            for spelled in squeezed_spellings(" ".join(form)):
                self._by_squeezed.setdefault(plain(spelled), set()).add(key)
                if " " not in key:
                    self._spelled_starts.update(plain(spelled)[:n] for n in range(len(spelled)))
            for start in _squeezed_starts(form):
                self._by_squeezed_start.setdefault(plain(start), set()).add(key)
            for clipped in _clipped_spellings(form):
                self._by_clipped.setdefault(plain(clipped), set()).add(key)
        if " " not in key:  # an ATS slug with what a domain adds: "bussolaedu" is Bússola too
            for brand in brand_names(key):
                self._by_squeezed.setdefault(plain(brand), set()).add(key)
        written = " ".join(name_words(app.company or ""))
        # a domain spells the initials of the legal or group word the key drops too:
        # "carolinacrestmg" for Carolina Crest Medical Group
        spellings = initialled_spellings(key)
        if written != key:
            spellings += initialled_spellings(written)
        for spelled in spellings:
            self._by_initialled.setdefault(plain(spelled), set()).add(key)
        for initials in initials_variants(key):
            if len(initials) >= MIN_NAME_INITIALS:
                self._by_initials.setdefault(initials, set()).add(key)
        for tail in _tails(key):
            self._by_tail.setdefault(tail, set()).add(key)
        translated = translated_key(key)
        if translated:
            self._by_translation.setdefault(translated, set()).add(key)
        word_set = _word_set(key)
        if word_set:
            self._by_word_set.setdefault(word_set, set()).add(key)

    def rekey_if_aliases_changed(self) -> None:
        """Learned aliases can merge two employer keys; re-index by the new keys once."""
        if self.alias_version == self.aliases.version:
            return
        self.alias_version = self.aliases.version
        self.by_company.clear()
        self._buckets.clear()
        self._fuzzy.clear()
        self._by_first_word.clear()
        self._heads.clear()
        self._spelled_starts.clear()
        self._by_squeezed.clear()
        self._by_squeezed_start.clear()
        self._by_clipped.clear()
        self._by_initialled.clear()
        self._by_initials.clear()
        self._by_tail.clear()
        self._by_translation.clear()
        self._by_word_set.clear()
        for app in self.apps:
            app.company_key = self.aliases.resolve(app.company_key)
            self._add_company(app)

    def _short_form_of(self, key: str) -> str | None:
        """The one known employer this key is a short or long form of, word for word.

        Mail names one employer "Brown", "Brown Biosciences" and "Brown Biosciences Inc.",
        or "Gruppe Velaline" and "Velaline"; the words of one key then start the other's.
        Two candidates ("Deutsche" against "Deutsche Bank" and "Deutsche Bahn") is ambiguous
        and matches neither.
        """
        related: set[str] = set()
        for form in employer_forms(key):
            if len(form[0]) < _SHORT_FORM_MIN_LENGTH:
                continue
            related.update(
                k for k in self._by_first_word.get(plain(form[0]), ()) if _related(k, key)
            )
        return next(iter(related)) if len(related) == 1 else None

    def _spelled_together(self, key: str) -> str | None:
        """The one known employer whose key, spaces and "and" dropped, is this key's
        ("perezseguros" for "perez seguros", "lopez and garcia" for "lopezgarcia"), or that
        this key shortens with initials ("hatlantico", "huso") or runs together with a word
        more ("riberanorte salud" for "hospital ribera norte": a domain read as a name)."""
        squeezed = squeeze(key)
        known = {k for s in squeezed_spellings(key) for k in self._by_squeezed.get(plain(s), ())}
        known.discard(key)
        if not known and " " not in key:  # a slug of the first words: "hollowoak"
            known = set(self._by_squeezed_start.get(plain(squeezed), ()))
        if not known:  # the slug is known: "Hollow Oak Studios" after "hollowoak"
            for form in employer_forms(key):
                for start in _squeezed_starts(form):
                    known |= {k for k in self._by_squeezed.get(plain(start), ()) if " " not in k}
        if not known:  # initials: "hatlantico", "huso" for "Hospital Universitario Sierra Oeste"
            known = set(self._by_initialled.get(plain(squeezed), ()))
        if not known:  # the initialled spelling is known: "Hatlantico" before the full name
            known = {
                k
                for s in initialled_spellings(key)
                for k in self._by_squeezed.get(plain(s), ())
                if " " not in k
            }
        if not known:  # a domain's name and one more word: "Riberanorte Salud"
            words = key.split()
            for n in range(len(words) - 1, 0, -1):
                start = plain("".join(words[:n]))
                if len(start) >= _MIN_SQUEEZED_START:
                    known |= {k for k in self._by_squeezed.get(start, ()) if " " in k}
                    known |= self._by_initialled.get(start, set())
                if known:
                    break
        known.discard(key)
        return next(iter(known)) if len(known) == 1 else None

    def employer_of_domains(self, domains: tuple[str, ...]) -> str | None:
        """The known employer a sender's domain spells, if exactly one does.

        A label matches an employer's whole key run together ("lopezgarcia" for "López &
        García"), its first words run together ("hollowoak" for "Hollow Oak Studios") or,
        from four letters, its first word ("thomas" for "Thomas Bank", and "acme-group"
        for Acme when nothing else matches), or it with initials ("hatlantico" for
        "Hospital Atlântico de Lisboa"). A domain
        that has sent mail naming another employer is a shared relay and names nobody.
        """
        for domain in domains:
            bought = self.acquired_domains.get(domain)
            if bought is not None:  # the buyer's domain speaks for the process it took over
                return bought
            found: set[str] = set()
            for label in domain_labels(domain):
                whole = (
                    self._by_squeezed.get(plain(label))
                    or self._by_squeezed_start.get(plain(label))
                    or self._by_initialled.get(plain(label), set())
                )
                if not whole and len(label) >= _SHORT_FORM_MIN_LENGTH:
                    whole = self._by_first_word.get(plain(label), set())
                if not whole:  # "northgateins" for Northgate Insurance
                    whole = self._by_clipped.get(plain(label), set())
                if not whole:  # "runwellhq", "getnorthwake": the name, and what a domain adds
                    whole = self._brand_of(label)
                found |= whole
            if not found:  # "acme-group.com" for Acme, when "acmegroup" spells nobody
                for head in hyphen_heads(domain):
                    if len(head) >= _SHORT_FORM_MIN_LENGTH:
                        found |= (
                            self._by_first_word.get(plain(head))
                            or self._by_squeezed.get(plain(head))
                            or self._by_initialled.get(plain(head), set())
                        )
                    else:  # "hfs-group.de" for HFS: a short name only as a whole one
                        found |= self._by_squeezed.get(plain(head), set())
            seen_with = self.employers_by_domain.get(domain, set())
            if len(found) == 1 and seen_with <= found:
                return next(iter(found))
        return None

    def _brand_of(self, label: str) -> set[str]:
        """The known employers whose whole name, run together, ``label`` spells once what a
        company's domain adds to its name is gone ("runwellhq", "getnorthwake")."""
        found: set[str] = set()
        for name in brand_names(label):  # folded after: "ae" may span the name and "edu"
            found |= self._by_squeezed.get(plain(name), set())
        return found

    def employer_of_mailbox(self, addresses: tuple[str, ...]) -> str | None:
        """The known employer a person's address spells in full before the "@", if exactly
        one does: a small employer writing from a mail provider (``atelier.dupont@orange.fr``
        for Atelier Dupont). An address that wrote for another employer names nobody."""
        for address in addresses:
            found = self._by_squeezed.get(plain(mailbox_words(address)), set())
            seen_with = self.employers_by_sender.get(address, set())
            if len(found) == 1 and seen_with <= found:
                return next(iter(found))
        return None

    def note_recipients(self, recipients: tuple[str, ...], sender: str | None) -> None:
        """Remember who mail from ``sender`` was addressed to, to tell the user's own name."""
        domain = domain_of(sender) if sender else ""
        for address in recipients:
            if domain:
                at = self._addressed_at.setdefault(address, set())
                if len(at) < _OWN_ADDRESS_SENDERS:
                    at.add(domain)
            name = person_name(address)
            if name and domain:
                senders = self._addressed.setdefault(name, set())
                if len(senders) < _OWN_NAME_SENDERS:
                    senders.add(domain)

    def is_user_address(self, address: str | None) -> bool:
        """Whether ``address`` is the user's own: job mail from several domains went to it.
        The user's own mail speaks for the employer it is sent to, never for its sender."""
        return bool(address) and len(self._addressed_at.get(address or "", ())) >= (
            _OWN_ADDRESS_SENDERS
        )

    def _own_name(self, name: str) -> bool:
        """Whether ``name`` is the user's, or the user's with one more surname: mail to
        "ana.ruiz@" names her "Ana Ruiz Soto" too, and her other address spells that."""
        words = name.split()
        return any(
            len(self._addressed.get(" ".join(words[:n]), ())) >= _OWN_NAME_SENDERS
            for n in range(_NAME_PARTS[0], len(words) + 1)
        )

    def employer_of_person_named_in(self, text: str) -> str | None:
        """The one known employer that the people ``text`` names (by the first and last name
        their addresses spell) wrote for: "Ines Carvalho requests your signature" after
        ines.carvalho@ wrote about one application. A person who wrote for several
        employers, or several people of different employers, name none; nor does the
        user's own name, which subjects often hold ("Interview: Ana Ruiz and Jane Roe")."""
        words = name_words(text)
        found: set[str] = set()
        for size in _NAME_PARTS:
            for start in range(len(words) - size + 1):
                name = " ".join(words[start : start + size])
                if name in self.employers_by_person and not self._own_name(name):
                    found |= self.employers_by_person[name]
        return next(iter(found)) if len(found) == 1 else None

    def employer_of_first_name(self, host: str) -> str | None:
        """The one known employer whose mail came from an address that is the first name of
        ``host`` alone ("Beatriz Cunha" after ``beatriz@acme.ai`` wrote): a booking tool's
        notice names the host in full, a founder writes from their first name."""
        words = name_words(host)
        found = self._by_first_name.get(words[0], set()) if len(words) >= _NAME_PARTS[0] else set()
        return next(iter(found)) if len(found) == 1 else None

    def employer_named_in(self, text: str) -> str | None:
        """The one known employer whose whole name (its key, or an alias of it) ``text``
        spells out word for word: "Saltmarsh Games – quick chat?". Each run of up to a few
        words is one dict lookup, so the cost does not grow with the user's applications.
        A one-word name must be long enough not to be an everyday word; a name found inside
        a longer one found too ("acme" in "acme labs") gives way to it. A name known only run
        together, as a domain spells it ("Wexfordhale"), is found spelled out too."""
        words = name_words(text)
        found: set[str] = set()
        alias_heads = self.aliases.heads()
        count = len(words)
        for start in range(count):
            # a run is a known key only if its first word starts one (or starts an alias);
            # otherwise it is looked up only as a domain would run it together
            joined = words[start]
            known_head = joined in self._heads or joined in alias_heads
            if known_head:
                key = self.aliases.resolve(joined)
                if key in self.by_company and len(key) >= FUZZY_MIN_LENGTH:
                    found.add(key)
            squeezed = "" if joined == "and" else joined
            # plain() may join this word's last letter to the next word's first ("a"+"e")
            spelled_head = plain(squeezed)[:-1] in self._spelled_starts
            for end in range(start + 2, min(start + _NAMED_MAX_WORDS, count) + 1):
                word = words[end - 1]
                joined += " " + word
                if word != "and":
                    squeezed += word
                key = self.aliases.resolve(joined) if known_head else joined
                if key in self.by_company:
                    found.add(key)
                    continue
                if key == joined and not spelled_head:
                    continue
                # "Wexford & Hale" for the "Wexfordhale" a domain spelled
                spelled = self._by_squeezed.get(plain(squeezed if key == joined else squeeze(key)))
                if spelled:
                    found |= {k for k in spelled if " " not in k}
        found = {k for k in found if not any(k != o and f" {k} " in f" {o} " for o in found)}
        return next(iter(found)) if len(found) == 1 else None

    def _one_brand(self, key: str) -> str | None:
        """The one known employer a name read from a domain spells ("Runwellhq" for
        Runwell), or that it spells with a shortened last word ("Haldensys" for Halden
        Systems)."""
        if " " in key:
            return None
        found = self._brand_of(key) or self._by_clipped.get(plain(key), set())
        return next(iter(found)) if len(found) == 1 else None

    def _by_acronym(self, key: str) -> str | None:
        """The one known employer whose initials this key holds as a word or spells run
        together ("AIM Autopartes", "Cfcs AJ" for Autopartes Integrales de México and the
        Caisse Fédérale du Crédit Solidaire Alpes-Jura), or that holds this key's initials
        as its first word ("GLA Servicios Integrales" for Grupo Logístico Anáhuac): a legal
        name, a brand and an acronym of one employer."""
        found: set[str] = set()
        for word in {*key.split(), compact(key)}:
            if len(word) >= MIN_NAME_INITIALS:
                found |= self._by_initials.get(word, set())
        for initials in initials_variants(key):
            if len(initials) >= MIN_NAME_INITIALS:
                found |= {k for k in self._by_first_word.get(initials, ()) if initials in k.split()}
        found.discard(key)
        return next(iter(found)) if len(found) == 1 else None

    def _by_last_words(self, key: str) -> str | None:
        """The one known employer whose name ends this one, or that this one ends, in three
        words or more but joiners: "Caisse Fédérale du Crédit Solidaire Alpes-Jura" and
        "Crédit Solidaire Alpes-Jura", a body's full name and the one it goes by."""
        found = set(self._by_tail.get(key, ()))
        found |= {tail for tail in _tails(key) if tail in self.by_company}
        found.discard(key)
        return next(iter(found)) if len(found) == 1 else None

    def _in_other_language(self, key: str) -> str | None:
        """The one known employer this key names in another language: "Acadie-Sud Health
        Network" for the known "Réseau de santé Acadie-Sud" (``bilingual``)."""
        translated = translated_key(key)
        found = set(self._by_translation.get(translated, ())) if translated else set()
        found.discard(key)
        return next(iter(found)) if len(found) == 1 else None

    def _reordered(self, key: str) -> str | None:
        """The one known employer whose name has this key's words in another order."""
        word_set = _word_set(key)
        found = set(self._by_word_set.get(word_set, ())) if word_set else set()
        found.discard(key)
        return next(iter(found)) if len(found) == 1 else None

    def _tenant_of(self, key: str) -> str | None:
        """The one known employer whose ATS mailbox this key spells: "LPB Group" (key "lpb")
        for the employer ``lpbgroup@myworkday.com`` acknowledged the application for."""
        found = self._by_tenant.get(plain(squeeze(key)), set())
        return next(iter(found)) if len(found) == 1 else None

    def employer(self, key: str) -> tuple[str, bool] | None:
        """The known employer key ``key`` names, and whether only fuzzily; None if unknown."""
        if key in self.by_company:
            return key, False
        if key in self._fuzzy:
            return self._fuzzy[key], True
        short_form = (
            self._short_form_of(key)
            or self._spelled_together(key)
            or self._tenant_of(key)
            or self._one_brand(key)
            or self._by_acronym(key)
            or self._by_last_words(key)
            or self._in_other_language(key)
            or self._reordered(key)
        )
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
