"""Dates and times written the way each language writes them in mail."""

from __future__ import annotations

import time

_WEEKDAYS = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "de": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
    "pt": (
        "segunda-feira",
        "terça-feira",
        "quarta-feira",
        "quinta-feira",
        "sexta-feira",
        "sábado",
        "domingo",
    ),
}
_MONTHS = {
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
    "de": (
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ),
    "fr": (
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ),
    "es": (
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ),
    "pt": (
        "janeiro",
        "fevereiro",
        "março",
        "abril",
        "maio",
        "junho",
        "julho",
        "agosto",
        "setembro",
        "outubro",
        "novembro",
        "dezembro",
    ),
}


def local(ts: float, tz_minutes: int) -> time.struct_time:
    return time.gmtime(ts + tz_minutes * 60)


def long_date(ts: float, tz_minutes: int, lang: str) -> str:
    t = local(ts, tz_minutes)
    day, month = _WEEKDAYS[lang][t.tm_wday], _MONTHS[lang][t.tm_mon - 1]
    if lang == "en":
        return f"{day}, {month} {t.tm_mday}"
    if lang == "de":
        return f"{day}, {t.tm_mday}. {month}"
    if lang == "fr":
        return f"{day} {t.tm_mday} {month}"
    return f"{day}, {t.tm_mday} de {month}"


def short_date(ts: float, tz_minutes: int, lang: str) -> str:
    t = local(ts, tz_minutes)
    if lang == "en":
        return f"{_MONTHS['en'][t.tm_mon - 1][:3]} {t.tm_mday}, {t.tm_year}"
    if lang == "de":
        return f"{t.tm_mday:02d}.{t.tm_mon:02d}.{t.tm_year}"
    return f"{t.tm_mday:02d}/{t.tm_mon:02d}/{t.tm_year}"


def clock(ts: float, tz_minutes: int, lang: str) -> str:
    t = local(ts, tz_minutes)
    if lang == "en":
        hour = t.tm_hour % 12 or 12
        return f"{hour}:{t.tm_min:02d} {'AM' if t.tm_hour < 12 else 'PM'}"
    if lang == "de":
        return f"{t.tm_hour}:{t.tm_min:02d} Uhr"
    if lang in {"fr", "pt"}:
        return f"{t.tm_hour}h{t.tm_min:02d}"
    return f"{t.tm_hour}:{t.tm_min:02d}"


def tz_name(tz_minutes: int) -> str:
    return {
        -480: "PT",
        -420: "MT",
        -360: "CT",
        -300: "ET",
        0: "GMT",
        60: "CET",
        120: "CEST",
        -180: "BRT",
    }.get(tz_minutes, f"UTC{tz_minutes // 60:+d}")


def month_name(ts: float, lang: str) -> str:
    return _MONTHS[lang][time.gmtime(ts).tm_mon - 1]
