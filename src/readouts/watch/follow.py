"""Which alerts a stored contact raises: (a) a new contact of a watched pair, (b) both
sides' accounts present (the comparison made), (c) one side still silent after the delay.

Alerts are keyed by kind and contact, so raising one twice is a no-op: a restart, a second
poll or a cron run never repeats an alert.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from readouts.compare import compare_event
from readouts.model import Event
from readouts.store import Store
from readouts.store.rows import country_of
from readouts.watch.state import Followed, WatchState

Alert = tuple[str, str, dict]  # key, kind, payload


def _pair(countries: set[str], pairs: list[tuple[str, str]]) -> tuple[str, str] | None:
    if not pairs:
        return tuple(sorted(countries)) if len(countries) == 2 else None  # type: ignore[return-value]
    return next((p for p in pairs if set(p) <= countries), None)


def _payload(kind: str, event: Event, pair: tuple[str, str], sides: set[str],
             at: datetime, **extra: object) -> dict:
    return {"kind": kind, "event": event.id, "type": event.type, "date": event.date,
            "participants": list(event.participants), "pair": list(pair),
            "sides": sorted(sides), "at": at.isoformat(timespec="seconds"), **extra}


def _comparison_summary(store: Store, event: Event) -> dict | None:
    """The stored comparison in brief, computed now if the store has none yet."""
    comparison = store.comparison(event.id)
    if comparison is None:
        comparison = compare_event(event, store.readouts_for_event(event.id))
        if comparison is None:
            return None
        store.save_comparisons([comparison])
    return {"aligned": len(comparison.aligned),
            "unmatched": {s: len(v) for s, v in comparison.unmatched.items()},
            "topics_only": {s: list(v) for s, v in (comparison.topics.get("only") or {}).items()},
            "discrepancies": [d.field for d in comparison.discrepancies]}


class Follower:
    def __init__(self, store: Store, state: WatchState, pairs: list[tuple[str, str]],
                 missing_after_s: float) -> None:
        self.store = store
        self.state = state
        self.pairs = pairs
        self.missing_after = timedelta(seconds=missing_after_s)

    def _sides(self, event_id: str) -> set[str]:
        found = self.store.event_sources([event_id])[event_id]
        return {side for _source, side, relation in found if relation == "reported" and side}

    def update(self, event_ids: list[str], now: datetime) -> None:
        """Follow these stored contacts: record their sides, raise what they now warrant."""
        known = {f.event_id: f for f in self.state.followed(event_ids)}
        for event_id in dict.fromkeys(event_ids):
            event = self.store.event(event_id)
            if event is None or not event.reported_by:
                continue
            countries = {c for c in map(country_of, event.participants) if c}
            prior = known.get(event_id)
            pair = prior.pair if prior else _pair(countries, self.pairs)
            if pair is None:
                continue
            sides = self._sides(event_id) & set(pair)
            first_side_at = (prior.first_side_at if prior else None) or (now if sides else None)
            alerts: list[Alert] = []
            if prior is None:
                alerts.append((f"new:{event_id}", "new",
                               _payload("new", event, pair, sides, now)))
            if len(sides) == 2 and (prior is None or len(prior.sides) < 2):
                alerts.append((f"both:{event_id}", "both", _payload(
                    "both", event, pair, sides, now,
                    comparison=_comparison_summary(self.store, event))))
            self.state.follow(Followed(event_id, pair, sorted(sides), first_side_at), alerts, now)

    def check_overdue(self, now: datetime) -> None:
        """Raise (c) for contacts one side has reported for longer than the delay while the
        other is silent; contacts whose other side came in another way are brought up to date."""
        waiting = [f for f in self.state.followed() if len(f.sides) == 1]
        self.update([f.event_id for f in waiting], now)
        raised = self.state.alert_keys()
        for item in self.state.followed([f.event_id for f in waiting]):
            key = f"missing:{item.event_id}"
            if len(item.sides) != 1 or key in raised or item.first_side_at is None \
                    or now - item.first_side_at < self.missing_after:
                continue
            event = self.store.event(item.event_id)
            if event is None:
                continue
            missing = next(c for c in item.pair if c not in item.sides)
            waited = (now - item.first_side_at).total_seconds()
            self.state.raise_alerts(item.event_id, [(key, "missing", _payload(
                "missing", event, item.pair, set(item.sides), now, missing=missing,
                waited_s=round(waited)))], now)
