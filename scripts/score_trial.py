"""Score the tool on the real-documents trial set: benchmarks/trial/*.yaml.

The trial set keeps facts, never texts: each item names its URL and what a careful reader
found in it (the contact reported, and every other contact mentioned). The texts belong
to their publishers and live outside the repository, one file per item, `<id>.txt`, in
the folder given with --texts (rebuild it by fetching each item's URL). Items whose text
is missing are counted and skipped.

Per item the tool analyses the text as a user who fetched the page would give it: with its
URL (a `url:` header line) and the page's date as `--published`. The item's main contact is
the event the first account reports; each field (type, status, principals, date, part of
day, duration, initiator) is right when it equals the reader's value, null included
("unknown is null, never guessed"; a contact the reader gives no status is held), with one
allowance: where the reader found no date for a held contact in the text of a dated page,
the page's own day is accepted too (a report of a contact it does not date is most often
that day's news; an announced one is not held on the day it is announced). A phantom is
any contact the tool reports or mentions whose parties match none of the reader's contacts.
An item is fully right when every field is right and it has no phantom. Compilations are
right when the accounts come out in order with the reader's source, side and kind (and empty
where announced); a publisher the source registry does not know may come out as `unknown`. The
reader lists each account once, where it first appears: an article that quotes the White
House, resumes, then quotes it again holds two stretches of one account, so the tool's
stretches are compared by first appearance too.

    python scripts/score_trial.py --texts DIR [--lang it] [--misses] [--min-full 85]

--facts DIR scores another set written in the same format, e.g. the held-out set
(`--facts benchmarks/trial/heldout --texts /work/heldout_texts`): DIR holds `<lang>.yaml`
and `compilations.yaml`, any of them may be absent. Without it, `benchmarks/trial/`.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import yaml

from readouts import knowledge
from readouts.errors import InputError
from readouts.ingest import prepare, read_bytes
from readouts.model import Analysis, Event
from readouts.pipeline import analyze_document, link_results

TRIAL = Path(__file__).resolve().parents[1] / "benchmarks" / "trial"
LANGUAGES = ("it", "en", "ru", "zh")
FIELDS = ("type", "status", "principals", "date", "part_of_day", "duration", "initiator")


@dataclass
class Tally:
    """Per-field counts of one language's items."""
    items: int = 0
    missing_text: int = 0
    right: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    full: int = 0
    phantom_items: int = 0
    misses: list[str] = field(default_factory=list)

    def percent(self, count: int) -> str:
        return f"{100 * count / self.items:.0f}%" if self.items else "-"


def _load(path: Path) -> list[dict]:
    if not path.exists():
        return []
    return yaml.safe_load(path.read_text(encoding="utf-8")) or []


def _analyse(text_path: Path, published: str | None, url: str | None) -> Analysis:
    data = text_path.read_bytes()
    if url and not data.startswith(b"url:"):  # a text saved with its own header keeps it
        data = f"url: {url}\n\n".encode() + data
    raw = read_bytes(data, str(text_path))
    results = [analyze_document(p, published) for p in prepare(raw)]
    return link_results(results)


def _day(value: object) -> date | None:
    try:
        return date.fromisoformat(str(value)) if value and len(str(value)) == 10 else None
    except ValueError:
        return None


def _same_date(expected: object, got: str | None) -> bool:
    """Equal at the reader's precision: '2026-02' expects the month, whatever day is found."""
    if expected is None:
        return got is None
    wanted = str(expected)
    return got is not None and got[: len(wanted)] == wanted and len(got) >= len(wanted)


def _dates_compatible(expected: object, got: str | None) -> bool:
    """For telling phantoms: a date within a day, or either side undated or coarser."""
    if expected is None or got is None:
        return True
    want, have = _day(expected), _day(got)
    if want and have:
        return abs((want - have).days) <= 1
    shorter = min(len(str(expected)), len(got))
    return str(expected)[:shorter] == got[:shorter]


def _field_values(event: Event | None) -> dict[str, object]:
    if event is None:
        return dict.fromkeys(FIELDS)
    return {"type": event.type, "status": event.status,
            "principals": sorted(event.participants), "date": event.date,
            "part_of_day": event.part_of_day, "duration": event.duration_minutes,
            "initiator": event.initiated_by}


def _expected_values(contact: dict | None) -> dict[str, object]:
    if not contact:
        return dict.fromkeys(FIELDS)
    return {"type": contact.get("type"), "status": contact.get("status") or "held",
            "principals": sorted(contact.get("principals") or []),
            "date": contact.get("date"), "part_of_day": contact.get("part_of_day"),
            "duration": contact.get("duration_minutes"),
            "initiator": contact.get("initiated_by")}


def _main_event(analysis: Analysis) -> Event | None:
    events = {e.id: e for e in analysis.events}
    for document in analysis.documents:
        for readout in document.readouts:
            if readout.event in events:
                return events[readout.event]
    return None


def _phantoms(analysis: Analysis, expected: Iterable[dict]) -> list[Event]:
    known = [c for c in expected if c]
    phantoms = []
    for event in analysis.events:
        people = set(event.participants)
        if not any(people == set(c.get("principals") or [])
                   and _dates_compatible(c.get("date"), event.date) for c in known):
            phantoms.append(event)
    return phantoms


def score_items(items: list[dict], texts: Path, tally: Tally) -> None:
    for item in items:
        path = texts / f"{item['id']}.txt"
        if not path.exists():
            tally.missing_text += 1
            continue
        tally.items += 1
        published = str(item["published"]) if item.get("published") else None
        try:
            analysis = _analyse(path, published, item.get("url"))
        except InputError as exc:
            tally.misses.append(f"{item['id']}: input refused: {exc}")
            continue
        main = _main_event(analysis)
        got, want = _field_values(main), _expected_values(item.get("contact"))
        all_right = True
        for name in FIELDS:
            if name == "date":
                ok = _same_date(want[name], got[name]) or (
                    want[name] is None and published is not None and got[name] == published
                    and want["status"] == "held")
            else:
                ok = got[name] == want[name]
            tally.right[name] += int(ok)
            if not ok:
                all_right = False
                tally.misses.append(f"{item['id']} {name}: {got[name]!r} (expected {want[name]!r})")
        phantoms = _phantoms(analysis, [item.get("contact"), *(item.get("others") or [])])
        for event in phantoms:
            tally.misses.append(f"{item['id']} phantom: {event.type} {event.status} "
                                f"{event.participants} {event.date}")
        tally.phantom_items += int(bool(phantoms))
        tally.full += int(all_right and not phantoms)


def _registered_sources() -> set[str]:
    return {entry["id"] for entry in knowledge.load("sources")["sources"]}


def score_compilations(items: list[dict], texts: Path, misses: list[str]) -> tuple[int, int]:
    """Return (compilations split right, compilations scored)."""
    right = scored = 0
    for item in items:
        path = texts / f"{item['id']}.txt"
        if not path.exists():
            continue
        scored += 1
        published = str(item["published"]) if item.get("published") else None
        analysis = _analyse(path, published, item.get("url"))
        got = list(dict.fromkeys((r.source, r.side, r.kind, not r.text.strip())
                                 for d in analysis.documents for r in d.readouts))
        want = [(a["source"], a.get("side"), a["kind"], bool(a.get("empty")))
                for a in item["accounts"]]
        known = _registered_sources()
        if len(got) == len(want) and all(
                g == w or (g[0] == "unknown" and w[0] not in known and g[1:] == w[1:])
                for g, w in zip(got, want, strict=True)):
            right += 1
        else:
            misses.append(f"{item['id']}: got {got} expected {want}")
    return right, scored


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=Path, required=True,
                        help="folder holding <id>.txt for each trial item")
    parser.add_argument("--facts", type=Path, default=TRIAL, metavar="DIR",
                        help="folder holding <lang>.yaml and compilations.yaml "
                             "(default: benchmarks/trial)")
    parser.add_argument("--lang", choices=LANGUAGES, action="append",
                        help="score only these languages (repeatable)")
    parser.add_argument("--misses", action="store_true", help="list every wrong field")
    parser.add_argument("--min-full", type=float, default=0.0, metavar="PERCENT",
                        help="exit 1 when a language has fewer items fully right")
    args = parser.parse_args(argv)
    if not args.facts.is_dir():
        print(f"score_trial: no facts folder {args.facts}", file=sys.stderr)
        return 2
    failed = []
    print(f"{'lang':<5}{'items':>6}" + "".join(f"{f:>12}" for f in FIELDS)
          + f"{'full':>8}{'phantom':>9}")
    for lang in args.lang or LANGUAGES:
        tally = Tally()
        score_items(_load(args.facts / f"{lang}.yaml"), args.texts, tally)
        if args.misses:
            for miss in tally.misses:
                print(f"  miss {miss}")
        print(f"{lang:<5}{tally.items:>6}"
              + "".join(f"{tally.percent(tally.right[f]):>12}" for f in FIELDS)
              + f"{tally.percent(tally.full):>8}{tally.phantom_items:>9}"
              + (f"  ({tally.missing_text} without text)" if tally.missing_text else ""))
        if tally.items and 100 * tally.full / tally.items < args.min_full:
            failed.append(lang)
    misses: list[str] = []
    right, scored = score_compilations(_load(args.facts / "compilations.yaml"), args.texts,
                                       misses)
    if args.misses:
        for miss in misses:
            print(f"  miss {miss}")
    print(f"compilations split right: {right}/{scored}")
    if failed:
        print("below --min-full: " + ", ".join(failed), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
