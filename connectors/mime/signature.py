"""Where the sender's signature starts, found conservatively.

Two signs count: the conventional ``-- `` delimiter line, and a sign-off on a line of its own
("Best regards,", "Mit freundlichen Grüßen") followed by nothing but a short block of short lines
(a name, a title, a company). Anything longer after a sign-off is body text, not a signature.
"""

from __future__ import annotations

_SIGN_OFFS = frozenset(
    {
        # English
        "best", "best regards", "kind regards", "warm regards", "warmest regards", "regards",
        "best wishes", "all the best", "thanks", "thank you", "many thanks", "thanks again",
        "cheers", "sincerely", "yours sincerely", "yours truly", "respectfully", "take care",
        # German
        "mit freundlichen grüßen", "mit freundlichen grüssen", "freundliche grüße",
        "freundliche grüsse", "viele grüße", "viele grüsse", "beste grüße", "beste grüsse",
        "liebe grüße", "liebe grüsse", "herzliche grüße", "herzliche grüsse", "gruß", "grüße",
        "mfg", "lg", "vg",
        # French
        "cordialement", "bien cordialement", "bien à vous", "salutations",
        "meilleures salutations", "sincères salutations", "bonne journée", "merci",
        # Spanish
        "saludos", "un saludo", "saludos cordiales", "atentamente", "cordialmente", "gracias",
        "muchas gracias", "un abrazo",
        # Portuguese
        "atenciosamente", "abraços", "um abraço", "cumprimentos", "obrigado", "obrigada",
        "muito obrigado", "muito obrigada",
        # Brazilian short forms: "Att.," (atenciosamente), "Abs," (abraços), "Abraço,"
        "att", "atte", "abs", "abraço", "grato", "grata",
    }
)  # fmt: skip
_MAX_BLOCK_LINES = 6
_MAX_LINE = 80
_LOOK_BACK_LINES = 12
_PUNCTUATION = ",.!:;-– "


def signature_offset(text: str, end: int | None = None) -> int | None:
    """Offset in ``text`` where the signature starts, looking only before ``end``."""
    region = text if end is None else text[:end]
    delimiter = _delimiter(region)
    if delimiter is not None:
        region = region[:delimiter]
    sign_off = _sign_off(region)
    if sign_off is not None and delimiter is not None:
        return min(sign_off, delimiter)
    return sign_off if sign_off is not None else delimiter


def _delimiter(region: str) -> int | None:
    if region.startswith(("-- \n", "--\n")):
        return 0
    for marker in ("\n-- \n", "\n--\n"):
        hit = region.find(marker)
        if hit != -1:
            return hit + 1
    if region.endswith(("\n-- ", "\n--")):
        return region.rfind("\n") + 1
    return None


def _sign_off(region: str) -> int | None:
    region = region.rstrip()
    lines = region.rsplit("\n", _LOOK_BACK_LINES)
    after = 0  # non-empty lines below the one being read
    below = 0  # characters below the one being read, newlines included
    for line in lines[:0:-1]:  # from the last line up to the second, which may be cut
        below += len(line) + 1
        line = line.strip()
        if line:
            if after and line.rstrip(_PUNCTUATION).lower() in _SIGN_OFFS:
                return len(region) - below + 1
            after += 1
            if after > _MAX_BLOCK_LINES or len(line) > _MAX_LINE:
                return None
    return None
