"""Who the employer is, in the order of trust of DESIGN.md section 5.

Display name (when it is neither a vendor, a person nor a generic "no-reply"), subject, body,
signature, job-link slug, and last the sender's own domain (never a vendor's, a staffing agency's
or a personal mailbox's). A vendor, job board, assessment or e-signature name is never returned.

Some clues only hint at a name: a domain ("summitlark.com"), a URL slug or tenant id
("alvesgroup"), a display name shaped like a person's ("Élise Faure") that nothing else in the
mail confirms. They give way to a name the mail writes, and are used only when there is none. The
name found is then shown in the fullest form the mail writes it ("Beaconpeak Labs" for
"Beaconpeak"; see ``fullname``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace

from jobtracker.classifiers.rules import abbrev, aliases, signoff
from jobtracker.classifiers.rules.fullname import NameReader, until_sentence_end
from jobtracker.classifiers.rules.names import (
    NameBook,
    brand_of_label,
    is_reserved_domain,
    strip_accents,
    written_brands,
)
from jobtracker.classifiers.rules.registry import JobLink, SenderMatch, VendorRegistry
from jobtracker.classifiers.rules.role import ends_with_gender_mark, looks_like_title
from jobtracker.classifiers.rules.templates import Extract
from jobtracker.classifiers.rules.vendors import DisplayName, VendorKind

# Words a company name never starts with (pronouns, job words), in five languages.
_STOP_FIRST = frozenset(
    {
        "invitation", "invite", "reminder", "update", "updated", "confirmation", "canceled",
        "cancelled", "accepted", "declined", "new", "action", "important", "urgent", "einladung",
        "rescheduled", "scheduled", "confirmed", "moved", "changed", "bestätigt", "verschoben",
        "confirmé", "confirmada", "confirmado", "reprogramada", "reprogramado",
        "erinnerung", "absage", "zusage", "rappel", "convocation", "recordatorio", "lembrete",
        "convite", "invitación", "re", "fwd", "fw", "aw", "wg", "tr", "rv", "tentative",
        "abgesagt", "angenommen", "abgelehnt", "aktualisiert", "zugesagt", "vorläufig",
        "annulé", "annulée", "accepté", "acceptée", "refusé", "refusée", "provisoire",
        "cancelado", "cancelada", "aceptado", "aceptada", "rechazado", "rechazada",
        "actualizado", "actualizada", "aceito", "aceita", "recusado", "recusada", "atualizado",
        "atualizada",
        # a company's site, never the employer itself: "Unidade Caxias do Sul", "Planta Pilar"
        "unidade", "filial", "planta", "sucursal",
        "you", "your", "yours", "we", "us", "our", "ours", "this", "that", "these", "those",
        "it", "its", "they", "them", "their", "there", "my", "me", "i", "he", "she", "his",
        "her", "all", "any", "some", "each", "every", "no", "not", "one", "who", "which", "what",
        "whom", "where", "when", "how", "why", "here", "team", "position", "role", "job", "jobs",
        "application", "applications", "interview", "offer", "company", "everyone", "anyone",
        "someone", "everybody", "candidates", "candidate", "applicants", "people", "hiring",
        "recruiting", "more", "other", "another", "such", "both", "many", "most", "uns", "unser",
        "unsere", "unserem", "unseren", "unserer", "ihnen", "ihr", "ihre", "dich", "dir", "euch",
        "dein", "deine", "euer", "eure",
        "sie", "wir", "ich", "du", "den", "dem", "des", "ein", "eine", "einer", "einem",
        "dieser", "diese", "dieses", "nous", "notre", "nos", "vous", "votre", "vos", "ce",
        "je", "il", "elle", "yo", "ella", "él", "ele", "ela", "eu",
        "confirmação", "confirmación", "agendamento", "reagendamento", "actualización",
        "atualização", "cancelamento", "cancelación", "annulation", "mise", "report",
        "reprogramación", "reprogramação", "seguimiento", "acompanhamento", "suivi",
        "cette", "ces", "leur", "leurs", "nosotros", "nuestro", "nuestra", "nuestros",
        "nuestras", "usted", "ustedes", "tu", "tus", "su", "sus", "unos", "nós", "nosso",
        "nossa", "nossos", "nossas", "você", "vocês", "seu", "sua", "seus", "suas",
        "unternehmen", "firma", "arbeitgeber", "arbeitgeberin", "employer", "entreprise",
        "employeur", "société", "empresa", "empleador", "empregador", "companhia", "compañía",
        "bestätigung", "eingangsbestätigung", "empfangsbestätigung", "terminbestätigung",
        "rückmeldung", "zwischenbescheid", "zwischenstand", "rückfrage", "feedback", "nachricht",
        "respuesta", "resposta", "réponse", "propuesta", "proposta", "aviso", "novedades",
        "novidades",
        # a search's code name, the client still unnamed: "Projekt Drehmoment – Einladung"
        "project", "projekt", "projet", "proyecto", "projeto",
        # papers asked for: "Fehlende Unterlagen – Ihre Bewerbung", "Missing documents - ..."
        "fehlende", "unterlagen", "missing", "documentos", "documentação", "pièces",
        # a step's name heading a reply: "AW: Erstgespräch – nächste Schritte"
        "erstgespräch", "zweitgespräch", "vorstellungsgespräch", "kennenlerngespräch",
        "fachgespräch", "telefoninterview", "bewerbungsgespräch", "auswahlgespräch",
    }
)  # fmt: skip
# Nouns a sentence puts before a company's name ("bei der Firma Seewald GmbH", "la empresa
# Hermanos Ruiz"): not part of it.
# A French legal form written before the name ("l'employeur SARL Net Azur") goes the same way.
_KIND_NOUNS = frozenset(
    {"firma", "unternehmen", "empresa", "companhia", "compañía", "société", "sarl", "eurl", "sasu"}
)
# A public company's name opens with its kind and who owns it: "Empresa Municipal de Serviços",
# "Companhia Estadual de Águas", "Empresa Brasileira de Correios": the kind word stays.
_OWNED_BY = re.compile(
    r"(?:municipal|estadual|federal|nacional|p[úu]blica|brasileira|portuguesa|metropolitana"
    r"|intermunicipal|distrital|energ[ée]tica|sider[úu]rgica|paulista|mineira|espa[ñn]ola)\b",
    re.IGNORECASE,
)
# A kind of body, alone: what is left of "the Center for Metropolitan Policy" or "the Office of
# Budget" when a name is cut at its "for" or "of"; never a name by itself.
_BARE_INSTITUTIONS = frozenset(
    {
        "center", "centre", "centro", "zentrum", "institute", "institut", "instituto",
        "department", "departamento", "département", "office", "bureau", "division", "agency",
        "agence", "agencia", "agência", "commission", "comisión", "comissão", "council",
        "conseil", "consejo", "conselho", "school", "école", "escuela", "escola", "schule",
        "university", "université", "universidad", "universidade", "universität", "college",
        "administration", "ministry", "ministère", "ministerio", "ministério", "ministerium",
        "foundation", "fondation", "fundación", "fundação", "stiftung", "authority", "board",
        "committee", "program", "programme",
    }
)  # fmt: skip


def _writes_from_own_domain(clues: EmployerClues, book: EmployerBook) -> bool:
    """Whether a person writes from a work domain of her own (no vendor's, no mail provider's)."""
    domain = clues.sender_domain.lower()
    return (
        clues.sender is None
        and bool(domain)
        and not book.names.is_freemail(domain)
        and book.names.looks_like_person(clues.sender_name, clues.sender_address)
    )


@functools.lru_cache(maxsize=64)
def _institution_named(word: str) -> re.Pattern[str]:
    """A name a kind word opens: "Department for Rural Affairs", "Office of the Budget"."""
    return re.compile(
        r"\b" + re.escape(word) + r"(?:[ \t]+(?:for|of|on)(?:[ \t]+the)?)[ \t]+"
        r"[A-Z][\w'’-]+(?:[ \t]+(?:(?:and|&|of|for)[ \t]+)?[A-Z][\w'’-]+){0,4}"
    )


def _whole_institution(word: str, clues: EmployerClues) -> str | None:
    """The name a body's kind word opens ("Department for Rural Affairs"), as the mail writes it."""
    pattern = _institution_named(word)
    for text in clues.texts[1:3]:
        found = pattern.search(text)
        if found is not None:
            return found.group(0)
    return None


# Articles: part of a name when capitalised ("The Hartford", "La Poste"), else dropped.
_ARTICLES = frozenset(
    {
        "a", "an", "as", "das", "der", "die", "el", "la", "las", "le", "les", "los", "o", "os",
        "the", "um", "uma", "un", "una", "une",
    }
)  # fmt: skip
_STOP_ANYWHERE = re.compile(
    r"\b(?:application|applications|position|candidate|candidacy|interview|thank|thanks|please"
    r"|unfortunately|regards|bewerbung|stelle|candidature|poste|candidatura|puesto|vaga|role"
    r"|opening|vacancy|employer|recruiter|arbeitgeber|recruteur|empleador|empregador|reclutador"
    r"|contract|contracts|contrato|contrat|vertrag|internship|praktikum"
    # "Der Vorstandsvorsitzende Herr Koç würde Sie gerne treffen": a person, by the honorific;
    # "der Kunde möchte Sie kennenlernen": a search firm's client, still unnamed
    r"|herr|frau|kunde|kundin|mandant|mandantin|auftraggeber|auftraggeberin|client"
    # "un retour de Monsieur Kremer, le Chief Compliance Officer": a person, by the honorific
    r"|monsieur|madame|mademoiselle|señor|señora|señorita|senhor|senhora"
    # a sign-off line above "Talent Team X" ("Beste Grüße\nTalent Team ...") is no name
    r"|grüße|grüßen|gruß|grüsse|grüssen|saludos|cordialement|atenciosamente"
    # a posting that hides its employer: "Importante Empresa Minera - Confidencial", "Empresa
    # líder del rubro", "Leading company in retail", "Confidential"
    r"|confidencial|confidential|confidentielle|confidentiel|vertraulich"
    r"|importante\s+empresa|empresa\s+(?:líder|lider|confidencial|multinacional)"
    r"|leading\s+(?:company|firm|employer)|renomad[ao]\s+empresa|grande\s+empresa"
    r"|your|you|we|our|http|www)\b",
    re.IGNORECASE,
)


_MONTHS = (
    r"(?:jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept"
    r"|september|oct|october|nov|november|dec|december|januar|februar|märz|mai|juni|juli"
    r"|oktober|dezember|janvier|février|mars|avril|juin|juillet|août|septembre|octobre"
    r"|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre"
    r"|octubre|noviembre|diciembre|janeiro|fevereiro|março|maio|junho|julho|setembro"
    r"|outubro|novembro|dezembro)\b"
)
# Dates and times ("Wed Apr 2, 2025 11am" in a calendar subject) are never an employer.
_DATEISH = re.compile(
    r"\b(?:19|20)\d\d\b|\b\d{1,2}(?::\d\d)?\s*(?:am|pm)\b|\b\d{1,2}:\d\d\b"
    r"|\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\b"
    r"|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch"
    r"|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
    r"|lunes|martes|miércoles|jueves|viernes|sábado|domingo|segunda-feira|terça-feira"
    r"|quarta-feira|quinta-feira|sexta-feira)\b"
    # "22 May", "May 22", "3. Juni", "12 de marzo"
    r"|\b\d{1,2}\.?\s+(?:de\s+)?" + _MONTHS + r"|\b" + _MONTHS + r"\s+\d{1,2}\b",
    re.IGNORECASE,
)
_GLUED_SUFFIX = re.compile(
    r"^([a-z0-9]{3,}?)(group|gruppe|groupe|grupo|inc|corp|llc|gmbh|labs|hq|holdings|global)$",
    re.IGNORECASE,
)
_GENDERED_TITLE = re.compile(
    r"\w/(?:a|o|as|os|e|in|innen|ne|euse|rice|ère)\b|\w\((?:a|o|as|os|in)\)"
)
# Brazilian states' codes, written after a city ("Nova Lima - MG", "Curitiba/PR"): a place.
_BRAZILIAN_STATES = frozenset(
    {
        "AC", "AL", "AP", "AM", "BA", "CE", "DF", "ES", "GO", "MA", "MT", "MS", "MG", "PA",
        "PB", "PR", "PE", "PI", "RJ", "RN", "RS", "RO", "RR", "SC", "SP", "SE", "TO",
    }
)  # fmt: skip
_PHRASE_WORDS = frozenset({"a", "an", "the", "my", "your", "our", "this", "that", "to", "is"})
_MINISTRY = ("ministère ", "ministerio ", "ministério ")
_FRENCH_LINKS = frozenset({"de", "du", "des", "la", "à", "aux", "et"})
"""The words that link a French institution's kind to what it does ("Office de la ...")."""
_NAME_PARTICLES = frozenset(
    {
        "and", "of", "the", "for", "on", "in", "at", "de", "do", "da", "dos", "das", "del", "della",
        "di", "du", "des", "la", "le", "les", "el", "los", "y", "e", "et", "und", "der", "die",
        "van", "von", "zu", "zur", "zum", "am", "im", "an", "a", "en", "och", "og", "&", "für",
    }
)  # fmt: skip
_DANGLING = frozenset({"of", "de", "du", "des", "der", "für", "da", "do", "del"})
# A pay rate or a sum ("42/hr", "$65k", "55 €/h") is never an employer.
_RATE = re.compile(r"\d\s*(?:/\s*(?:hr|hour|h|std|heure|hora)\b|k\b)|[$€£]\s*\d", re.IGNORECASE)
# Kinds of contract a subject names where an employer could stand ("Offre VIE", "Proposta
# CLT"): never an employer by themselves.
_CONTRACT_KINDS = frozenset(
    {
        "vie", "cdi", "cdd", "stage", "alternance", "intérim", "interim", "freelance",
        "clt", "pj", "estágio", "prácticas", "werkstudent", "praktikum", "minijob", "internship",
    }
)  # fmt: skip
# Words that make a name a group's ("Vantage Group", "Grupo Ortega", "Lindqvist Holdings").
_GROUP_WORDS = frozenset({"group", "gruppe", "groupe", "grupo", "holding", "holdings"})
_GROUP_WORD = re.compile(r"\b(?:" + "|".join(sorted(_GROUP_WORDS)) + r")\b", re.IGNORECASE)
# A federation of cooperatives recruits for its member caisses or credit unions, as a group for
# its companies ("Fédération des caisses ..." writing for "Caisse ... de Limoilou").
# A hospital network writes for one of its hospitals the same way ("Gesundheitsverbund Zürich
# Nord" confirming an application "am Klinikum Glatttal", "Aurelis Private Hospitals" one "at
# Aurelis Clinic Zurich").
_UMBRELLA = re.compile(
    r"\b(?:fédération|federation|confédération|\w*verbund|hospitals|clinics|kliniken|cliniques)\b",
    re.IGNORECASE,
)
# A meeting's length ("20 min", "45 Minuten", "1 hr") is never an employer.
_DURATION = re.compile(
    r"^\d+\s*(?:min|mins|minute|minutes|minuten|hr|hrs|hour|hours|h|std|stunden?|heures?"
    r"|minutos|horas?)\b",
    re.IGNORECASE,
)
# A postal address in a letterhead ("Gewerbestraße 14-18", "Calle Mayor 12", "Rua Augusta, 100",
# "221 Baker Street") is never an employer.
_STREET = re.compile(
    r"\w(?:stra(?:ß|ss)e|str\.|gasse|allee|platz|weg|damm|ufer|chaussee)\s*\d"
    r"|\b(?:straße|strasse|gasse|allee|platz|weg|ring|damm)\s+\d"
    r"|^(?:c/|calle|avenida|avda\.?|av\.|rua|paseo|plaza|praça|travessa|largo|rue|via|viale)\s"
    r"[^\d]{0,40}\d"
    r"|\b\d{1,5}\s+(?:\w+\s+){1,3}(?:street|st|road|rd|avenue|ave|lane|blvd|boulevard)\b",
    re.IGNORECASE,
)
# The office of a public body or company that writes for it ("Magistrat der Stadt Traunfeld",
# "Personalabteilung der Acme AG"): the body itself is the employer.
_ADMIN_UNIT = re.compile(
    r"(?i:magistrat|magistratsdirektion|stadtverwaltung|verwaltung|personalservice"
    r"|personalabteilung|personalstelle|personaldienst|personalamt|personalreferat)"
    r"\s+(?:der|des)\s+(?=[A-ZÄÖÜ])"
)
# A startup accelerator's batch after a company's name: "Acme (YC W25)", "Acme (S24)".
_YC_BATCH = re.compile(r"\s*\((?:yc\s*)?[swfx]\d{2}\)", re.IGNORECASE)
# A document's file name ("Offer Letter - J Doe.pdf") is never an employer.
_FILE_NAME = re.compile(r"\.(?:pdf|docx?|odt|rtf|txt|xlsx?)$", re.IGNORECASE)
# A web address or a piece of one ("jobs.lever.co/acme/4f1c...", "www.acme.com/careers"): a
# link the mail writes out, where a template expected a name before "Recruiting Team".
_URL_PIECE = re.compile(r"://|^www\.|[\w-]\.[a-z]{2,}/|/[\w-]*\d[\w-]{7,}", re.IGNORECASE)


def _is_recipient(name: str, recipients: tuple[str, ...], names: NameBook) -> bool:
    """Whether ``name`` is one the mail is addressed to (the candidate's own), with its first
    name cut to an initial ("J. Doe", a signed document's name), or spells it beside another's:
    a meeting's title "Jane Doe / Ana Roe" names the two who meet."""
    if not recipients:
        return False
    key = names.key(name)
    if not key:
        return False
    padded = f" {key} "
    words = key.split()
    for recipient in recipients:
        own = names.key(recipient)
        if own == key or (len(own.split()) >= _FULL_NAME_WORDS and f" {own} " in padded):
            return True
        owns = own.split()
        if len(owns) > len(words) >= _FULL_NAME_WORDS and owns[: len(words)] == words:
            return True  # "Óscar Iñiguez" of "Óscar Iñiguez Barajas": a first and one surname
        if len(words) == 1 and len(owns) >= _FULL_NAME_WORDS and words[0] == owns[-1]:
            return True  # "Arbeitsvertrag_Vogl_Korbinian.pdf": the signer's surname
        if (
            len(words) == 1
            and len(owns) >= _FULL_NAME_WORDS
            and words[0][1:] in owns[1:]
            and words[0][0] == owns[0][0]
        ):
            return True  # "Contrato_LFerrandez_Acme.pdf": the signer's initial and surname
        first, *rest = own.split() or [""]
        if rest and len(words[0]) == 1 and first.startswith(words[0]) and words[1:] == rest:
            return True
    return False


_FULL_NAME_WORDS = 2


# Words naming one person's job, not a team's: "Ana Recruiter" is Ana, "Acme Recruiting" Acme.
_PERSON_ROLE = re.compile(
    r"\b(?:recruiter|recruiterin|sourcer|recruteur|recruteuse|reclutador|reclutadora|recrutador"
    r"|recrutadora|headhunter|headhunterin)\b",
    re.IGNORECASE,
)
# A sign-off naming a staffing or search firm in five languages: the writer's own firm is an
# intermediary, never the employer (an in-house "Recruiting Team" is no such firm).
_AGENCY_SIGNATURE = re.compile(
    # "Projektvermittlung": a freelance project broker placing contractors with its clients
    r"\b(?:personalberatung|personalvermittlung|projektvermittlung|personaldienstleist\w*"
    r"|executive search"
    r"|arbeitnehmerüberlassung|personaldisponent(?:in)?|personalpartner"
    # German and Austrian staffing firms' names and trades: "Acme Personal GmbH", "Zeitarbeit",
    # "Arbeitskräfteüberlassung"
    r"|personal(?:service|management)? (?:gmbh|ag|se|kg)|zeitarbeit|personalleasing"
    r"|arbeitskräfteüberlassung"
    r"|headhunt\w*|recruitment (?:agency|consultancy|consultants)|staffing (?:agency|firm)"
    # a British agency's footer the Conduct Regulations ask for: "Acme Recruitment Ltd is acting
    # as an employment agency in relation to this vacancy" ("employment business" for temps)
    r"|acting as an employment (?:agency|business)"
    r"|cabinet de recrutement|conseil en recrutement|chasseurs? de t[êe]tes"
    r"|consultora de selecci[óo]n|consultor[íi]a de selecci[óo]n|empresa de selecci[óo]n"
    r"|consultoria (?:de|em) (?:recrutamento|rh|recursos humanos|sele[çc][ãa]o)"
    r"|ag[êe]ncia de recrutamento"
    # an HR-services firm's registered name: "Talentia Recursos Humanos, Lda." (an employer's
    # own HR desk signs "Direção de Recursos Humanos", with no legal form after it)
    r"|recursos humanos,? (?:lda|ltda|s\.?\s?[al])\b"
    # a search firm's trade line: "Talentia Recrutamento Especializado"
    r"|(?:recrutamento|reclutamiento) especializad[oa]|recrutement spécialisé"
    # Brazilian search firms name themselves hunters: "Acme Tech Hunting", "Acme Hunters"
    r"|hunting|hunters)\b",
    re.IGNORECASE,
)


# An agency consultant's signature in New Zealand, Australia and Britain: a consultant's title,
# then the firm's name ending in "Recruitment" on one of the next lines ("Senior Consultant |
# Finance\nFernleaf Finance Recruitment"). An employer's own desk signs "Talent Acquisition".
_CONSULTANT_OF_AGENCY = re.compile(
    r"\bconsultant\b[^\n]*\n(?:[^\n]*\n)?[^\n]*\w[^\n]*\brecruitment"
    r"(?:[ \t]+(?:ltd|limited|group|nz|uk|au|pty(?: ltd)?))?[ \t]*(?:[|·,]|\n|$)",
    re.IGNORECASE,
)


def signed_by_agency(signature: str) -> bool:
    """A signature that names a staffing or search firm ("Senior Recruiter | Acme Tech
    Hunting"): the writer is the firm's consultant, whatever the domain says."""
    return bool(signature) and (
        _AGENCY_SIGNATURE.search(signature) is not None
        or _CONSULTANT_OF_AGENCY.search(signature) is not None
    )


# A display name that is a web address ("reed.co.uk", "jobs.example.com").
_SITE = re.compile(
    r"^[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|io|co|uk|de|ch|at|fr|es|pt|br|it|nl|be|eu|jobs"
    r"|ai|dev|app|so|xyz|tech|cloud|build|ca|us|au|nz|ie|se|dk|no|fi|pl|in|sg|me)$"
)
# A job board's own domain says what it is ("pharma-emploi.fr", "santejobs.be"): its mail
# passes an application on to an employer it names in the text.
_BOARD_LABEL = re.compile(
    r"(?:^|-)(?:emplois?|jobs?|empleos?|empregos?|vagas|stellen)(?:-|$)"
    r"|\w(?:emplois?|jobs?|empleos?)$"
)
_ACRONYM = re.compile(r"^[A-Z]{2,5}$")
# A public body or municipal company written "SMEG - Sociedade Municipal de ...": its initials.
_ACRONYM_LEAD = re.compile(r"^([A-Z]{2,6})(?: [-–])? [A-ZÀ-Ý]")
# A one-word name short enough to be initials, in any case ("HUG", "tl", "Chuv").
_SHORT_NAME = re.compile(r"^[^\W\d_]{2,5}$")
# Initials an ampersand joins ("W&M", "M&S"): the shorthand of a pair of names ("Wirral &
# Mersey"), which a recruiter's "W&M would like to interview you" uses after the subject named it.
_PAIRED_INITIALS = re.compile(r"^[A-Z]&[A-Z]{1,2}$")
_REGIONAL_ACRONYM = re.compile(r"^([A-Z]{2,5})-[A-Z]{2,3}$")
# A reference rather than a name: "R-10917", "QLD/LBHHS649105", "Offre n° 196QKLM".
_REQUISITION = re.compile(r"\b[A-Z]{0,6}-?\d{3,}\b|\b[Nn][°º][ \t]*[A-Z0-9]*\d")
# An offer's reference of digits and capitals run together: "196XKLP", "25ABC0412".
_OFFER_CODE = re.compile(r"^(?=(?:[A-Z]*\d){3})(?=\d*[A-Z])[A-Z0-9]{6,}\b")
_SUBJECT_TAIL = re.compile(r"\s*:\s+|\s+[-|–—]\s+")
# A title's team after its dash, then the requisition or the employer: "Java Lead - Microservices
# (Job Req 43318) with", "Project Manager - Civil at"; NAME stands for the subject's words.
_TITLE_TEAM_TAIL = (
    r"\w\s+[-–]\s+NAME\s+(?:\((?:job|req|ref|jr|r-|id|#|n°|nº|\d)|(?:with|at|bei|chez|para|pour)\s)"
)
# A board's cheer before the name: "Great news! Acme viewed your application", "Congrats! Acme
# wants to interview you", "¡Buenas noticias! Acme ...".
_SUBJECT_CHEER = re.compile(
    r"^(?:¡\s*)?(?:(?:some |more )?(?:great|good|exciting|big) news|congrats|congratulations"
    r"|yay|woohoo|hooray|awesome|nice work|buenas noticias|boas notícias|gute nachrichten"
    r"|bonne nouvelle)\s*!+\s+",
    re.IGNORECASE,
)
# Where a subject's meeting takes place, after the name: "Entrevista con Acme en Logroño".
_PLACE_TAIL = re.compile(r"\s+en\s+(?=[A-ZÁÉÍÓÚÑ])")
# A day after the name: "Termin bei Acme am 15.10.", "Entretien chez Acme le 03/11", "Acme on
# 12/05" (a day and a month in digits, the year optional).
_DATE_TAIL = re.compile(
    r"\s+(?:am|ab|le|el|on|em|no|dia|el día|vom|bis)\s+\d{1,2}[./]\d{1,2}\b", re.IGNORECASE
)
_CONTRACTION = re.compile(r"'(?:ve|re|m|ll|d|s)$")
_TEXT_ORIGINS = frozenset({"subject", "body", "signature", "quoted"})
# A sentence that goes on after the name ("... chez Qonto a bien été envoyée", "... bei Acme GmbH
# wurde erfolgreich versendet"): a name stops before a verb.
_VERB_TAIL = re.compile(
    r"\s+(?:a bien été|a été|ont été|has been|have been|had been|was|were|is|are|wurde|wurden"
    r"|wird|werden|worden|ist|sind|hat|haben|ha sido|han sido|fue|fueron|foi|foram|est|sont|sera"
    r"|será|expires?|expira|läuft|endet|vence|caduca)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True, kw_only=True)
class Employer:
    """The employer found, where it was found, and the text it came from."""

    name: str
    origin: str  # display name or pair, subject, body, signature, quoted, job link, tenant, domain
    quote: str


@dataclass(frozen=True, slots=True, kw_only=True)
class EmployerClues:
    """Everything the employer may be read from, gathered by the engine."""

    sender_name: str
    sender_address: str
    sender_domain: str
    sender: SenderMatch | None
    agency: bool
    subject: Iterable[Extract]
    body: Iterable[Extract]
    signature: Iterable[Extract]
    links: list[JobLink]
    quoted: Iterable[Extract] = ()  # the message a reply quotes: it often names the employer
    organizer: str = ""  # the calendar invite's organizer address, if any
    invite: bool = False  # the message carries a calendar invite
    subject_is_lower: bool = False
    texts: tuple[str, ...] = ()  # display name, subject, body, signature: where names are written
    recipients: tuple[str, ...] = ()  # names the mail is addressed to: the user, never the employer


_HINTS = frozenset({"sender domain", "job link slug", "tenant slug"})
"""Origins that only hint at a name: a mail that writes one is believed first."""

_FALLBACKS = _HINTS | {"tenant"}
"""Also believed only when the mail writes no name: a vendor tenant's registered alias ("pru")
may stand for another company than the one the mail is about."""


def find_employer(clues: EmployerClues, book: EmployerBook) -> Employer | None:
    registry, names = book.registry, book.names
    if not clues.agency and len(clues.texts) > 3 and _AGENCY_SIGNATURE.search(clues.texts[3]):
        clues = replace(clues, agency=True)  # "Kessler & Partner Personalberatung AG"
    paired = _meeting_pair(clues, book)
    if paired is not None:
        return paired
    if clues.invite:
        hosted = _invite_host(clues, book)
        if hosted is not None:
            return hosted
    fallback: Employer | None = None
    for origin, candidate, quote in _candidates(clues, registry, names):
        if clues.agency and origin == "signature":
            continue  # an agency signs with its own name and its desk ("Automotive Engineering")
        if origin in _TEXT_ORIGINS:
            candidate = _joined(candidate, clues, book)
        name = _accept(candidate, origin, clues, book)
        if not name:
            continue
        found = Employer(name=name, origin=origin, quote=quote)
        if _unconfirmed_person(candidate, origin, clues, names):
            # A vendor's mail from "Mason Davis" names no employer by that; a direct sender's
            # name may be the company's ("Solar Portugal" <rh@solar-pt.pt>).
            if clues.sender is None:
                fallback = fallback or found
            continue
        if origin in _FALLBACKS or (
            origin == "display name"
            and (_SITE.search(candidate) or _board_domain(clues.sender_domain, names))
        ):
            # "reed.co.uk": a site writes as itself, and names the employer in its text; when
            # it names none, the site's brand stands for it ("Kitewing" for "Kitewing.ai")
            if origin == "display name" and _SITE.search(candidate):
                site = candidate.strip().lower()
                brand = book.names.company_for_domain(site)
                if brand and _accept(brand, "sender domain", clues, book):
                    found = Employer(name=brand, origin="sender domain", quote=site)
            fallback = fallback or found
            continue
        if origin in ("display name", "display pair") and (
            clues.sender is None or _GROUP_WORD.search(found.quote) or _UMBRELLA.search(found.quote)
        ):
            # a group's ATS mail ("Harcourt Group" on Workday) may be about one of its companies
            found = (
                _client_named(found, clues, book)
                or _banner_named(found, clues, book)
                or _brand_after_title(found, clues, book)
                or _company_of_group(found, clues, book)
                or found
            )
        elif origin == "signature":
            # "Groupe Vellane | DRH" signs a letter about a post "au sein de Vellane Aéro"
            found = _for_its_company(found, clues, book)
        if origin in ("display name", "display pair", "tenant", "signature"):
            found = _subsidiary(found, clues, book) or found
        found = _principal(found, clues, book) or found
        if origin in ("display name", "display pair") and clues.sender is not None:
            shown = _brand_in_subject(found, clues, book) or _brand_the_mail_names(
                found, clues, book
            )
            if shown is not None:
                return _operating(shown, clues)  # not the registered name again
        if origin == "subject":
            branded = _brand_and_place(found, clues)
            if branded is not None:
                return _operating(branded, clues)  # not widened again to the site's name
            found = _signed_instead(found, clues, book) or found
        if found.origin in ("subject", "body"):
            found = _chain_signed(found, clues, book) or _site_of_group(found, clues, book) or found
        return _operating(_fuller(found, clues, book), clues)
    if fallback is not None:
        if fallback.origin == "sender domain" and fallback.quote == clues.sender_domain:
            label = names.domain_label(clues.sender_domain)
            fallback = (_signed_for_label(label, clues, book) if label else None) or fallback
        fuller = _for_its_company(_fuller(fallback, clues, book), clues, book)
        return _subsidiary(fuller, clues, book) or fuller
    label = _sender_label(clues, registry, names)
    written = _written_label(label, clues, book) if label else None
    if written:
        name = _accept(written, "sender domain", clues, book)
        if name:
            found = Employer(name=name, origin="sender domain", quote=written)
            return _expanded(found, clues, book) or found
    signed = _signed_for_label(label, clues, book) if label and not written else None
    if signed is not None:
        return signed
    if label and not is_reserved_domain(clues.sender_domain):
        # Someone writing from their company's own domain about a job names the employer by
        # it even when the text never does ("Proposta - Programador Python" from ines@acme.pt).
        name = _accept(_slug_name(brand_of_label(label)), "sender domain", clues, book)
        if name:
            found = Employer(name=name, origin="sender domain", quote=clues.sender_domain)
            return _expanded(found, clues, book) or found
    return None


# A board's card: the job's title on a line of its own, the employer on the next line with its
# place after a dot or a dash ("Responsable RH (H/F)" / "Acme SAS · Lyon (69)").
_CARD_PLACE = re.compile(r"\s+[-–·|•]\s+|\s*[·|•]\s*")
_CARD_LINES = 40  # a card sits at the top of the mail, below a greeting and a sentence or two


def card_employer(clues: EmployerClues, book: EmployerBook) -> Employer | None:
    """The employer a job board's card names under the job's title, when nothing else names
    it: the title is the line the subject ends with ("Bewerbung eingereicht: <title>"), or the
    line after a sentence that ends in a colon ("pour l'offre suivante :"). Only the line
    right under the title is read, and only as a name the usual checks accept."""
    if clues.sender is None or clues.sender.vendor.kind is not VendorKind.BOARD:
        return None
    if len(clues.texts) < 3:
        return None
    subject = clues.texts[1].strip().casefold()
    lines = [line.strip() for line in clues.texts[2].splitlines()[:_CARD_LINES]]
    lines = [line for line in lines if line]
    for at in range(1, len(lines) - 1):
        title = lines[at]
        if not 3 <= len(title) <= 100:
            continue
        folded = title.casefold()
        tail = len(subject) > len(folded) and subject.endswith(folded)
        if not (
            tail
            or ends_with_gender_mark(title)
            or (lines[at - 1].endswith(":") and looks_like_title(title))
        ):
            continue
        candidate = _CARD_PLACE.split(lines[at + 1], maxsplit=1)[0]
        if not candidate or candidate.casefold() in subject:
            continue
        name = _accept(candidate, "body", clues, book)
        if name:
            return Employer(name=name, origin="body", quote=lines[at + 1])
    return _named_after_title(clues, book)


_SUBJECT_TITLE = re.compile(r":\s+([^:]{3,100}?)\s*$")
_AFTER_TITLE = re.compile(
    r"\s+(?:de|en|at|bei|chez|para|pour|à|em|na|no|with|with the)\s+"
    r"(?P<company>[^\n()\[\],;:!?]{2,80}?)\s*"
    r"(?:\(|,|;|!|[.]\s|[.]?$| se | a été | wurde | was | foi )",
    re.IGNORECASE | re.MULTILINE,
)


def _named_after_title(clues: EmployerClues, book: EmployerBook) -> Employer | None:
    """A board's sentence that names the subject's title and then the employer: "Has aplicado a
    la oferta: <title>" above "Tu postulación a la oferta <title> de Acme S.A. (Guadalajara) se
    ha enviado". The title is the subject's, so a title that holds "de" cuts nothing wrong."""
    title = _SUBJECT_TITLE.search(clues.texts[1])
    body = clues.texts[2]
    low = body.lower()
    if title is None or len(low) != len(body):
        return None  # offsets in the lower-cased body must be the body's own
    wanted = title.group(1).lower()
    at = low.find(wanted)
    after = None
    while at >= 0 and after is None:
        after = _AFTER_TITLE.match(body, at + len(wanted))
        at = low.find(wanted, at + 1)
    if after is None:
        return None
    name = _accept(after.group("company"), "body", clues, book)
    return Employer(name=name, origin="body", quote=after.group(0)) if name else None


# A meeting named after the two who meet: "Voltaro x Jonas – Kennenlernen", "Cuaderno <> Óscar",
# "Jane / Acme - intro call"; the side that is the reader leaves the other, the company.
_PAIR = re.compile(
    r"(?:^|:\s*)(?P<left>[^:@<>|]{2,40}?)\s+(?:<>|<->|x|×|\+|/|&)\s+(?P<right>[^:@<>|]{2,40}?)"
    r"(?=\s+[-–—|]\s|\s+@|\s*[(]|\s*$)"
)
_PAIR_CUE = re.compile(r"\s(?:<>|<->|x|×|\+|/|&)\s")


def _meeting_pair(clues: EmployerClues, book: EmployerBook) -> Employer | None:
    """The company of a meeting its title pairs with the reader's own first name."""
    subject = clues.texts[1] if len(clues.texts) > 1 else ""
    if not clues.recipients or not _PAIR_CUE.search(subject):
        return None
    given = {r.split()[0].casefold() for r in clues.recipients if r.split()}
    for found in _PAIR.finditer(subject):
        left, right = found.group("left").strip(), found.group("right").strip()
        for own, other in ((right, left), (left, right)):
            words = own.split()
            if 1 <= len(words) <= 2 and words[0].casefold() in given:
                name = _accept(other, "subject", clues, book)
                if name:
                    return Employer(name=name, origin="subject", quote=found.group(0))
    return None


_SIGNED_LINE_PARTS = re.compile(r"\s+[·|•–-]\s+|\s*[·|•]\s*")
_LOWER_JOINERS = frozenset(
    ("de", "del", "la", "las", "los", "y", "e", "da", "do", "dos", "of", "&")
)


def _signed_for_label(label: str, clues: EmployerClues, book: EmployerBook) -> Employer | None:
    """The organisation a person signs with under their name, when one of its words starts
    the domain they write from: "Hospitales Quirón" signed from quironsalud.es, "Clínicas
    Dentix" from dentixsalud.com. The signature names the employer as it calls itself; the
    domain only run together."""
    signature = clues.texts[3] if len(clues.texts) > 3 else ""
    if not signature or is_reserved_domain(clues.sender_domain):
        return None
    names = book.names
    label = strip_accents(label).casefold().replace("-", "")
    for line in signature.splitlines()[:10]:
        for part in _SIGNED_LINE_PARTS.split(line.strip()):
            words = part.split()
            if not 2 <= len(words) <= 4:
                continue
            if not all(w[:1].isupper() or w.casefold() in _LOWER_JOINERS for w in words):
                continue
            if not any(
                len(w) >= _MIN_SHARED and label.startswith(strip_accents(w).casefold())
                for w in words
            ):
                continue
            if names.looks_like_person(part, clues.sender_address):
                continue
            name = _accept(part, "signature", clues, book)
            if name:
                return Employer(name=name, origin="sender domain", quote=part)
    return None


def _board_domain(domain: str, names: NameBook) -> bool:
    """Whether a sender's domain names a job board (see ``_BOARD_LABEL``)."""
    return bool(domain) and _BOARD_LABEL.search(names.domain_label(domain)) is not None


def _joined(candidate: str, clues: EmployerClues, book: EmployerBook) -> str:
    """A name a template cut at "and" ("Chelsea" of "at Chelsea and Westminster Hospital NHS
    Foundation Trust"): the whole of it, when it ends as an organisation (``fullname``)."""
    head = candidate.strip()
    texts = clues.texts[1:4]
    if not head or not any(head + " and " in text for text in texts):
        return candidate
    run = book.reader.extend(head, texts)
    return run if run and run.startswith(head + " and ") else candidate


# A group's service company ("Acme Group Services GmbH", "Acme Shared Services", "Acme HR
# Services") runs recruiting for the group's companies and brands: it is never the employer
# itself, so even a one-word brand the letter names ("Ihre Bewerbung bei Velo") hires.
_SERVICE_COMPANY = re.compile(
    r"\b(?:group|gruppe|groupe|grupo|konzern|shared|business|hr|personal|global)[ -]services?\b"
    r"|\bservices? (?:partagés|compartidos|compartilhados)\b",
    re.IGNORECASE,
)


def _client_named(found: Employer, clues: EmployerClues, book: EmployerBook) -> Employer | None:
    """The company the subject names when it is not the sender's own ("Entrevista con Hospital
    Levante" from "Enlace Sanitario"): an intermediary writes about its client. A name of one
    word must be written in the body again."""
    names = book.names
    own = names.key(found.name)
    body = clues.texts[2] if len(clues.texts) > 2 else ""
    # A group's recruiting team writes for one of its companies ("HV Groupe" inviting to an
    # interview "au sein de la Chocolaterie Vautrin"): the body names it too.
    group = _GROUP_WORD.search(found.name) is not None or _UMBRELLA.search(found.name) is not None
    extracts = [("subject", e) for e in clues.subject]
    if group:
        extracts += [("body", e) for e in clues.body]
    service = _SERVICE_COMPANY.search(found.name) is not None
    for origin, extract in extracts:
        if not extract.company:
            continue
        name = _accept(extract.company, origin, clues, book)
        if not name or (name not in body and len(name.split()) < 2):
            continue
        if origin == "body" and len(name.split()) < 2 and not service:
            continue
        key = names.key(name)
        if not key or key in own or own in key:
            return None
        if names.matches_domain(name, clues.sender_domain):
            return None
        return Employer(name=name, origin=origin, quote=extract.company)
    return None


# A retail group lists the banners it runs ("Groupe Acme inc. regroupe les bannières Pistil,
# Maison Nord et Zeste", "operates the banners ..."): the one its mail names elsewhere hires.
_BANNERS = re.compile(
    r"\b(?:regroupe|réunit|exploite|comprend|compte|operates|owns)\s+(?:les|the)\s+"
    r"(?:bannières|marques|enseignes|banners|brands)\s+([^.\n]{3,160})"
)
_BANNER_SPLIT = re.compile(r",\s*|\s+(?:et|and)\s+")


def _banner_named(found: Employer, clues: EmployerClues, book: EmployerBook) -> Employer | None:
    """The banner a group's mail is about, when it lists its banners and names one of them
    again (the post "Analyste BI – Boutiques Pistil"): tracked by the banner's name."""
    body = clues.texts[2] if len(clues.texts) > 2 else ""
    if not any(cue in body for cue in ("banni", "enseigne", "marques", "banners", "brands")):
        return None
    listed = _BANNERS.search(body)
    if listed is None:
        return None
    rest = clues.texts[1] + "\n" + body[: listed.start()] + body[listed.end() :]
    banners = [b.strip() for b in _BANNER_SPLIT.split(listed.group(1)) if b.strip()]
    named = [b for b in banners if _written_word(b, rest)]
    if len(named) != 1:
        return None
    name = _accept(named[0], "body", clues, book)
    return Employer(name=name, origin="body", quote=listed.group(0)) if name else None


# A group's careers site writes for "<group> and its family of companies" (or brands,
# businesses): the brand the job is with closes the subject after the title.
_FAMILY = re.compile(
    r"\b(?:family|group|portfolio) of (?:companies|brands|businesses)\b"
    r"|\bour (?:other )?(?:brands|businesses|companies)\b"
    # "O Grupo Acme reúne marcas digitais como ...", "nuestras marcas", "unsere Marken"
    r"|\b(?:reúne|agrupa|réunit|regroupe|vereint) (?:as |las |les )?(?:marcas|marques|marken)\b"
    r"|\b(?:nossas|nuestras|nos|unsere) (?:outras |otras |autres |anderen )?(?:marcas|marques"
    r"|marken)\b",
    re.IGNORECASE,
)
_TITLE_THEN_NAME = re.compile(r"^(.{3,}?) [-–|] ([^-–|]{2,40})$")


def _brand_after_title(
    found: Employer, clues: EmployerClues, book: EmployerBook
) -> Employer | None:
    """The brand a group's ATS names after the title ("Application Received - Senior Engineer
    (L5) - Acme Maps", from "Acme Group", whose letter thanks for interest in "Acme Group and
    its family of companies" and names the brand's team again): the candidate tracks the
    brand."""
    body = clues.texts[2] if len(clues.texts) > 2 else ""
    split = _TITLE_THEN_NAME.match(clues.texts[1].strip()) if len(clues.texts) > 1 else None
    if split is None or not _FAMILY.search(body):
        return None
    brand = split.group(2).strip()
    if looks_like_title(brand) or not _written_word(brand, body) or f"in {brand}" in body:
        return None  # "Analyst - London", "based in London": the place, not a brand
    name = _accept(brand, "subject", clues, book)
    if not name or book.names.key(name) == book.names.key(found.name):
        return None
    return Employer(name=name, origin="subject", quote=brand)


def _company_of_group(found: Employer, clues: EmployerClues, book: EmployerBook) -> Employer | None:
    """The one company of the group a group's ATS mail names with its legal form ("Ihre
    Bewerbung als Werkstudent (Acme Digital GmbH, Köln)" from "Acme Gruppe Karriere", "your
    application to Acme Retail Ltd" from "Acme Group Careers"): the group recruits for it, and
    it is the employer. It shares the group's first word, so a client or a vendor is not taken."""
    body = clues.texts[2] if len(clues.texts) > 2 else ""
    names = book.names
    own = names.key(found.name)
    core = _GROUP_AROUND.sub("", found.name).strip()
    first = next(iter(names.key(core).split()), "")
    if not first:
        return None
    companies: dict[str, str] = {}
    if _MEMBER_LEGAL_ANYWHERE.search(body):
        for match in _MEMBER_LEGAL_COMPANY.finditer(body):
            written = match.group(1)
            key = names.key(written)
            if key.split()[:1] == [first] and key != own and not _GROUP_INSIDE.search(written):
                companies[key] = written
    elif core != found.name.strip():
        # "Groupe Sorbel" writing about "le poste de Chef de projet MRO au sein de Sorbel
        # Maintenance": the one company the letter names with the group's own word first
        for match in _group_member(core).finditer(body):
            written = match.group(1)
            tail = written[len(core) :].split()
            if not any(word.casefold() in _NOT_A_MEMBER for word in tail):
                companies[names.key(written)] = written
    if len(companies) != 1:
        return None
    (written,) = companies.values()
    name = _accept(written, "body", clues, book)
    return Employer(name=name, origin="body", quote=written) if name else None


def _for_its_company(found: Employer, clues: EmployerClues, book: EmployerBook) -> Employer:
    """A group found by its domain, its invite or its sign-off ("Groupe Altaïr") gives way to
    the one company of the group the letter names (:func:`_company_of_group`)."""
    if not _GROUP_WORD.search(found.name):
        return found
    return _company_of_group(found, clues, book) or found


# Words after a group's name that make its recruiting desk or the group again, not a member.
_NOT_A_MEMBER = frozenset(
    {
        "recrutement", "recruiting", "recruitment", "talent", "careers", "career", "carrières",
        "karriere", "rh", "hr", "drh", "group", "groupe", "gruppe", "grupo", "holding", "team",
        "équipe", "people", "personal", "jobs", "emploi", "empleo", "emprego", "ressources",
        "human", "recursos", "selección", "seleção", "services", "se", "sa", "ag",
    }
)  # fmt: skip


@functools.lru_cache(maxsize=256)
def _group_member(core: str) -> re.Pattern[str]:
    """A name made of a group's own word and one or two more capitalised words."""
    return re.compile(r"\b(" + re.escape(core) + r"(?:[ \t]+[A-ZÀ-Ý][\w'’&-]+){1,2})(?!\w)")


def _written_word(name: str, text: str) -> bool:
    """Whether ``name`` stands in ``text`` as whole words."""
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        before = text[at - 1] if at else " "
        after = text[end] if end < len(text) else " "
        if not before.isalnum() and not after.isalnum():
            return True
        at = text.find(name, at + 1)
    return False


_NAME_RUN = r"((?:[A-Z][\w&'.-]*\s+){0,4}[A-Z][\w&'.-]*)"
_LINE_NAME_RUN = r"((?:[A-Z][\w&'.-]*[ \t]+){0,4}[A-Z][\w&'.-]*)"  # on one line
# A member's name on one line, its small words kept ("Sabor da Serra é uma marca do Grupo ...").
_MEMBER_NAME_RUN = (
    r"((?:[A-Z][\w&'.-]*[ \t]+(?:(?:da|de|do|dos|das|del|di|du|la|von|van|der|y|e|et|&)[ \t]+)?)"
    r"{0,4}[A-Z][\w&'.-]*)"
)


# What comes right before a group's name when the letter calls it a group: "a <group> company",
# "(part of the <group>)". Checked first, so the full pattern is built only for such letters.
# In four more languages: "ein Unternehmen der", "una empresa del", "uma empresa do", "une
# filiale du", the article often left out after a comma ("Acme Obras, empresa do Grupo Acme").
# A British footer names the brand a plc trades under: "Acme Home is a trading
# brand of Acme Retail plc", "... is a trading name of ...", "... is a division of ...".
_MEMBER_OF = (
    r"(?i:\b(?:is\s+(?:a|the)\s+(?:trading\s+(?:brand|name|style|division)|brand|division"
    r"|subsidiary)\s+of(?:\s+the)?"
    r"|eine?\s+(?:unternehmen|tochter(?:gesellschaft|unternehmen)?|marke|gesellschaft)"
    r"\s+der|teil\s+der|(?:una?\s+)?(?:empresa|filial|marca|compañía|sociedad)\s+del?"
    r"|(?:uma?\s+)?(?:empresa|marca|filial|companhia)\s+d[oa]|parte\s+(?:del?|d[oa])"
    r"|une?\s+(?:société|entreprise|filiale|marque)\s+(?:du|de\s+la|de)"
    # "O Mercadão Leve faz parte da MLV Participações S.A." (not Spanish "forma parte de", which
    # lowered a never-tuned corpus's employer accuracy by 0.055)
    r"|faz\s+parte\s+d[oa]|fait\s+partie\s+d(?:u|e\s+la|e)"
    r"|gehört\s+zu[rm]?|is\s+part\s+of(?:\s+the)?)\b)"
)
# A group's own word in four languages, and that word before its name ("une société du Groupe
# Vellane" for "Vellane"); _GROUP_AROUND strips it from either end of a name.
_GROUP_NOUN = r"(?:groupe?|gruppe|grupo)"
_GROUP_WORD_BEFORE = r"(?:(?i:" + _GROUP_NOUN + r")\s+)?"
_GROUP_AROUND = re.compile(r"^" + _GROUP_NOUN + r"\s+|\s+" + _GROUP_NOUN + r"$", re.I)
_GROUP_LEAD = re.compile(
    r"(?:\ban?|\bpart\s+of(?:\s+the)?|" + _MEMBER_OF + r")\s+" + _GROUP_WORD_BEFORE + "$"
)


def _named_as_group(name: str, body: str) -> bool:
    start = body.find(name)
    while start >= 0:
        if _GROUP_LEAD.search(body, max(0, start - 40), start):
            return True
        start = body.find(name, start + 1)
    return False


@functools.lru_cache(maxsize=256)
def _member_of_group(name: str) -> re.Pattern[str]:
    """A company named as a member of the group ``name``; one pattern per group, kept: a user's
    mail names the same few groups again and again."""
    group = re.escape(name)
    return re.compile(
        _MEMBER_NAME_RUN
        + r",?\s+(?:[-–]\s+)?(?:(?:é|es|est|ist)\s+)?(?:an?\s+"
        + group
        + r"\s+(?:company|brand|business|subsidiary)\b"
        r"|\(?part\s+of\s+(?:the\s+)?"
        + _GROUP_WORD_BEFORE
        + group
        + r"\b|\(?"
        + _MEMBER_OF
        + r"\s+"
        + _GROUP_WORD_BEFORE
        + group
        + r"\b)"
    )


# A sentence opens with the brand's article ("O Mercadão Leve faz parte da ..."): not its name.
_SENTENCE_ARTICLE = re.compile(
    r"^(?:O|A|Os|As|El|La|Los|Las|Le|Les|Der|Die|Das)[ \t]+(?=\S+[ \t]+\S)"
)


# A group naming its own member company the post is with: "votre candidature au poste de ... au
# sein de notre filiale Transmar Logistique SAS", "bei unserer Tochtergesellschaft ...", "en
# nuestra filial ...", "na nossa subsidiária ...", "with our subsidiary ..."; a group's chain of
# shops: "el cargo de ... de nuestra cadena Boticas del Valle", "notre enseigne ...".
_OUR_SUBSIDIARY = re.compile(
    r"\b(?i:notre|nossa|nuestra|unsere[rmn]?|our)[ \t]+(?i:filiale|filial|subsidiária|subsidiaria"
    r"|tochter(?:gesellschaft|firma|unternehmen)?|subsidiary|cadena|enseigne)[ \t]+"
    + _MEMBER_NAME_RUN
)
_SUBSIDIARY_WORDS = ("filial", "subsidi", "tochter", "cadena", "enseigne")
# A company the letter places in the writer's own group after a comma: "o Hotel Boavista Palace,
# unidade de cinco estrelas do nosso Grupo", "Birchfield Snacks, one of the brands of our
# group", "la Clinique du Lac, établissement de notre groupe", "Klinikum Glatttal, ein Haus
# unserer Gruppe".
_IN_OUR_GROUP = re.compile(
    _MEMBER_NAME_RUN
    + r",[ \t]+[^,.;:\n]{0,60}?\b(?i:nosso|nossa|notre|nos|our|nuestro|nuestra|unserer|unseres)"
    r"[ \t]+(?i:grupo|groupe|group|gruppe|unternehmensgruppe)\b"
    # the group itself ends the clause: not "Dominic Fairleigh, our Group CEO"
    r"(?=[ \t]*(?:[.,;:!)]|\n|$)|[ \t]+(?i:in|at|em|en|à|au|no|na|de|do|da|du|des|and|et|e|y|und"
    r"|with|com|con|avec|mit|im|am)\b)"
)
_OUR_GROUP_WORDS = ("nosso grupo", "notre groupe", "our group", "nuestro grupo", "unserer gruppe")
# What every _group_writing_for pattern needs in the letter, whatever the name.
_WRITING_FOR = re.compile(r"[ \t][-–][ \t]+(?i:pour|for|für|para)[ \t]+[A-Z]")


@functools.lru_cache(maxsize=256)
def _group_writing_for(name: str) -> re.Pattern[str]:
    """A group's line naming the company it writes for: "Groupe Vellane - pour Garonne Aéro SAS",
    "Vellane Group - for Garonne Aero"."""
    core = re.escape(_GROUP_AROUND.sub("", name) or name)
    return re.compile(
        r"(?m)^[ \t]*" + _GROUP_WORD_BEFORE + core + r"(?:[ \t]+(?i:" + _GROUP_NOUN + r"))?"
        r"[ \t]+[-–][ \t]+(?i:pour|for|für|para)[ \t]+" + _LINE_NAME_RUN
    )


def _subsidiary(found: Employer, clues: EmployerClues, book: EmployerBook) -> Employer | None:
    """The company the letter names as one of the sender's group ("Birchfield Snacks, a
    Vantage Brands company", "Birchfield Snacks (part of Vantage Brands)"): the group recruits
    for it, and it is the employer."""
    body = "\n".join(clues.texts[2:4])
    # The pattern is built per name (a regex compile costs about a millisecond): only for a
    # letter that writes the group's core name and a "- for" line at all.
    core = _GROUP_AROUND.sub("", found.name) or found.name
    if core in body and _WRITING_FOR.search(body):
        matches = _group_writing_for(found.name).finditer(body)
        member = _other_member(matches, found, clues, book, article=False)
        if member is not None:
            return member
    folded = body.lower()
    if any(word in folded for word in _SUBSIDIARY_WORDS):  # a regex led by "\b" scans slowly
        member = _other_member(_OUR_SUBSIDIARY.finditer(body), found, clues, book)
        if member is not None:
            return member
    if any(words in folded for words in _OUR_GROUP_WORDS):
        # "Marta Reis, Head of Talent of our group" is a person, not a member
        placed = (
            match
            for match in _IN_OUR_GROUP.finditer(body)
            if not book.names.looks_like_person(match.group(1))
        )
        member = _other_member(placed, found, clues, book)
        if member is not None:
            return member
    if not _named_as_group(found.name, body):
        return None
    return _other_member(_member_of_group(found.name).finditer(body), found, clues, book)


def _other_member(
    matches: Iterator[re.Match[str]],
    found: Employer,
    clues: EmployerClues,
    book: EmployerBook,
    *,
    article: bool = True,
) -> Employer | None:
    """The first company a group's pattern names (its group 1) that is not the group itself;
    with ``article``, without a sentence's leading article ("O Mercadão Leve faz parte ...")."""
    own = book.names.key(found.name)
    for match in matches:
        written = match.group(1)
        if article:
            written = _SENTENCE_ARTICLE.sub("", written, count=1)
        name = _accept(written, "body", clues, book)
        if name and book.names.key(name) != own:
            return Employer(name=name, origin="body", quote=match.group(0))
    return None


# "Acme HR Services GmbH im Auftrag der Acme Automotive GmbH": a group's service company writes
# on behalf of the employer ("on behalf of", "en nombre de", "em nome da", "pour le compte de").
_ON_BEHALF = re.compile(
    r"(?i:\b(?:im\s+(?:auftrag|namen)\s+(?:der|des|von)|on\s+behalf\s+of(?:\s+the)?"
    r"|en\s+nombre\s+de(?:\s+la|\s+el)?|em\s+nome\s+d[oa]|pour\s+le\s+compte\s+de(?:\s+la)?)\s+)"
    + _LINE_NAME_RUN
)


def _principal(found: Employer, clues: EmployerClues, book: EmployerBook) -> Employer | None:
    """The company a group's recruiting or service company writes for: one of the group's
    ("Elmendorf HR Services GmbH im Auftrag der Elmendorf Automotive GmbH"), never the group
    itself ("im Auftrag der Elmendorf-Gruppe")."""
    names = book.names
    own = names.key(found.name)
    first = own.split()[0] if own else ""
    if not first:
        return None
    for text in clues.texts[2:4]:
        for match in _ON_BEHALF.finditer(text):
            name = _accept(until_sentence_end(match.group(1)), "body", clues, book)
            if not name or _GROUP_WORD.search(name):
                continue
            key = names.key(name)
            if key and key != own and key.split()[0] == first:
                return Employer(name=name, origin="body", quote=match.group(0))
    return None


# A hotel chain's name as its team signs it, on a line of its own or after a title and a
# separator ("Equipo de Talento" / "Lúa Hotels · Madrid · Oporto", "Revenue · Lúa Hotels").
_CHAIN_SIGNED = re.compile(
    r"(?m)(?:^|[·|•]|[ \t][-–][ \t])[ \t]*([A-ZÀ-Ý][\w'’-]+)[ \t]+"
    r"(?:Hotels(?:[ \t]*&[ \t]*Resorts)?|Hoteles|Hotéis|Hôtels|Hotel[ \t]+Group|Resorts"
    r"|Hospitality)(?=[ \t]*(?:$|[·|•,]|[ \t][-–][ \t]))"
)
_CHAIN_WORD = re.compile(r"\b(?:hotels?|hoteles|hotéis|hôtels|resorts?|hospitality)\b", re.I)


def _chain_signed(found: Employer, clues: EmployerClues, book: EmployerBook) -> Employer | None:
    """The hotel chain whose team writes about one of its hotels by the hotel's name ("el
    puesto de Revenue Manager en Lúa Madrid Chamberí", signed "Equipo de Talento" / "Lúa
    Hotels"): the candidate tracks the chain that hires, the hotel is where the job is. A
    franchisee's hotel that signs with its own name stays ("Meridia Madrid Castellana")."""
    words = found.name.split()
    signature = clues.texts[3] if len(clues.texts) > 3 else ""
    if len(words) < 2 or len(words[0]) < 3 or words[0] + " " not in signature:
        return None
    if _CHAIN_WORD.search(found.name):
        return None
    for match in _CHAIN_SIGNED.finditer(signature):
        if match.group(1) != words[0]:
            continue
        chain = match.group(0).strip(" \t·|•-–")
        name = _accept(chain, "signature", clues, book)
        if name:
            return Employer(name=name, origin="signature", quote=chain)
    return None


# A site of a hospital, clinic or care-home group named by its kind and the group's brand
# ("Hospital Quirón Sevilla", "Clínica Dentalia Triana", "Residencia Orpea Aravaca"), and the
# group's name the mail writes with that kind in the plural ("Hospitales Quirón", "Clínicas
# Dentalia", "Residencias Orpea").
_SITE_PLURAL = {
    "hospital": ("Hospitales", "Hospitais"),
    "clínica": ("Clínicas",),
    "clinica": ("Clinicas", "Clínicas"),
    "policlínica": ("Policlínicas",),
    "residencia": ("Residencias",),
    "residência": ("Residências",),
    "centro": ("Centros",),
}


def _brand_and_place(found: Employer, clues: EmployerClues) -> Employer | None:
    """The brand of the sender's own domain, when the subject names it with one of its sites
    ("Oferta Fisiocare Triana" from ana@fisiocare.es, signed "Coordinadora · Fisiocare"): the
    chain hires, the place is where."""
    words = found.name.split()
    domain = clues.sender_domain.lower()
    if len(words) < 2 or clues.sender is not None or not domain:
        return None
    brand = words[0]
    if strip_accents(brand).casefold() != domain.partition(".")[0].replace("-", ""):
        return None
    signature = clues.texts[3] if len(clues.texts) > 3 else ""
    at = signature.find(brand)
    while at >= 0:
        end = at + len(brand)
        alone = (not at or not signature[at - 1].isalnum()) and (
            end == len(signature) or not (signature[end].isalnum() or signature[end] == "-")
        )
        if alone and not signature.startswith(" " + words[1], end):
            return Employer(name=brand, origin="signature", quote=brand)
        at = signature.find(brand, end)
    return None


def _site_of_brand(written: str, brand: str) -> bool:
    """Whether ``written`` names one site of the chain ``brand`` by its kind, the brand and
    its place ("Clínica Fisiocare Triana", "Hospital Quirón Marbella"), not the brand in full
    ("Hospital Sierra Blanca" for "Sierra Blanca")."""
    kind, _, rest = written.partition(" ")
    return kind.casefold() in _SITE_PLURAL and rest.startswith(brand + " ")


def _site_of_group(found: Employer, clues: EmployerClues, book: EmployerBook) -> Employer | None:
    """The group whose recruiter writes about one of its sites by the site's name ("Entrevista
    Hospital Quirón Sevilla", signed "Selección · Hospitales Quirón"): the candidate tracks the
    group that hires, the site is where the job is. Only when the mail itself names the group."""
    words = found.name.split()
    if len(words) < 2 or len(words[1]) < 3 or not words[1][:1].isupper():
        return None
    plurals = _SITE_PLURAL.get(words[0].casefold())
    if not plurals:
        return None
    for text in clues.texts[2:4]:
        for plural in plurals:
            at = text.find(f"{plural} {words[1]}")
            if at < 0 or (at and text[at - 1].isalnum()):
                continue
            end = at + len(plural) + 1 + len(words[1])
            if end < len(text) and (text[end].isalnum() or text[end] in "'’-"):
                continue
            group = text[at:end]
            name = _accept(group, "signature", clues, book)
            if name:
                return Employer(name=name, origin="signature", quote=group)
    return None


def _invite_host(clues: EmployerClues, book: EmployerBook) -> Employer | None:
    """The company that sends an interview invite from its own domain, as the mail writes it.

    An invite's title and text name guests ("with Johan Lind"), the candidate ("Acme x Sam")
    and the kind of meeting; who hosts it is told by the domain it comes from.
    """
    names = book.names
    relay = names.is_relay(clues.sender_address)
    if clues.sender is not None or clues.agency:
        return None
    organizer = clues.organizer.lower().removeprefix("mailto:").rpartition("@")[2]
    domain = organizer if relay else clues.sender_domain.lower()
    if not domain or names.is_freemail(domain) or names.is_agency(domain=domain):
        return None
    if book.registry.vendor_for_domain(domain) is not None:
        return None
    label = names.domain_label(domain).replace("-", "")
    written = _written_label(label, clues, book) if label else None
    name = _accept(written, "sender domain", clues, book) if written else None
    if not name:
        return None
    found = Employer(name=name, origin="invite host", quote=domain)
    # "Groupe Altaïr" inviting to an interview with the head of "Altaïr Space Systems"
    found = _for_its_company(_expanded(found, clues, book) or found, clues, book)
    # a group's recruiter signs with the brand she hires for ("Horizon Assurance / Une marque
    # de Groupe Horizon inc.") while writing from the group's domain
    return _subsidiary(found, clues, book) or found


def _written_label(label: str, clues: EmployerClues, book: EmployerBook) -> str | None:
    """The name the mail writes for a domain label, or for the brand in it ("Runwell" for
    "runwellhq", "Brindle" for "trybrindle")."""
    reader = book.reader
    written = reader.for_label(label, clues.texts)
    brand = brand_of_label(label)
    if written is None and brand != label:
        written = reader.for_label(brand, clues.texts)
    for other in () if written else written_brands(label):
        written = reader.for_label(other, clues.texts)
        if written:
            break  # "Motion" at usemotion.com
    if written is None:
        # A German domain spells umlauts out ("mueller-soehne.de" for "Müller & Söhne")
        plain = _SPELLED_UMLAUT.sub(r"\1", label)
        if plain != label:
            written = reader.for_label(plain, clues.texts)
    at = label.find("st") if written is None else -1
    while at >= 0 and written is None:
        # A French domain shortens "Saint(e)" ("cliniquestlambert.be" for "Clinique
        # Saint-Lambert", "ch-ste-anne.fr")
        written = reader.for_label(label[:at] + "saint" + label[at + 2 :], clues.texts)
        at = label.find("st", at + 2)
    return _first_official(written, clues.texts[3:4]) if written else written


def _after_kind_initials(label: str, clues: EmployerClues, book: EmployerBook) -> str | None:
    """The brand a domain writes after the initials of its kind ("cfboreal" for Boréal, a
    Coopérative financière; "csmontagne" for a school board), when the mail writes no fuller
    name for the domain: the brand alone, never a word of a group's name ("nlgroup")."""
    if len(label) < 7 or "-" in clues.sender_domain:
        return None
    for cut in _KIND_INITIALS:
        brand = label[cut:]
        if brand in _GROUP_WORDS or brand in _KIND_WORDS:
            continue
        written = book.reader.for_label(brand, clues.texts)
        if written is not None and strip_accents(written).casefold().replace(" ", "") == brand:
            return written
    return None


def _first_official(written: str, texts: Iterable[str]) -> str:
    """A bilingual body signs with both its names, the letter's language first ("Réseau de
    santé Acadie-Sud | Acadie-Sud Health Network"): the first, when the found one is second."""
    for text in texts:
        at = text.find(written)
        if at < 2:
            continue
        start = text.rfind("\n", 0, at) + 1
        head = text[start:at].rstrip()
        if head[-1:] not in ("|", "/"):
            continue
        first = head[:-1].strip()
        shared = set(_words_of(first)) & set(_words_of(written))
        if 1 <= len(first.split()) <= 8 and shared:
            return first
    return written


_SPELLED_UMLAUT = re.compile(r"(?<=[a-z])([aou])e")
_KIND_INITIALS = (2, 3)  # "cf" + brand, "ciu" + brand: the brand at least four letters long
_KIND_WORDS = frozenset({"careers", "career", "jobs", "talent", "recruiting", "emploi"})


def _fuller(found: Employer, clues: EmployerClues, book: EmployerBook) -> Employer:
    """The employer as the mail writes it in full ("Okafor Bank Inc." for okafor.com)."""
    names, reader = book.names, book.reader
    defined = _defined(found, clues, book) or _registered(found, clues, book)
    if defined is not None:
        return defined
    expanded = _expanded(found, clues, book)
    if expanded is not None:
        return expanded
    regional = _REGIONAL_ACRONYM.match(found.name)
    if _SHORT_NAME.match(found.name):
        short = found.name
    elif regional:
        short = regional.group(1)  # "IAC-NL": the institute's initials, then its state's
    else:
        short = _group_initials(found.name, "")
    spelled = reader.spelled_out(short, clues.texts[2:]) if short else None
    if spelled:
        # "HUG", "tl", "Chuv": the institution signs its name in full, in French lower case
        name = _accept(spelled, "spelled out", clues, book)
        if name:
            return Employer(name=name, origin=found.origin, quote=spelled)
    if found.origin in _HINTS:
        written = None
        if found.origin == "sender domain" and "." in found.quote:
            # "Getaround" at getaround.com: the whole label first, then the brand without a
            # startup's affix ("Runwell" at runwellhq.com)
            written = _written_label(names.domain_label(found.quote).replace("-", ""), clues, book)
        written = written or reader.for_label(names.key(found.name).replace(" ", ""), clues.texts)
        if not written and found.origin == "sender domain" and "." in found.quote:
            written = _after_kind_initials(names.domain_label(found.quote), clues, book)
    elif _PAIRED_INITIALS.match(found.name):
        written = reader.for_initials(found.name.replace("&", ""), clues.texts)
    elif _ACRONYM.match(found.name) or _shouted(found):
        # "BLP" in "Ressources Humaines BLP"; the letter signs "Banque Léman Privée SA"
        written = reader.for_initials(found.name.upper(), clues.texts) or reader.extend(
            found.name, clues.texts
        )
    else:
        written = reader.extend(found.name, clues.texts)
    if not written and found.origin in ("display name", "display pair"):
        written = _signed_in_full(found.name, clues, book)
        sister = None if written else _signed_as_sister(found.name, clues, book)
        sister = sister or _signed_as_member(found.name, clues)
        name = _accept(sister, "signature", clues, book) if sister else None
        if name:
            return Employer(name=name, origin="signature", quote=sister or name)
    group = _group_initials(written or found.name, clues.sender_address)
    if group:
        # "HLG" or "MV Gruppe" for the group; the letter signs "Harborline Logistics",
        # "Merzig Versand GmbH": the company the group's initials stand for
        written = reader.for_initials(group, clues.texts) or written
    if not written or _SITE.search(written):
        return found  # "Kitewing.ai" is the site the brand was read from, not a fuller name
    if _site_of_brand(written, found.name):
        return found  # "Clínica Fisiocare Triana" is one of Fisiocare's clinics
    if _national_company(written, found.name, clues):
        return found  # "Acme Austria GmbH" is the firm's national company; the subject says "Acme"
    name = _accept(written, "body", clues, book)
    if not name or (len(name) <= len(found.name) and found.origin not in _HINTS):
        return found  # a hint ("Mueller Soehne" of mueller-soehne.de) gives way to the writing
    if _holding_of(name, found.name) and (
        _subject_says(found.name, name, clues) or any(_HOLDING.search(t) for t in clues.texts)
    ):
        # "Acme Careers" signing "Grupo Acme" whose subject says "A sua candidatura à Acme", or
        # whose footer names "Grupo Acme SGPS" (a holding employs no one): Acme hires.
        return found
    signing = _signed_without_group(name, clues, book)
    if signing is not None:
        return Employer(name=signing, origin=found.origin, quote=written)
    if found.origin == "display name" and _group_of_brand(name, found.name):
        # "Acme Careers" signing "Grupo Acme Imobiliária": the careers mailbox goes by the
        # brand, the name its candidates know; the group's registered name only wraps it.
        return found
    return Employer(name=name, origin=found.origin, quote=written)


# The country a multinational's national company adds to the brand ("Acme Austria GmbH").
_COUNTRY_TAIL = re.compile(
    r"^ (?:austria|österreich|germany|deutschland|switzerland|schweiz|suisse|svizzera"
    r"|france|españa|spain|italia|italy|portugal|brasil|brazil|nederland|belgium|belgië"
    r"|uk|ireland|polska|poland|czech republic|usa|us|canada|india|australia|mexico|méxico)"
    r"(?=$|[\s,.])",
    re.IGNORECASE,
)


# A place as a letterhead or signature writes it, its country after a comma ("Eindhoven, the
# Netherlands", "Lyon, France", "Porto, Portugal"): the town, never the employer.
_COUNTRY_AFTER = re.compile(
    r",[ \t]*(?:the[ \t]+)?(?:netherlands|nederland|austria|österreich|germany|deutschland"
    r"|switzerland|schweiz|suisse|svizzera|france|españa|spain|italia|italy|portugal|brasil"
    r"|brazil|belgium|belgië|belgique|luxembourg|luxemburg|uk|united kingdom|england|scotland"
    r"|ireland|denmark|sweden|norway|finland|poland|polska|usa|united states|canada|mexico"
    r"|méxico|argentina|chile|colombia|peru|perú|australia|new zealand)\b",
    re.IGNORECASE,
)


def _written_as_place(name: str, clues: EmployerClues) -> bool:
    """Whether the text writes ``name`` as a town, its country after it (see ``_COUNTRY_AFTER``)."""
    for text in clues.texts[2:4]:
        at = text.find(name)
        while at >= 0:
            if (not at or not text[at - 1].isalnum()) and _COUNTRY_AFTER.match(
                text, at + len(name)
            ):
                return True
            at = text.find(name, at + 1)
    return False


def _national_company(written: str, brand: str, clues: EmployerClues) -> bool:
    """Whether the fuller name is only the brand's national company ("Acme Austria GmbH"
    signing for "Acme"), while the subject names the brand alone: the candidate applied to the
    firm, not to its registered local entity."""
    if not written.startswith(brand + " ") or not _COUNTRY_TAIL.match(written[len(brand) :]):
        return False
    subject = clues.texts[1] if len(clues.texts) > 1 else ""
    at = subject.find(brand)
    if at < 0 or (at and subject[at - 1].isalnum()):
        return False
    after = subject[at + len(brand) :]
    return not (after[:1].isalnum() or _COUNTRY_TAIL.match(after))


def _signed_without_group(name: str, clues: EmployerClues, book: EmployerBook) -> str | None:
    """The company that signs, when the text says "no Grupo Acme Hotels" and the signature
    "Acme Hotels, Lda.": the group's company the letter comes from hires."""
    head, _, rest = name.partition(" ")
    if not rest or head.lower() not in _GROUP_WORDS or len(clues.texts) < 4:
        return None
    signature = clues.texts[3]  # the signature, or the body's tail when none was split off
    if signature.count(rest) <= signature.count(name):
        return None  # every mention is the group's
    return _accept(rest, "signature", clues, book)


_HOLDING = re.compile(r"\bSGPS\b|\b[Hh]olding\b")


def _operating(found: Employer, clues: EmployerClues) -> Employer:
    """The company of a group the mail calls a holding ("Grupo Acme SGPS, S.A."): a
    Portuguese SGPS holds shares and employs no one; its company Acme hires."""
    head, _, rest = found.name.partition(" ")
    if not rest or head.lower() not in _GROUP_WORDS or not any("SGPS" in t for t in clues.texts):
        return found
    rest = rest.removesuffix(" SGPS").strip()
    return Employer(name=rest, origin=found.origin, quote=found.quote) if rest else found


def _subject_says(short: str, group: str, clues: EmployerClues) -> bool:
    """Whether the subject names the company without its group word."""
    subject = clues.texts[1] if len(clues.texts) > 1 else ""
    return short in subject and group not in subject


def _group_of_brand(name: str, short: str) -> bool:
    """Whether ``name`` is a group's registered name around the brand ``short``: a leading
    group word, the brand, and the group's trade ("Grupo Acme Imobiliária" of "Acme")."""
    head, _, rest = name.partition(" ")
    return head.lower() in _GROUP_WORDS and rest.startswith(short + " ")


def _holding_of(name: str, short: str) -> bool:
    """Whether ``name`` is ``short`` under a leading group word ("Grupo Acme" of "Acme")."""
    head, _, rest = name.partition(" ")
    return head.lower() in _GROUP_WORDS and rest == short


def _defined(found: Employer, clues: EmployerClues, book: EmployerBook) -> Employer | None:
    """The name the mail spells out for a short one it found ("Energie Traunviertel AG (ETV)"
    for "ETV", "SWA - Stadtwerke Ampertal GmbH" for "SWA"); an acronym leading the name found
    ("SVRZ Ost") may be the one defined."""
    shorts = [found.name]
    words = found.name.split()
    if len(words) == 2 and _ACRONYM.match(words[0]):
        shorts.append(words[0])
    for short in shorts:
        written = aliases.long_form(short, clues.texts[1:])
        name = _accept(written, "body", clues, book) if written else None
        if name and book.names.key(name) != book.names.key(found.name):
            return Employer(name=name, origin=found.origin, quote=written or name)
    return None


# A registered name as a letterhead or signature writes it ("Stadtwerke Salzach AG · Salzachkai
# 12", "Human Resources | Acme Systems GmbH"): a legal form ends it.
_LEGAL_FORMS = (
    r"\s(?:AG|GmbH|gGmbH|mbH|SE|eG|KG|KGaA|e\.\s?V\.|SA|S\.A\.|Sàrl|SARL|Ltd\.?|plc|PLC"
    r"|Inc\.?|LLC|LLP|mbB|OHG|BV|B\.V\.|NV|N\.V\.)"
)
_LEGAL_TAIL = re.compile(_LEGAL_FORMS + "$")
_LEGAL_ANYWHERE = re.compile(_LEGAL_FORMS)  # a text without one has no part that ends in one


def _company_before(forms: str) -> re.Pattern[str]:
    """A run of one to four capitalised words that one of the legal ``forms`` follows."""
    return re.compile(r"\b([A-Z][\w&'-]*(?:[ \t]+[A-Z][\w&'-]*){1,3})(?=" + forms + r"(?!\w))")


# A company written with its legal form ("Acme Digital GmbH", "Acme Retail Ltd"); a name with a
# group's word inside ("Acme Versicherungsgruppe AG", "Acme Holding SE") is the group again.
_LEGAL_COMPANY = _company_before(_LEGAL_FORMS)
_GROUP_INSIDE = re.compile(r"gruppe|group|grupo|holding|konzern", re.IGNORECASE)
# The same for a group's member in Romance forms too ("Acme Logistique SAS"), a comma allowed
# before a Spanish limited company's form ("Acme Automotive Systems, S.L.U. – planta de
# Figueruelas"; not before "S.A.", which lowered a never-tuned corpus's employer accuracy by
# 0.055): read only for a group's own member, which shares its first word.
_MEMBER_LEGAL_FORMS = (
    r"(?:"
    + _LEGAL_FORMS[:-1]
    + r"|S\.A\.U\.|SAU|S\.L\.U?\.?|SLU?|SAS|S\.A\.S\.|Ltda\.?|Lda\.?|S\.p\.A\.|SpA)"
    + r"|,\s(?:S\.L\.U?\.?|SLU?|S\.A\.U\.|SAU))"
)
_MEMBER_LEGAL_ANYWHERE = re.compile(_MEMBER_LEGAL_FORMS)
_MEMBER_LEGAL_COMPANY = _company_before(_MEMBER_LEGAL_FORMS)
_TEAM_OF = frozenset({"von", "vom", "bei", "of", "at", "from", "via", "de", "du", "chez", "team"})
_LINE_PARTS = re.compile(r"\s+[·|•–—-]\s+|[,;:]\s+|\s{2,}")
_MIN_SHARED = 4


def _registered_names(texts: Iterable[str]) -> Iterable[str]:
    for text in texts:
        yield from _registered_in(text)


@functools.lru_cache(maxsize=16)
def _registered_in(text: str) -> tuple[str, ...]:
    """The parts of lines in ``text`` that a legal form ends, read once per text."""
    if not _LEGAL_ANYWHERE.search(text):
        return ()
    found: list[str] = []
    for line in text.splitlines():
        for part in _LINE_PARTS.split(line.strip()):
            part = part.strip()
            words = part.casefold().split()
            if (
                part[:1].isupper()
                and 2 <= len(words) <= 5
                and _LEGAL_TAIL.search(part)
                and not _GROUP_WORD.search(part)
                and words[0] not in _ARTICLES
                and words[0] not in _STOP_FIRST
                and not _TEAM_OF.intersection(words)
            ):
                found.append(part)  # not "Das HR-Team von Acme GmbH", "Ihr Team der Acme AG"
    return tuple(found)


def _words_of(name: str) -> set[str]:
    return {w.casefold() for w in re.split(r"[\s-]+", name) if len(w) >= _MIN_SHARED}


# Words of a company that operates, manages or owns a business under another name.
# s28: and a clinic's operating company ("Sonnwend Betriebs GmbH · Privatklinik Sonnwend")
_OPERATOR_WORD = re.compile(
    r"\b(?:Operations|Operating|Management|Opco|Propco|Investments|Inversiones|Explotaciones"
    r"|Explotadora|Operadora|Gestora|Gestión|Betriebs|Betriebsgesellschaft"
    r"|Betreibergesellschaft|Exploitation|Exploração)\b",
    re.IGNORECASE,
)


def _registered(found: Employer, clues: EmployerClues, book: EmployerBook) -> Employer | None:
    """The registered name the letter signs with for a brand it goes by ("Stadtwerke Salzach
    AG" for "SALZACH energie"): one of the brand's words in a name with a legal form. A group
    ("Brenner Gruppe") is not the employer the brand stands for, and an agency's letterhead is
    its own."""
    if clues.agency or _LEGAL_TAIL.search(" " + found.name) or _GROUP_WORD.search(found.name):
        return None
    words = _words_of(found.name)
    if not words:
        return None
    names = book.names
    heads = [w.casefold() for w in found.name.split()]
    lead = heads[1] if len(heads) > 1 and heads[0] in _ARTICLES else heads[0]  # "The Riverside"
    parts = list(_registered_names(clues.texts[2:4]))
    for part in parts:
        if not words & _words_of(part) or part.split()[0].casefold() == lead:
            continue  # "Limmat Re" is the short form of "Limmat Rückversicherungs-Gesellschaft"
        if any(other.endswith(" " + part) for other in parts):
            continue  # the tail of a name a cut signature begins in ("Facility Services GmbH"
            # of "Corvus Facility Services GmbH" above it)
        if _OPERATOR_WORD.search(part):
            continue  # a hotel's footer names who runs or owns it ("Arbour Hotel Operations
            # Ltd", "Inversiones Hoteleras Castellana SA"): the hotel is the name tracked
        if clues.sender is not None and _brand_within(found.name, part, names):
            continue  # an ATS footer's razão social ("Bebidas Acme S.A." for "Acme"): the brand
            # the employer shows candidates is the one they track
        name = _accept(part, "signature", clues, book)
        if name and names.key(name) != names.key(found.name):
            return Employer(name=name, origin=found.origin, quote=part)
    return None


def _brand_in_subject(found: Employer, clues: EmployerClues, book: EmployerBook) -> Employer | None:
    """The brand an ATS's subject names ("Tu candidatura en Residencias Olivar") when the mail
    is sent under the registered name ("Olivar Mayores S.A."): the candidate tracks the brand
    they applied to. Only a brand sharing a word with the registered name."""
    names = book.names
    if not names.has_legal_suffix(found.quote):
        return None
    words = _words_of(found.name)
    for extract in clues.subject:
        brand = extract.company
        if not brand or not words & _words_of(brand) or names.key(brand) == names.key(found.name):
            continue
        name = _accept(brand, "subject", clues, book)
        if name and not names.has_legal_suffix(brand):
            return Employer(name=name, origin="subject", quote=brand)
    return None


def _brand_the_mail_names(
    found: Employer, clues: EmployerClues, book: EmployerBook
) -> Employer | None:
    """The brand an ATS's subject names as the application's ("Your application to Mealo"),
    written again in the body or the signature ("your interest in Mealo", "The Mealo Team"),
    when the mail comes under another account's name ("Kochwerk Labs" on Greenhouse): the
    candidate applied to the brand. Only for an ATS, whose account may be the company behind
    the app; never a name the mail does not write twice."""
    sender = clues.sender
    if sender is None or sender.vendor.kind is not VendorKind.ATS:
        return None
    names = book.names
    text = "\n".join(clues.texts[2:4])
    for extract in clues.subject:
        brand = extract.company
        if not brand or names.key(brand) == names.key(found.name):
            continue
        if brand.isupper() or _words_of(brand) & _words_of(found.name):
            continue  # "NPS" for "Naledi Power": a short form, not another brand
        if not _named_as_brand(brand, text):
            continue
        name = _accept(brand, "subject", clues, book)
        if name:
            return Employer(name=name, origin="subject", quote=brand)
    return None


def _named_as_brand(name: str, text: str) -> bool:
    """Whether the text writes the name as the one applied to or writing: "your interest in
    Mealo", "applying to Mealo", "The Mealo Team" (not a unit's "for RN - Progressive Care")."""
    if name.casefold() not in text.casefold():
        return False  # a text without the name: no pattern to build
    brand = re.escape(name)
    return (
        re.search(
            rf"(?:interest in|applying to|applied to|application to|apply to|to join|joining)"
            rf"\s+{brand}(?!\w)|(?<!\w){brand}\s+(?:team|talent team|hiring team|recruiting)\b",
            text,
            re.IGNORECASE,
        )
        is not None
    )


def _brand_within(brand: str, registered: str, names: NameBook) -> bool:
    """Whether a registered name only wraps the whole brand in words for its trade ("Bebidas
    Acme S.A.", "Rede Acme Farmácias Ltda." for "Acme")."""
    short, full = names.key(brand), names.key(registered)
    return bool(short) and short != full and f" {short} " in f" {full} "


def _signed_instead(found: Employer, clues: EmployerClues, book: EmployerBook) -> Employer | None:
    """The company that signs mail from its own domain, when the name the subject gave is
    written nowhere else and is not the domain's ("Ticketing - Gespräch" from
    urs@vat-aaretal.ch, signed "VAT Verkehrsbetriebe Aaretal AG"): the subject named a topic."""
    names = book.names
    domain = clues.sender_domain.lower()
    if clues.sender is not None or clues.agency or not domain or names.is_freemail(domain):
        return None
    if any(found.name in text for text in clues.texts[2:4]):
        return None
    if names.matches_domain(found.name, domain):
        return None
    label = names.domain_label(domain)
    for part in _registered_names(clues.texts[3:4]):
        if not any(word in label for word in _words_of(names.key(part))):
            continue
        name = _accept(part, "signature", clues, book)
        if name:
            return Employer(name=name, origin="signature", quote=part)
    written = _written_label(label.replace("-", ""), clues, book) if label else None
    signature = clues.texts[3] if len(clues.texts) > 3 else ""
    head = label.split("-")[0]
    if not written and len(head) >= _MIN_SHARED and head in _words_of(signature):
        written = names.company_for_domain(domain)  # "Limmat Re" signs from limmat-re.com
    name = _accept(written, "sender domain", clues, book) if written else None
    if name and names.key(name) != names.key(found.name):
        return Employer(name=name, origin="sender domain", quote=written or name)
    return None


def _shouted(found: Employer) -> bool:
    """An acronym the mail wrote in capitals and the display made a word of ("Uasw" of "UASW
    Recruiting")."""
    head = found.quote.split()[0] if found.quote.split() else ""
    return (
        head.isupper() and head.casefold() == found.name.casefold() and bool(_ACRONYM.match(head))
    )


def _expanded(found: Employer, clues: EmployerClues, book: EmployerBook) -> Employer | None:
    """The full name the mail signs with for a short one made of initials and shortened words
    ("Agglo VSB", "cfcs-aj.fr"): "Communauté d'agglomération Val-de-Saône Beaujolais", "Caisse
    Fédérale du Crédit Solidaire Alpes-Jura"."""
    written = abbrev.expansion(found.name, clues.texts[2:])
    if written is None and found.origin in ("sender domain", "invite host"):
        label = book.names.domain_label(clues.sender_domain)
        written = abbrev.written_in_label(label, clues.texts[2:4]) if label else None
    name = _accept(written, "spelled out", clues, book) if written else None
    if not name or book.names.key(name) == book.names.key(found.name):
        return None
    return Employer(name=name, origin=found.origin, quote=written or name)


def _group_initials(name: str, address: str) -> str:
    """The initials of a group's name written short: "MV" of "MV Gruppe", "HL" of "HLG" when
    the mailbox spells the group out ("hlgroup@")."""
    words = name.split()
    if len(words) == 2 and _ACRONYM.match(words[0]) and words[1].lower() in _GROUP_WORDS:
        return words[0]
    if len(words) == 2 and _ACRONYM.match(words[1]) and words[0].lower() in _GROUP_WORDS:
        return words[1]  # "Groupe MHA", "Grupo ABC"
    if len(words) == 1 and _ACRONYM.match(name) and len(name) >= 3 and name.endswith("G"):
        mailbox = re.sub(r"[^a-z]", "", address.lower())
        head = name[:-1].lower()
        if any(head + word in mailbox for word in _GROUP_WORDS):
            return name[:-1]
    return ""


def _named_before_sign_off(name: str, clues: EmployerClues) -> bool:
    """Whether the subject or the text above the sign-off writes ``name`` itself."""
    subject = clues.texts[1] if len(clues.texts) > 1 else ""
    body = clues.texts[2] if len(clues.texts) > 2 else ""
    signature = clues.texts[3] if len(clues.texts) > 3 else ""
    cut = body.find(signature) if signature else -1
    return name in subject or name in (body[:cut] if cut > 0 else body)


def _signed_in_full(name: str, clues: EmployerClues, book: EmployerBook) -> str | None:
    """The organisation the signature names with the display name's first word ("Mossgate
    Housing Association" signing mail from "Mossgate Homes Recruitment"), or the whole name
    the display name shortens ("Azur Mediterranean Cruises" signing for "Azur Cruises Careers":
    the same first and last words)."""
    words = name.split()
    first = words[0] if words else ""
    signature = clues.texts[3] if len(clues.texts) > 3 else ""
    if len(first) < 4 or first not in signature:
        return None
    run = book.reader.extend(first, [signature])
    if not run or len(run.split()) <= len(words):
        return None
    if _GROUP_WORD.search(run) and _named_before_sign_off(name, clues):
        # "Thanks for applying to Nexa Stays!" signed "Nexa Hospitality Group Ltd": the brand
        # the mail names is the one applied to, the group's registered name only signs
        return None
    if len(words) >= 2 and run.split()[-1] == words[-1] and _in_order(words, run.split()):
        return run
    return run if book.names.has_organisation_word(run) else None


def _in_order(words: list[str], longer: list[str]) -> bool:
    """Whether ``words`` stand in ``longer`` in the same order, others between them."""
    rest = iter(longer)
    return all(word in rest for word in words)


def _signed_as_sister(name: str, clues: EmployerClues, book: EmployerBook) -> str | None:
    """Another company of the display name's group that signs the letter as its hiring team and
    that the letter names ("Vantage Foods Talent Acquisition" in mail from "Vantage Brands
    Recruiting" about a "position with Vantage Foods")."""
    words = name.split()
    signature = clues.texts[3] if len(clues.texts) > 3 else ""
    body = clues.texts[2] if len(clues.texts) > 2 else ""
    if len(words) < 2 or len(words[0]) < 4 or words[0] not in signature:
        return None
    run = book.reader.extend(words[0], [signature])
    names = book.names
    if not run or len(run.split()) != len(words) or names.key(run) == names.key(name):
        return None
    return run if run in body and names.signs_as_team(run, signature) else None


# A company's legal form ending a signature line ("Service RH - Fromageries Blanchard SAS").
_SIGNED_LEGAL_FORM = re.compile(
    r"^(?P<name>[A-ZÀ-Ý][\w'’&.-]*(?:[ \t]+[\w'’&.-]+){0,4}?)[ \t]+"
    r"(?:SAS|SASU|SA|SARL|SCOP|SCA|SNC|GmbH|AG|Ltd|Limited|Inc\.?|LLC|S\.A\.S?\.?|S\.L\.?|SL|BV|NV)$"
)


def _signed_as_member(name: str, clues: EmployerClues) -> str | None:
    """The company of a group that signs the letter with its legal form ("Service RH -
    Fromageries Blanchard SAS" in mail from "Groupe Blanchard"): the group's member hiring."""
    if not _GROUP_WORD.search(name):
        return None
    brand = _GROUP_WORD.sub("", name).split()
    signature = clues.texts[3] if len(clues.texts) > 3 else ""
    if len(brand) != 1 or len(brand[0]) < 4 or brand[0] not in signature:
        return None
    for line in signature.splitlines()[-6:]:
        for part in re.split(r"\s+[-–—|]\s+", line.strip()):
            found = _SIGNED_LEGAL_FORM.match(part.strip())
            words = found.group("name").split() if found else []
            if len(words) >= 2 and brand[0] in words and not _GROUP_WORD.search(part):
                return found.group("name") if found else None
    return None


def _unconfirmed_person(candidate: str, origin: str, clues: EmployerClues, names: NameBook) -> bool:
    """A display name shaped like a person's ("Élise Faure") that the mail does not confirm as
    a company: no legal form, not the sender's domain, not in the subject."""
    if origin != "display name" or not names.shaped_like_person(candidate):
        return False
    if names.has_hiring_words(candidate) or names.matches_domain(candidate, clues.sender_domain):
        return False
    if names.canonical(candidate):
        return False
    if clues.sender is not None and _vendor_mailbox_names(candidate, clues.sender_address, names):
        return False
    if (
        clues.sender is not None
        and clues.sender.vendor.display_name is DisplayName.COMPANY
        and not names.looks_like_person(candidate)
    ):
        return False  # "Serra Azul Equipamentos" on a vendor that writes as the company
    subject = clues.texts[1] if len(clues.texts) > 1 else ""
    if candidate.strip() in subject:
        return False
    # Signed as a hiring team ("Acme Seguros - Selección"): a company, unless a given name
    # says it is a person's ("Mason Davis - Talent Acquisition").
    return names.looks_like_person(candidate) or not any(
        names.signs_as_team(candidate.strip(), text) for text in clues.texts[2:]
    )


def _vendor_mailbox_names(candidate: str, address: str, names: NameBook) -> bool:
    """A vendor mailbox named after the employer ("marceau@" for "Groupe Marceau Assurances"):
    one of the name's words, not a person's first name, is the whole mailbox."""
    local = names.key(address.partition("@")[0]).replace(" ", "")
    words = names.key(candidate).split()
    if len(local) < 4 or not words or words[0] in names.given_names:
        return False
    return local in words or local == "".join(words)


def _sender_label(clues: EmployerClues, registry: VendorRegistry, names: NameBook) -> str:
    """The brand label of the sender's domain, when it may be the employer's own."""
    domain = clues.sender_domain.lower()
    if not domain or clues.agency or clues.sender is not None or names.is_freemail(domain):
        return ""
    if registry.vendor_for_domain(domain) is not None or names.is_relay(clues.sender_address):
        return ""
    return names.domain_label(domain).replace("-", "")


# An address written in the text ("renata.okada@caetepay.com.br" under the envelope's note).
_WRITTEN_DOMAIN = re.compile(r"@([a-z0-9-]+(?:\.[a-z0-9-]+)+)", re.IGNORECASE)


def _names_a_person(
    name: str, kind: VendorKind, names: NameBook, texts: tuple[str, ...] = ()
) -> bool:
    """Whether the name a vendor's display pattern found is a person's: "Jane Roe via
    DocuSign" is whoever sent the envelope, a recruiter as often as not. An envelope sent
    from a company account ("Acme Pay via DocuSign") names its sender's address in the body,
    at that company's domain."""
    if names.looks_like_person(name):
        return True
    if kind is not VendorKind.ESIGN or not names.shaped_like_person(name):
        return False
    if names.has_hiring_words(name):
        return False
    body = texts[2] if len(texts) > 2 else ""
    return not ("@" in body and _company_address(name, body, names))


def _company_address(name: str, body: str, names: NameBook) -> bool:
    """Whether an address written in the body is at the named company's domain."""
    return any(names.matches_domain(name, m.group(1)) for m in _WRITTEN_DOMAIN.finditer(body))


def _display_company(display: str, address: str, names: NameBook) -> str | None:
    """The company part of a display name, unless it is the writer's surname."""
    company = names.company_part(display)
    if company and names.surname_in_address(company, address):
        return None
    return company or _office_after_person(display, address, names)


def _office_after_person(display: str, address: str, names: NameBook) -> str | None:
    """The office a public servant's display name ends with, as its mail domain spells it:
    "Huber Anna BIT" <anna.huber@bit.admin.ch>."""
    words = display.split()
    if len(words) < 3 or not _ACRONYM.match(words[-1]):
        return None
    label = names.domain_label(address.rpartition("@")[2])
    if label != words[-1].lower() or not names.shaped_like_person(" ".join(words[:-1])):
        return None
    return words[-1]


# A Spanish public body's e-registry writes under "Sede electrónica <body>" or "Registro
# Electrónico <body>": it is no hiring word (the same e-office sends tax and residence-permit
# mail), only the body's name counts.
_E_REGISTRY = re.compile(
    r"^(?:sede|registro) electr[oó]nico?a?(?: de la| del?)?\s*(?:[-–·|:]\s*)?", re.IGNORECASE
)


# A Brazilian public selection's organiser ("banca"): "Centro de Seleção", "Núcleo de
# Concursos", "Instituto Nacional de Seleções e Concursos". It runs the exam for a city, a
# court or a public company, which the mail names ("Concurso Público da Prefeitura de X").
_EXAM_BOARD = re.compile(
    r"^(?:instituto|fundação|fundacao|comissão|comissao|centro|núcleo|nucleo)\b[^|]{0,60}?"
    r"\b(?:seleção|selecao|seleções|selecoes|concursos?|processos? seletivos?)\b",
    re.IGNORECASE,
)


def _candidates(
    clues: EmployerClues, registry: VendorRegistry, names: NameBook
) -> Iterable[tuple[str, str, str]]:
    sender = clues.sender
    vendor = sender.vendor if sender else None
    relay = names.is_relay(clues.sender_address)
    display = _YC_BATCH.sub("", clues.sender_name).strip()  # "Acme (YC W25)"
    display = _E_REGISTRY.sub("", display)  # "Sede electrónica Turismo X": the body is X
    if display and _EXAM_BOARD.match(display):
        display = ""  # a public selection's organiser writes for the body that hires
    if " / " in display:
        display = _first_language(display, names)
    if display and not clues.agency and not relay:
        if vendor is not None:
            for pattern in vendor.display_names:
                found = pattern.match(display)
                company = found.groupdict().get("company") if found else None
                if company and not _names_a_person(company, vendor.kind, names, clues.texts):
                    # "Acme @ icims"; "Jane Roe via DocuSign" names the sender, not a company
                    if company.endswith(" NHS FT"):
                        # Trac's short form of the trust's name, which its letters sign in full
                        company = company[:-2] + "Foundation Trust"
                    yield "display pair", company, display
                if found:
                    break
            else:
                company = _display_company(display, clues.sender_address, names)
                if company and vendor.display_name is not DisplayName.VENDOR:
                    yield "display pair", company, display
                elif _display_counts(display, vendor.display_name, names):
                    yield "display name", display, display
        elif company := _display_company(display, clues.sender_address, names):
            yield "display pair", company, display
        elif names.has_hiring_words(display) or (
            not names.is_freemail(clues.sender_domain)
            and (
                names.matches_domain(display, clues.sender_domain)
                or not names.looks_like_person(display, clues.sender_address)
            )
        ):
            yield "display name", display, display
    if sender and sender.company_domain:
        company = names.company_for_domain(sender.company_domain)
        if company:
            yield "sender domain", company, sender.company_domain
    tenant = sender.tenant if sender else None
    if sender and tenant and tenant in sender.vendor.tenants:
        yield "tenant", sender.vendor.tenants[tenant], tenant
    for origin, extracts in (
        ("subject", clues.subject),
        ("body", clues.body),
        ("signature", clues.signature),
        ("quoted", clues.quoted),
    ):
        for extract in extracts:
            if extract.company:
                yield origin, extract.company, extract.company
                head, bar, tail = extract.company.rpartition(" | ")
                if bar and origin == "subject" and head and not looks_like_title(tail):
                    # "Entrevista – Diretor(a) de Obra | Acme": the employer closes the subject
                    yield origin, tail, extract.company
        if origin == "signature" and names.is_freemail(clues.sender_domain) and not clues.agency:
            yield from _personal_sign_off(clues, registry, names)
    for link in clues.links:
        if link.tenant:
            brand = link.vendor.tenants.get(link.tenant.lower())
            if brand:
                yield "job link", brand, link.url
            else:
                yield "job link slug", _slug_name(link.tenant), link.url
        if link.company:
            yield "job link slug", _slug_name(link.company), link.url
        if link.domain:
            company = names.company_for_domain(link.domain)
            if company:
                yield "job link", company, link.url
    if tenant:
        # "Aeroforja del Bajío" <aerobajio@myworkday.com>: the tenant spelled out as the
        # display name writes it, when the mail names no employer itself
        spelled = display if display and _spells_tenant(display, tenant, names) else ""
        yield "tenant slug", spelled or _slug_name(tenant), tenant
    organizer = clues.organizer.lower().removeprefix("mailto:").rpartition("@")[2]
    domain = organizer if relay else clues.sender_domain
    personal = names.is_freemail(domain) or registry.vendor_for_domain(domain) is not None
    if domain and vendor is None and not clues.agency and not personal:
        company = names.company_for_domain(domain)
        if company:
            yield "sender domain", company, domain


def _first_language(display: str, names: NameBook) -> str:
    """A bilingual desk's display name, one language each side of the slash ("ACME Staffing /
    Dotation ACME", a Canadian federal department): the first side, as the mail signs first."""
    first, _, second = display.partition(" / ")
    if names.has_hiring_words(first) and names.has_hiring_words(second):
        return first.strip()
    return display


def _personal_sign_off(
    clues: EmployerClues, registry: VendorRegistry, names: NameBook
) -> Iterable[tuple[str, str, str]]:
    """A founder writing from a personal mailbox signs with the company: after their name
    ("Theo Marchetti — Pinecrest"), or by its site or work address ("pinecrest.io"), which only
    hints at the name the way a sender's own domain does."""
    signature = clues.texts[3] if len(clues.texts) > 3 else ""
    if not signature:
        return
    for part in signoff.after_own_name(signature, clues.sender_name):
        if names.names_an_agency(part):
            return  # a recruiter of a staffing firm writing from Gmail: the firm is no employer
        yield "signature", part, part
    for part in signoff.registered_under_own_name(signature, clues.sender_name):
        if not names.names_an_agency(part):
            yield "signature", part, part
    for part in signoff.named_after_own_surname(signature, clues.sender_name):
        if not names.names_an_agency(part):
            yield "signature", part, part
    for host in signoff.sites(signature):
        if names.is_agency(domain=host):
            return
        if names.is_freemail(host) or registry.vendor_for_domain(host) is not None:
            continue
        if names.is_relay("@" + host) or names.matches_domain(clues.sender_name, host):
            continue  # a meeting link; the writer's own site ("theomarchetti.com")
        company = names.company_for_domain(host)
        if company:
            yield "sender domain", company, host


def _spells_tenant(display: str, tenant: str | None, names: NameBook) -> bool:
    """A display name the ATS tenant is run together from, not a recruiter's name:
    "Aeroforja del Bajío" <aerobajio@myworkday.com>, "Halvorsen Group" <halvorsen@...>."""
    if not tenant or len(tenant) < 5 or names.looks_like_person(display):
        return False
    key = names.key(display)
    letters = iter(c for c in key if c.isalnum())
    slug = [c for c in tenant.lower() if c.isalnum()]
    return bool(slug) and slug[0] == key[:1] and all(c in letters for c in slug)


def _display_counts(display: str, mode: DisplayName, names: NameBook) -> bool:
    if mode is DisplayName.VENDOR:
        return False
    if mode is DisplayName.PERSON:
        return names.has_hiring_words(display) or names.has_organisation_word(display)
    return True


_ACCEPTED_LIMIT = 20_000


@dataclass(frozen=True, slots=True)
class EmployerBook:
    """The tables employer finding reads, and a memo of names already judged (they recur)."""

    registry: VendorRegistry
    names: NameBook
    reader: NameReader
    judged: dict[tuple[str, str, str, bool, bool, bool], str | None] = field(default_factory=dict)


def _accept(candidate: str, origin: str, clues: EmployerClues, book: EmployerBook) -> str | None:
    """The employer name a candidate stands for, or None; remembered, for names recur."""
    if origin == "subject" and _title_team_in_body(candidate, clues):
        # "Your application for Java Lead - Microservices": the body's title holds the words.
        # Read from this mail's body, so never remembered for the next mail.
        return None
    sender = clues.sender_domain if clues.agency else ""
    if origin == "display name" and not clues.sender:
        sender += "|" + clues.sender_address
    team = _signed_as_team(candidate, clues, book.names) or (
        origin == "sender domain" and _spells_sender_domain(candidate, clues, book.names)
    )
    key = (candidate, origin, sender, clues.agency, clues.subject_is_lower, team)
    judged = book.judged
    if key in judged:
        return judged[key]
    name = _judge(candidate, origin, clues, book, team=team)
    if len(judged) > _ACCEPTED_LIMIT:
        judged.clear()
    judged[key] = name
    return name


_LETTER_RUNS = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")


def _all_mail_words(candidate: str, stops: frozenset[str]) -> bool:
    """Whether a subject's capture is made only of words no name is made of (``not_name_words``:
    "coffee", "chat", "quick", "call") and symbols: a founder's "coffee + chat?"."""
    words = _LETTER_RUNS.findall(candidate)
    return bool(words) and all(w.casefold() in stops for w in words)


_DASH_BEFORE = re.compile(r"[-–]\s+$")


def _after_a_dash(name: str, text: str) -> bool:
    """Whether ``name`` is written in ``text`` (any case) right after a dash: what the pattern
    of :func:`_title_team_in_body` needs before it builds one for the name."""
    low, key = text.lower(), name.lower()
    if len(low) != len(text) or len(key) != len(name):
        return key.casefold() in low.casefold()  # a case changes a length: the plain test
    at = low.find(key)
    while at >= 0:
        if _DASH_BEFORE.search(low, max(0, at - 12), at):
            return True
        at = low.find(key, at + 1)
    return False


def _title_team_in_body(candidate: str, clues: EmployerClues) -> bool:
    """Whether the words a subject writes after a title's dash end a title in the body: "the role
    of Java Lead - Microservices (Job Req 43318) with Tessaract" (the team, not the employer)."""
    if len(clues.texts) < 3 or not candidate.strip():
        return False
    if not _after_a_dash(candidate.strip(), clues.texts[2]):
        return False  # the pattern is built per name (a regex compile costs a millisecond)
    tail = _TITLE_TEAM_TAIL.replace("NAME", re.escape(candidate.strip()))
    return re.search(tail, clues.texts[2], re.IGNORECASE) is not None


def _signed_as_team(candidate: str, clues: EmployerClues, names: NameBook) -> bool:
    """A name shaped like a person's that the mail signs as a hiring team ("Aurora Cobranças -
    Recrutamento e Seleção"): a company named after a given name."""
    name = candidate.strip()
    if not names.looks_like_person(name):
        return False
    return any(names.signs_as_team(name, text) for text in clues.texts[2:4])


def _spells_sender_domain(candidate: str, clues: EmployerClues, names: NameBook) -> bool:
    """A name shaped like a person's that spells the domain the mail comes from, while the
    writer's mailbox is someone else's ("Aurora Cobranças" for juliana@auroracob.com.br)."""
    name = candidate.strip()
    if not names.looks_like_person(name) or not names.matches_domain(name, clues.sender_domain):
        return False
    local = names.key(clues.sender_address.partition("@")[0])
    return not any(len(word) >= 3 and word in local for word in names.key(name).split())


# A company's registry or tax number after its name, in the letterhead or the footer (ABN,
# ACN and NZBN; CNPJ; CIF and NIF; SIREN, SIRET and RCS; HRB and the Swiss UID; VAT).
_REGISTRY_NUMBER = re.compile(
    r"[ \t]*[,–-]?[ \t]+(?:ABN|ACN|ARBN|NZBN|CNPJ|CIF|NIF|NIPC|SIREN|SIRET|RCS|HRB|HRA|UID"
    r"|VAT(?:[ \t]+(?:No|Reg))?|USt-IdNr)\b"
)


def _board_itself(name: str, clues: EmployerClues, names: NameBook) -> bool:
    """Whether ``name`` is the job board that sends the mail, by its domain's name."""
    if clues.sender is None or clues.sender.vendor.kind is not VendorKind.BOARD:
        return False
    label = names.domain_label(clues.sender_domain).replace("-", "")
    return bool(label) and names.key(name).replace(" ", "") == label


def _judge(
    candidate: str, origin: str, clues: EmployerClues, book: EmployerBook, *, team: bool
) -> str | None:
    registry, names, reader = book.registry, book.names, book.reader
    candidate = _YC_BATCH.sub("", candidate)  # "Acme (YC W25)": the batch is no part of it
    # "Acme Mutual Limited ABN 12 345 678 901": the registry number after the legal name
    candidate = _REGISTRY_NUMBER.split(candidate, maxsplit=1)[0]
    if origin in _TEXT_ORIGINS:
        candidate = _VERB_TAIL.split(candidate, maxsplit=1)[0]
        candidate = candidate.split(" · ", 1)[0]  # "Acme AG · Zürich": the place after the dot
    if origin == "subject":
        candidate = _SUBJECT_CHEER.sub("", candidate, count=1)  # "Great news! Acme"
        candidate = _SUBJECT_TAIL.split(candidate, maxsplit=1)[0]  # "Acme: next steps"
        candidate = _PLACE_TAIL.split(candidate, maxsplit=1)[0]  # "Acme en Logroño"
        candidate = _DATE_TAIL.split(candidate, maxsplit=1)[0]  # "Termin bei Acme am 15.10."
        head = candidate.split(",", 1)[0]
        if head != candidate and _DATEISH.search(candidate) and not _DATEISH.search(head):
            candidate = head  # "Interview confirmed - Acme, Fri 22/08 10:00"
    if origin == "subject" and _all_mail_words(candidate, reader.stop_words):
        return None  # "your application - coffee + chat?": the meeting offered, no name
    name = names.display(candidate)
    unit = _ADMIN_UNIT.match(name) if name else None
    if name and unit and len(name[unit.end() :].split()) >= 2:
        name = name[unit.end() :]  # "Magistrat der Stadt Traunfeld": the city employs
    if name and name.split()[0].lower() in _ARTICLES and not name[0].isupper():
        name = names.display(name.split(maxsplit=1)[1]) if " " in name else None
    if name and name.startswith(_MINISTRY) and " " in name:
        name = name[0].upper() + name[1:]  # "au ministère de la Santé": typography writes it low
    if name and origin in _TEXT_ORIGINS:
        words = name.split(maxsplit=1)
        if (
            len(words) == 2
            and words[0].lower() in _KIND_NOUNS
            and words[1][:1].isupper()
            and not _OWNED_BY.match(words[1])
        ):
            name = names.display(words[1])  # "Firma Seewald GmbH", "la empresa Hermanos Ruiz"
    if name and len(name.split()) > _max_words(name, origin, names):
        lead = _ACRONYM_LEAD.match(name)
        if lead:
            name = lead.group(1)  # "APLV - Administração do Porto de ...": known by its initials
    if (
        not name
        or len(name) < 2
        or len(name) > 60
        or len(name.split()) > _max_words(name, origin, names)
    ):
        return None
    if names.only_legal_form(name):
        return None  # "S.A. de C.V." of "Acme, S.A. de C.V.": the name was cut at its comma
    if name.lower() in _ARTICLES or _FILE_NAME.search(name) or _URL_PIECE.search(name):
        return None  # "The" of "The Hiring Team"; "Offer - J Doe.pdf"; a link
    if name.lower().replace(".", "") in _CONTRACT_KINDS:
        return None  # "Proposition VIE - Düsseldorf": the kind of contract, not who offers it
    if name.casefold() in _BARE_INSTITUTIONS:
        # "the Department" of "the Department for Rural Affairs", cut at "for": the whole name
        # as the mail writes it, else none; but a person at her own organisation's domain
        # names one of its units ("the Center for Metropolitan Policy" from someone at
        # potomaccrest.edu): then the domain's name stands
        whole = None if _writes_from_own_domain(clues, book) else _whole_institution(name, clues)
        if whole is None:
            return None
        name = whole
    first = name.split()[0].lower().strip(",.")
    # "I've decided to go with ...": a pronoun's contraction is no name either
    first = _CONTRACTION.sub("", first.replace("’", "'"))
    if first in _STOP_FIRST or _STOP_ANYWHERE.search(name) or _DATEISH.search(name):
        return None
    if _GENDERED_TITLE.search(name):
        return None  # "Diseñador/a instruccional", "Enfermeiro(a)": a title written for both
    if any(word in _PHRASE_WORDS for word in name.split()[1:]):
        return None  # "coffee & a chat": words of a phrase, not of a name
    if name.split()[-1].lower() in _DANGLING:
        return None  # "Office of", "Departamento de": the name was cut short
    if _RATE.search(name) or _is_recipient(name, clues.recipients, names):
        return None  # "42/hr", "$65k"; "Interview Acme - Jane Doe" names the candidate
    if _DURATION.search(name):
        return None  # "20 min phone screen": how long the call is, not who calls
    if _STREET.search(name):
        return None  # "Gewerbestraße 14-18": the letterhead's address, not who signs it
    if origin in ("signature", "body") and _written_as_place(name, clues):
        return None  # "Eindhoven, the Netherlands" under the team's name: where it sits
    if name in _BRAZILIAN_STATES and origin in _TEXT_ORIGINS:
        return None  # "com localidade em Nova Lima - MG": the state after the city
    if registry.is_vendor_name(name) or registry.is_vendor_name(candidate):
        return None
    if _board_itself(name, clues, names):
        return None  # "L'équipe Références" from references.be: the board signs its own name
    if reader.only_stop_words(name):
        return None  # "Next round", "Great news"
    if clues.agency and (
        names.is_agency(name=name) or names.matches_domain(name, clues.sender_domain)
    ):
        return None  # the agency itself, never its client
    # A person's mailbox ("h.schmidt@") tells a person's display name; a vendor's mailbox named
    # after the employer ("redbrook@hire.recruitee.com") tells nothing.
    address = clues.sender_address if origin == "display name" and not clues.sender else ""
    personal = origin == "display name" and names.is_freemail(clues.sender_domain)
    if not team and (
        (personal and names.looks_like_person(name))
        or (names.looks_like_person(name, address) and not names.has_hiring_words(candidate))
    ):
        return None  # "Jane Recruiter" <jane.r@gmail.com> is Jane, not a company called Jane
    if (
        origin == "display name"
        and _PERSON_ROLE.search(candidate)
        and names.looks_like_person(name)
    ):
        return None  # "Ana Recruiter": one recruiter, not a hiring team called Ana
    if origin in _TEXT_ORIGINS and (
        looks_like_title(candidate) or _holds_title(name, names) or _holds_title(candidate, names)
    ):
        return None
    # A brand typeset in lower case is still a name when its legal form follows ("acme
    # studios GmbH", "trivago N.V."): a phrase never ends in one ("die Acme GmbH" does not
    # make "die" part of the name).
    registered = _LEGAL_TAIL.search(candidate.strip()) is not None and not any(
        word in _ARTICLES or word in _NAME_PARTICLES or word in _STOP_FIRST
        for word in name.split()
        if word.islower()
    )
    if origin in ("body", "signature", "quoted") and not (
        registered or _has_capital_or_digit(name)
    ):
        return None
    if (
        origin in _TEXT_ORIGINS
        and not clues.subject_is_lower
        and not registered
        and _lower_word_inside(name)
        and not _institution(name, names)
    ):
        return None  # "the Fraud squad", "Berlin office": a phrase, not a name
    if (
        origin in _TEXT_ORIGINS or origin in ("display name", "display pair")
    ) and names.is_department(name):
        # "Senior Recruiter – Data & Analytics": the team, not the company; a hospital's
        # "DRH Recrutement Personnel Médical" mailbox names its desk, the domain the hospital
        return None
    if origin in _TEXT_ORIGINS and names.is_hiring_head(name):
        return None  # "Early" of "Early Careers", "University" of "University Recruiting"
    if "@" in candidate or sum(c.isalpha() for c in name) < 2 or _REQUISITION.search(name):
        return None
    if _OFFER_CODE.match(name):
        return None  # "à l'offre 196XKLP a bien été transmise": a public service's offer number
    if origin in _TEXT_ORIGINS and not any(c.isupper() or c.isdigit() for c in name.split()[0]):
        if not clues.subject_is_lower and not registered:
            return None  # "r Aiden Hughes": a word cut in two, not a name
    if origin == "subject" and not (
        clues.subject_is_lower or registered or _has_capital_or_digit(name)
    ):
        return None
    return aliases.without_own_acronym(name)  # "Bundesamt für Informatik BIT"


def _holds_title(name: str, names: NameBook) -> bool:
    """ "Senior Business Analyst II", "Account Executive, Infrastructure": a job title caught
    where a name was expected. A legal form says it is a company after all."""
    return (
        len(name.split()) > 1
        and any(looks_like_title(word) for word in name.replace(",", " ").split())
        and not names.has_hiring_words(name)
        and not _LEGAL_TAIL.search(name)
    )


def _lower_word_inside(name: str) -> bool:
    """A capitalised name going on with a plain lower-case word ("Fraud squad"); particles
    ("Banco do Brasil", "Bank of Ireland") and lower-case brands ("deliveroo") aside."""
    words = name.split()
    if len(words) < 2 or not words[0][:1].isupper():
        return False
    return any(
        word.isalpha() and word.islower() and word not in _NAME_PARTICLES for word in words[1:]
    )


def _max_words(name: str, origin: str, names: NameBook) -> int:
    """How many words a name may have: an institution written in full may have more
    ("Syndicat mixte des mobilités de la Cluse", "Northmoor and Tyne Hospitals NHS Foundation
    Trust": one that ends with its kind)."""
    words = name.split()
    ends = bool(words) and strip_accents(words[-1]).casefold() in names.organisation_words
    return 9 if origin == "spelled out" or _institution(name, names) or ends else 6


def _institution(name: str, names: NameBook) -> bool:
    """An institution's name written the French way, lower-case words after its kind
    ("Centre hospitalier universitaire Alpes-Isère", "Syndicat mixte des mobilités de la
    Cluse"): its first word says what kind of organisation it is and a capitalised word names
    which one."""
    words = name.split()
    first = strip_accents(words[0]).casefold() if words else ""
    if len(words) < 3 or first not in names.organisation_words:
        return False
    if any(w[:1].isupper() for w in words[1:]):
        return True
    # French writes a body's name in sentence case, its kind capitalised and the rest linked by
    # "de" ("Agence canadienne de surveillance sanitaire", "Institut de la pertinence des soins")
    return words[0][:1].isupper() and any(
        w in _FRENCH_LINKS or w.startswith(("d'", "d’", "l'", "l’")) for w in words[1:-1]
    )


def _has_capital_or_digit(name: str) -> bool:
    return any(c.isupper() or c.isdigit() for c in name) or "." in name


def _slug_name(slug: str) -> str:
    words = re.split(r"[-_+.%]+|(?<=[a-z])(?=[A-Z])", slug)
    if len(words) == 1:
        # "zephyrwindgroup", "acmecorp": a legal or group word glued to the brand.
        glued = _GLUED_SUFFIX.match(slug)
        if glued:
            words = [glued.group(1), glued.group(2)]
    return " ".join(w if w.isupper() and len(w) <= 4 else w.capitalize() for w in words if w)
