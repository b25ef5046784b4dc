"""Fetching URLs safely: timeouts, a size cap, few redirects, no private addresses.

Private and loopback addresses are refused by default because a URL given to the web
app must not let a visitor reach services inside the user's network.
"""

from __future__ import annotations

import ipaddress
import socket
from urllib.parse import urljoin, urlparse

import httpx

from readouts.errors import InputError

MAX_REDIRECTS = 5
TIMEOUT_S = 20.0


def _check_host(url: str, allow_private: bool) -> None:
    parsed = urlparse(url)
    if parsed.scheme not in ("http", "https") or not parsed.hostname:
        raise InputError(f"{url}: only http and https URLs can be read")
    if allow_private:
        return
    try:
        infos = socket.getaddrinfo(parsed.hostname, parsed.port or 443, proto=socket.IPPROTO_TCP)
    except socket.gaierror as exc:
        raise InputError(f"{url}: cannot resolve host {parsed.hostname} ({exc.strerror})") from exc
    for info in infos:
        address = ipaddress.ip_address(info[4][0])
        if not address.is_global:
            raise InputError(
                f"{url}: refusing a private or loopback address ({address}); "
                "pass --allow-private to read it"
            )


def fetch_url(url: str, max_bytes: int, allow_private: bool = False) -> tuple[bytes, str | None]:
    """Return (body, content type), following at most MAX_REDIRECTS checked redirects."""
    current = url
    with httpx.Client(timeout=TIMEOUT_S, follow_redirects=False,
                      headers={"User-Agent": "readouts/0.1"}) as client:
        for _ in range(MAX_REDIRECTS + 1):
            _check_host(current, allow_private)
            try:
                with client.stream("GET", current) as response:
                    if response.is_redirect:
                        current = urljoin(current, response.headers.get("location", ""))
                        continue
                    if response.status_code >= 400:
                        raise InputError(f"{url}: the server answered {response.status_code}")
                    body = bytearray()
                    for chunk in response.iter_bytes():
                        body.extend(chunk)
                        if len(body) > max_bytes:
                            raise InputError(f"{url}: larger than {max_bytes // 1_000_000} MB")
                    return bytes(body), response.headers.get("content-type")
            except httpx.HTTPError as exc:
                raise InputError(f"{url}: cannot be read ({type(exc).__name__})") from exc
    raise InputError(f"{url}: too many redirects")
