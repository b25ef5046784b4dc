"""Figures in sentences of it/en/ru/zh: value, unit, qualifier, measure, and non-figures."""

import os
from pathlib import Path

import pytest

from readouts.extract.figures.figures import extract_figures
from readouts.model import Figure
from readouts.text.sentences import split_sentences

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def one(sentence: str, lang: str) -> Figure:
    figures = extract_figures(sentence, lang)
    assert len(figures) == 1, [(f.text, f.value, f.unit) for f in figures]
    return figures[0]


@pytest.mark.parametrize(
    ("sentence", "lang", "text", "value", "unit", "qualifier", "about"),
    [
        (
            "Nel 2024 l'interscambio commerciale ha raggiunto 115,6 miliardi di euro.",
            "it", "115,6 miliardi di euro", 115.6e9, "EUR", "exact", "trade",
        ),
        (
            "Sono arrivati in Italia oltre 1.000 studenti cinesi.",
            "it", "1.000 studenti", 1000, "student", "more_than", "students",
        ),
        (
            "Hanno firmato l'intesa cinque aziende del settore energetico.",
            "it", "cinque aziende", 5, "company", "exact", "energy",
        ),
        (
            "Le esportazioni agricole sono cresciute di circa il 12,5 per cento.",
            "it", "12,5 per cento", 12.5, "percent", "about", "agricultural-trade",
        ),
        (
            "Our mutual trade has grown to US$123 billion this year.",
            "en", "US$123 billion", 123e9, "USD", "exact", "trade",
        ),
        (
            "Contracts for more than 150 million doses have been signed.",
            "en", "150 million doses", 150e6, "dose", "more_than", "vaccines",
        ),
        (
            "Washington will send nearly $2.5 billion in military aid to Kyiv.",
            "en", "$2.5 billion", 2.5e9, "USD", "less_than", "military-aid",
        ),
        (
            "The company will deliver ten billion cubic metres of gas every year.",
            "en", "ten billion cubic metres of gas", 10e9, "cubic-metre", "exact", "gas",
        ),
        (
            "Товарооборот в прошлом году составил более 200 млрд долларов.",
            "ru", "200 млрд долларов", 200e9, "USD", "more_than", "trade",
        ),
        (
            "В российских вузах учатся около двухсот тысяч китайских студентов.",
            "ru", "двухсот тысяч китайских студентов", 200_000, "student", "about", "students",
        ),
        (
            "Инвестиции выросли до 1 250,5 млн рублей.",
            "ru", "1 250,5 млн рублей", 1_250_500_000, "RUB", "less_than", "investment",
        ),
        (
            "双边贸易额首次突破千亿美元大关。",
            "zh", "千亿美元", 1e11, "USD", "more_than", "trade",
        ),
        (
            "今年两国贸易额达到1230亿美元。",
            "zh", "1230亿美元", 1.23e11, "USD", "exact", "trade",
        ),
        (
            "中方已向有关国家提供约5亿剂疫苗。",
            "zh", "5亿剂疫苗", 5e8, "dose", "about", "vaccines",
        ),
        (
            "目前有近1.5万名中国学生在俄罗斯学习。",
            "zh", "1.5万名中国学生", 15000, "student", "less_than", "students",
        ),
    ],
)
def test_figure(
    sentence: str, lang: str, text: str, value: float, unit: str, qualifier: str, about: str
) -> None:
    fig = one(sentence, lang)
    assert (fig.text, fig.unit, fig.qualifier, fig.about) == (text, unit, qualifier, about)
    assert fig.value == pytest.approx(value)
    assert sentence[fig.start : fig.end] == fig.text
    assert (fig.sentence, fig.period, fig.speaker) == (0, None, None)


def test_words_as_counts() -> None:
    assert one("Al progetto partecipano cinque aziende italiane.", "it").value == 5
    assert one("В программе участвуют двести студентов.", "ru").value == 200
    fig = one("已有五家企业签署协议。", "zh")
    assert (fig.value, fig.unit) == (5, "company")


def test_percentages_in_each_language() -> None:
    assert one("Il PIL è cresciuto del 4,7%.", "it").value == pytest.approx(4.7)
    assert one("Экспорт вырос на 35,8 процента.", "ru").value == pytest.approx(35.8)
    fig = one("进出口增长百分之三十五点八。", "zh")
    assert (fig.value, fig.unit) == (pytest.approx(35.8), "percent")
    assert one("Growth reached 8.1 per cent last year.", "en").unit == "percent"


def test_locale_traps() -> None:
    # "12.5" is no Italian number: neither 12.5 nor 125 percent
    assert extract_figures("L'aumento è stato del 12.5%.", "it") == []
    assert one("Sono state vendute 1.000 tonnellate.", "it").value == 1000
    assert one("They shipped 1,000 tonnes of grain.", "en").value == 1000
    assert one("Они поставили 1 000 тонн зерна.", "ru").value == 1000


@pytest.mark.parametrize(
    ("sentence", "lang", "text", "value", "unit"),
    [
        # sub-units, and a sum with its sub-units
        ("Il gasolio è salito di 12 centesimi al litro.", "it", "12 centesimi", 0.12, "EUR"),
        ("Il biglietto costa 13 euro e 45 centesimi.", "it", "13 euro e 45 centesimi", 13.45,
         "EUR"),
        ("Shares closed 34 cents lower on Friday.", "en", "34 cents", 0.34, "USD"),
        ("The offer values each share at 470 pence.", "en", "470 pence", 4.7, "GBP"),
        ("A ticket now costs 15 dollars 50.", "en", "15 dollars 50", 15.5, "USD"),
        ("Проезд подорожал на 50 копеек.", "ru", "50 копеек", 0.5, "RUB"),
        ("这张票五元三毛。", "zh", "五元三毛", 5.3, "CNY"),
        # scaled codes, a scale after the code, glued units, signs
        ("Losses in excess of 30 MUSD were reported.", "en", "30 MUSD", 30e6, "USD"),
        ("They lost 75 USD million in three years.", "en", "75 USD million", 75e6, "USD"),
        ("The fee rose to 115USD per month.", "en", "115USD", 115, "USD"),
        ("The new road is 29km long and will carry 40 000 tonnes of freight a day.", "en",
         "29km", 29, "km"),
        ("Il contratto vale MEUR 120 in tre anni.", "it", "MEUR 120", 120e6, "EUR"),
        ("Цена составила 100₾ за ночь.", "ru", "100₾", 100, "GEL"),
        # percent before its number, a sign word, Chinese price cuts and tenths
        ("Inflation came in at minus two percent in May.", "en", "minus two percent", -2,
         "percent"),
        ("全场商品一律打八五折。", "zh", "八五折", 85, "percent"),
        ("部分机票低至三点五折。", "zh", "三点五折", 35, "percent"),
        ("受访者中七成六表示支持。", "zh", "七成六", 76, "percent"),
        ("利率下调了百分之 一 点五。", "zh", "百分之 一 点五", 1.5, "percent"),
        ("增速回落了 2.4 个 百分 点。", "zh", "2.4 个 百分 点", 2.4, "percentage-point"),
        ("数值为百万分之五。", "zh", "百万分之五", 0.0005, "percent"),
    ],
)
def test_units_written_many_ways(
    sentence: str, lang: str, text: str, value: float, unit: str
) -> None:
    fig = extract_figures(sentence, lang)[0]
    assert (fig.text, fig.unit) == (text, unit)
    assert fig.value == pytest.approx(value)


def test_list_and_range_are_no_one_number() -> None:
    figs = extract_figures("请选择价格：$20，300美元，或5-20%之间。", "zh")
    assert [(f.text, f.value) for f in figs] == [("$20", 20), ("300美元", 300), ("20%", 20)]
    # "percent of" before a number that counts something is no percentage
    assert one("What percent of 10 students passed?", "en").unit == "student"
    # a bare number after a sum joins it only where nothing else follows
    assert one("He paid $5 and 30 others came.", "en").value == 5


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Il 21esimo vertice e il 15° anniversario, l'articolo 5 e il 2021.", "it"),
        ("Both sides met at the G20 in 2021 to discuss COVID-19; the twenty-first summit.", "en"),
        ("Ей исполнилось 80 лет; 21-й саммит прошёл 5 мая.", "ru"),
        ("谈判一波三折，最终折合成本下降。第21届峰会。", "zh"),
        ("Celebriamo il 20° anniversario del Trattato, firmato il 16 luglio 2001.", "it"),
        ("La centrale ha l'unità n. 7 e l'articolo 5 resta valido.", "it"),
        ("Il 14° Piano quinquennale e il G20 di Roma; alle 13:35 i due presidenti.", "it"),
        ("This was our 37th meeting since 2013, on December 7, at 13:35.", "en"),
        ("They discussed unit No. 7, Article 5 and Resolution 2231.", "en"),
        ("The two leaders marked the 80th anniversary of the Five-Year Plan.", "en"),
        ("Both sides met at the G20 in 2021 to discuss COVID-19 and the P5.", "en"),
        ("14-й раунд переговоров прошёл 7 декабря в 13:35.", "ru"),
        ("Лидеры обсудили празднование 80-летия Победы и статью 5 договора.", "ru"),
        ("这是2013年以来我们的第三十七次会晤，也是领导人第十四次会晤。", "zh"),
        ("3月5日，两国元首共同庆祝建交80周年。", "zh"),
        ("双方将落实“十四五”规划，推动一带一路建设。", "zh"),
    ],
)
def test_not_figures(sentence: str, lang: str) -> None:
    assert extract_figures(sentence, lang) == []


def test_several_figures_keep_their_own_measure() -> None:
    sentence = (
        "The United States is providing another $1 billion in security assistance; "
        "we also announce $225 million in humanitarian assistance."
    )
    figs = extract_figures(sentence, "en")
    assert [(f.value, f.about) for f in figs] == [
        (1e9, "military-aid"),
        (225e6, "humanitarian-aid"),
    ]


# --- real readouts (read at test time from ../shared/corpus) ---------------------------


def _corpus_figures(name: str) -> list[Figure]:
    corpus = SHARED / "corpus"
    if not corpus.is_dir():
        if os.environ.get("CI"):
            pytest.fail(f"{corpus} is missing in CI")
        pytest.skip("shared corpus not available")
    head, _, body = (corpus / name).read_text(encoding="utf-8").partition("\n\n")
    meta = dict(ln.split(":", 1) for ln in head.splitlines() if ":" in ln)
    lang = meta["language"].strip()
    return [f for s, e in split_sentences(body, lang) for f in extract_figures(body[s:e], lang)]


def _has(figs: list[Figure], value: float, unit: str, about: str | None, qualifier: str) -> bool:
    want = (unit, about, qualifier)
    return any(
        f.value == pytest.approx(value) and (f.unit, f.about, f.qualifier) == want for f in figs
    )


def test_corpus_white_house_aid_2022() -> None:
    june = _corpus_figures("2022-06-15_biden-zelenskyy__whitehouse.txt")
    assert _has(june, 1e9, "USD", "military-aid", "exact")
    assert _has(june, 225e6, "USD", "humanitarian-aid", "exact")
    march = _corpus_figures("2022-03-30_biden-zelenskyy__whitehouse.txt")
    assert _has(march, 500e6, "USD", "budget-support", "exact")
    january = _corpus_figures("2022-01-27_biden-zelenskyy__whitehouse.txt")
    assert _has(january, 500e6, "USD", "aid", "more_than")


def test_corpus_kremlin_and_cctv_trade_2021() -> None:
    kremlin = _corpus_figures("2021-12-15_putin-xi__kremlin-en.txt")
    assert _has(kremlin, 123e9, "USD", "trade", "exact")
    assert _has(kremlin, 31, "percent", "trade", "exact")
    assert _has(kremlin, 100e9, "USD", "trade", "more_than")
    assert _has(kremlin, 150e6, "dose", "vaccines", "more_than")
    # "the 20th anniversary", "our 37th meeting since 2013" are no figures
    assert not any(f.value in (20, 37, 2013) for f in kremlin)
    cctv = _corpus_figures("2021-12-15_putin-xi__cctv-xwlb.txt")
    assert _has(cctv, 1e11, "USD", "trade", "more_than")
    assert not any(f.value in (37, 14, 20, 5) for f in cctv)


def test_corpus_kremlin_and_cctv_2022_02_04() -> None:
    kremlin = _corpus_figures("2022-02-04_putin-xi__kremlin-en.txt")
    assert _has(kremlin, 140e9, "USD", "trade", "more_than")
    assert _has(kremlin, 250e9, "USD", "trade", "exact")
    assert _has(kremlin, 10e9, "cubic-metre", "gas", "exact")
    # the Chinese account names no number for trade: nothing to extract
    assert _corpus_figures("2022-02-04_putin-xi__cctv-xwlb.txt") == []


@pytest.mark.parametrize(
    ("sentence", "lang", "value", "unit", "qualifier"),
    [
        # A unit that carries its own scale: "MMT" is a million metric tons.
        ("China will purchase at least 25 MMT of soybeans in 2026.", "en", 25e6, "ton",
         "more_than"),
        ("La Cina acquisterà almeno 25 Mt di soia americana.", "it", 25e6, "ton", "more_than"),
        ("Китай закупит не менее 25 млн тонн соевых бобов.", "ru", 25e6, "ton", "more_than"),
        ("中国将购买1200万吨美国大豆。", "zh", 12e6, "ton", "exact"),
        # Counts of dialogue mechanisms, a staple of China-US readouts.
        ("The two sides restored more than 20 dialogue mechanisms.", "en", 20, "mechanism",
         "more_than"),
        ("Sono stati ripristinati oltre 20 meccanismi di dialogo.", "it", 20, "mechanism",
         "more_than"),
        ("Восстановлено более 20 механизмов диалога.", "ru", 20, "mechanism", "more_than"),
        ("两国恢复和新建了20多个沟通机制。", "zh", 20, "mechanism", "more_than"),
    ],
)
def test_scaled_units_and_mechanisms(
    sentence: str, lang: str, value: float, unit: str, qualifier: str
) -> None:
    figure = one(sentence, lang)
    assert (figure.value, figure.unit, figure.qualifier) == (value, unit, qualifier)


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("It marks the 7th meeting of the mechanism since 2021.", "en"),
        ("Si è svolta la terza riunione del meccanismo.", "it"),
        ("Состоялось 5-е заседание механизма.", "ru"),
        ("这是两国第七次召开该机制会议。", "zh"),
    ],
)
def test_ordinal_meetings_of_a_mechanism_are_no_figures(sentence: str, lang: str) -> None:
    assert extract_figures(sentence, lang) == []


def test_a_qualifier_wrapped_over_two_lines() -> None:
    figure = one("China will purchase at least\n    25 MMT of soybeans.", "en")
    assert (figure.value, figure.qualifier) == (25e6, "more_than")
    figure = one("Было закуплено не\nменее 25 млн тонн зерна.", "ru")
    assert (figure.value, figure.qualifier) == (25e6, "more_than")


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("The text is at https://example.org/q?id=issn%280024%2D9114%29 online.", "en"),
        ("Il testo è su http://www.esempio.it/doc?p=50%25 da ieri.", "it"),
        ("Полный текст: http://kremlin.ru/events/news/76477?q=30%25 и там.", "ru"),
        ("全文见 http://www.example.cn/2025/30%20亿 网页。", "zh"),
    ],
)
def test_digits_in_a_web_address_are_no_figures(sentence: str, lang: str) -> None:
    assert extract_figures(sentence, lang) == []


@pytest.mark.parametrize(
    ("sentence", "lang", "second"),
    [
        ("L'interscambio ha raggiunto 51,2 miliardi di euro, con un disavanzo di oltre "
         "30 miliardi.", "it", ("30 miliardi", 30e9, "EUR", "more_than")),
        ("Trade reached $690 billion, with a deficit of 280 billion.", "en",
         ("280 billion", 280e9, "USD", "exact")),
        ("Товарооборот составил 240 млрд долларов, из них экспорт – 130 млрд.", "ru",
         ("130 млрд.", 130e9, "USD", "exact")),
        ("双边贸易额达2400亿美元，其中中方出口1100亿。", "zh", ("1100亿", 110e9, "USD", "exact")),
        ("L'avanzo commerciale è stato di 20,1 miliardi di euro, contro 5,9 miliardi del 2009.",
         "it", ("5,9 miliardi", 5.9e9, "EUR", "exact")),
    ],
)
def test_a_later_sum_keeps_the_currency_said_before(
    sentence: str, lang: str, second: tuple[str, float, str, str]
) -> None:
    figures = extract_figures(sentence, lang)
    assert len(figures) == 2
    assert (figures[1].text, figures[1].value, figures[1].unit, figures[1].qualifier) == second


@pytest.mark.parametrize(
    ("sentence", "lang", "units"),
    [
        # a scaled number before a word counts something else, not money
        ("Trade reached $690 billion, benefiting 1.4 billion Chinese.", "en", ["USD"]),
        ("Gli scambi valgono 50 miliardi di euro per 60 milioni di italiani.", "it", ["EUR"]),
        ("Товарооборот – 240 млрд долларов, население – 140 млн россиян.", "ru", ["USD"]),
        # with no sum before it, a bare scaled number stays no figure
        ("双方出口1100亿。", "zh", []),
    ],
)
def test_no_currency_carried_to_a_count(sentence: str, lang: str, units: list[str]) -> None:
    assert [f.unit for f in extract_figures(sentence, lang)] == units


@pytest.mark.parametrize(
    ("sentence", "lang", "unit"),
    [
        ("Zelensky ha riferito che oltre 1.000 droni sono stati abbattuti.", "it", "drone"),
        ("More than 1,000 drones were shot down last week.", "en", "drone"),
        ("За неделю сбито более 1000 беспилотников.", "ru", "drone"),
        ("上周击落1000多架无人机。", "zh", "drone"),
    ],
)
def test_drones_are_counted(sentence: str, lang: str, unit: str) -> None:
    figure = one(sentence, lang)
    assert (figure.value, figure.unit, figure.qualifier) == (1000, unit, "more_than")


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Il deficit commerciale ha raggiunto 27,3 miliardi di euro.", "it"),
        ("The trade deficit narrowed to $280 billion.", "en"),
        ("Профицит торговли с Китаем составил 38 млрд долларов.", "ru"),
        ("中国对美贸易顺差为1528亿美元。", "zh"),
    ],
)
def test_a_trade_balance_is_its_own_measure(sentence: str, lang: str) -> None:
    assert one(sentence, lang).about == "trade-balance"


@pytest.mark.parametrize(
    ("sentence", "lang", "count"),
    [
        ("Le esportazioni crescono dell'1,3%, con un +2% al netto dell'energia.", "it", 2),
        ("Exports rose 1.3%, and 2% excluding energy.", "en", 2),
        ("Экспорт вырос на 2% без учёта энергоносителей.", "ru", 1),
        ("出口增长2%，不含能源增长3%。", "zh", 2),
    ],
)
def test_what_is_left_out_is_not_measured(sentence: str, lang: str, count: int) -> None:
    assert [f.about for f in extract_figures(sentence, lang)] == ["trade"] * count


@pytest.mark.parametrize(
    ("sentence", "lang", "qualifier"),
    [
        # a qualifier after the figure
        ("Il 50% circa delle esportazioni va in Europa.", "it", "about"),
        ("Exports grew 5% or so last year.", "en", "about"),
        ("Товарооборот вырос на 30% с лишним.", "ru", "more_than"),
        ("出口增长30%左右。", "zh", "about"),
        # a qualifier, then a preposition or article, then the figure
        ("L'export è cresciuto di quasi il 30%.", "it", "less_than"),
        ("Exports grew by nearly 30%.", "en", "less_than"),
        ("Товарооборот вырос почти на 30%.", "ru", "less_than"),
        ("出口增长近30%。", "zh", "less_than"),
    ],
)
def test_qualifiers_around_the_figure(sentence: str, lang: str, qualifier: str) -> None:
    assert one(sentence, lang).qualifier == qualifier


@pytest.mark.parametrize(
    ("sentence", "lang", "text"),
    [
        ("L'import si è contratto nell'area Ue (-2,4%).", "it", "-2,4%"),
        ("Imports from the EU fell (-2.4%) in May.", "en", "-2.4%"),
        ("Импорт из ЕС сократился (-2,4%) в мае.", "ru", "-2,4%"),
        ("自欧盟进口同比增长-2.4%。", "zh", "-2.4%"),
    ],
)
def test_a_minus_sign_makes_a_negative_figure(sentence: str, lang: str, text: str) -> None:
    fig = one(sentence, lang)
    assert (fig.text, fig.value) == (text, pytest.approx(-2.4))
    # a hyphen between two numbers is a range, not a sign
    assert one("Le importazioni sono calate del 7-10%.", "it").value == 10


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("中国—东盟贸易额超过9700亿美元,同比增长11.2%。", "zh"),
        ("中国—东盟贸易额超过9700亿美元，同比增长11.2%。", "zh"),
        ("L'interscambio ha superato i 97 miliardi di euro, in crescita dell'11,2%.", "it"),
        ("Trade topped $970 billion, up 11.2% from a year earlier.", "en"),
        ("Товарооборот превысил 97 млрд долларов, увеличившись на 11,2%.", "ru"),
    ],
)
def test_a_rate_after_a_comma_measures_the_amount_before(sentence: str, lang: str) -> None:
    assert [f.about for f in extract_figures(sentence, lang)] == ["trade", "trade"]


def test_a_narrow_comma_in_chinese_ends_the_clause() -> None:
    fig = one("自美进口增长57.9%,能源、农产品等进口都快速增长。", "zh")
    assert fig.about == "trade"  # not the energy named after the comma
    # a clause that is only a predicate and the figure measures what the clause before named
    figs = extract_figures("其中,中国对俄出口增长13.5%,达311亿美元。", "zh")
    assert [(f.value, f.about) for f in figs] == [(13.5, "trade"), (311e8, "trade")]
    # a clause with a subject of its own does not borrow the measure before it
    figs = extract_figures("全社会研发投入约2.79万亿元，169家高新区营业收入超过48万亿元，"
                           "同比增长12%左右。", "zh")
    assert [f.about for f in figs] == ["investment", None, None, None]


def test_a_currency_name_is_no_measure_cue() -> None:
    assert one("这批货物价值40亿元人民币。", "zh").about is None  # "人民币" holds "人民"
