"""Click-tracking redirects, the way bulk and transactional senders rewrite links."""

from __future__ import annotations

from urllib.parse import quote

from .rand import Rng, Weighted

_WRAPPERS = Weighted(
    [
        ("esp_param", 4),  # redirect carrying the target in a query parameter
        ("esp_path", 2),  # target base64-ish in the path: cannot be unwrapped
        ("google", 2),
        ("safelinks", 1.5),
        ("mailgun", 1.5),
    ]
)
_ESP_HOSTS = (
    "click.mailer.example.net",
    "links.esp.example",
    "t.notifications.example.com",
    "click.em.example.org",
    "url1234.sendmail.example",
)


def track(url: str, rng: Rng, kind: str = "") -> str:
    """Wrap ``url`` in a tracking redirect; ``kind`` forces a wrapper (for tests and skins)."""
    kind = kind or _WRAPPERS.draw(rng)
    target = quote(url, safe="")
    if kind == "esp_param":
        host = rng.pick(_ESP_HOSTS)
        return f"https://{host}/ls/click?upn={rng.b64token(48)}&url={target}"
    if kind == "esp_path":
        host = rng.pick(_ESP_HOSTS)
        return f"https://{host}/ls/click?upn={rng.b64token(120)}-2B{rng.b64token(24)}"
    if kind == "google":
        return (
            f"https://www.google.com/url?q={target}&sa=D&source=editors&ust="
            f"{rng.digits(16)}&usg=AOvVaw{rng.b64token(22)}"
        )
    if kind == "safelinks":
        region = rng.pick(("eur01", "eur02", "eur03", "nam10", "nam12", "gbr01"))
        return (
            f"https://{region}.safelinks.protection.outlook.com/?url={target}&data=05%7C02%7C"
            f"%7C{rng.hex(32)}%7C{rng.hex(32)}%7C0%7C0%7C{rng.digits(18)}&sdata="
            f"{rng.b64token(44)}%3D&reserved=0"
        )
    return f"https://email.mg.example.net/c/{rng.b64token(60)}?u={target}"


def linkedin_comm(url: str, rng: Rng) -> str:
    """LinkedIn's own e-mail links: ``/comm/`` paths with tracking parameters."""
    url = url.replace("https://www.linkedin.com/", "https://www.linkedin.com/comm/")
    return (
        f"{url}?trackingId={rng.b64token(22)}%3D%3D&refId={rng.b64token(22)}%3D%3D"
        f"&lipi=urn%3Ali%3Apage%3Aemail_email_jobs_{rng.pick(('saved', 'applied', 'alert'))}"
        f"_01%3B{rng.b64token(22)}%3D%3D&midToken=AQ{rng.b64token(20)}"
    )
