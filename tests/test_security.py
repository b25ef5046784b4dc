"""What a hostile server or page can do to a fetch: rebinding, redirects, trickling.

Everything runs against a local HTTP server on 127.0.0.1; names are answered by a
resolver stub, so no test touches the network.
"""

from __future__ import annotations

import errno
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from readouts.errors import InputError
from readouts.ingest import RawInput, fetch
from readouts.ingest.fetch import fetch_url

PUBLIC = "93.184.215.14"  # a global address no test ever reaches: connections to it are stubbed
PAGE = b"<html><head><title>Colloquio</title></head><body><p>Testo.</p></body></html>"


class _Handler(BaseHTTPRequestHandler):
    seen: list[str] = []

    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:  # noqa: N802 - the http.server interface
        self.seen.append(self.path)
        port = self.server.server_address[1]
        if self.path == "/to-loopback":
            self.send_response(302)
            self.send_header("Location", f"http://127.0.0.1:{port}/page")
            self.end_headers()
        elif self.path == "/to-rebinding-name":
            self.send_response(302)
            self.send_header("Location", f"http://rebind.example:{port}/page")
            self.end_headers()
        elif self.path == "/trickle":
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", "40")
            self.end_headers()
            try:
                for _ in range(20):
                    self.wfile.write(b"ab")
                    self.wfile.flush()
                    time.sleep(0.25)
            except OSError:
                pass  # the client gave up, as it should
        else:
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(PAGE)))
            self.end_headers()
            self.wfile.write(PAGE)


@pytest.fixture()
def server() -> Iterator[tuple[int, list[str]]]:
    seen: list[str] = []
    handler = type("Handler", (_Handler,), {"seen": seen})
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield httpd.server_address[1], seen
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture()
def network(monkeypatch: pytest.MonkeyPatch, server: tuple[int, list[str]]) -> list[str]:
    """Names: public.example is PUBLIC (served by the local server), rebind.example is
    PUBLIC on the first lookup and 127.0.0.1 after. Returns the hosts connected to."""
    port = server[0]
    real_getaddrinfo, real_connect = socket.getaddrinfo, socket.create_connection
    lookups = {"rebind.example": 0}
    connected: list[str] = []

    def getaddrinfo(host: str, *args: object, **kwargs: object) -> list:
        if host == "public.example":
            host = PUBLIC
        elif host == "rebind.example":
            lookups[host] += 1
            host = PUBLIC if lookups[host] == 1 else "127.0.0.1"
        return real_getaddrinfo(host, *args, **kwargs)

    def create_connection(address: tuple, *args: object, **kwargs: object) -> socket.socket:
        connected.append(address[0])
        if address[0] == PUBLIC:  # the "public" site is the local server under another name
            if lookups["rebind.example"]:
                raise OSError(errno.ENETUNREACH, "no route to the public address")
            return real_connect(("127.0.0.1", port), *args, **kwargs)
        return real_connect(address, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    monkeypatch.setattr(socket, "create_connection", create_connection)
    return connected


def test_public_name_is_read_through_its_checked_address(network: list[str],
                                                         server: tuple[int, list[str]]) -> None:
    body, content_type = fetch_url(f"http://public.example:{server[0]}/page", 10_000)
    assert body == PAGE and content_type == "text/html"
    assert network == [PUBLIC]


def test_name_rebinding_to_loopback_is_never_connected(network: list[str],
                                                       server: tuple[int, list[str]]) -> None:
    with pytest.raises(InputError, match="cannot be read"):
        fetch_url(f"http://rebind.example:{server[0]}/page", 10_000)
    assert network == [PUBLIC]  # the checked address, not a second lookup
    assert server[1] == []  # the loopback server saw nothing


def test_redirect_to_loopback_is_refused(network: list[str],
                                         server: tuple[int, list[str]]) -> None:
    with pytest.raises(InputError, match="private or loopback"):
        fetch_url(f"http://public.example:{server[0]}/to-loopback", 10_000)
    assert server[1] == ["/to-loopback"]


def test_redirect_to_rebinding_name_is_never_connected(network: list[str],
                                                       server: tuple[int, list[str]]) -> None:
    with pytest.raises(InputError):
        fetch_url(f"http://public.example:{server[0]}/to-rebinding-name", 10_000)
    assert server[1] == ["/to-rebinding-name"]
    assert "127.0.0.1" not in network and "rebind.example" not in network


@pytest.mark.parametrize("address", ["127.0.0.1", "10.1.2.3", "169.254.169.254", "[::1]",
                                     "[::ffff:127.0.0.1]", "[64:ff9b::7f00:1]", "0.0.0.0"])
def test_private_addresses_are_refused(address: str) -> None:
    with pytest.raises(InputError, match="private or loopback"):
        fetch_url(f"http://{address}/", 10_000)


def test_trickling_server_is_cut_off(monkeypatch: pytest.MonkeyPatch,
                                     server: tuple[int, list[str]]) -> None:
    monkeypatch.setattr(fetch, "TOTAL_S", 1.0)
    start = time.monotonic()
    with pytest.raises(InputError, match="took longer than 1 s"):
        fetch_url(f"http://127.0.0.1:{server[0]}/trickle", 10_000, allow_private=True)
    assert time.monotonic() - start < 2.5


@pytest.mark.parametrize("url", ["http://\x1f/", "http://\x80/", "http://example.org:99999/",
                                 "javascript:alert(1)", "http:///path"])
def test_malformed_urls_are_refused_in_one_line(url: str) -> None:
    with pytest.raises(InputError, match="not a valid URL|only http and https"):
        fetch_url(url, 10_000)


@pytest.mark.parametrize("url", ["http://[", "https://[::1/x", "[]"])
def test_a_header_url_that_is_no_url_does_not_stop_the_analysis(url: str) -> None:
    from readouts.pipeline import analyze_inputs

    text = (f"title: Colloquio\nurl: {url}\n\nIl presidente Mattarella ha avuto ieri sera un "
            "colloquio telefonico con il presidente francese Emmanuel Macron.")
    analysis = analyze_inputs([RawInput("note.txt", text.encode())], "2026-03-05")
    assert analysis.events[0].participants
