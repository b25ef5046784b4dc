"""One contact of several parties together (a five-leader call, a three-way meeting) keeps
all its principals; contacts named in the plural are still one per counterpart."""

from __future__ import annotations

from test_contacts import analyze_texts, held

LISTED = [
    ("it", "Il presidente del Consiglio Giorgia Meloni ha avuto ieri sera una telefonata, "
           "promossa dalla Casa Bianca, con il presidente francese Emmanuel Macron, il "
           "cancelliere tedesco Olaf Scholz e il presidente statunitense Joe Biden.",
     "2023-05-10", {"giorgia-meloni", "emmanuel-macron", "olaf-scholz", "joe-biden"}),
    ("en", "Prime Minister Rishi Sunak held a video call with President Emmanuel Macron, "
           "Chancellor Olaf Scholz and President Joe Biden on Tuesday evening.",
     "2023-05-10", {"rishi-sunak", "emmanuel-macron", "olaf-scholz", "joe-biden"}),
    ("ru", "Владимир Путин провёл трёхстороннюю встречу с Президентом Азербайджана Ильхамом "
           "Алиевым и Премьер-министром Армении Николом Пашиняном.",
     "2023-05-10", {"vladimir-putin", "ilham-aliyev", "nikol-pashinyan"}),
    ("zh", "国家主席习近平同俄罗斯总统普京、阿塞拜疆总统阿利耶夫举行三方会晤。",
     "2023-05-10", {"xi-jinping", "vladimir-putin", "ilham-aliyev"}),
]


def test_one_contact_of_several_parties_keeps_them_all_in_four_languages() -> None:
    for lang, text, published, expected in LISTED:
        events = held(analyze_texts((text, published), lang=lang))
        assert len(events) == 1, (lang, events)
        assert set(events[0].participants) == expected, (lang, events[0])


NAMED_NEAR = [
    # the count of parties in the opening, the parties from the next sentences
    ("it", "Un vertice a tre, fuori programma. Il presidente francese Emmanuel Macron ha "
           "ricevuto all'Eliseo il presidente Donald Trump, con il presidente ucraino "
           "Volodymyr Zelensky.", "2024-12-08"),
    # received together: attending a ceremony is no contact of its own
    ("it", "Il presidente eletto Donald Trump e il presidente ucraino Volodymyr Zelensky sono "
           "arrivati a Parigi per presenziare alla cerimonia di sabato. I due sono stati poi "
           "ricevuti all'Eliseo dal presidente francese Emmanuel Macron.", "2024-12-08"),
    # the parties named between, the count of them in the next sentence
    ("it", "Vertice tra Trump, Macron e Zelensky a Parigi. L'incontro trilaterale all'Eliseo "
           "è durato mezz'ora.", "2024-12-08"),
    ("en", "A meeting between Trump, Macron and Zelensky in Paris. The trilateral talks at the "
           "Elysee lasted half an hour.", "2024-12-08"),
    ("en", "The trilateral meeting was not on the schedule. French President Emmanuel Macron "
           "met President-elect Donald Trump and Ukrainian President Volodymyr Zelensky at the "
           "Elysee.", "2024-12-08"),
]


def test_a_meeting_of_three_is_one_meeting_of_three() -> None:
    for lang, text, published in NAMED_NEAR:
        events = held(analyze_texts((text, published), lang=lang))
        assert len(events) == 1, (lang, events)
        assert events[0].type == "meeting", (lang, events[0])
        assert set(events[0].participants) == {"emmanuel-macron", "donald-trump",
                                               "volodymyr-zelenskyy"}, (lang, events[0])


APART = [
    # a call with one leader, named after another contact of the subject's: two parties
    ("it", "Il presidente Donald Trump, prima dei colloqui con Volodymyr Zelensky, ha avuto una "
           "telefonata con il presidente russo Vladimir Putin.", "2025-08-20",
     {"donald-trump", "vladimir-putin"}),
    # a leader named after the one counterpart, past its date, is no party listed with him
    ("it", "Il cancelliere Olaf Scholz ha avuto un incontro con il presidente Joe Biden il 3 "
           "marzo, dopo un discorso del presidente Emmanuel Macron.", "2023-03-05",
     {"olaf-scholz", "joe-biden"}),
    ("en", "President Donald Trump, ahead of his talks with Volodymyr Zelensky, had a call with "
           "President Vladimir Putin.", "2025-08-20", {"donald-trump", "vladimir-putin"}),
]


def test_a_single_counterpart_after_another_contact_stays_a_pair() -> None:
    for lang, text, published, expected in APART:
        events = held(analyze_texts((text, published), lang=lang))
        assert events and set(events[0].participants) == expected, (lang, events)
