"""Page models: the contact page's side-by-side rows, built from what the store holds.

The comparison (when one is stored) says which sentences of different sides say the
same thing; those share a row. Every other sentence gets a row of its own right after
the last row holding an earlier sentence of its account, so each column still reads in
the account's own order.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from urllib.parse import quote as quote_url

from readouts.model import Comparison, Event, Readout, Sentence
from readouts.store.queries import ReadoutLabel

NO_SIDE = "—"  # column of accounts that speak for no government (independent media)


@dataclass
class Cell:
    readout: Readout
    sentence: Sentence
    state: str  # aligned | one-sided | plain
    score: float | None = None
    elsewhere: list[tuple[str, str]] = field(default_factory=list)  # (anchor, label) of
    # counterparts on other rows

    @property
    def anchor(self) -> str:
        return f"s-{self.readout.id}-{self.sentence.i}"


@dataclass
class Row:
    cells: dict[str, list[Cell]] = field(default_factory=dict)

    @property
    def state(self) -> str:
        """The row's classes: its strongest state, and whether a one-sided sentence is in it."""
        states = {c.state for cells in self.cells.values() for c in cells}
        main = "aligned" if "aligned" in states else ("one-sided" if "one-sided" in states
                                                      else "plain")
        return main + (" has-one-sided" if "one-sided" in states else "")


@dataclass
class SideColumn:
    side: str
    readouts: list[Readout]
    speakers: list[str]
    topics_only: list[str]
    tone: list[str]
    topics: list[str] = field(default_factory=list)  # every topic its accounts raise


@dataclass
class ContactView:
    event: Event
    columns: list[SideColumn]
    rows: list[Row]
    shared_topics: list[str]
    comparison: Comparison | None
    figures: list[tuple[Readout, object, int]]  # account, figure, its index there
    labels: dict[str, str]  # readout id -> "source (SIDE, lang)"
    evidence: dict[str, tuple[str, str]] = field(default_factory=dict)  # fact -> (anchor, label)
    mentions: list[Event] = field(default_factory=list)  # contacts these accounts refer to
    mentioned_by: list[ReadoutLabel] = field(default_factory=list)  # accounts referring here


def _sides(readouts: list[Readout], comparison: Comparison | None) -> dict[str, list[Readout]]:
    by_id = {r.id: r for r in readouts}
    sides: dict[str, list[Readout]] = {}
    placed: set[str] = set()
    if comparison:
        for side, ids in comparison.sides.items():
            found = [by_id[i] for i in ids if i in by_id]
            if found:
                sides[side] = found
                placed.update(i for i in ids if i in by_id)
    apart = set(comparison.also_reported_by) if comparison else set()
    for r in readouts:  # a third government's or media's account is shown apart
        if r.id not in placed:
            sides.setdefault(NO_SIDE if r.id in apart else r.side or NO_SIDE, []).append(r)
    return sides


def _key(ref: list) -> tuple[str, int] | None:  # noqa: ANN001
    if isinstance(ref, list | tuple) and len(ref) == 2:
        return str(ref[0]), int(ref[1])
    return None


def build_rows(sides: dict[str, list[Readout]], comparison: Comparison | None) -> list[Row]:
    """The side-by-side table of a contact's accounts: a row per sentence of the first
    side with its aligned partners beside it, the other sides' sentences placed near their
    account's aligned ones."""
    side_of = {r.id: s for s, rs in sides.items() for r in rs}
    sentences = {(r.id, s.i): (r, s) for rs in sides.values() for r in rs for s in r.sentences}
    partners: dict[tuple[str, int], list[tuple[tuple[str, int], float]]] = {}
    one_sided: set[tuple[str, int]] = set()
    if comparison:
        for pair in comparison.aligned:
            a, b = _key(pair.get("a")), _key(pair.get("b"))
            if a in sentences and b in sentences:
                score = float(pair.get("score") or 0.0)
                partners.setdefault(a, []).append((b, score))
                partners.setdefault(b, []).append((a, score))
        for refs in comparison.unmatched.values():
            one_sided.update(k for k in (_key(ref) for ref in refs) if k in sentences)

    def cell(key: tuple[str, int], score: float | None = None) -> Cell:
        readout, sentence = sentences[key]
        state = "aligned" if key in partners else ("one-sided" if key in one_sided else "plain")
        return Cell(readout, sentence, state, score)

    rows: list[Row] = []
    row_of: dict[tuple[str, int], int] = {}
    order = list(sides)
    # Rows anchored on the first side, with their aligned partners beside them.
    for readout in sides[order[0]] if order else []:
        for sentence in readout.sentences:
            key = (readout.id, sentence.i)
            row = Row({order[0]: [cell(key)]})
            row_of[key] = len(rows)
            for partner, score in partners.get(key, []):
                if partner in row_of:
                    continue
                row.cells.setdefault(side_of[partner[0]], []).append(cell(partner, score))
                row_of[partner] = len(rows)
            rows.append(row)
    # The other sides' remaining sentences: each run goes next to its account's aligned
    # sentences (before the next one, else after the last); an account with none at all
    # fills its column from the top.
    before: dict[int, list[Row]] = {}
    after: dict[int, list[Row]] = {}
    for side in order[1:]:
        for readout in sides[side]:
            keys = [(readout.id, s.i) for s in readout.sentences]
            anchors = [row_of[k] for k in keys if k in row_of]
            if not anchors:
                _fill(rows, side, [cell(k) for k in keys])
                continue
            last, pending = None, []
            for key in keys:
                if key in row_of:
                    if pending:
                        before.setdefault(row_of[key], []).extend(pending)
                        pending = []
                    last = row_of[key]
                    continue
                row = Row({side: [cell(key)]})
                if last is None:
                    pending.append(row)
                else:
                    after.setdefault(last, []).append(row)
                    row_of[key] = last
    merged: list[Row] = []
    for n, row in enumerate(rows):
        merged.extend(before.get(n, []))
        merged.append(row)
        merged.extend(after.get(n, []))
    _link_partners(merged, partners)
    return merged


def _link_partners(rows: list[Row], partners: dict[tuple[str, int], list]) -> None:
    """An aligned sentence whose counterpart sits on another row (one sentence matching
    two) gets a link to it, so no aligned sentence stands alone without a way across."""
    where = {(c.readout.id, c.sentence.i): (n, side, c.readout) for n, row in enumerate(rows)
             for side, cells in row.cells.items() for c in cells}
    per_side = Counter((side, r.id) for _, side, r in where.values())
    several = {side for side, n in Counter(side for side, _ in per_side).items() if n > 1}
    for n, row in enumerate(rows):
        for cells in row.cells.values():
            for c in cells:
                c.elsewhere = [(f"s-{k[0]}-{k[1]}", _partner_label(*where[k][1:], k[1], several))
                               for k, _ in partners.get((c.readout.id, c.sentence.i), [])
                               if k in where and where[k][0] != n]


def _partner_label(side: str, readout: Readout, i: int, several: set[str]) -> str:
    """'RUS sentence 3', or 'RUS kremlin transcript, sentence 3' where the side has several
    accounts, so two links never read the same."""
    account = f" {readout.source} {readout.kind}," if side in several else ""
    return f"{side}{account} sentence {i + 1}"


def _fill(rows: list[Row], side: str, cells: list[Cell]) -> None:
    """Put cells into the side's empty slots from the top, adding rows when they run out."""
    n = 0
    for cell in cells:
        while n < len(rows) and side in rows[n].cells:
            n += 1
        if n < len(rows):
            rows[n].cells[side] = [cell]
        else:
            rows.append(Row({side: [cell]}))
        n += 1


def contact_view(event: Event, readouts: list[Readout], comparison: Comparison | None,
                 mentioning: list[Readout] | None = None) -> ContactView:
    """The page of one contact from its reporting accounts; ``mentioning`` (accounts that
    refer to it in passing) only lends evidence sentences."""
    sides = _sides(readouts, comparison)
    only = (comparison.topics.get("only") or {}) if comparison else {}
    shared = list((comparison.topics.get("shared") or []) if comparison else [])
    if not comparison:
        per_side = {s: {t for r in rs for x in r.sentences for t in x.topics}
                    for s, rs in sides.items()}
        if len(per_side) > 1:
            shared = sorted(set.intersection(*per_side.values()))
            only = {s: sorted(ts - set(shared)) for s, ts in per_side.items()}
    columns = []
    for side, rs in sides.items():
        speakers = list(dict.fromkeys(s.speaker for r in rs for s in r.sentences if s.speaker))
        tone = list(dict.fromkeys(t for r in rs for t in r.characterization))
        topics = list(dict.fromkeys(t for r in rs for x in r.sentences for t in x.topics))
        columns.append(SideColumn(side, rs, speakers, list(only.get(side, [])), tone, topics))
    labels = {r.id: f"{r.source} ({r.side or NO_SIDE}, {r.language})" for r in readouts}
    figures = [(r, f, n) for r in readouts for n, f in enumerate(r.figures)]
    return ContactView(event, columns, build_rows(sides, comparison), shared, comparison,
                       figures, labels, evidence_anchors(event, readouts + (mentioning or []),
                                                         {r.id for r in readouts}))


def evidence_anchors(event: Event, readouts: list[Readout], shown: set[str]
                     ) -> dict[str, tuple[str, str]]:
    """Link and account label of each fact's evidence sentence.

    The event keeps the evidence as text; the sentence that holds it (or that it holds,
    when the evidence spans a clause) is found by containment, exact matches first. A
    sentence of an account not shown on the page (one that only mentions the contact)
    links to that account's page.
    """
    out: dict[str, tuple[str, str]] = {}
    sentences = [(r, s) for r in readouts for s in r.sentences]
    for key, quote in (event.evidence or {}).items():
        quote = (quote or "").strip()
        if not quote:
            continue
        found = next(((r, s) for r, s in sentences if s.text.strip() == quote), None) or next(
            ((r, s) for r, s in sentences if quote in s.text
             or (2 * len(s.text.strip()) >= len(quote) and s.text.strip() in quote)), None)
        if found:
            r, s = found
            page = "" if r.id in shown else f"/readouts/{quote_url(r.id, safe='')}"
            out[key] = (f"{page}#s-{r.id}-{s.i}", f"{r.source} ({r.side or NO_SIDE}, {r.language})")
    return out
