"""Fetching URLs safely: a total time limit, a size cap, few redirects, no private addresses.

Private and loopback addresses are refused by default because a URL given to the web
app must not let a visitor reach services inside the user's network. The host is
resolved once per hop, every address it resolves to is checked, and the connection is
made to exactly those checked addresses (the Host header and the TLS server name stay
the host's), so a name that resolves differently a moment later (DNS rebinding) cannot
slip a private address past the check.
"""

from __future__ import annotations

import functools
import ipaddress
import socket
import ssl
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin

import httpcore
import httpx

from readouts.errors import InputError

MAX_REDIRECTS = 5
TIMEOUT_S = 20.0  # one connect or read
TOTAL_S = 60.0  # the whole fetch, redirects included: a trickling server is cut off
_NAT64 = ipaddress.ip_network("64:ff9b::/96")


def _embedded_v4(address: ipaddress.IPv4Address | ipaddress.IPv6Address
                 ) -> ipaddress.IPv4Address | ipaddress.IPv6Address:
    """The IPv4 address an IPv6 one carries (mapped, 6to4, NAT64), which is where it leads."""
    if isinstance(address, ipaddress.IPv6Address):
        if address.ipv4_mapped:
            return address.ipv4_mapped
        if address.sixtofour:
            return address.sixtofour
        if address in _NAT64:
            return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    return address


def _resolve(url: str, host: str, port: int) -> list[str]:
    """Every address ``host`` resolves to, in the resolver's order."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        reason = getattr(exc, "strerror", None) or "not a valid host name"
        raise InputError(f"{url}: cannot resolve host {host} ({reason})") from exc
    addresses = list(dict.fromkeys(str(info[4][0]).split("%")[0] for info in infos))
    if not addresses:
        raise InputError(f"{url}: cannot resolve host {host}")
    return addresses


def _checked_addresses(url: str, allow_private: bool) -> list[str] | None:
    """The addresses to connect to; None leaves resolving to the connection, which only
    ``allow_private`` permits. The URL is parsed as httpx will request it."""
    try:
        parsed = httpx.URL(url)
        host, port = parsed.raw_host.decode("ascii"), parsed.port
    except (httpx.InvalidURL, TypeError, UnicodeError) as exc:
        raise InputError(f"{url}: not a valid URL ({exc})") from exc
    if parsed.scheme not in ("http", "https") or not host:
        raise InputError(f"{url}: only http and https URLs can be read")
    if port is not None and not 0 < port < 65536:
        raise InputError(f"{url}: not a valid URL (port {port})")
    if allow_private:
        return None
    addresses = _resolve(url, host, port or (443 if parsed.scheme == "https" else 80))
    for address in addresses:
        if not _embedded_v4(ipaddress.ip_address(address)).is_global:
            raise InputError(
                f"{url}: refusing a private or loopback address ({address}); "
                "pass --allow-private to read it"
            )
    return addresses


class _DeadlineStream(httpcore.NetworkStream):
    """A connection whose every read and write waits no later than the fetch's deadline."""

    def __init__(self, stream: httpcore.NetworkStream, deadline: float) -> None:
        self._stream = stream
        self._deadline = deadline

    def _wait(self, timeout: float | None, error: type[Exception]) -> float:
        left = self._deadline - time.monotonic()
        if left <= 0:
            raise error("the total time limit is over")
        return left if timeout is None else min(timeout, left)

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, self._wait(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, self._wait(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(self, ssl_context: ssl.SSLContext, server_hostname: str | None = None,
                  timeout: float | None = None) -> httpcore.NetworkStream:
        stream = self._stream.start_tls(ssl_context, server_hostname,
                                        self._wait(timeout, httpcore.ConnectTimeout))
        return _DeadlineStream(stream, self._deadline)

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class _PinnedBackend(httpcore.SyncBackend):
    """Connects to the checked addresses of one host, never resolving it again (one
    backend per host: proxies are off, so the only host it connects to is the URL's)."""

    def __init__(self, addresses: list[str] | None, deadline: float) -> None:
        self._addresses = addresses
        self._deadline = deadline

    def connect_tcp(self, host: str, port: int, timeout: float | None = None,
                    local_address: str | None = None,
                    socket_options: Iterable[Any] | None = None) -> httpcore.NetworkStream:
        targets = [host] if self._addresses is None else self._addresses
        error: Exception = httpcore.ConnectError(f"cannot connect to {host}")
        for target in targets:
            left = self._deadline - time.monotonic()
            if left <= 0:
                raise httpcore.ConnectTimeout("the total time limit is over")
            wait = left if timeout is None else min(timeout, left)
            try:
                stream = super().connect_tcp(target, port, wait, local_address, socket_options)
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                error = exc
                continue
            return _DeadlineStream(stream, self._deadline)
        raise error


@functools.cache
def _ssl_context() -> ssl.SSLContext:
    """One context for every fetch: loading the CA bundle takes a tenth of a second."""
    return httpx.create_ssl_context()


class _PinnedTransport(httpx.HTTPTransport):
    """httpx's transport over a connection pool that uses the pinned backend."""

    def __init__(self, backend: _PinnedBackend) -> None:
        super().__init__(verify=_ssl_context(), trust_env=False)
        self._pool = httpcore.ConnectionPool(ssl_context=_ssl_context(), network_backend=backend)


class StatusError(InputError):
    """The server answered with an error status (kept, so a caller can tell 404 from 503)."""

    def __init__(self, message: str, status: int) -> None:
        super().__init__(message)
        self.status = status


@dataclass
class Fetched:
    """A response as read: ``status`` 304 (not modified) comes with an empty body."""

    url: str  # after redirects
    status: int
    body: bytes
    content_type: str | None
    headers: dict[str, str] = field(default_factory=dict)


def fetch_url(url: str, max_bytes: int, allow_private: bool = False) -> tuple[bytes, str | None]:
    """Return (body, content type) of a GET (see ``fetch``)."""
    found = fetch(url, max_bytes, allow_private)
    return found.body, found.content_type


def fetch(url: str, max_bytes: int, allow_private: bool = False,
          headers: dict[str, str] | None = None, method: str = "GET",
          content: bytes | None = None) -> Fetched:
    """One checked request, following at most MAX_REDIRECTS checked redirects (GET only),
    all within TOTAL_S seconds; ``headers`` may make it conditional (If-None-Match)."""
    current = url
    deadline = time.monotonic() + TOTAL_S
    sent = {"User-Agent": "readouts/0.1", **(headers or {})}
    for _ in range(MAX_REDIRECTS + 1):
        backend = _PinnedBackend(_checked_addresses(current, allow_private), deadline)
        transport = _PinnedTransport(backend)
        with httpx.Client(transport=transport, timeout=TIMEOUT_S, follow_redirects=False,
                          headers=sent, trust_env=False) as client:
            try:
                with client.stream(method, current, content=content) as response:
                    if response.has_redirect_location and method == "GET":
                        current = urljoin(current, response.headers.get("location", ""))
                        continue
                    if response.status_code >= 400:
                        raise StatusError(f"{url}: the server answered {response.status_code}",
                                          response.status_code)
                    body = bytearray()
                    for chunk in response.iter_bytes():
                        body.extend(chunk)
                        if len(body) > max_bytes:
                            raise InputError(f"{url}: larger than {max_bytes // 1_000_000} MB")
                    return Fetched(current, response.status_code, bytes(body),
                                   response.headers.get("content-type"),
                                   {k.lower(): v for k, v in response.headers.items()})
            except httpx.TimeoutException as exc:
                if time.monotonic() >= deadline:
                    raise InputError(f"{url}: took longer than {TOTAL_S:g} s") from exc
                raise InputError(f"{url}: cannot be read ({type(exc).__name__})") from exc
            except httpx.HTTPError as exc:
                raise InputError(f"{url}: cannot be read ({type(exc).__name__})") from exc
    raise InputError(f"{url}: too many redirects")
