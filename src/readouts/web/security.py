"""Guards for writes: a body size cap, the token, same-origin form posts; and the headers
that keep pages from being framed, sniffed or scripted from elsewhere.

Without a token only loopback clients may write; with one every write must carry it
(``Authorization: Bearer``, ``X-Readouts-Token`` or a ``token`` form field). Browsers'
cross-site form posts are refused by their Origin header, so a page elsewhere cannot
make the user's browser add documents to a local server, and a tokenless server only
takes writes addressed to a loopback host name, so DNS rebinding cannot reach it either.
No page may be framed (the tokenless local add and delete forms would otherwise be
clickjacking targets), and the content security policy allows only this server's own
script, styles and images.
"""

from __future__ import annotations

import hmac
import ipaddress
from urllib.parse import urlparse

from starlette.requests import Request
from starlette.responses import PlainTextResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

LOOPBACK_NAMES = frozenset({"localhost"})
# Inline style attributes are allowed (a column count as a CSS variable); no inline script.
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; style-src-attr 'unsafe-inline'; "
    "img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; "
    "frame-ancestors 'none'"
)
SECURITY_HEADERS = (
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    # "same-origin", not "no-referrer": browsers send "Origin: null" on every form post
    # under no-referrer, which the same-origin check must refuse
    (b"referrer-policy", b"same-origin"),
    (b"cross-origin-opener-policy", b"same-origin"),
)
_DEFAULT_PORTS = {"http": 80, "https": 443}


class SecurityHeaders:
    """Add SECURITY_HEADERS to every response: pages, API, static files and errors."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {name.lower() for name, _ in message.get("headers", [])}
                message["headers"] = [*message.get("headers", []), *(
                    (name, value) for name, value in SECURITY_HEADERS if name not in present)]
            await send(message)

        await self.app(scope, receive, send_with_headers)


class BodyLimit:
    """Refuse request bodies over ``limit`` bytes with 413, before anything parses them."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        declared = headers.get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.limit:
            await self._too_large(scope, receive, send)
            return
        chunks: list[Message] = []
        size = 0
        while True:
            message = await receive()
            chunks.append(message)
            if message["type"] != "http.request":
                break
            size += len(message.get("body", b""))
            if size > self.limit:
                await self._too_large(scope, receive, send)
                return
            if not message.get("more_body"):
                break

        async def replay() -> Message:
            return chunks.pop(0) if chunks else await receive()

        await self.app(scope, replay, send)

    async def _too_large(self, scope: Scope, receive: Receive, send: Send) -> None:
        response = PlainTextResponse(f"request body larger than {self.limit} bytes",
                                     status_code=413)
        await response(scope, receive, send)


def is_loopback(host: str | None) -> bool:
    """Is the host this machine (a loopback name or address)? Unknown hosts are not."""
    if host is None:
        return False
    if host in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _endpoint(scheme: str, netloc: str) -> tuple[str, str, int | None] | None:
    """(scheme, host, port) with the default port filled in; None when malformed."""
    try:
        parsed = urlparse(f"{scheme}://{netloc}")
        port = parsed.port or _DEFAULT_PORTS.get(scheme)
    except ValueError:
        return None
    return scheme.lower(), (parsed.hostname or "").lower(), port


def same_origin(request: Request) -> bool:
    """True unless the browser says the request comes from another origin: scheme, host
    and port must all match the address the request was sent to."""
    origin = request.headers.get("origin")
    if not origin or origin == "null":
        return origin is None
    parsed = urlparse(origin)
    mine = _endpoint(request.url.scheme, request.headers.get("host", ""))
    return mine is not None and _endpoint(parsed.scheme, parsed.netloc) == mine


def token_given(request: Request, form_token: str | None) -> str | None:
    """The write token a request carries: a bearer token, else the X-Readouts-Token header,
    else the form's field."""
    auth = request.headers.get("authorization", "")
    if auth.lower().startswith("bearer "):
        return auth[7:].strip()
    return request.headers.get("x-readouts-token") or form_token


def write_refusal(request: Request, token: str | None, form_token: str | None = None
                  ) -> tuple[int, str] | None:
    """Why this write must be refused (status, message), or None when it may proceed."""
    if not same_origin(request):
        return 403, "cross-site write refused"
    if token is None:
        if not is_loopback(request.client.host if request.client else None):
            return 403, "writes from other machines need READOUTS_TOKEN set on the server"
        if not is_loopback(request.url.hostname):
            return 403, "writes without a token must address the server as localhost"
        return None
    given = token_given(request, form_token)
    if not given:
        return 401, "this server needs a token for writes"
    if not hmac.compare_digest(given.encode(), token.encode()):
        return 403, "wrong token"
    return None
