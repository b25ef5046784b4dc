"""A length told of the whole ("si sono seduti insieme per un totale di tre ore", "sat
together for a total of three hours", "В общей сложности они провели вместе три часа") before
a part's ("Infine, hanno parlato in privato per 20 minuti") is the contact's: the total's
words tie the span to the talk even after a verb that names none (found on a real BubbleBar
item, h11it-026, whose three-hour Scholz-Macron meeting came back as 20 minutes). Texts
written for these tests; it/en/ru fail on main."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts, only_event

CASES = [
    ("it", "Il cancelliere tedesco Olaf Scholz e il presidente francese Emmanuel Macron si sono "
           "incontrati mercoledì all'Eliseo. I due si sono seduti insieme per un totale di tre "
           "ore, molto più a lungo del previsto. Infine, hanno parlato in privato per 20 minuti."),
    ("en", "German Chancellor Olaf Scholz and French President Emmanuel Macron met at the Elysee "
           "on Wednesday. The two sat together for a total of three hours, far longer than "
           "planned. Finally, they talked in private for 20 minutes."),
    ("ru", "Канцлер Германии Олаф Шольц и президент Франции Эмманюэль Макрон встретились в среду "
           "в Елисейском дворце. В общей сложности они провели вместе три часа, гораздо дольше, "
           "чем планировалось. В конце они поговорили наедине 20 минут."),
]


@pytest.mark.parametrize(("lang", "text"), CASES)
def test_the_total_before_a_part_is_the_contacts_length(lang: str, text: str) -> None:
    assert only_event(analyze_texts((text, "2022-10-27"), lang=lang)).duration_minutes == 180
