"""Score the number parser and figure extractor on Microsoft Recognizers-Text specs.

Reads the spec files from ../shared/peers/recognizers-text (never copied into the repo).

- Number specs: every expected span's text goes through ``parse_number`` and its value is
  compared (the specs resolve bare numbers; our figure extractor only reports numbers with
  a unit, so the parser is what these cases measure). No unit column.
- Percent and Currency specs: ``extract_figures`` runs on the input sentence; each expected
  span with a value is matched to the figure overlapping it, and the value and unit are
  compared (unit ``percent``, where ``percentage-point`` also counts for the spec's
  "个百分点", or the ISO 4217 code; currency names without an ISO code in the spec are
  mapped below. The specs count sub-units ("50 cents" = 50 Cent); we report the sum in
  the main currency (0.5 USD), so those spans are compared at a hundredth.
- Spurious: on the same inputs, figures of the spec's kind (a percent for Percent, a sum
  for Currency) that overlap no expected span: the precision side of the score.
- Ordinal specs: counts ordinals that we wrongly report as figures (want zero).

Run: .venv/bin/python benchmarks/bench_figures_peers.py
"""

from __future__ import annotations

import json
import math
import sys
import time
from pathlib import Path

from readouts.extract.figures.figures import extract_figures
from readouts.extract.figures.numbers import parse_number

PEERS = Path(__file__).resolve().parents[1].parent / "shared" / "peers" / "recognizers-text"
LANGS = {"it": "Italian", "en": "English", "zh": "Chinese"}

# Spec currency names that carry no isoCurrency -> the ISO codes that count as right.
NAME_TO_ISO = {
    "Dollar": {"USD"},
    "United States dollar": {"USD"},
    "Pound": {"GBP"},
    "British pound": {"GBP"},
    "Euro": {"EUR"},
    "Japanese yen": {"JPY"},
    "Chinese yuan": {"CNY"},
    "Canadian dollar": {"CAD"},
    "Hong Kong dollar": {"HKD"},
    "Australian dollar": {"AUD"},
    "Swiss franc": {"CHF"},
    "Franc": {"CHF", "FRF"},
    "Finnish markka": {"FIM"},
    "Netherlands guilder": {"NLG"},
    "Peseta": {"ESP"},
    "Bitcoin": {"BTC"},  # no ISO code; BTC is the common one
}

# Spec sub-units -> (currencies that count as right, their share of the main unit).
SUBUNITS = {
    "Cent": ({"USD", "EUR"}, 0.01),
    "Pence": ({"GBP"}, 0.01),
    "Penny": ({"GBP"}, 0.01),
}


def _load(kind: str, lang: str, model: str) -> list[dict]:
    path = PEERS / kind / LANGS[lang] / f"{model}.json"
    return json.loads(path.read_text(encoding="utf-8-sig"))


def _value(raw: str | None, lang: str) -> float | None:
    if raw is None or raw == "null":
        return None
    raw = raw.rstrip("%")
    if lang == "it":  # Italian specs write resolved values with a decimal comma
        raw = raw.replace(",", ".")
    try:
        return float(raw)
    except ValueError:
        return None


def _close(a: float | None, b: float | None) -> bool:
    return a is not None and b is not None and math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def bench_numbers(lang: str) -> tuple[int, int, int, int]:
    cases = ok = 0
    for case in _load("Number", lang, "NumberModel"):
        for res in case["Results"]:
            want = _value(res["Resolution"].get("value"), lang)
            if want is None:
                continue
            cases += 1
            ok += _close(parse_number(res["Text"], lang), want)
    return cases, ok, 0, 0


def _matched(sentence: str, lang: str, res: dict):
    start, end = res["Start"], res["End"] + 1
    for fig in extract_figures(sentence, lang):
        if fig.start < end and start < fig.end:
            return fig
    return None


def _spurious(case: dict, lang: str, model: str) -> int:
    """Figures of the spec's own kind (a percent, a sum of money) on no expected span."""
    count = 0
    for fig in extract_figures(case["Input"], lang):
        percent = fig.unit in ("percent", "percentage-point")
        money = len(fig.unit) == 3 and fig.unit.isupper()  # an ISO 4217 code
        if not (percent if model == "PercentModel" else money):
            continue
        count += not any(fig.start < r["End"] + 1 and r["Start"] < fig.end
                         for r in case["Results"])
    return count


def bench_units(kind: str, model: str, lang: str) -> tuple[int, int, int, int]:
    cases = value_ok = unit_ok = spurious = 0
    for case in _load(kind, lang, model):
        spurious += _spurious(case, lang, model)
        for res in case["Results"]:
            want = _value(res["Resolution"].get("value"), lang)
            if want is None:
                continue
            cases += 1
            fig = _matched(case["Input"], lang, res)
            if fig is None:
                continue
            if model == "PercentModel":
                unit_ok += fig.unit in ("percent", "percentage-point")
            else:
                name = res["Resolution"].get("unit")
                iso = res["Resolution"].get("isoCurrency")
                allowed = {iso} if iso else NAME_TO_ISO.get(name, set())
                if name in SUBUNITS:
                    allowed, share = SUBUNITS[name]
                    want *= share
                unit_ok += fig.unit in allowed
            value_ok += _close(fig.value, want)
    return cases, value_ok, unit_ok, spurious


def bench_ordinals(lang: str) -> tuple[int, int]:
    cases = wrong = 0
    for case in _load("Number", lang, "OrdinalModel"):
        figs = extract_figures(case["Input"], lang)
        for res in case["Results"]:
            cases += 1
            start, end = res["Start"], res["End"] + 1
            wrong += any(f.start < end and start < f.end for f in figs)
    return cases, wrong


def main() -> int:
    if not PEERS.is_dir():
        print(f"peer specs not found at {PEERS}", file=sys.stderr)
        return 1
    rows: list[tuple[str, str, int, str, str]] = []
    extra: list[str] = []
    for lang in LANGS:
        n, v, _, _ = bench_numbers(lang)
        rows.append(("Number (parse_number)", lang, n, f"{100 * v / n:.1f}", "-"))
        extra.append("-")
        for kind, model, label in (
            ("Number", "PercentModel", "Percent"),
            ("NumberWithUnit", "CurrencyModel", "Currency"),
        ):
            n, v, u, spurious = bench_units(kind, model, lang)
            rows.append((label, lang, n, f"{100 * v / n:.1f}", f"{100 * u / n:.1f}"))
            extra.append(str(spurious))
    print(f"{'spec':<22} {'lang':<4} {'cases':>5} {'value ok %':>10} {'unit ok %':>9} "
          f"{'spurious':>8}")
    for (spec, lang, n, v, u), spurious in zip(rows, extra, strict=True):
        print(f"{spec:<22} {lang:<4} {n:>5} {v:>10} {u:>9} {spurious:>8}")
    print()
    total_wrong = 0
    for lang in LANGS:
        n, wrong = bench_ordinals(lang)
        total_wrong += wrong
        print(f"Ordinal {lang}: {n} ordinal spans, {wrong} wrongly reported as figures")
    print(f"ordinals reported as figures, all languages: {total_wrong}")
    print()
    speed = _speed()
    scored = [(float(x), f"{spec} {lang}") for spec, lang, _, *xs in rows for x in xs if x != "-"]
    low, where = min(scored)
    print(
        f"summary: lowest score {low:.1f}% ({where}), {total_wrong} ordinals as figures, "
        f"{sum(int(x) for x in extra if x != '-')} spurious, "
        + (f"{speed:.0f} KB/s" if speed is not None else "speed not measured")
    )
    return 0


def _speed() -> float | None:
    """Throughput of extract_figures on the real corpus, sentence by sentence."""
    corpus = PEERS.parents[1] / "corpus"
    texts: list[tuple[str, str]] = []
    for path in sorted(corpus.glob("*.txt")):
        head, _, body = path.read_text(encoding="utf-8").partition("\n\n")
        lang = next((ln.split(":", 1)[1].strip() for ln in head.splitlines()
                     if ln.startswith("language:")), "en")
        if lang in ("it", "en", "ru", "zh"):
            sep = "。" if lang == "zh" else ". "
            texts.extend((lang, s) for s in body.split(sep))
    size = sum(len(s.encode("utf-8")) for _, s in texts)
    if not size:
        return None
    for lang, s in texts[:50]:  # warm the compiled rules
        extract_figures(s, lang)
    t0 = time.perf_counter()
    for _ in range(5):
        for lang, s in texts:
            extract_figures(s, lang)
    secs = (time.perf_counter() - t0) / 5
    print(f"speed: {size / 1024:.0f} KB of corpus sentences in {secs:.3f}s = "
          f"{size / 1024 / secs:.0f} KB/s")
    return size / 1024 / secs


if __name__ == "__main__":
    sys.exit(main())
