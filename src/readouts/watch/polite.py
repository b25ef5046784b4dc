"""Fetching as a good guest: robots.txt obeyed, one request per host per interval, and
conditional requests (ETag, Last-Modified) so an unchanged feed costs the server nothing.

Every request goes through the project's safe fetcher (private addresses refused unless
the config allows them, a total time limit).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from urllib.parse import urlparse
from urllib.robotparser import RobotFileParser

from readouts.errors import InputError
from readouts.ingest import MAX_BYTES
from readouts.ingest.fetch import Fetched, StatusError, fetch

USER_AGENT = "readouts-watch/0.1 (+https://github.com/readouts)"
_ROBOTS_TTL_S = 3600.0


class RobotsRefused(InputError):
    """robots.txt asks us not to read this URL."""


class PoliteFetcher:
    def __init__(self, allow_private: bool = False, host_interval_s: float = 5.0,
                 monotonic: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.allow_private = allow_private
        self.host_interval_s = host_interval_s
        self._monotonic = monotonic
        self._sleep = sleep
        self._last: dict[str, float] = {}  # host -> when its last request started
        self._robots: dict[str, tuple[float, RobotFileParser]] = {}

    def _wait_turn(self, host: str) -> None:
        last = self._last.get(host)
        if last is not None:
            left = last + self.host_interval_s - self._monotonic()
            if left > 0:
                self._sleep(left)
        self._last[host] = self._monotonic()

    def _raw(self, url: str, headers: dict[str, str] | None = None) -> Fetched:
        self._wait_turn(urlparse(url).netloc)
        return fetch(url, MAX_BYTES, self.allow_private,
                     headers={"User-Agent": USER_AGENT, **(headers or {})})

    def _rules(self, url: str) -> RobotFileParser:
        parsed = urlparse(url)
        origin = f"{parsed.scheme}://{parsed.netloc}"
        cached = self._robots.get(origin)
        if cached and self._monotonic() - cached[0] < _ROBOTS_TTL_S:
            return cached[1]
        rules = RobotFileParser(origin + "/robots.txt")
        try:
            found = self._raw(origin + "/robots.txt")
            rules.parse(found.body.decode("utf-8", "replace").splitlines())
        except StatusError as exc:
            if exc.status >= 500:  # the server is in trouble: ask again on the next poll
                raise
            rules.allow_all = True  # no robots.txt (404, 403...): everything may be read
        self._robots[origin] = (self._monotonic(), rules)
        return rules

    def get(self, url: str, etag: str | None = None,
            last_modified: str | None = None) -> Fetched:
        """GET ``url`` if robots.txt allows it; a 304 answer means unchanged since."""
        if not self._rules(url).can_fetch(USER_AGENT, url):
            raise RobotsRefused(f"{url}: robots.txt asks robots not to read it")
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        return self._raw(url, headers)
