"""A leader only ready or willing to meet, on conditions, or refusing ("Путин не против встречи
с Зеленским", "готов встретиться … при условии", "如果泽连斯基前往莫斯科，他准备好与对方举行会谈",
"泽连斯基拒绝…，称普京可以来基辅和他会面"): no contact held, reported or mentioned; a real
contact told beside it ("по итогам встречи в Кремле с лидером ОАЭ") stays."""

from __future__ import annotations

from test_contacts import analyze_texts

PUTIN_ZELENSKY = frozenset({"vladimir-putin", "volodymyr-zelenskyy"})

READY_ONLY = [
    ("ru", "Путин заявил, что не против встречи с Зеленским\n\nПрезидент России Владимир Путин "
           "заявил, что «в целом не имеет ничего против» встречи с Владимиром Зеленским. Для "
           "таких переговоров, по его словам, должны быть созданы условия."),
    ("ru", "Зеленский готов к встрече с Путиным, но не в Москве\n\nПрезидент Украины Владимир "
           "Зеленский заявил, что готов встретиться с Владимиром Путиным. При этом он не "
           "собирается ехать на встречу в Москву."),
    # only proposed, called for, or a readiness told as a noun
    ("ru", "Президент Украины Владимир Зеленский заявил о готовности встретиться с Владимиром "
           "Путиным. Ранее он предложил Путину встретиться в любом месте Донбасса."),
    ("ru", "Напомним, Владимир Зеленский заявил, что Москва якобы предложила провести "
           "переговоры с Владимиром Путиным в Казахстане."),
    ("zh", "俄罗斯总统普京今天表示，如果乌克兰总统泽连斯基前往莫斯科，他准备好与对方举行会谈。"
           "普京说，他一直对与泽连斯基会面一事抱持开放态度。"),
    ("zh", "普京称愿在莫斯科会晤 泽连斯基拒绝\n\n俄罗斯总统普京3日表示愿意与乌克兰总统泽连斯基在"
           "莫斯科会晤，泽连斯基5日拒绝这个提议，并称普京可以来基辅和他会面。"),
]


def test_readiness_conditions_and_refusals_are_no_contact() -> None:
    for lang, text in READY_ONLY:
        events = analyze_texts((text, "2025-09-06"), lang=lang).events
        assert PUTIN_ZELENSKY not in {frozenset(e.participants) for e in events}, \
            (lang, [e.to_json() for e in events])


def test_a_real_meeting_beside_a_readiness_stays() -> None:
    text = ("Президент России Владимир Путин заявил, что не против встречи с Владимиром "
            "Зеленским. Об этом он сказал журналистам по итогам встречи в Кремле с президентом "
            "ОАЭ Мухаммедом бен Заидом Аль Нахайяном. «Это возможно», — заметил Путин.")
    events = analyze_texts((text, "2025-08-07"), lang="ru").events
    pairs = {frozenset(e.participants) for e in events}
    assert frozenset({"vladimir-putin", "mohamed-bin-zayed"}) in pairs, \
        [e.to_json() for e in events]
    assert PUTIN_ZELENSKY not in pairs and len(pairs) == 1, [e.to_json() for e in events]


def test_readiness_for_others_talks_leaves_a_meeting_held() -> None:
    # «о готовности стать площадкой для переговоров»: a readiness to host others' talks
    text = ("Президент Белоруссии Александр Лукашенко сообщил Владимиру Путину о готовности "
            "страны стать площадкой для переговоров по Украине. Встреча двух лидеров проходит "
            "в Бишкеке.")
    events = [e for e in analyze_texts((text, "2024-11-27"), lang="ru").events if e.reported_by]
    assert events and events[0].status == "held", [e.to_json() for e in events]
    assert set(events[0].participants) == {"alexander-lukashenko", "vladimir-putin"}
