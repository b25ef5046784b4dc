"""A contact announced in a leader's own quoted words ("Nei prossimi giorni avrò un incontro
privato con Putin", ha detto infatti Berlusconi) is planned, its speaker a party though out
of office then; the speaker is credited after the quote past a word that may stand between
a verb and its subject ("ha detto infatti Berlusconi", "— заявил также Медведев"). Found on
a real TgCom24 item (held-out 9 h9it-017)."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

from readouts.extract.people.speakers import attribute_speakers

PLANS = {
    "it": ("Silvio Berlusconi è pronto ad affrontare la situazione siriana con Vladimir Putin. "
           "\"La situazione in Siria è molto complicata. Nei prossimi giorni avrò un incontro "
           "privato con Putin, e ne parleremo. Mi considera un fratello maggiore\" ha detto "
           "infatti Berlusconi in un'intervista a un quotidiano tedesco.",
           "2015-09-20", ["silvio-berlusconi", "vladimir-putin"]),
    "ru": ("Бывший президент Дмитрий Медведев готов обсудить ситуацию в Сирии с Си Цзиньпином. "
           "«Ситуация в Сирии очень сложная. В ближайшие дни у меня будет личная встреча с Си "
           "Цзиньпином, и мы это обсудим. Мы давно знаем друг друга», — заявил также Медведев в "
           "интервью немецкой газете.", "2023-09-20", ["dmitry-medvedev", "xi-jinping"]),
    "en": ("Former Prime Minister Silvio Berlusconi is ready to discuss Syria with Vladimir Putin. "
           "\"The situation in Syria is very complicated. In the coming days I will have a private "
           "meeting with Putin, and we will talk about it. He sees me as an older brother,\" "
           "Berlusconi told a German newspaper.", "2015-09-20",
           ["silvio-berlusconi", "vladimir-putin"]),
}


@pytest.mark.parametrize("lang", sorted(PLANS))
def test_a_meeting_announced_in_the_first_person_is_planned(lang: str) -> None:
    text, published, parties = PLANS[lang]
    analysis = analyze_texts((text, published), lang=lang)
    assert [(e.type, e.status, sorted(e.participants)) for e in analysis.events] == [
        ("meeting", "planned", parties)], [e.to_json() for e in analysis.events]


@pytest.mark.parametrize(("lang", "text", "speaker"), [
    ("it", "\"Avrò un incontro con Putin\" ha detto infatti Berlusconi.", "silvio-berlusconi"),
    ("it", "\"Avrò un incontro con Putin\" ha detto oggi Berlusconi.", "silvio-berlusconi"),
    ("ru", "«У меня будет встреча», — заявил также Путин.", "vladimir-putin"),
])
def test_a_postposed_speaker_past_an_adverb_is_credited(lang: str, text: str,
                                                        speaker: str) -> None:
    name = {"silvio-berlusconi": "Berlusconi", "vladimir-putin": "Путин"}[speaker]
    at = text.rindex(name)
    assert attribute_speakers([text], lang, [[(speaker, at, at + len(name))]]) == [speaker]
