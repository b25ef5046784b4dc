"""Commands that analyse documents: analyze, ingest (here or on a Dask cluster), compare,
demo."""

from __future__ import annotations

import json
import sys
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

from readouts.cli.common import (
    FORMATS,
    DbOption,
    LangOption,
    PrivateOption,
    PublishedOption,
    WorkersOption,
    app,
    check_published,
    console,
    err,
    open_store,
)
from readouts.errors import InputError

if TYPE_CHECKING:  # imported lazily where used: the CLI starts without the pipeline
    from readouts.ingest import RawInput
    from readouts.model import Analysis


def _analyze(inputs: list[str], published: str | None, lang: str | None, allow_private: bool,
             show_progress: bool, workers: int | None = None,
             summary_lang: str = "en") -> Analysis:
    from readouts.ingest import collect

    check_published(published)
    return _analyze_raws(collect(inputs, allow_private), published, lang, show_progress, workers,
                         summary_lang)


def _analyze_raws(raws: list[RawInput], published: str | None, lang: str | None,
                  show_progress: bool, workers: int | None = None,
                  summary_lang: str = "en") -> Analysis:
    from readouts.batch import analyze_raws, available_cores
    from readouts.compare import compare_all
    from readouts.pipeline import link_results

    if workers is not None and workers < 1:
        raise InputError(f"--workers {workers}: give 1 or more")
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                  console=err, transient=True,
                  disable=not (show_progress and err.is_terminal)) as progress:
        task = progress.add_task("analysing", total=len(raws))
        results = analyze_raws(raws, published, lang, workers or available_cores(),
                               lambda n: progress.advance(task, n))
    return link_results(results, lambda analysis: compare_all(analysis, summary_lang))


def _ingest_on_dask(address: str, inputs: list[str], db: str | None, published: str | None,
                    lang: str | None, allow_private: bool) -> None:
    """Analyse on the cluster, store each batch as it arrives; inputs already stored are
    not sent, so a run stopped half-way resumes where it stopped."""
    from readouts.batch import analyze_on_dask, input_digest
    from readouts.compare import compare_all
    from readouts.ingest import collect
    from readouts.pipeline import link_results
    from readouts.store.reanalysis import prepared_texts, save_prepared

    check_published(published)
    store = open_store(db)
    raws = collect(inputs, allow_private)
    todo = [raw for raw in raws if not store.has_document(input_digest(raw))]
    texts = prepared_texts(todo)  # kept with the documents, for 'readouts reanalyze'
    added = 0
    try:
        for batch in analyze_on_dask(address, todo, published, lang):
            added += save_prepared(store, link_results(batch, compare_all),
                                   texts).documents_added
    except OSError as exc:
        raise InputError(f"--dask {address}: cannot reach the cluster ({exc})") from exc
    console.print(f"stored {added} new document(s) from the cluster; "
                  f"{len(raws) - len(todo)} input(s) were already stored")


@app.command()
def analyze(
    inputs: Annotated[list[str], typer.Argument(help="Files, folders, URLs or - for stdin.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the readouts/1 JSON.")] = False,
    published: PublishedOption = None,
    lang: LangOption = None,
    allow_private: PrivateOption = False,
    workers: WorkersOption = None,
) -> None:
    """Analyse documents together and print a report (or the readouts/1 JSON)."""
    analysis = _analyze(inputs, published, lang, allow_private, show_progress=not as_json,
                        workers=workers)
    if as_json:
        sys.stdout.write(json.dumps(analysis.to_json(), ensure_ascii=False, indent=2) + "\n")
        return
    from readouts.terminal import print_analysis

    print_analysis(analysis, console)


@app.command()
def ingest(
    inputs: Annotated[list[str], typer.Argument(help="Files, folders, URLs or - for stdin.")],
    db: DbOption = None,
    published: PublishedOption = None,
    lang: LangOption = None,
    allow_private: PrivateOption = False,
    workers: WorkersOption = None,
    dask: Annotated[str | None, typer.Option(
        "--dask", metavar="ADDRESS",
        help="Analyse on this Dask scheduler (tcp://host:8786) and store batch by batch.")]
    = None,
) -> None:
    """Analyse documents and store them (the same bytes twice are stored once)."""
    if dask:
        _ingest_on_dask(dask, inputs, db, published, lang, allow_private)
        return
    from readouts.ingest import collect
    from readouts.store.reanalysis import save_with_texts

    check_published(published)
    raws = collect(inputs, allow_private)
    analysis = _analyze_raws(raws, published, lang, show_progress=True, workers=workers)
    summary = save_with_texts(open_store(db), analysis, raws)
    console.print(
        f"stored {summary.documents_added} new document(s), skipped "
        f"{summary.documents_skipped} already stored; {summary.readouts_added} account(s), "
        f"{summary.events_added} new contact(s), {summary.events_updated} updated"
    )

@app.command()
def compare(
    inputs: Annotated[list[str] | None, typer.Argument(help="Documents to analyse.")] = None,
    event: Annotated[str | None, typer.Option("--event", help="A stored contact's id.")] = None,
    db: DbOption = None,
    fmt: Annotated[str, typer.Option("--format", help="terminal, html, markdown or json.")]
    = "terminal",
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write to a file.")] = None,
    published: PublishedOption = None,
    lang: Annotated[str, typer.Option(
        "--lang", help="Write the summary in this language too (it); the documents' "
                       "languages are detected.")] = "en",
    sentences: Annotated[bool, typer.Option(
        "--sentences", help="Also show the accounts sentence by sentence.")] = False,
    allow_private: PrivateOption = False,
) -> None:
    """Compare the sides' accounts of each contact reported by two or more sides."""
    from readouts.compare import compare_event
    from readouts.compare.report import render_html, render_markdown, render_terminal

    if fmt not in FORMATS:  # before any input is read: the analysis may take minutes
        raise InputError(f"unknown format {fmt!r}: use {', '.join(FORMATS)}")
    if output is not None and fmt == "terminal":
        raise InputError("--output needs --format html, markdown or json")
    if event:
        store = open_store(db)
        analysis = store.analysis_for_events([event])
        stored = store.event(event)
        if stored is None:
            raise InputError(f"no contact with id {event!r}; list them with 'readouts events'")
        comparison = compare_event(stored, store.readouts_for_event(event), lang)
        analysis.comparisons = [comparison] if comparison else []
    elif inputs:
        analysis = _analyze(inputs, published, None, allow_private,
                            show_progress=fmt != "json", summary_lang=lang)
    else:
        raise InputError("give documents to compare, or --event ID for a stored contact")
    if not analysis.comparisons:
        raise InputError("no contact in these documents is reported by two or more sides")
    if fmt == "terminal" and output is None:
        for comparison in analysis.comparisons:
            render_terminal(comparison, analysis, console, sentences=sentences, lang=lang)
        return
    renderers = {
        "html": lambda: render_html(analysis.comparisons, analysis, lang),
        "markdown": lambda: render_markdown(analysis.comparisons, analysis, lang),
        "json": lambda: json.dumps(analysis.to_json(), ensure_ascii=False, indent=2),
    }
    text = renderers[fmt]()
    if output:
        output.write_text(text, encoding="utf-8")
        from readouts.terminal import plain

        console.print(plain(f"written {output}"))
    else:
        sys.stdout.write(text + "\n")


def example_paths() -> list[str]:
    """The example documents shipped with the package, for "readouts demo"."""
    folder = resources.files("readouts").joinpath("examples")
    return sorted(str(p) for p in folder.iterdir() if p.name.endswith((".md", ".txt", ".html")))


@app.command()
def demo(
    db: DbOption = None,
) -> None:
    """Ingest the bundled examples into a fresh database and show a comparison."""
    from platformdirs import user_data_dir

    if db is None:
        path = Path(user_data_dir("readouts")) / "demo.db"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.unlink(missing_ok=True)
        db = f"sqlite:///{path}"
    analysis = _analyze(example_paths(), None, None, False, show_progress=True)
    summary = open_store(db).save(analysis)
    from readouts.compare.report import render_terminal
    from readouts.terminal import events_table, plain

    console.print(plain(f"demo database: {db} ({summary.documents_added} documents, "
                        f"{summary.events_added} contacts)"), soft_wrap=True)
    console.print(events_table(analysis.events, title="Contacts in the examples"))
    for comparison in analysis.comparisons:
        render_terminal(comparison, analysis, console)
    console.print(plain(f"Browse it: readouts serve --db {db}"), soft_wrap=True)
