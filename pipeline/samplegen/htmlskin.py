"""HTML bodies in the shapes real mail has: Gmail divs, Outlook Word markup, ATS tables,
newsletter cards. Links arrive already wrapped when the sender tracks clicks."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from .draft import Draft, Link
from .rand import Rng

_ACCENTS = ("#1a73e8", "#0b6e4f", "#6b21a8", "#c2410c", "#0f766e", "#1d4ed8", "#be123c", "#111827")


def _para(text: str) -> str:
    # str.replace is several times faster than html.escape or str.translate on short text.
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>\n")
    )


def _gmail(draft: Draft, href: Callable[[str], str], rng: Rng) -> str:
    out = ['<div dir="ltr">']
    for block in draft.blocks:
        if isinstance(block, Link):
            out.append(f'<div><a href="{escape(href(block.url))}">{_para(block.label)}</a></div>')
        else:
            out.append(f"<div>{_para(block)}</div><div><br></div>")
    out.append("</div>")
    if draft.quoted:
        quoted = _para(draft.quoted)
        out.append(
            '<br><div class="gmail_quote"><blockquote class="gmail_quote" style="margin:0 '
            f'0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">{quoted}</blockquote></div>'
        )
    return "\n".join(out) + "\n"


def _outlook(draft: Draft, href: Callable[[str], str], rng: Rng) -> str:
    out = [
        '<html xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office">',
        '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">',
        "<style><!-- p.MsoNormal, li.MsoNormal {margin:0cm;font-size:11.0pt;"
        'font-family:"Calibri",sans-serif;} --></style></head>',
        f'<body lang="{draft.lang.upper()}" link="#0563C1" vlink="#954F72">'
        '<div class="WordSection1">',
    ]
    for block in draft.blocks:
        if isinstance(block, Link):
            out.append(
                f'<p class="MsoNormal"><a href="{escape(href(block.url))}">'
                f"{_para(block.label)}</a><o:p></o:p></p>"
            )
        else:
            out.append(f'<p class="MsoNormal">{_para(block)}<o:p></o:p></p>')
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    if draft.quoted:
        out.append(
            '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
        )
        out.append(f'<p class="MsoNormal">{_para(draft.quoted)}</p></div>')
    out.append("</div></body></html>")
    return "\n".join(out) + "\n"


def _card(draft: Draft, href: Callable[[str], str], rng: Rng) -> str:
    accent = rng.pick(_ACCENTS)
    pre = ""
    if draft.style == "newsletter" or rng.chance(0.3):
        first = next((b for b in draft.blocks[1:] if isinstance(b, str)), "")
        pre = (
            f'<div style="display:none;max-height:0;overflow:hidden">{_para(first[:110])}'
            "&#847; &zwnj; &nbsp; &#847; &zwnj; &nbsp;</div>\n"
        )
    out = [
        "<!DOCTYPE html>",
        f'<html lang="{draft.lang}"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_para(draft.subject)}</title></head>",
        '<body style="margin:0;padding:0;background:#f4f5f7">',
        pre,
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0">'
        '<tr><td align="center">',
        '<table role="presentation" width="600" cellpadding="0" cellspacing="0" '
        'style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;color:#1f2937">',
        f'<tr><td style="padding:24px 32px;border-bottom:3px solid {accent};font-size:20px;'
        f'font-weight:bold">{_para(draft.from_name)}</td></tr>',
    ]
    for block in draft.blocks:
        if isinstance(block, Link):
            out.append(
                f'<tr><td style="padding:12px 32px"><a href="{escape(href(block.url))}" '
                f'style="background:{accent};color:#ffffff;padding:12px 20px;border-radius:4px;'
                f'text-decoration:none;display:inline-block">{_para(block.label)}</a></td></tr>'
            )
        else:
            out.append(
                f'<tr><td style="padding:8px 32px;font-size:15px;line-height:22px">'
                f"{_para(block)}</td></tr>"
            )
    for line in draft.footer:
        out.append(
            f'<tr><td style="padding:8px 32px;font-size:11px;color:#6b7280">{_para(line)}</td></tr>'
        )
    if draft.list_unsubscribe:
        out.append(
            '<tr><td style="padding:8px 32px;font-size:11px;color:#6b7280">'
            f'<a href="{escape(href("https://" + _host(draft) + "/unsubscribe"))}">'
            'Unsubscribe</a> | <a href="https://' + _host(draft) + '/preferences">'
            "Manage preferences</a></td></tr>"
        )
    out.append("</table></td></tr></table>")
    if draft.tracking:
        out.append(
            f'<img src="https://{_host(draft)}/o/{rng.b64token(32)}.gif" width="1" height="1" '
            'alt="" style="display:none">'
        )
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def _host(draft: Draft) -> str:
    return draft.from_addr.rpartition("@")[2] or "mail.example.com"


def render_html(draft: Draft, href: Callable[[str], str], rng: Rng) -> str:
    if draft.style == "personal":
        return _gmail(draft, href, rng)
    if draft.style == "outlook":
        return _outlook(draft, href, rng)
    return _card(draft, href, rng)
