"""Server time of the web pages on a synthetic database (target: contact page < 300 ms).

A contact reported by two sides with 200 sentences each (150 aligned pairs, 50
one-sided sentences a side, a figure every tenth sentence), plus 2,000 other contacts
for the list, timeline and search. Times are whole requests through the ASGI test
client (routing, queries, templates), so they bound the server's share from above.

    .venv/bin/python benchmarks/bench_web.py [--sentences 200] [--repeat 30]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from starlette.testclient import TestClient

from readouts.model import (
    Analysis,
    Comparison,
    Discrepancy,
    Document,
    Event,
    Figure,
    Period,
    Readout,
    Sentence,
)
from readouts.web.app import create_app

EVENT = "2025-05-08_vladimir-putin_xi-jinping"
ZH = "双方同意在{n}个领域深化务实合作，推动中俄全面战略协作伙伴关系不断向前发展。"
RU = ("Стороны договорились углублять практическое сотрудничество в {n} областях "
      "и развивать отношения.")


def _readout(rid: str, source: str, side: str, lang: str, template: str, n: int) -> Readout:
    sentences = [Sentence(i=i, text=template.format(n=i), speaker=None,
                          topics=["trade"] if i % 7 == 0 else []) for i in range(n)]
    figures = [Figure(text=f"{i} млрд", value=i * 1e9, unit="USD", about="trade", sentence=i,
                      period=Period("2024", "2024")) for i in range(0, n, 10)]
    return Readout(id=rid, source=source, side=side, kind="readout", language=lang,
                   title=f"{source} {EVENT}", text=" ".join(s.text for s in sentences),
                   event=EVENT, sentences=sentences, figures=figures,
                   characterization=["friendly", "in-depth"])


def build(n: int, others: int) -> Analysis:
    zh = _readout("dbzh-r1", "xinhua", "CHN", "zh", ZH, n)
    ru = _readout("dbru-r1", "kremlin", "RUS", "ru", RU, n)
    documents = [Document(id=d, origin=f"/bench/{d}", title=None, language=lang,
                          published="2025-05-08", published_precision="day", readouts=[r],
                          sha256=d * 10) for d, lang, r in (("dbzh", "zh", zh), ("dbru", "ru", ru))]
    aligned = [{"a": [zh.id, i], "b": [ru.id, i], "score": 0.8} for i in range(0, n, 4)]
    aligned += [{"a": [zh.id, i], "b": [ru.id, i + 1], "score": 0.7}
                for i in range(1, n - 1, 4)]
    aligned += [{"a": [zh.id, i], "b": [ru.id, i - 1], "score": 0.7}
                for i in range(2, n, 4)]
    used = {(p["a"][1], p["b"][1]) for p in aligned}
    comparison = Comparison(
        event=EVENT, sides={"CHN": [zh.id], "RUS": [ru.id]},
        topics={"shared": ["trade"], "only": {"CHN": ["taiwan"], "RUS": ["ukraine"]}},
        aligned=aligned,
        unmatched={"CHN": [[zh.id, i] for i in range(n) if all(a != i for a, _ in used)],
                   "RUS": [[ru.id, i] for i in range(n) if all(b != i for _, b in used)]},
        discrepancies=[Discrepancy("duration_minutes", {zh.id: 90, ru.id: 120}, "length")])
    events = [Event(id=EVENT, type="video_call", participants=["xi-jinping", "vladimir-putin"],
                    date="2025-05-08", date_precision="day", reported_by=[zh.id, ru.id],
                    evidence={"type": zh.sentences[0].text})]
    for k in range(others):
        day = (date(2000, 1, 1) + timedelta(days=3 * k)).isoformat()
        r = Readout(id=f"dbo{k}-r1", source="china-mfa", side="CHN", kind="readout",
                    language="zh", title="通电话", text=ZH.format(n=k), event=f"{day}_wang-yi",
                    sentences=[Sentence(i=0, text=ZH.format(n=k))])
        documents.append(Document(id=f"dbo{k}", origin="/bench", title=None, language="zh",
                                  published=day, published_precision="day", readouts=[r],
                                  sha256=f"o{k:063d}"))
        events.append(Event(id=f"{day}_wang-yi", type="phone_call", participants=["wang-yi"],
                            date=day, date_precision="day", reported_by=[r.id]))
    return Analysis(documents=documents, events=events, comparisons=[comparison])


def timed(client: TestClient, path: str, repeat: int) -> tuple[float, float, int]:
    client.get(path)  # warm the template cache
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        response = client.get(path)
        samples.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, path
    samples.sort()
    return statistics.median(samples), samples[int(len(samples) * 0.95) - 1], len(response.text)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=200)
    parser.add_argument("--others", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        app = create_app(f"sqlite:///{Path(folder) / 'bench.db'}")
        analysis = build(args.sentences, args.others)
        start = time.perf_counter()
        app.state.store.save(analysis)
        print(f"save: {len(analysis.events)} events, "
              f"{sum(len(r.sentences) for d in analysis.documents for r in d.readouts)} "
              f"sentences in {(time.perf_counter() - start) * 1000:.0f} ms")
        with TestClient(app, client=("127.0.0.1", 1)) as client:
            print(f"{'page':48} {'median ms':>10} {'p95 ms':>8} {'KB':>7}")
            for path in (f"/contacts/{EVENT}", "/contacts", "/contacts?person=wang-yi&page=20",
                         "/timeline?person=wang-yi", "/figures?about=trade", "/search?q=合作",
                         "/search?q=сотрудничество", "/search?topic=trade&lang=zh",
                         "/documents?page=10", f"/api/events/{EVENT}"):
                median, p95, size = timed(client, path, args.repeat)
                print(f"{path:48} {median:10.1f} {p95:8.1f} {size / 1024:7.1f}")


if __name__ == "__main__":
    main()
