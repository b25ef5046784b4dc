"""Score our date resolver and dateparser side by side on Recognizers-Text DateTime specs.

Reads the spec files from ../shared/peers/recognizers-text (never copied into the repo).
Every case's ``Context.ReferenceDateTime`` is the document date.

- DateParser: both resolvers get the gold span text. Ours is ``resolve_date`` with the
  tense of the whole input sentence (``sentence_tense``); dateparser is ``dateparser.parse``
  with the reference date as RELATIVE_BASE. A resolution is right when it equals the spec's
  future or past resolution (the spec gives both for year-less dates; which one applies
  depends on the tense, which dateparser does not see); for a spec's impossible date
  ("Feb 30", resolved to 0001-01-01) the right answer is none.
- DateExtractor: ``find_dates`` on the whole sentence, in its strict running-text mode,
  and dateparser's ``search_dates``; a gold span counts as found when a mention overlaps
  it (recall only: the specs list no sentences without dates, so precision is untested
  here; tests/test_dates.py holds the traps such as "31%" and "20°").
- DatePeriodParser: ``resolve_period`` on the gold span, with the input's tense; right when
  start and end match the spec's startDate and endDate, future or past. Our periods end on
  their last day; the spec's end is exclusive for a named unit ("this week", "2016-11" ends
  on 2016-12-01) and is the end as named for a span written as two ends ("from 4 to 22":
  the 22nd; "2014-2018": 2018-01-01), so a period we resolved from two ends is compared by
  the first day of its end. Cases the contract cannot represent are skipped and counted:
  seasons (the spec gives them no dates) and open-ended spans ("more than 2 weeks after
  today"). dateparser resolves no periods.
- DurationParser: ``parse_duration`` on the gold span against the spec's seconds
  (month = 30 days, year = 365 days, as the spec counts). dateparser has no durations.

Run: .venv/bin/python benchmarks/bench_dates_peers.py
"""

from __future__ import annotations

import json
import math
import sys
import time
from datetime import date, datetime, timedelta
from pathlib import Path

import dateparser
from dateparser.search import search_dates

from readouts.extract.time.dates import (
    find_dates,
    parse_duration,
    resolve_date,
    sentence_tense,
)
from readouts.extract.time.periods import resolve_period

PEERS = Path(__file__).resolve().parents[1].parent / "shared" / "peers" / "recognizers-text"
LANGS = {"it": "Italian", "en": "English", "zh": "Chinese"}
DP_LANG = {"it": "it", "en": "en", "zh": "zh"}


def _load(lang: str, model: str) -> list[dict]:
    path = PEERS / "DateTime" / LANGS[lang] / f"{model}.json"
    return json.loads(path.read_text(encoding="utf-8-sig"))


def _ref(case: dict) -> str:
    return (case.get("Context") or {}).get("ReferenceDateTime", "2016-11-07T00:00:00")


def _dp(text: str, lang: str, ref: str) -> str | None:
    base = datetime.fromisoformat(ref)
    try:
        got = dateparser.parse(text, languages=[DP_LANG[lang]],
                               settings={"RELATIVE_BASE": base})
    except Exception:  # dateparser raises on some inputs; count as no answer
        return None
    return got.date().isoformat() if got else None


def bench_dates(lang: str) -> tuple[int, int, int]:
    cases = ours = peer = 0
    for case in _load(lang, "DateParser"):
        ref = _ref(case)
        tense = sentence_tense(case["Input"], lang)
        for res in case["Results"]:
            value = res.get("Value") or {}
            want = {(value.get("FutureResolution") or {}).get("date"),
                    (value.get("PastResolution") or {}).get("date")} - {None}
            if not want:
                continue
            cases += 1
            impossible = want == {"0001-01-01"}
            got = resolve_date(res["Text"], lang, ref, tense)
            mine = got.value if got and got.precision == "day" else None
            ours += (mine is None) if impossible else (mine in want)
            theirs = _dp(res["Text"], lang, ref)
            peer += (theirs is None) if impossible else (theirs in want)
    return cases, ours, peer


def _dp_spans(text: str, lang: str, ref: str) -> list[tuple[int, int]]:
    """Where dateparser's ``search_dates`` finds dates in ``text``."""
    try:
        hits = search_dates(text, languages=[DP_LANG[lang]],
                            settings={"RELATIVE_BASE": datetime.fromisoformat(ref)}) or []
    except Exception:  # dateparser raises on some inputs; count as none found
        return []
    spans, cursor = [], 0
    for sub, _ in hits:
        at = text.find(sub, cursor)
        if at >= 0:
            spans.append((at, at + len(sub)))
            cursor = at + len(sub)
    return spans


def bench_extract(lang: str) -> tuple[int, int, int]:
    cases = found = peer = 0
    for case in _load(lang, "DateExtractor"):
        ref = _ref(case)
        mentions = [(m.start, m.end) for m in find_dates(case["Input"], lang, ref[:10])]
        theirs = _dp_spans(case["Input"], lang, ref)
        for res in case["Results"]:
            cases += 1
            start, end = res["Start"], res["Start"] + res["Length"]
            found += any(s < end and start < e for s, e in mentions)
            peer += any(s < end and start < e for s, e in theirs)
    return cases, found, peer


def _bounds(value: str, end: bool, endpoints: bool = False) -> str:
    """A period bound as a day: a start's first day; an end's day after, or first day."""
    y = int(value[:4])
    m = int(value[5:7]) if len(value) >= 7 else 1
    first = date(y, m, int(value[8:10]) if len(value) == 10 else 1)
    if not end or endpoints:
        return first.isoformat()
    if len(value) == 10:
        return (first + timedelta(days=1)).isoformat()
    if len(value) == 7:
        return date(y + m // 12, m % 12 + 1, 1).isoformat()
    return date(y + 1, 1, 1).isoformat()


def bench_periods(lang: str) -> tuple[int, int, dict[str, int]]:
    cases = ok = 0
    skipped = {"season (no dates in the spec)": 0, "open-ended": 0}
    for case in _load(lang, "DatePeriodParser"):
        ref = _ref(case)[:10]
        tense = sentence_tense(case["Input"], lang)
        for res in case["Results"]:
            fut = (res.get("Value") or {}).get("FutureResolution") or {}
            past = (res.get("Value") or {}).get("PastResolution") or {}
            bounds = [(r.get("startDate"), r.get("endDate")) for r in (fut, past)]
            if not any(a or b for a, b in bounds):
                skipped["season (no dates in the spec)"] += 1
                continue
            if not all(a and b for a, b in bounds):
                skipped["open-ended"] += 1
                continue
            cases += 1
            got = resolve_period(res["Text"], lang, ref, tense)
            if got:
                mine = (_bounds(got.period_start, False),
                        _bounds(got.period_end, True, got.endpoints))
                ok += mine in set(bounds)
    return cases, ok, skipped


def bench_durations(lang: str) -> tuple[int, int]:
    cases = ok = 0
    for case in _load(lang, "DurationParser"):
        for res in case["Results"]:
            want = ((res.get("Value") or {}).get("FutureResolution") or {}).get("duration")
            if want is None:
                continue
            cases += 1
            got = parse_duration(res["Text"], lang)
            ok += got is not None and math.isclose(got, float(want), rel_tol=1e-3)
    return cases, ok


def _pct(n: int, d: int) -> str:
    return f"{100 * n / d:5.1f}" if d else "    -"


def main() -> int:
    if not PEERS.is_dir():
        print(f"no peer specs at {PEERS}", file=sys.stderr)
        return 1
    t0 = time.perf_counter()
    rows = []
    notes: list[str] = []
    for lang in LANGS:
        c, o, p = bench_dates(lang)
        rows.append((f"{lang} DateParser", c, _pct(o, c), _pct(p, c)))
        c, o, p = bench_extract(lang)
        rows.append((f"{lang} DateExtractor (recall)", c, _pct(o, c), _pct(p, c)))
        c, o, skipped = bench_periods(lang)
        rows.append((f"{lang} DatePeriodParser", c, _pct(o, c), "  n/a"))
        notes.extend(f"{lang} DatePeriodParser: skipped {n} {why}"
                     for why, n in skipped.items() if n)
        c, o = bench_durations(lang)
        rows.append((f"{lang} DurationParser", c, _pct(o, c), "  n/a"))
    print(f"{'spec':30} {'cases':>5} {'ours %':>7} {'dateparser %':>13}")
    for name, c, o, p in rows:
        print(f"{name:30} {c:5d} {o:>7} {p:>13}")
    for note in notes:
        print(note)
    print(f"({time.perf_counter() - t0:.1f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
