"""An account's figures in context: targets, the figure's own period, a currency carried
from earlier sentences, verbs as qualifiers, and what a count measures (it/en/ru/zh)."""

import pytest

from readouts.extract.figures.figure_context import readout_figures
from readouts.model import Figure, Period, Sentence

REF = "2021-12-15"


def figures(lang: str, *texts: str) -> list[Figure]:
    return readout_figures([Sentence(i=i, text=t) for i, t in enumerate(texts)], lang, REF)


def by_value(found: list[Figure], value: float) -> Figure:
    match = [f for f in found if f.value == value]
    assert len(match) == 1, [(f.text, f.value, f.unit) for f in found]
    return match[0]


@pytest.mark.parametrize(
    ("lang", "sentence", "fact", "goal"),
    [
        ("it", "Lo scorso anno l'interscambio ha toccato 90 miliardi di euro e i due governi "
               "puntano ora a 120 miliardi di euro.", 90e9, 120e9),
        ("it", "Gli scambi sono saliti a 40 miliardi di euro; le parti si sono impegnate a "
               "portarli a 60 miliardi di euro.", 40e9, 60e9),
        ("en", "Trade rose to $75 billion in 2020, and the two sides aim to lift it to "
               "$100 billion.", 75e9, 100e9),
        ("en", "Exports reached $12 billion last year; officials expect they will climb to "
               "$15 billion.", 12e9, 15e9),
        ("ru", "В прошлом году товарооборот составил 80 миллиардов долларов, а стороны "
               "намерены довести его до 150 миллиардов долларов.", 80e9, 150e9),
        ("zh", "去年双边贸易额达到了800亿美元，双方力争实现1200亿美元。", 80e9, 120e9),
    ],
)
def test_a_goal_is_a_target_and_a_fact_is_not(lang: str, sentence: str, fact: float,
                                              goal: float) -> None:
    found = figures(lang, sentence)
    assert by_value(found, fact).target is False
    target = by_value(found, goal)
    assert target.target is True
    assert target.qualifier == "exact"  # "довести до" is the goal, not "up to"


@pytest.mark.parametrize(
    ("lang", "sentence", "value", "year"),
    [
        ("it", "L'interscambio dovrà arrivare a 300 miliardi di euro entro il 2030.", 300e9,
         "2030"),
        ("en", "Bilateral trade of $250 billion by 2027 is what both sides want.", 250e9,
         "2027"),
        ("ru", "Стороны ожидают товарооборот в 300 миллиардов долларов к 2030 году.", 300e9,
         "2030"),
    ],
)
def test_a_deadline_makes_a_target_and_its_period(lang: str, sentence: str, value: float,
                                                  year: str) -> None:
    fig = by_value(figures(lang, sentence), value)
    assert fig.target is True
    assert fig.period == Period(year, year)


def test_a_target_does_not_take_the_facts_period() -> None:
    found = figures("en", "Trade topped $90 billion last year and is expected to reach "
                          "$120 billion.")
    assert by_value(found, 90e9).period == Period("2020", "2020")
    assert by_value(found, 120e9).period is None


@pytest.mark.parametrize(
    ("lang", "sentence", "value"),
    [
        ("it", "Nei primi nove mesi di quest'anno gli scambi sono arrivati a 70 miliardi di "
               "euro, superando il volume dell'intero anno 2019.", 70e9),
        ("it", "Nei primi nove mesi di quest'anno l'export è salito a 70 miliardi di euro, "
               "rispetto allo stesso periodo del 2020.", 70e9),
        ("en", "In the first nine months of this year, trade came to $70 billion, more than "
               "in the whole of 2019.", 70e9),
        ("ru", "За первые девять месяцев этого года товарооборот достиг 70 миллиардов "
               "долларов, больше, чем за весь 2019 год.", 70e9),
        ("zh", "今年前9个月，双边贸易额达到700亿美元，超过2019年全年。", 70e9),
    ],
)
def test_a_period_compared_with_is_not_the_figures_own(lang: str, sentence: str,
                                                       value: float) -> None:
    assert by_value(figures(lang, sentence), value).period == Period("2021-01", "2021-09")


def test_a_number_inside_a_figure_is_no_period() -> None:
    found = figures("zh", "双方希望贸易额达到3000亿美元。")
    assert by_value(found, 300e9).period is None


@pytest.mark.parametrize(
    ("lang", "texts", "value", "unit"),
    [
        ("it", ("L'interscambio ha raggiunto 146 miliardi di dollari.",
                "Le parti vogliono portare l'interscambio oltre la soglia dei 200 miliardi "
                "entro il 2024."), 200e9, "USD"),
        ("en", ("Trade grew to $146 billion.",
                "Both want trade to pass the 200 billion mark by 2024."), 200e9, "USD"),
        ("ru", ("Товарооборот вырос до 146 миллиардов долларов.",
                "Товарооборот должен превысить 200 миллиардов к 2024 году."), 200e9, "USD"),
        ("zh", ("双边贸易额达到1460亿美元。", "双方希望贸易额突破2000亿的目标。"), 200e9, "USD"),
    ],
)
def test_a_bare_sum_takes_the_currency_its_measure_was_stated_in(
        lang: str, texts: tuple[str, str], value: float, unit: str) -> None:
    fig = by_value(figures(lang, *texts), value)
    assert (fig.unit, fig.about, fig.target) == (unit, "trade", True)


@pytest.mark.parametrize(
    ("lang", "texts"),
    [
        ("it", ("L'interscambio ha raggiunto 146 miliardi di dollari.",
                "La Cina ha 1,4 miliardi entro i suoi confini.")),
        ("en", ("Trade grew to $146 billion.", "India has 1.4 billion in its census.")),
    ],
)
def test_no_currency_carried_to_another_measure(lang: str, texts: tuple[str, str]) -> None:
    assert [f.sentence for f in figures(lang, *texts)] == [0]


@pytest.mark.parametrize(
    ("lang", "sentence", "value", "qualifier"),
    [
        ("it", "L'interscambio ha superato la soglia dei 100 miliardi di euro.", 100e9,
         "more_than"),
        ("en", "Trade exceeded $100 billion.", 100e9, "more_than"),
        ("ru", "Товарооборот превысил 100 миллиардов долларов.", 100e9, "more_than"),
        ("zh", "贸易额突破1000亿美元。", 100e9, "more_than"),
        # the verb in the infinitive or present, where the figure is a forecast
        ("it", "Gli incassi dell'anno potrebbero superare i 450 miliardi di euro.", 450e9,
         "more_than"),
        ("en", "Bilateral trade is likely to top $500 billion this year.", 500e9, "more_than"),
        ("ru", "Товарооборот может превысить 250 миллиардов долларов.", 250e9, "more_than"),
        ("zh", "双边贸易额有望超过3000亿美元。", 300e9, "more_than"),
    ],
)
def test_verbs_as_qualifiers(lang: str, sentence: str, value: float, qualifier: str) -> None:
    assert by_value(figures(lang, sentence), value).qualifier == qualifier


@pytest.mark.parametrize(
    ("lang", "sentence", "value"),
    [
        ("it", "Nell'anno dell'innovazione si sono tenuti oltre 500 eventi e l'interscambio "
               "è cresciuto del 20%.", 500),
        ("en", "The innovation year saw 500 events and trade grew by 20%.", 500),
        ("ru", "В Год инноваций прошло 500 мероприятий, и товарооборот вырос на 20%.", 500),
        ("zh", "创新年举办了500项活动，并且双边贸易增长了20%。", 500),
    ],
)
def test_a_count_of_events_is_not_trade(lang: str, sentence: str, value: float) -> None:
    found = figures(lang, sentence)
    assert by_value(found, value).about != "trade"
    assert by_value(found, 20).about == "trade"


def test_targets_are_in_the_json_and_shown_apart(tmp_path) -> None:  # noqa: ANN001
    import json

    from cli_console import run_cli

    from readouts.schema import validate

    text = ("Il presidente Xi Jinping ha avuto oggi una telefonata con il presidente Vladimir "
            "Putin. Xi ha detto che le parti puntano a portare l'interscambio a 300 miliardi "
            "di dollari entro il 2030. Nel 2024 l'interscambio ha raggiunto 245 miliardi di "
            "dollari.")
    path = tmp_path / "call.txt"
    path.write_text(text, encoding="utf-8")

    def run(*args: str) -> str:
        ran = run_cli("analyze", str(path), "--published", "2025-05-08", *args)
        assert ran.code == 0, ran.err
        return ran.out
    data = json.loads(run("--json"))
    validate(data)
    figures = [f for d in data["documents"] for r in d["readouts"] for f in r["figures"]]
    assert {(f["value"], f["target"]) for f in figures} == {(300e9, True), (245e9, False)}
    report = run()
    assert report.index("figure: 245") < report.index("target: 300")


@pytest.mark.parametrize(
    ("lang", "sentence", "value"),
    [
        ("ru", "Объём товарооборота может составить 50 млрд долларов.", 50e9),
        ("ru", "Не исключено, что страны выйдут на 40 млрд долларов товарооборота.", 40e9),
        ("it", "L'interscambio potrebbe raggiungere 90 miliardi di euro.", 90e9),
        ("en", "Trade could reach $90 billion.", 90e9),
        ("zh", "双边贸易额有望达到900亿美元。", 90e9),
    ],
)
def test_what_could_be_is_a_forecast(lang: str, sentence: str, value: float) -> None:
    assert by_value(figures(lang, sentence), value).target is True


def test_an_italian_account_leaves_its_euro_unsaid() -> None:
    found = figures("it", "L'interscambio è passato da 38 miliardi a quasi 74 miliardi.",
                    "Ci sono 67 miliardi di esportazioni negli Usa.")
    assert [(f.value, f.unit, f.about, f.qualifier) for f in found] == [
        (38e9, "EUR", "trade", "exact"), (74e9, "EUR", "trade", "less_than"),
        (67e9, "EUR", "trade", "exact")]
    # a currency the account stated for the measure wins
    found = figures("it", "L'interscambio ha raggiunto 80 miliardi di dollari.",
                    "Le esportazioni sono salite a 30 miliardi.")
    assert by_value(found, 30e9).unit == "USD"
    # a measure not counted in money takes no currency
    assert figures("it", "La popolazione è salita a 1,4 miliardi.") == []


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "Trade doubled from 38 billion to 74 billion."),
        ("ru", "Товарооборот удвоился с 38 до 74 миллиардов."),
        ("zh", "双边贸易额从380亿增至740亿。"),
    ],
)
def test_no_currency_is_invented_where_accounts_state_it(lang: str, sentence: str) -> None:
    assert figures(lang, sentence) == []


@pytest.mark.parametrize(
    ("lang", "texts", "value"),
    [
        ("it", ("L'interscambio ha raggiunto 146 miliardi di dollari.",
                "Restano 200 miliardi di export da recuperare."), 200e9),
        ("en", ("Trade grew to $146 billion.",
                "Both sides discussed 200 billion of exports."), 200e9),
        ("ru", ("Товарооборот в прошлом году составил 190 млрд долларов.",
                "Стороны поставили задачу достичь 200 миллиардов товарооборота."), 200e9),
    ],
)
def test_a_sum_before_its_measure_takes_the_measures_currency(
        lang: str, texts: tuple[str, str], value: float) -> None:
    fig = by_value(figures(lang, *texts), value)
    assert (fig.unit, fig.about, fig.sentence) == ("USD", "trade", 1)


@pytest.mark.parametrize(
    ("lang", "texts"),
    [
        ("it", ("L'interscambio è passato da 26 miliardi nel 2023 a 32 miliardi di dollari nel "
                "2024.",)),
        # a currency carried from before yields to the one the sentence runs to
        ("en", ("Trade in goods with the EU reached €30 billion.",
                "Trade grew from 26 billion in 2023 to $32 billion in 2024.")),
        ("ru", ("Товарооборот с ЕС составил 30 млрд евро.",
                "Товарооборот вырос с 26 млрд в 2023 году до 32 млрд долларов в 2024 году.")),
    ],
)
def test_a_bare_sum_takes_the_currency_of_the_sum_it_runs_to(
        lang: str, texts: tuple[str, ...]) -> None:
    assert by_value(figures(lang, *texts), 26e9).unit == "USD"


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("it", "Nei primi nove mesi di quest'anno gli scambi hanno toccato 70 miliardi di "
               "euro, in aumento del 6%, mentre nell'intero 2019 si erano fermati a 61 "
               "miliardi di euro."),
        ("en", "In the first nine months of this year trade reached $70 billion, up 6%, "
               "while in the whole of 2019 it stopped at $61 billion."),
        ("ru", "За первые девять месяцев этого года товарооборот достиг 70 миллиардов "
               "долларов, или 6%, тогда как за весь 2019 год он составил 61 миллиард "
               "долларов."),
        ("zh", "今年前9个月，双边贸易额达到700亿美元，增长6%，而2019年全年为610亿美元。"),
    ],
)
def test_a_span_of_time_in_a_later_clause_about_something_else_is_not_the_figures(
        lang: str, sentence: str) -> None:
    found = figures(lang, sentence)
    assert by_value(found, 70e9).period == Period("2021-01", "2021-09")
    assert by_value(found, 6).period == Period("2021-01", "2021-09")
    assert by_value(found, 61e9).period == Period("2019", "2019")


@pytest.mark.parametrize(
    ("lang", "texts"),
    [
        ("it", ("Nel 2020 l'interscambio è arrivato a 55 miliardi di dollari.",
                "Le due parti puntano a superare la soglia dei 100 miliardi entro il 2025.")),
        ("en", ("In 2020 bilateral trade came to $55 billion.",
                "The two sides aim to pass the 100 billion mark by 2025.")),
        ("ru", ("В 2020 году товарооборот составил 55 миллиардов долларов.",
                "Стороны намерены выйти на 100 миллиардов к 2025 году.")),
        ("zh", ("2020年双边贸易额为550亿美元。", "双方力争到2025年突破1000亿。")),
    ],
)
def test_a_goal_naming_no_measure_goes_on_with_the_sum_before(
        lang: str, texts: tuple[str, str]) -> None:
    goal = by_value(figures(lang, *texts), 100e9)
    assert (goal.unit, goal.about, goal.target) == ("USD", "trade", True)
    assert goal.period == Period("2025", "2025")


def test_no_goal_goes_on_with_a_sum_two_sentences_back() -> None:
    found = figures("it", "Nel 2020 l'interscambio è arrivato a 55 miliardi di dollari.",
                    "I due leader hanno parlato di cultura.",
                    "Le due parti puntano a superare la soglia dei 100 miliardi entro il 2025.")
    assert [f.sentence for f in found] == [0]
