"""The article's paragraphs as the quoted-text cut reads them: a quotation run over several
paragraphs joined into one, and the quoted fragments of one side's reported speech made
the writer's paraphrase."""

from __future__ import annotations

from dataclasses import replace

from readouts.segment.attribution import paraphrased
from readouts.segment.paragraph_read import Para, still_open
from readouts.segment.prose import OPEN
from readouts.segment.voices import Voice

ParaRead = tuple[int, int, tuple[int, Voice] | None, Para | None]  # a paragraph's span, its
# bracketed header if it is one, else its reading

_JOINED = 4  # paragraphs one quotation may run over before its closing mark


def quotations_joined(body: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A quotation opening a paragraph and closed only in a later one that does not open
    again (a post's first line set apart: "“Just completed my call with Putin." / "It went
    very well …,” Trump wrote.") is read as one paragraph with the words that credit it."""
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(spans):
        p_start, p_end = spans[i]
        text = body[p_start:p_end]
        last = i
        if text[:1] in OPEN + '"' and still_open(text):
            for k in range(i + 1, min(len(spans), i + _JOINED)):
                nxt = body[spans[k][0]:spans[k][1]]
                if nxt[:1] in OPEN + '"':
                    break  # each paragraph opens again: the quotation's own layout
                if (nxt.count('"') % 2 == 1 if text[0] == '"' else not still_open(nxt, 1)):
                    last = k  # its closing mark
                    break
        out.append((p_start, spans[last][1]))
        i = last + 1
    return out


def paraphrases(body: str, paras: list[ParaRead]) -> list[ParaRead]:
    """Where the article's speakers are of one side at most, the quoted fragments of their
    reported speech ("La presidenza russa precisa che i leader “hanno confermato …”") are
    the writer's paraphrase, no quoted text; two sides' words set side by side are each
    side's account."""
    sides = {said.side for _, _, _, para in paras if para is not None
             for said in para.speakers if said is not None}
    if len(sides) > 1:
        return paras
    for _, _, _, para in paras:
        if para is None:
            continue
        new = {s.start: replace(s, quoted=0) for s in para.sentences
               if s.quoted and paraphrased(body[s.start:s.end])}
        if new:  # by where each starts: the sentences read stand in `said` and `intro` too
            para.sentences = [new.get(s.start, s) for s in para.sentences]
            para.said = {k: [new.get(s.start, s) for s in v] for k, v in para.said.items()}
            para.links = [(new.get(s.start, s), source) for s, source in para.links]
            if para.intro is not None:
                s, source, name = para.intro
                para.intro = (new.get(s.start, s), source, name)
    return paras
