"""Score the contacts found on ../shared/corpus against its events.csv.

For every row of events.csv: is the contact's type right, its date within a day,
its principals the same people, and do the row's files report one and the same event
(and no other row's)? Prints one line per miss and the four scores, and exits 1 when a
score falls below its threshold (a percentage), so CI keeps what was reached.

    python scripts/score_corpus.py [CORPUS_DIR] [--hide-names] [--min-type 95] [--min-date 95]
                                   [--min-principals 95] [--min-grouping 95]
"""

from __future__ import annotations

import argparse
import csv
import shutil
import sys
import tempfile
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from readouts.extract.people.actors import actor_index
from readouts.ingest import collect, prepare
from readouts.model import Analysis, Event
from readouts.pipeline import analyze_document, link_results

MEDIUM_TYPES = {"phone": "phone_call", "video": "video_call", "in-person": "meeting"}
COMPILATION = "compilation"
METRICS = ("type", "date", "principals", "grouping")


@dataclass
class Score:
    checked: dict[str, int] = field(default_factory=lambda: dict.fromkeys(METRICS, 0))
    right: dict[str, int] = field(default_factory=lambda: dict.fromkeys(METRICS, 0))
    misses: list[str] = field(default_factory=list)

    def add(self, metric: str, ok: bool, why: str) -> None:
        self.checked[metric] += 1
        self.right[metric] += int(ok)
        if not ok:
            self.misses.append(f"{metric}: {why}")

    def ratio(self, metric: str) -> float:
        return self.right[metric] / self.checked[metric] if self.checked[metric] else 1.0


def analyze_corpus(corpus: Path, hide_names: bool = False) -> tuple[Analysis, dict[str, str]]:
    """Analyse every .txt of the corpus together; return the analysis and origin -> file name."""
    files = sorted(corpus.glob("*.txt"))
    names: dict[str, str] = {}
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for n, path in enumerate(files):
            target = Path(tmp) / f"doc{n:03d}.txt" if hide_names else path
            if hide_names:
                shutil.copyfile(path, target)
            names[str(target)] = path.name
            paths.append(str(target))
        results = [analyze_document(p) for raw in collect(paths) for p in prepare(raw)]
    return link_results(results), names


def _expected_people(cell: str) -> set[str]:
    index = actor_index()
    people = set()
    for part in cell.split(";"):
        name = part.split("(")[0].strip()
        actor = index.resolve_name(name, "en", None)
        if actor:
            people.add(actor)
    return people


def _events_of_file(analysis: Analysis, names: dict[str, str], file: str,
                    events: dict[str, Event]) -> list[Event]:
    found: list[Event] = []
    for doc in analysis.documents:
        if names.get(doc.origin) != file:
            continue
        for readout in doc.readouts:
            for event in events.values():
                if readout.id in event.reported_by and event not in found:
                    found.append(event)
    return found


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value and len(value) == 10 else None
    except ValueError:
        return None


def score(analysis: Analysis, names: dict[str, str], events_csv: Path) -> Score:
    events = {e.id: e for e in analysis.events}
    result = Score()
    main_event_of_row: dict[str, set[str]] = {}
    with events_csv.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    for row in rows:
        files = row["files"].split(";")
        row_id = row["event_id"]
        per_file = {f: _events_of_file(analysis, names, f, events) for f in files}
        if row["medium"].startswith(COMPILATION):
            continue  # scored below: its item on the call must join that call's event
        main_ids = {found[0].id for found in per_file.values() if found}
        main_event_of_row[row_id] = main_ids
        expected_type = next((t for k, t in MEDIUM_TYPES.items() if row["medium"].startswith(k)),
                             None)
        expected_people = _expected_people(row["participants"])
        expected_day = _day(row["date"])
        for file, found in per_file.items():
            if not found:
                for metric in ("type", "date", "principals"):
                    result.add(metric, False, f"{file}: no contact found")
                continue
            main = found[0]
            result.add("type", main.type == expected_type,
                       f"{file}: {main.type} (expected {expected_type})")
            got_day = _day(main.date)
            ok = bool(got_day and expected_day and abs((got_day - expected_day).days) <= 1)
            result.add("date", ok, f"{file}: {main.date} (expected {row['date']})")
            people = {p for e in found for p in e.participants}
            result.add("principals", people == expected_people,
                       f"{file}: {sorted(people)} (expected {sorted(expected_people)})")
        if len(files) > 1:
            result.add("grouping", len(main_ids) == 1 and all(per_file.values()),
                       f"{row_id}: files report {sorted(main_ids)}")
    owners: dict[str, list[str]] = {}
    for row_id, ids in main_event_of_row.items():
        for event_id in ids:
            owners.setdefault(event_id, []).append(row_id)
    for event_id, row_ids in owners.items():
        if len(row_ids) > 1:
            result.add("grouping", False, f"{event_id} merges rows {row_ids}")
    for row in rows:
        if row["medium"].startswith(COMPILATION):
            found = _events_of_file(analysis, names, row["files"], events)
            targets = main_event_of_row.get(row["event_id"].replace("xwlb-full-bulletin",
                                                                    "putin-xi"), set())
            result.add("grouping", bool(targets & {e.id for e in found}),
                       f"{row['files']}: its call item is not linked to {sorted(targets)}")
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = Path(__file__).resolve().parents[2] / "shared" / "corpus"
    parser.add_argument("corpus", nargs="?", type=Path, default=default)
    parser.add_argument("--hide-names", action="store_true",
                        help="analyse copies named doc000.txt... so file names cannot help")
    for metric in METRICS:
        parser.add_argument(f"--min-{metric}", type=float, default=0.0, metavar="PERCENT",
                            help=f"exit 1 when the {metric} score is below PERCENT")
    args = parser.parse_args()
    analysis, names = analyze_corpus(args.corpus, args.hide_names)
    result = score(analysis, names, args.corpus / "events.csv")
    for miss in result.misses:
        print(f"  miss {miss}")
    failed = []
    for metric in METRICS:
        print(f"{metric:>10}: {result.right[metric]}/{result.checked[metric]} "
              f"= {result.ratio(metric):.1%}")
        threshold = getattr(args, f"min_{metric}")
        if result.ratio(metric) * 100 < threshold - 1e-9:
            failed.append(f"{metric} {result.ratio(metric):.1%} < {threshold:g}%")
    if failed:
        print("below threshold: " + "; ".join(failed), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
