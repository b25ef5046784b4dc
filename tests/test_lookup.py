"""Names as users type them: any script, surname or id; suggestions for typos; a search
for a person, topic or country finds its names in every language."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_console import run_cli

from readouts.errors import InputError
from readouts.store.lookup import (
    check_date,
    check_type,
    expand_query,
    resolve_actor,
    suggest_actors,
)


@pytest.mark.parametrize("typed", ["xi-jinping", "Xi Jinping", "xi", "习近平", "Си Цзиньпин",
                                   "XI JINPING"])
def test_one_person_under_any_name(typed: str) -> None:
    assert resolve_actor(typed) == "xi-jinping"


def test_a_typo_suggests_the_nearest_names() -> None:
    with pytest.raises(InputError, match="did you mean vladimir-putin"):
        resolve_actor("Vladimir Puttin")


def test_suggestions_by_prefix_in_any_script() -> None:
    assert ("vladimir-putin", "Vladimir Putin") in suggest_actors("Пут")
    assert any(actor == "xi-jinping" for actor, _ in suggest_actors("习"))


@pytest.mark.parametrize(("query", "also"), [
    ("Taiwan", {"Тайвань", "台湾"}),
    ("Тайвань", {"Taiwan", "台湾"}),
    ("台湾", {"Taiwan", "Тайвань"}),
    ("Putin", {"Путин", "普京"}),
    ("Cina", {"China", "中国", "Китай"}),
])
def test_a_search_term_expands_to_every_language(query: str, also: set[str]) -> None:
    expanded = expand_query(query)
    assert expanded[0] == query
    assert also <= set(expanded)


def test_plain_words_and_quoted_names_are_not_expanded() -> None:
    assert expand_query("cooperazione energetica") == ["cooperazione energetica"]
    assert expand_query('"Taiwan"') == ['"Taiwan"']


def test_types_and_dates_are_checked() -> None:
    assert check_type("Phone call") == "phone_call"
    with pytest.raises(InputError, match="use one of"):
        check_type("telefonata")
    assert check_date("2024-02", "--since") == "2024-02"
    with pytest.raises(InputError, match="YYYY-MM-DD"):
        check_date("2024-02-30", "--since")


def test_search_finds_every_language_from_the_cli(examples_db: Path) -> None:
    languages = {}
    for query in ("Taiwan", "Тайвань", "台湾"):
        ran = run_cli("search", query, "--db", f"sqlite:///{examples_db}", "--json")
        assert ran.code == 0, ran.err
        languages[query] = {hit["language"] for hit in json.loads(ran.out)}
    assert languages["Taiwan"] == languages["Тайвань"] == languages["台湾"]
    assert {"en", "zh"} <= languages["Taiwan"]
