"""Commands that change what is stored: fix (an analyst's correction), reanalyze, delete.
Each change is one write transaction (``run_write``): all of it or nothing."""

from __future__ import annotations

from typing import Annotated

import typer

from readouts.cli.common import (
    DbOption,
    LangOption,
    PublishedOption,
    app,
    check_published,
    console,
    err,
    open_store,
    plain_line,
)
from readouts.errors import InputError


@app.command()
def fix(
    target_id: Annotated[str, typer.Argument(
        metavar="ID", help="A contact's id; with --sentence or --figure, ACCOUNT_ID:N.")],
    field: Annotated[str, typer.Argument(help="Contact: type, status, date, part_of_day, "
                                         "duration_minutes, location, initiated_by, "
                                         "participants, attendees; sentence: speaker; "
                                         "figure: about.")],
    value: Annotated[str, typer.Argument(help="The right value; 'none' clears it; people "
                                         "by id or name, several comma-separated.")],
    by: Annotated[str, typer.Option("--by", help="Who makes the correction.")],
    why: Annotated[str, typer.Option("--why", help="The source or reason.")],
    sentence: Annotated[bool, typer.Option("--sentence", help="ID is a sentence: "
                                           "ACCOUNT_ID:I.")] = False,
    figure: Annotated[bool, typer.Option("--figure", help="ID is a figure: ACCOUNT_ID:N, N "
                                         "its index in the account's figures.")] = False,
    db: DbOption = None,
) -> None:
    """Correct what the analysis got wrong; the correction is kept apart and survives
    re-analysis."""
    if sentence and figure:
        raise InputError("give --sentence or --figure, not both")
    target = "sentence" if sentence else "figure" if figure else "event"
    done = open_store(db).correct(target, target_id, field, value, by, why)
    console.print(plain_line(f"corrected {target} {target_id}: {field} = {done.value}"))


@app.command()
def reanalyze(
    documents: Annotated[list[str] | None, typer.Argument(
        help="Stored documents' ids (default: every document).")] = None,
    published: PublishedOption = None,
    lang: LangOption = None,
    db: DbOption = None,
) -> None:
    """Analyse stored documents again, keeping the analyst's corrections."""
    from readouts.store.reanalysis import reanalyze as run

    check_published(published)
    store = open_store(db)
    _check_documents(store, documents or [])
    done = run(store, documents or None, published, lang)
    console.print(plain_line(f"analysed {len(done.documents)} document(s) again"))
    if done.missing:
        err.print(plain_line(f"{len(done.missing)} document(s) skipped: their text was not "
                             f"kept and the file is gone ({', '.join(done.missing[:10])})"))


@app.command()
def delete(
    documents: Annotated[list[str], typer.Argument(help="Stored documents' ids.")],
    db: DbOption = None,
) -> None:
    """Delete stored documents, their accounts, and contacts no other account reports."""
    store = open_store(db)
    _check_documents(store, documents)
    for doc_id in documents:
        store.delete_document(doc_id)
    console.print(plain_line(f"deleted {len(documents)} document(s)"))


def _check_documents(store, ids: list[str]) -> None:  # noqa: ANN001 - a Store
    known = store.known_documents(ids)
    unknown = [d for d in ids if d not in known]
    if unknown:
        raise InputError(f"no stored document {', '.join(unknown)}: 'readouts show ID "
                         "--json' and the web app's Documents page give documents' ids")
