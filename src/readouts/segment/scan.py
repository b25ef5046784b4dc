"""The line pass: one walk over a document's lines that opens an account at each cue.

An account starts at a cue line naming a source ("via Xinhua"), a line naming only its
side ("Chinese readout:"), a briefing or post cue line, a news bulletin's item headline, a
markdown headline, a dateline after text, a headline that reports a contact or heads an
agency's item lead, a paragraph in another language, or after an end mark ("###"). A short
line right after a cue is the account's title, in whatever script.
"""

from __future__ import annotations

import re

from readouts.segment.bulletin import heading_levels
from readouts.segment.layout import (
    SENTENCE_END,
    WIDE_SAMPLE,
    block_text,
    blocks,
    furniture,
    furniture_key,
    heads_item,
    heads_lines,
    lines_of,
    one_paragraph_a_line,
    quote_follows,
    script_of,
    title_like,
)
from readouts.segment.scan_headlines import MAX_TITLE, headline_twice, names_parties, related_run
from readouts.segment.scan_openers import cue_account, dateline_line, heading_line, time_line
from readouts.segment.scan_state import Splitter
from readouts.segment.source_cues import MAX_CUE_LINE, cue_sized, kind_cue, strip_markup
from readouts.text.langid import function_word_language

_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")


def scan(body: str) -> Splitter:
    """The line pass over a document's body: the splitter with an account opened at each
    cue the module's docstring lists."""
    page = furniture()
    lines = lines_of(body)
    levels = heading_levels(t for _, _, t in lines)
    item_level = max((lv for lv, n in levels.items() if n >= 2), default=None)
    split = Splitter(body)
    block_of: dict[int, tuple[int, int]] = {b[0]: b for b in blocks(lines)}
    singles = {first for first, last in block_of.values() if first == last}
    block_last = -1
    prev_ended = True  # the previous line ended a paragraph or a sentence
    line_paras = False  # the block is written one paragraph a line (a page's text pasted)
    for i, (start, end, raw) in enumerate(lines):
        text = raw.strip()
        if not text:
            prev_ended = True
            continue
        new_block = i in block_of
        if new_block:
            block_last = block_of[i][1]
            line_paras = one_paragraph_a_line(lines, i, block_last)
        # a headline with only its byline under it ("di Askanews", "By Jane Roe") stands alone
        single = new_block and (block_last == i or block_last == i + 1 and bool(
            page.noise.match(lines[i + 1][2].strip())))
        # a line starting a paragraph, in text with blank lines or one line per paragraph,
        # and not a wrapped line whose sentence runs on into the next line
        para = line_paras or (new_block or prev_ended) and not (
            i + 1 < len(lines) and lines[i + 1][2][:1].islower())
        prev_ended = True
        folded = furniture_key(text)
        if folded in page.lists and split.has_text():
            break  # "More Stories": the site's other headlines follow, the story has ended
        if folded is not None and folded.rstrip(" .…>»›→") in page.excerpt_ends and \
                split.current is not None and split.current.fixed and split.has_text():
            split.open(end, resumes=True)  # "Read more ....": the relayed excerpt ends,
            continue  # the page's own text follows
        if page.noise.match(text) or folded in page.nav or folded in page.lists:
            continue
        if page.end_marks.match(text):
            split.closed = True
            continue
        if headline_twice(split, lines, i, text):
            continue
        heading = _HEADING.match(text)
        if heading:
            heading_line(split, strip_markup(heading.group(2)), len(heading.group(1)), item_level,
                     end)
            continue
        if para and cue_sized(text) and cue_account(
                split, text, end, strict=item_level is not None, alone=single,
                quoted=quote_follows(lines, i)):
            continue  # a cue line may open a block whose next lines are the text
        if (single or para) and len(text) <= 80 and (
                dateline_line(split, text, end, single) or time_line(split, text, lines, i)):
            continue
        after_cue = para and split.current is not None and split.current.fixed and not (
            split.closed or split.has_text())
        at_top = not split.accounts  # the document's headline, if any, may be long
        if (single or after_cue or (para and at_top and heads_lines(lines, i, block_last))
                or (para and heads_item(lines, i))) \
                and title_like(text, MAX_TITLE if at_top else MAX_CUE_LINE):
            if not split.has_text():
                if split.current is None or split.closed:
                    split.open(end, title=text)
                else:
                    split.current.title = split.current.title or text
                continue
            acc = split.current
            assert acc is not None
            if single and item_level is None and related_run(lines, i, singles):
                continue  # the site's related stories between the article's paragraphs
            script = script_of(text + text + text) or acc.script  # short: weigh it up
            inside = acc.item or kind_cue("transcript", text)  # an item's or a transcript's
            if not inside and (script != acc.script or heads_item(lines, i) or (
                    not split.article and kind_cue("readout", text) and names_parties(text))):
                split.open(end, title=text)
                continue
        prev_ended = bool(SENTENCE_END.search(text))
        if new_block and split.has_text():
            _maybe_language_change(split, lines, i, block_last)
        split.add(start, end)
        acc = split.current
        assert acc is not None
        acc.paras += para
        if new_block:
            acc.blocks += 1
            if acc.script is None:
                acc.script = script_of(block_text(lines, i, block_last))
    return split


def _maybe_language_change(split: Splitter, lines: list[tuple[int, int, str]], first: int,
                           last: int) -> None:
    """Start a new account where a long paragraph is in another language: the script most
    of the paragraph's letters are in, not its first line's (a photo caption in Russian heading
    a Chinese paragraph on a Sputnik page is no Russian account)."""
    acc = split.current
    assert acc is not None
    sample = block_text(lines, first, last)
    script = script_of(sample, WIDE_SAMPLE)
    if script is None or acc.script is None:
        return
    if script == acc.script:
        if script != "latin" or len(sample) < 120:
            return
        if acc.lang is None:
            acc.lang = function_word_language(split.body[acc.start or 0:acc.end])
        lang = function_word_language(sample)
        if acc.lang is None or lang is None or lang == acc.lang:
            return
    split.open(lines[first][0])
    split.current.script = script  # type: ignore[union-attr]


