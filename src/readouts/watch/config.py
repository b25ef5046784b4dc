"""The watch config file (YAML or TOML): sources to poll, pairs to follow, where alerts go.

Read once and checked whole, so a typo is a one-line error before anything is fetched.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from readouts.errors import InputError

KINDS = ("feed", "sitemap", "index")
_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(s|m|h|d)?\s*$")
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400, None: 1}


def seconds(value: object, where: str) -> float:
    """'90s', '15m', '24h', '2d' or a number of seconds."""
    if isinstance(value, int | float) and not isinstance(value, bool) and value >= 0:
        return float(value)
    m = _DURATION.match(str(value))
    if not m:
        raise InputError(f"{where}: {value!r} is not a duration (use 90s, 15m, 24h, 2d)")
    return float(m.group(1)) * _UNITS[m.group(2)]


@dataclass
class Source:
    url: str
    kind: str = "feed"
    name: str | None = None
    link_pattern: str | None = None  # index pages (and optionally sitemaps): links to follow
    interval_s: float = 900.0
    fetch_pages: bool = False  # feeds: read each entry's page rather than the entry's text


@dataclass
class Email:
    host: str
    to: list[str]
    sender: str
    port: int = 25
    starttls: bool = False
    username: str | None = None
    password_env: str | None = None  # the name of the variable holding the password


@dataclass
class Alerts:
    terminal: bool = True
    jsonl: Path | None = None
    webhook: str | None = None
    email: Email | None = None


@dataclass
class WatchConfig:
    sources: list[Source]
    pairs: list[tuple[str, str]] = field(default_factory=list)  # empty: every two-country pair
    missing_after_s: float = 24 * 3600.0
    host_interval_s: float = 5.0
    max_backoff_s: float = 6 * 3600.0
    allow_private: bool = False
    database: str | None = None
    alerts: Alerts = field(default_factory=Alerts)


def _table(data: object, where: str) -> dict:
    if not isinstance(data, dict):
        raise InputError(f"{where}: expected a table of settings")
    return data


def _unknown(data: dict, known: set[str], where: str) -> None:
    extra = sorted(set(data) - known)
    if extra:
        raise InputError(f"{where}: unknown setting {extra[0]!r} "
                         f"(accepted: {', '.join(sorted(known))})")


def _source(data: object, n: int, default_interval: float) -> Source:
    where = f"sources[{n}]"
    data = _table(data, where)
    _unknown(data, {"url", "kind", "name", "link_pattern", "interval", "fetch_pages"}, where)
    url = str(data.get("url") or "")
    if not url.startswith(("http://", "https://")):
        raise InputError(f"{where}: 'url' must be an http or https URL")
    kind = data.get("kind", "feed")
    if kind not in KINDS:
        raise InputError(f"{where}: kind {kind!r} (use one of {', '.join(KINDS)})")
    pattern = data.get("link_pattern")
    if kind == "index" and not pattern:
        raise InputError(f"{where}: an index page needs a 'link_pattern' (a regular expression)")
    if pattern:
        try:
            re.compile(pattern)
        except re.error as exc:
            raise InputError(f"{where}: link_pattern is not a regular expression ({exc})") from exc
    interval = seconds(data["interval"], f"{where}.interval") if "interval" in data \
        else default_interval
    return Source(url, kind, data.get("name"), pattern, interval, bool(data.get("fetch_pages")))


def _alerts(data: object) -> Alerts:
    data = _table(data or {}, "alerts")
    _unknown(data, {"terminal", "jsonl", "webhook", "email"}, "alerts")
    email = None
    if data.get("email"):
        e = _table(data["email"], "alerts.email")
        _unknown(e, {"host", "port", "to", "from", "starttls", "username", "password_env"},
                 "alerts.email")
        to = e.get("to")
        to = [to] if isinstance(to, str) else list(to or [])
        if not e.get("host") or not to or not e.get("from"):
            raise InputError("alerts.email: 'host', 'from' and 'to' are needed")
        email = Email(str(e["host"]), [str(t) for t in to], str(e["from"]), int(e.get("port", 25)),
                      bool(e.get("starttls")), e.get("username"), e.get("password_env"))
    webhook = data.get("webhook")
    if webhook and not str(webhook).startswith(("http://", "https://")):
        raise InputError("alerts.webhook: must be an http or https URL")
    return Alerts(bool(data.get("terminal", True)),
                  Path(data["jsonl"]).expanduser() if data.get("jsonl") else None,
                  str(webhook) if webhook else None, email)


def _pairs(data: object) -> list[tuple[str, str]]:
    pairs = []
    for n, pair in enumerate(data or []):
        if not (isinstance(pair, list | tuple) and len(pair) == 2
                and all(isinstance(c, str) and re.fullmatch(r"[A-Za-z]{3}", c) for c in pair)):
            raise InputError(f"pairs[{n}]: give two ISO alpha-3 country codes, e.g. [CHN, USA]")
        a, b = sorted(c.upper() for c in pair)
        pairs.append((a, b))
    return pairs


def parse_config(data: object) -> WatchConfig:
    """A watch configuration from its parsed file (TOML or YAML), each value checked: an
    unknown key or a bad value is an InputError naming it."""
    data = _table(data, "config")
    _unknown(data, {"sources", "pairs", "interval", "missing_after", "host_interval",
                    "max_backoff", "allow_private", "database", "alerts"}, "config")
    interval = seconds(data.get("interval", "15m"), "interval")
    sources = [_source(s, n, interval) for n, s in enumerate(data.get("sources") or [])]
    if not sources:
        raise InputError("config: list at least one source under 'sources'")
    return WatchConfig(
        sources=sources, pairs=_pairs(data.get("pairs")),
        missing_after_s=seconds(data.get("missing_after", "24h"), "missing_after"),
        host_interval_s=seconds(data.get("host_interval", "5s"), "host_interval"),
        max_backoff_s=seconds(data.get("max_backoff", "6h"), "max_backoff"),
        allow_private=bool(data.get("allow_private", False)),
        database=data.get("database"), alerts=_alerts(data.get("alerts")))


def load_config(path: Path) -> WatchConfig:
    """Read a .toml file as TOML, anything else as YAML."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise InputError(f"{path}: cannot read the config ({exc.strerror or exc})") from exc
    try:
        data = tomllib.loads(text) if path.suffix.lower() == ".toml" else yaml.safe_load(text)
    except (tomllib.TOMLDecodeError, yaml.YAMLError) as exc:
        raise InputError(f"{path}: not valid {path.suffix.lstrip('.') or 'YAML'} "
                         f"({' '.join(str(exc).split())[:200]})") from exc
    return parse_config(data)
