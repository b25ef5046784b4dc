"""Whose words a sentence of an article gives: a registered source speaking ("Xinhua
reported that …", "外交部称"), a side's unnamed text or officials ("中方新闻稿表示", "the
Chinese readout said", "prosegue il post della presidente del Consiglio"), or the text the
article quotes, named again ("The post added that …", "报道称：「…」").

The quoted-text pass (`quoted`) cuts a multi-source article into its sources' accounts by
these; all cue phrases are data (lang/<lang>/quoting.yaml, with the side words of
lang/<lang>/sources.yaml, compiled by `quoting_cues`), the engine is the same for every
language.
"""

from __future__ import annotations

import re

from readouts.segment.leader_words import CLOSE as _CLOSE
from readouts.segment.leader_words import Said, leader_office, leader_said, leader_writes
from readouts.segment.prose import OPEN, width
from readouts.segment.quoting_cues import cues
from readouts.segment.source_cues import cue_data, kind_cue
from readouts.segment.sources import Source, fold, registry

_CREDIT = 80  # the words crediting a text to a source stand this far before its name at most
_NEAR = 8  # width between a source's name and its speech cue when it is the one speaking
_SIDE_REACH = 100  # a side's phrase spans this far either side of its side word at most
# (an aside in brackets between its text and verb: "the Chinese readout (in English) says")
_SUBJECT = 16  # a source's name to its verb when it is a sentence's subject, a time
# between ("新华社周一深夜报导说")
_ROLE = 20  # an aide's role and first name between his source's name and his surname at most
_OPENING_SUBJECT = 60  # the words describing a source named after a crediting verb at most
_DESCRIBED = 64  # a speech verb stands this far before the source its words describe at most


def speaks(text: str, name: str, at: int, near: int = _NEAR) -> bool:
    """Is the named source the one speaking: a speech cue right after its name ("the
    Kremlin said", "新华社报道") or right before it ("according to Xinhua", "据新华社"), the
    words describing it between ("rende noto l'agenzia tedesca Dpa", "secondo il portavoce
    del governo federale, Steffen Hebestreit")?"""
    c = cues()
    after = c.speech.search(text, at + len(name), at + len(name) + near + 12)
    if after is not None and width(text[at + len(name):after.start()]) <= near:
        return True
    return any(width(text[m.end():at]) <= near or c.described.fullmatch(text, m.end(), at)
               for m in c.speech.finditer(text, max(0, at - _DESCRIBED), at))


def credited_as_speaker(text: str, name: str, at: int) -> bool:
    """Is the source named at `at` credited with words, by a speech cue next to its name
    ("the Kremlin said", "according to the White House") or as the publisher of a text named
    before it ("secondo la nota di Palazzo Chigi")?"""
    return speaks(text, name, at) or \
        cues().text_credit.search(text, max(0, at - _CREDIT), at) is not None


def paraphrased(text: str) -> bool:
    """Are the sentence's quoted words fragments of reported speech ("La presidenza russa
    precisa che i leader “hanno confermato …”", "the Kremlin said that they “agreed …”",
    "сообщили, что стороны «…»")? The writer's paraphrase, not the source's text: the
    quotation opens only after the words giving the source and their conjunction."""
    c = cues()
    for m in c.speech.finditer(text):
        if any(ch in OPEN or ch == '"' for ch in text[:m.end()]):
            return False
        if (conj := c.indirect.match(text[m.end():])) is not None:
            return not any(ch in OPEN or ch == '"' for ch in text[m.end():m.end() + conj.end()])
    return False


def statements_named(text: str, named: list[tuple[Source, str, int]]) -> set[str]:
    """The sources whose text the sentence calls a statement, by the words around the name
    ("citing the White House's statement", "la dichiarazione della Casa Bianca", "заявление
    Белого дома", "白宫的声明"): their words told later in the article are that statement."""
    c = cues()
    return {source.id for source, name, at in named
            if c.statement_before.search(text, max(0, at - _CREDIT), at) is not None
            or c.statement_after.match(text, at + len(name)) is not None}


def in_clause(text: str, at: int) -> bool:
    """Is the source named at `at` in a clause crediting the writer's sentence ("…, come
    riferisce una nota della Farnesina", "…, as the Kremlin said", "…, как сообщили в
    Кремле")? It opens no text of its own."""
    return at > 0 and cues().credit_clause.search(text, max(0, at - _CREDIT), at) is not None


def relaying(text: str, at: int) -> bool:
    """Is the source named at `at` the agency that carried the text the sentence gives ("Nel
    testo, rilanciato da Ria Novosti …, si legge:", "The text, carried by TASS, reads:"),
    not its publisher?"""
    return at > 0 and cues().relay.search(text, max(0, at - _CREDIT), at) is not None


def speaker_of(text: str, named: list[tuple[Source, str, int]]) -> Said | None:
    """Whose words the sentence gives, if it says so; the first speaker wins. A sentence
    setting two sources side by side ("The White House and the Kremlin released …") is the
    writer's. `named`: the sources the sentence names, in order (`Registry.named_all`)."""
    c = cues()
    if c.media_opening.match(text):  # "另据俄媒体报道，俄外交部副部长…说": news relayed,
        return None  # whoever speaks in it
    if (m := c.refers.match(text)) is not None and not any(at < m.end() for _, _, at in named):
        return Said("refers", None, None, m.group())  # not "According to the Xinhua readout"
    found: tuple[int, Said] | None = None
    single = len({source.id for source, _, _ in named}) == 1
    cited = next(((source, name, at) for source, name, at in named  # the agency relays the
                  if c.citing.search(text, max(0, at - _CREDIT), at) is not None  # text of
                  and not _cited_with_another(text, named, at + len(name))), None)  # the
    if cited is not None:  # source it cites
        found = (cited[2], Said("cited", cited[0], cited[0].side, cited[1]))
    elif named:
        for source, name, at in named:
            if in_clause(text, at) or not single and c.text_credit.search(
                    text, max(0, at - _CREDIT), at) is None and \
                    not _opening_speaker(text, named, name, at):
                continue  # "…, come riferisce una nota della Farnesina": the writer's; of
                # several sources, only one whose text is named right before it speaks ("…,
                # come richiesto dal Cremlino: “…”, si legge nella nota di Palazzo Chigi")
            platform = source.type == "platform" and (  # "Così su Twitter il presidente"
                c.speech.search(text) is not None or kind_cue("post", text)
                or c.back_credit.match(text) is not None)
            # "according to a statement from the Elysee": its text, named as relayed
            # ... or "the Kremlin said in a statement", "据白宫消息"
            credited = c.text_credit.search(text, max(0, at - _CREDIT), at) is not None or (
                c.text_credit_after.match(text, at + len(name)) is not None
                and speaks(text, name, at, _SUBJECT))
            if platform or credited or speaks(text, name, at, _SUBJECT) or \
                    _credited_opening(text, at):
                back = c.back_credit.match(text)
                how = "back" if back is not None and back.end() <= at else \
                    "credited" if credited else "named"
                found = (at, Said(how, source, source.side, name))
                break
    if found is None and (aide := _aide_credited(text, named) or _aide_speaking(text, named)):
        found = aide
    for word in c.side_word.finditer(text):  # a side's phrase stands around a side word,
        entry = c.sides.get(fold(word.group()))  # in that word's language
        if entry is None:  # "İTALY" matches "italy" blind to case, yet folds apart
            continue
        side, langs = entry
        for lang in langs:
            m = _side_phrase(c.side_speech[lang], text, word)
            if m is not None:
                if found is None or m.start() < found[0]:
                    return Said("side", None, side, m.group())
                return found[1]
    if found is None and not named:
        if (seat := _seat_speaking(text)) is not None:
            return seat
        if (m := c.refers_tail.search(text)) is not None:  # "…,” according to the readout."
            return Said("continues", None, None, m.group())
        return leader_office(text) or leader_writes(text) or leader_said(text)
    return found[1] if found else None


def _opening_speaker(text: str, named: list[tuple[Source, str, int]], name: str,
                     at: int) -> bool:
    """Is the source, a side's government or state medium, the sentence's subject, named
    first, at its opening, with a speech verb right after its name ("L'agenzia ufficiale
    russa Ria Novosti, sottolinea come … Downing Street …", "The Kremlin said … the White
    House …")? It speaks that side's claim, whatever others the sentence names after. (An
    independent paper so named, "The New York Times says that the “call … in the White
    House”", is the writer citing the press.)"""
    source = named[0][0]
    if at != named[0][2] or width(text[:at]) > _OPENING_SUBJECT or \
            source.type not in ("government", "state-media"):
        return False
    end = at + len(name)
    after = cues().speech.search(text, end, end + _NEAR + 12)
    return after is not None and width(text[end:after.start()]) <= _NEAR


_CITED_GAP = 30  # "citing the White House's statement and the Kremlin": the words between two
# sources cited together at most


def _cited_with_another(text: str, named: list[tuple[Source, str, int]], end: int) -> bool:
    """Is the cited source one of two cited together ("citing the White House's statement
    and the Kremlin", "citando la Casa Bianca e il Cremlino")? The sentence is the writer's
    report of both."""
    return any(at >= end and width(gap := text[end:at]) <= _CITED_GAP
               and cue_data().joins.search(gap) is not None for _, _, at in named)


_SEAT_NEAR = 12  # "Moscow has also said", "北京方面表示": the words between a capital and its verb
# at most, only those of seat_gap (quoting.yaml: "Moscow, Putin said", "巴黎的外交官说" are none)
_SUBJECT_BEFORE = tuple('.,;:"“”»」』，。；：')  # ... which opens its sentence or clause


def _seat_speaking(text: str) -> Said | None:
    """A capital speaking for its government as its sentence's subject ("Moscow said the
    talks had been initiated by London", "…”London said", "Londra ha fatto sapere",
    "В Москве заявили", "北京方面表示"): that government's words. Only right before a
    speech verb, opening the sentence or a clause, or right after one, closing it ("…”, ha
    detto Londra", "…», – заявили в Лондоне"): "talks in Moscow, Putin said" and "Putin said
    in Moscow." are none. A capital named as the publisher of a text credited ("secondo il
    comunicato di Ankara", "according to a statement from Athens") gives that text too."""
    speech = cues().speech
    for source, name, at in registry().seats_in(text):
        end = at + len(name)
        before = text[:at].rstrip()
        credit = cues().text_credit.search(text, max(0, at - _CREDIT), at)
        if credit is not None and credit.end() == at:  # "Secondo il comunicato di Ankara,",
            return Said("credited", source, source.side, name)  # "according to a statement
            # from Athens": the capital's text, its government's
        if not before or before.endswith(_SUBJECT_BEFORE):
            after = speech.search(text, end, end + _SEAT_NEAR + 12)
            if after is not None and width(text[end:after.start()]) <= _SEAT_NEAR and \
                    cues().seat_gap.fullmatch(text[end:after.start()]) and \
                    not cues().published.match(text, after.start()):
                return Said("named", source, source.side, name)
        elif text[end:].lstrip()[:1] in _SUBJECT_BEFORE + ("",) and any(
                not (rest := before[m.end():]) or rest.isalpha()  # "заявил|и"
                for m in speech.finditer(before, max(0, len(before) - 30))):
            return Said("named", source, source.side, name)  # "…”, ha detto Londra."
    return None


def _credited_opening(text: str, at: int) -> bool:
    """Does the verb that credits the sentence stand before the source named at `at`, its
    subject however described before its name ("Lo ha riferito ai giornalisti un funzionario
    della Casa Bianca", "…, secondo quanto riferisce la tv della Repubblica Popolare CCTV")?"""
    return any(m.end() <= at and width(text[m.end():at]) <= _OPENING_SUBJECT
               for m in cues().credit_opening.finditer(text, 0, at))


def _aide_speaking(text: str, named: list[tuple[Source, str, int]]) -> tuple[int, Said] | None:
    """A spokesperson named by the role that holds the source's name ("White House
    spokeswoman Jane Roe said", "пресс-секретарь Кремля заявил"), or by his source, role and
    name ("Kremlin aide Yuri Ushakov told Reuters", "克里姆林宫助手尤里乌沙科夫告诉路透"),
    speaking for the one source the sentence names but the agency he spoke to: its words,
    though the name stands too far from the verb to speak. Named alone, no source in his
    sentence ("…, Ushakov said", "ha detto Peskov", "乌沙科夫说"), he speaks for his own."""
    aides = registry().aides_in(text)
    aide = next((a for a in aides if speaks(text, a[1], text.find(a[1]), _SUBJECT)
                 or credits_quotation(text, text.find(a[1]))),
                aides[0] if aides else None)  # the one speaking ("“… Lavrov …”, ha detto
    if aide is None:  # Razov"), not another his words name
        return None
    at = text.find(aide[1])
    named = [(source, name, where) for source, name, where in named  # not the agency he
             if not (source.type == "media" and where > at)]  # spoke to ("told Reuters")
    if any(source is not aide[0] for source, _, _ in named):
        return None
    # "White House spokeswoman Jane Roe", "Kremlin aide Yuri Ushakov", or the aide alone
    # ("…, Ushakov said", "заявил Песков"): his source is the one he speaks for; so he does
    # crediting a quotation, whatever his sentence said of his source before it ("il
    # Cremlino corre a smentire: «…», ha detto Peskov")
    if not credits_quotation(text, at) and (
            named and not any(at <= where < at + len(aide[1])
                              or 0 <= width(text[where + len(name):at]) <= _ROLE
                              for _, name, where in named)
            or in_clause(text, at) or not speaks(text, aide[1], at, _SUBJECT)):
        return None
    return at, Said("named", aide[0], aide[0].side, aide[1])


_QUOTE_TO_VERB = re.compile(r"[\s,，:\-–—]*")  # "…», — сказал", "…”, ha detto", "…" said"
_CLAUSE_BREAK = re.compile(r"[,.;:!?«“„\"(（，。；：]")


def credits_quotation(text: str, at: int) -> bool:
    """Is the person named at `at` the subject of the clause crediting the quotation that
    closes before it, past the verb's listener and his own role ("…», ha detto alla stampa
    russa Dmitri Peskov", "…», — сказал журналистам пресс-секретарь президента Дмитрий
    Песков", "…,” said Kremlin spokesman Dmitry Peskov")? The verb opens the clause right
    after the closing mark; no comma, stop or other quotation stands before his name."""
    closing = None
    for m in _CLOSE.finditer(text, 0, at):
        closing = m
    if closing is None:
        return False
    verb = cues().speech.search(text, closing.end(), at)
    return verb is not None and \
        _QUOTE_TO_VERB.fullmatch(text, closing.end(), verb.start()) is not None and \
        width(text[verb.end():at]) <= _OPENING_SUBJECT and \
        _CLAUSE_BREAK.search(text, verb.end(), at) is None


def _aide_credited(text: str, named: list[tuple[Source, str, int]]
                   ) -> tuple[int, Said] | None:
    """A spokesperson credited with the words before, his source unnamed ("Lo ha detto il
    portavoce del cancelliere Friedrich Merz, Stefan Kornelius", "Об этом заявил пресс-
    секретарь Песков"): his source's words, told back."""
    back = cues().back_credit.match(text)
    aide = registry().aide_in(text) if back is not None and not named else None
    if back is None or aide is None:
        return None
    at = text.find(aide[1])
    if at < back.end() or width(text[back.end():at]) > _OPENING_SUBJECT:
        return None
    return at, Said("back", aide[0], aide[0].side, aide[1])


def _side_phrase(pattern: re.Pattern[str], text: str, word: re.Match[str]
                 ) -> re.Match[str] | None:
    """The side's phrase standing around its side word, if any."""
    m = pattern.search(text, max(0, word.start() - _SIDE_REACH), word.end() + _SIDE_REACH)
    return m if m is not None and m.start() <= word.start() < m.end() else None


def side_text_in(text: str) -> tuple[str, str, int] | None:
    """The side whose own text a line ending in a colon names last, with the words naming
    it and where they stand ("Earlier, China's readout said:"; "Unlike the White House
    readout, the Chinese report …:" names the Chinese one)."""
    c = cues()
    last: tuple[str, str, int] | None = None
    for word in c.side_word.finditer(text):
        entry = c.sides.get(fold(word.group()))
        if entry is None:
            continue
        for lang in entry[1]:
            m = _side_phrase(c.side_text[lang], text, word)
            if m is not None:
                last = (entry[0], m.group(), m.start())
                break
    return last
