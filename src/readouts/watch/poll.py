"""The watch loop: poll each due source, store every new account, follow the contacts they
report, deliver the alerts. A source that fails is logged and backed off (doubling its
interval up to a ceiling) while the others go on; nothing fetched, stored or sent is
repeated after a restart, because every step is recorded in the database as it ends.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from readouts.batch import analyze_raws
from readouts.compare import compare_all
from readouts.errors import InputError
from readouts.ingest import RawInput
from readouts.pipeline import link_results
from readouts.store import Store
from readouts.store.reanalysis import save_with_texts
from readouts.watch.alerts import Deliverer
from readouts.watch.config import Source, WatchConfig
from readouts.watch.discover import Item, list_items
from readouts.watch.follow import Follower
from readouts.watch.polite import PoliteFetcher, RobotsRefused
from readouts.watch.state import SourceState, WatchState

log = logging.getLogger("readouts.watch")


def utc_now() -> datetime:
    """Now in UTC, naive, as the store writes its times."""
    return datetime.now(UTC).replace(tzinfo=None)


@dataclass
class CycleReport:
    polled: int = 0
    failed: int = 0
    stored: int = 0
    alerts_sent: int = 0


def _entry_document(item: Item) -> bytes:
    """A feed entry as a document with a metadata header, as `readouts ingest` reads one."""
    header = {"url": item.url, "title": item.title, "date": item.date}
    lines = [f"{k}: {' '.join(str(v).split())}" for k, v in header.items() if v]
    return ("\n".join(lines) + "\n\n" + (item.content or "")).encode("utf-8")


class Watcher:
    def __init__(self, config: WatchConfig, store: Store,
                 clock: Callable[[], datetime] = utc_now,
                 fetcher: PoliteFetcher | None = None,
                 terminal: Callable[[str], None] = print) -> None:
        self.config = config
        self.store = store
        self.clock = clock
        self.state = WatchState(store.engine)
        self.fetcher = fetcher or PoliteFetcher(config.allow_private, config.host_interval_s)
        self.follower = Follower(store, self.state, config.pairs, config.missing_after_s)
        self.deliverer = Deliverer(config.alerts, self.state, config.allow_private, terminal)

    def _store_item(self, item: Item, source: Source) -> str:
        """Fetch (unless the feed carried it), analyse and store one item; 'stored',
        'skipped' (for good) or 'failed' (to try again later)."""
        now = self.clock()
        try:
            if item.content is not None:
                raw = RawInput(origin=item.url, data=_entry_document(item))
            else:
                page = self.fetcher.get(item.url)
                raw = RawInput(origin=item.url, data=page.body, content_type=page.content_type)
        except RobotsRefused as exc:
            self.state.put_item(item.url, source.url, "skipped", now, str(exc))
            return "skipped"
        except InputError as exc:
            log.warning("%s: %s (will retry)", item.url, exc)
            self.state.put_item(item.url, source.url, "failed", now, str(exc))
            return "failed"
        try:
            analysis = link_results(analyze_raws([raw]), compare_all)
        except InputError as exc:  # not an account we can read (language, no text): skip it
            log.info("%s: skipped (%s)", item.url, exc)
            self.state.put_item(item.url, source.url, "skipped", now, str(exc))
            return "skipped"
        summary = save_with_texts(self.store, analysis, [raw])  # for 'readouts reanalyze'
        self.follower.update(list(summary.event_ids.values()), now)
        self.state.put_item(item.url, source.url, "stored", now)
        return "stored"

    def _poll_source(self, source: Source, state: SourceState) -> int:
        """Read the source, store its new items (oldest first); return how many were stored.
        The validators are kept only when every item was handled, so a 304 cannot hide an
        item that failed."""
        found = self.fetcher.get(source.url, state.etag, state.last_modified)
        if found.status == 304:
            return 0
        items = list_items(found.body, source, found.url)
        skip = self.state.items_to_skip([i.url for i in items])
        outcomes = [self._store_item(item, source)
                    for item in reversed(items) if item.url not in skip]
        if "failed" not in outcomes:
            state.etag = found.headers.get("etag")
            state.last_modified = found.headers.get("last-modified")
        return outcomes.count("stored")

    def poll_once(self, force: bool = False) -> CycleReport:
        """One cycle: every due source (every source with ``force``), overdue contacts,
        pending alerts."""
        report = CycleReport()
        for source in self.config.sources:
            state = self.state.source(source.url)
            now = self.clock()
            if not force and state.next_poll_at and state.next_poll_at > now:
                continue
            error = None
            try:
                report.stored += self._poll_source(source, state)
                state.failures = 0
                wait = source.interval_s
                report.polled += 1
            except Exception as exc:  # noqa: BLE001 - one bad source must not stop the others
                state.failures += 1
                wait = min(source.interval_s * 2 ** state.failures, self.config.max_backoff_s)
                error = f"{type(exc).__name__}: {exc}" if not isinstance(exc, InputError) \
                    else str(exc)
                log.warning("%s: %s; next try in %.0f s", source.name or source.url, error, wait)
                report.failed += 1
            state.next_poll_at = self.clock() + timedelta(seconds=wait)
            self.state.put_source(source.url, state, now, error)
        self.follower.check_overdue(self.clock())
        report.alerts_sent = self.deliverer.deliver_pending()
        return report

    def next_due(self) -> datetime:
        """When the next source is due (the overdue check runs at least every minute)."""
        now = self.clock()
        times = [self.state.source(s.url).next_poll_at or now for s in self.config.sources]
        return min([*times, now + timedelta(seconds=60)])

    def run(self, sleep: Callable[[float], None], cycles: int | None = None) -> None:
        """Poll until interrupted (or ``cycles`` times), sleeping until the next source is due."""
        done = 0
        while cycles is None or done < cycles:
            try:
                self.poll_once()
            except Exception as exc:  # noqa: BLE001 - e.g. the database briefly unreachable
                log.error("watch cycle failed: %s: %s", type(exc).__name__, exc)
            done += 1
            if cycles is None or done < cycles:
                try:
                    wait = (self.next_due() - self.clock()).total_seconds()
                except Exception:  # noqa: BLE001 - the database is away: try in a minute
                    wait = 60.0
                sleep(max(1.0, wait))
