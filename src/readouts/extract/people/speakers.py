"""Who speaks, or is reported as saying, each sentence of an account.

Readouts report speech in a few fixed shapes: a named leader right before a reporting
verb ("President Biden underscored", "习近平指出", "Путин отметил"), a pronoun or bare
title pointing back to the last speaker ("He also noted", "Il Presidente ha aggiunto"),
a subjectless verb continuing it ("Ha inoltre ricordato", "希望美方..."), a quote with the
speaker after it ('"...," said Zelenskyy'), or "According to X". A collective subject
("The two sides", "双方", "Лидеры") speaks for nobody. Chinese readouts run a leader's
speech on over the following sentences (``carry_over`` in ``lang/zh/speech.yaml``).
Verbs and subjects come from ``lang/<iso>/speech.yaml``; the engine is language-neutral.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from readouts import lang as langdata
from readouts.extract.people.credits import credit_back
from readouts.extract.tags.topics import cue_pattern
from readouts.text.clauses import CLAUSE_PUNCT

Mention = tuple[str, int, int]  # actor id, start, end (offsets in the sentence)

_NO_SUBJECT = object()  # a verb whose subject is not a person we can name
_MAX_QUOTE_SENTENCES = 8  # an unbalanced quote mark must not run on through the account


_WORD_START = r"(?<!\w)"


def _alt(forms: list[str], lang: str) -> str:
    """Alternation of forms, longest first, with the word-start check factored out and a
    lookahead on the letters a form can start with: ~100 verbs tried at every position
    of every sentence cost a third of the extraction time otherwise."""
    forms = sorted((form for form in forms if form), key=len, reverse=True)
    if not forms:
        return "(?!)"
    parts = [cue_pattern(form, lang) for form in forms]
    head = ""
    if all(part.startswith(_WORD_START) for part in parts):
        head, parts = _WORD_START, [part[len(_WORD_START) :] for part in parts]
    if all(part[:1].isalnum() and part[1:2] not in ("?", "*", "{", "|") for part in parts):
        firsts = sorted({c for part in parts for c in (part[0].lower(), part[0].upper())})
        head += "(?=[" + re.escape("".join(firsts)) + "])"
    return head + "(?:" + "|".join(parts) + ")"


@dataclass(frozen=True)
class _Rules:
    verbs: re.Pattern[str]
    gap: re.Pattern[str]  # fullmatch: what may stand between a subject and its verb
    subject: re.Pattern[str]  # search in the text before a verb: coll/pron/defn group at its end
    clause_start: re.Pattern[str]  # fullmatch: nothing but connectives before the verb
    coordinator: re.Pattern[str]  # fullmatch: "and" between two names
    object_marker: re.Pattern[str]  # search: a preposition right before a name
    postposed_after: re.Pattern[str] | None
    according_to: re.Pattern[str] | None
    first_person: re.Pattern[str] | None
    collective_start: re.Pattern[str]  # match: a collective subject narrating a joint act
    title_start: re.Pattern[str]  # fullmatch: only a title before a sentence's first name
    narrative: re.Pattern[str] | None
    continuer: re.Pattern[str] | None  # match: an opening that carries on without a verb
    collective_any: re.Pattern[str]  # search: a collective subject anywhere
    author: re.Pattern[str] | None  # search in a title: "Statement by" before its author
    author_office: re.Pattern[str] | None  # "Press Conference by the Prime Minister": no name
    opening: str
    closing: str
    both: str
    carry_over: bool
    postposed_bare: bool  # pro-drop: '«…», ha detto.' speaks for the one told of before
    pronoun_after: re.Pattern[str] | None  # match after the verb: '«…», — сказал он.'


@cache
def _rules(lang: str) -> _Rules | None:
    data: dict[str, Any] = langdata.load(lang, "speech")
    if not data.get("verbs"):
        return None
    gap_items = [_alt(data.get("subject_gap", []), lang)]
    if data.get("appositive"):
        gap_items.append(r",[^,.;:!?\"“”«»]{1,80},")
    gap = rf"(?:\s*(?:{'|'.join(gap_items)}))*\s*"
    coll = _alt(data.get("collective", []), lang)
    subject = (
        rf"(?:(?P<coll>{coll})|(?P<pron>{_alt(data.get('pronouns', []), lang)})"
        rf"|(?P<defn>{_alt(data.get('definites', []), lang)})){gap}$"
    )
    clause = CLAUSE_PUNCT.pattern if lang == "zh" else r"(?!)"
    clause_start = rf"(?:^|.*{clause})[\s\W\d]*(?:{_alt(data.get('connectives', []), lang)})?{gap}"
    quotes = data.get("quotes", {})
    titles = _alt(data.get("titles", []), lang)
    if data.get("collective_verbs"):  # only a joint act makes a collective sentence narration
        narrated = rf"(?={gap}{_alt(data['collective_verbs'], lang)})"
    else:  # "The two sides should...": a modal makes it the content of someone's speech
        narrated = rf"(?!{gap}{_alt(data.get('modals', []), lang)})"

    def optional(key: str, suffix: str = "") -> re.Pattern[str] | None:
        items = data.get(key) or []
        return re.compile(_alt(items, lang) + suffix, re.I) if items else None

    return _Rules(
        verbs=re.compile(_alt(data["verbs"], lang), re.I),
        gap=re.compile(gap, re.I),
        subject=re.compile(subject, re.I),
        clause_start=re.compile(clause_start, re.I | re.S),
        coordinator=re.compile(
            rf"\s*{_alt(data.get('coordinators', []), lang)}\s*(?:{titles}\s*)?", re.I
        ),
        object_marker=re.compile(rf"{_alt(data.get('object_markers', []), lang)}\s*$", re.I),
        postposed_after=optional("postposed_after", r"\s*$"),
        according_to=optional("according_to", r"\s*$"),
        first_person=optional("first_person"),
        collective_start=re.compile(rf"[\s\W\d]*{coll}{narrated}", re.I),
        title_start=re.compile(rf"[\s\W\d]*(?:{titles})?\s*", re.I),
        narrative=optional("narrative"),
        continuer=optional("continuers", r"(?!\w)"),
        collective_any=re.compile(coll, re.I),
        author=optional("author_markers", rf"\s*(?:{titles}\s*)*$"),
        author_office=optional("author_markers",
                               rf"\s*(?:{_alt(data.get('definites_of_office', []), lang)}\s*)?"
                               rf"(?:{titles})(?!\s*(?-i:[A-ZА-ЯЁ]))")
        if data.get("titles") else None,
        opening=quotes.get("open", ""),
        closing=quotes.get("close", ""),
        both=quotes.get("both", ""),
        carry_over=bool(data.get("carry_over")),
        postposed_bare=bool(data.get("postposed_bare")),
        pronoun_after=re.compile(rf"{gap}(?:{_alt(data.get('pronouns', []), lang)})(?!\w)", re.I)
        if data.get("postposed_pronoun") else None,
    )


def _subject_mention(
    sentence: str, mentions: list[Mention], before: int, rules: _Rules
) -> Mention | None:
    """The mention that is the subject of a verb starting at ``before``, if one is."""
    earlier = [m for m in mentions if m[2] <= before]
    if not earlier:
        return None
    nearest = max(earlier, key=lambda m: m[2])
    marker = rules.object_marker.search(sentence, 0, nearest[1])
    if marker:  # "普京对习近平表示感谢", "习近平…向拜登和美国人民表示慰问": the subject is
        return _subject_mention(sentence, mentions, marker.start(), rules)  # before them
    if not rules.gap.fullmatch(sentence, nearest[2], before):
        return None
    for other in earlier:
        if other is not nearest and other[2] <= nearest[1]:
            if rules.coordinator.fullmatch(sentence, other[2], nearest[1]) and not (
                rules.object_marker.search(sentence, 0, other[1])  # "At the request of A, B"
            ):
                return None  # "Xi and Biden said": both speak, no single speaker
    return nearest


@dataclass(frozen=True)
class _Context:
    """Who a sentence without a named subject may point back to."""

    previous: str | None  # the last sentence's speaker
    subject: str | None = None  # the person the last sentences opened with ("Putin gave...")
    home: str | None = None  # the account's own leader: "the President" in its first lines


def _speaker_of_verb(
    sentence: str,
    verb: re.Match[str],
    mentions: list[Mention],
    context: _Context,
    rules: _Rules,
) -> str | None | object:
    """Actor id of the verb's subject, None for a collective subject, else _NO_SUBJECT."""
    previous = context.previous
    start = verb.start()
    mention = _subject_mention(sentence, mentions, start, rules)
    if mention is not None:
        return mention[0]
    before = sentence[:start]
    subject = rules.subject.search(before)
    if subject and subject.group("coll") is not None:
        return None
    if subject and subject.group("pron") is not None:
        marks = rules.opening + rules.closing + rules.both
        inside = [  # '"...President Biden...," he said': a name inside the quote is not "he"
            m for m in mentions
            if m[2] <= subject.start() and not any(c in marks for c in sentence[m[2] : start])
        ]
        if inside and not any(c in marks for c in sentence[:subject.start()]):
            # "Erdogan will hold talks with Putin and Zelensky, he said": the clause's subject,
            # the one named first, not the last object
            return min(inside, key=lambda m: m[1])[0]
        if inside:
            return max(inside, key=lambda m: m[2])[0]
        return previous if previous is not None else context.subject
    if subject and subject.group("defn") is not None:
        return previous if previous is not None else context.home
    if rules.postposed_after and rules.postposed_after.search(before):
        if rules.pronoun_after and rules.pronoun_after.match(sentence, verb.end()):
            return previous if previous is not None else context.subject  # «…», — сказал он
        for actor, m_start, _ in sorted(mentions, key=lambda m: m[1]):
            if m_start >= verb.end():
                # titles only, after the words that may stand between a verb and its subject
                # ("ha detto infatti Berlusconi", "заявил также Песков")
                gap = rules.gap.match(sentence, verb.end(), m_start)
                if _TITLE_WORDS.fullmatch(sentence, gap.end() if gap else verb.end(), m_start):
                    return actor
                break
        else:  # no one named after the verb: in a pro-drop language its subject is the one
            # the story told of before ("«Non potrà essere con noi - ha scritto in un tweet -")
            if rules.postposed_bare:
                return previous if previous is not None else context.subject
    if rules.clause_start.fullmatch(before):  # pro-drop: "Ha inoltre ricordato", "……，希望……"
        opener = _opening_mention(sentence, mentions, rules)
        if opener is not None and opener[2] <= start:
            return opener[0]  # "拜登向中国人民拜年，祝愿……": the sentence's own subject
        if previous is not None:
            return previous
    return _NO_SUBJECT


_TITLE_WORDS = re.compile(r"(?:\s*[A-ZА-ЯЁ][\w.\-]*)*\s*")


def _opening_mention(sentence: str, mentions: list[Mention], rules: _Rules) -> Mention | None:
    """The person a sentence opens with (after a title at most), its subject; none where
    another person shares the opening clause ("拜登总统和习近平主席通电话，……")."""
    if not mentions:
        return None
    first = min(mentions, key=lambda m: m[1])
    if not rules.title_start.fullmatch(sentence, 0, first[1]):
        return None
    clause_end = CLAUSE_PUNCT.search(sentence, first[2])
    end = clause_end.start() if clause_end else len(sentence)
    for other in mentions:
        if other is not first and other[1] < end:
            if not rules.object_marker.search(sentence, 0, other[1]):
                return None
    return first


def _according_to(sentence: str, mentions: list[Mention], rules: _Rules) -> str | None:
    if rules.according_to is None:
        return None
    for actor, start, _ in mentions:
        if rules.according_to.search(sentence, 0, start):
            return actor
    return None


def _narrative(sentence: str, mentions: list[Mention], rules: _Rules) -> bool:
    """A sentence that starts a new thread: a named person or the two sides as subject."""
    if mentions and rules.title_start.fullmatch(sentence, 0, min(m[1] for m in mentions)):
        return True
    if rules.collective_start.match(sentence):
        return True
    return bool(rules.narrative and rules.narrative.search(sentence))


def _quote_open_after(sentence: str, open_before: bool, rules: _Rules) -> bool:
    opens = sum(sentence.count(c) for c in rules.opening)
    closes = sum(sentence.count(c) for c in rules.closing)
    if opens != closes:
        return opens > closes
    if rules.both and sum(sentence.count(c) for c in rules.both) % 2:
        return not open_before
    return open_before


def _attribute_one(
    sentence: str,
    mentions: list[Mention],
    context: _Context,
    in_quote: bool,
    rules: _Rules,
    author: str | None = None,
) -> tuple[str | None, bool]:
    """The sentence's speaker, and whether the sentence itself says who it is."""
    previous = context.previous
    for verb in rules.verbs.finditer(sentence):
        speaker = _speaker_of_verb(sentence, verb, mentions, context, rules)
        if speaker is None and in_quote:
            continue  # '"We stressed..."' inside a quote is the quoted speaker's "we"
        if speaker is not _NO_SUBJECT:
            return speaker, True  # type: ignore[return-value]
    according = _according_to(sentence, mentions, rules)
    if according is not None:
        return according, True
    if author and not in_quote and rules.first_person and rules.first_person.search(sentence):
        return author, False
    if previous is None:
        return None, False
    if in_quote:
        return previous, False
    opens_in_first_person = rules.first_person and rules.first_person.match(sentence.lstrip())
    if not opens_in_first_person and _narrative(sentence, mentions, rules):
        return None, False  # "我期待……出席开幕式" goes on with the speaker's own words
    if rules.carry_over or (rules.first_person and rules.first_person.search(sentence)):
        return previous, False
    if _continues(sentence, mentions, rules):
        return previous, False
    return None, False


def _continues(sentence: str, mentions: list[Mention], rules: _Rules) -> bool:
    """"Кроме того, ...", "Moreover, ...": an opening that goes on with the last speaker's
    words, when no one else (a name, "the two sides") is the subject."""
    if rules.continuer is None or mentions or rules.collective_any.search(sentence):
        return False
    return rules.continuer.match(sentence.lstrip()) is not None


def statement_author(title: str | None, mentions: list[Mention], lang: str,
                     home: str | None = None) -> str | None:
    """The actor a statement's title names as its author ("Statement by President Joe
    Biden on ..."): the "I" of its first-person sentences. A title naming only the office
    ("Press Conference by the Prime Minister") means the account's own leader, ``home``."""
    rules = _rules(lang)
    if not title or rules is None or rules.author is None:
        return None
    for actor, start, _ in sorted(mentions, key=lambda m: m[1]):
        if rules.author.search(title, 0, start):
            return actor
    if home and rules.author_office is not None and rules.author_office.search(title):
        return home
    return None


def attribute_speakers(
    sentences: list[str],
    lang: str,
    mentions: list[list[Mention]],
    turn_speakers: list[str | None] | None = None,
    author: str | None = None,
    home: str | None = None,
    narrator: str | None = None,
) -> list[str | None]:
    """Actor id speaking each sentence, or None; a transcript turn's speaker wins.

    ``author`` (see ``statement_author``) speaks the first-person sentences no one else
    is said to speak ("I informed President Zelenskyy that ..."). ``home``, the account's
    own leader, is who "the President" means before anyone has spoken. A pronoun with no
    speaker before it is the person the last sentence opened with ("Vladimir Putin gave
    an exhaustive response ... He suggested that ...").

    A quote opened by a sentence that names no speaker provisionally continues the last
    speaker, and takes the speaker named where it ends ('"We feel it. And we hope...,"
    said Zelenskyy.').

    ``narrator``, the aide whose briefing this is, speaks every sentence no one else is said
    to speak; the leaders' words he reports ("Xi said ...") keep the leader.
    """
    rules = _rules(lang) or _rules("en")
    assert rules is not None
    speakers: list[str | None] = []
    previous: str | None = None
    subject: str | None = None
    in_quote = False
    quote_from: int | None = None  # first sentence of the open quote, while unattributed
    quote_age = 0  # sentences the current quote has been open
    for i, sentence in enumerate(sentences):
        turn = turn_speakers[i] if turn_speakers else None
        sentence_mentions = mentions[i] if i < len(mentions) else []
        if turn:
            speaker, explicit = turn, True
        else:
            context = _Context(previous, subject, home)
            speaker, explicit = _attribute_one(
                sentence, sentence_mentions, context, in_quote, rules, author
            )
        open_after = _quote_open_after(sentence, in_quote, rules)
        if explicit and speaker is not None and quote_from is not None:
            speakers[quote_from:i] = [speaker] * (i - quote_from)
            quote_from = None
        if open_after and not in_quote and not explicit:
            quote_from = i
            speaker = speaker or previous
        quote_age = quote_age + 1 if open_after else 0
        if quote_age > _MAX_QUOTE_SENTENCES:
            quote_age, open_after = 0, False
        if not open_after:
            quote_from = None
        if speaker is None and narrator is not None and not is_joint(sentence, lang):
            speaker = narrator
        speakers.append(speaker)
        opener = _opening_mention(sentence, sentence_mentions, rules)
        subject = speaker or (opener[0] if opener else None if explicit else subject)
        previous, in_quote = speaker, open_after
    return credit_back(sentences, mentions, lang, speakers, turn_speakers)


def is_joint(sentence: str, lang: str) -> bool:
    """Whether the sentence narrates what both sides did together ("The two leaders
    agreed", "双方同意", "Стороны подтвердили"): a joint act, no one leader's words."""
    rules = _rules(lang) or _rules("en")
    assert rules is not None
    return rules.collective_start.match(sentence) is not None
