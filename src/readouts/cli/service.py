"""Long-running commands: serve (the web app) and watch (poll sources, alert)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer

from readouts.cli.common import DbOption, PrivateOption, app, console, opening_database
from readouts.errors import InputError


@app.command()
def serve(
    db: DbOption = None,
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port.")] = 8000,
    allow_private: PrivateOption = False,
) -> None:
    """Start the web app over the database."""
    import uvicorn

    from readouts.store import default_db_url
    from readouts.web.app import create_app

    token = os.environ.get("READOUTS_TOKEN")
    if host not in ("127.0.0.1", "localhost", "::1") and not token:
        raise InputError("listening beyond loopback needs READOUTS_TOKEN set for writes")
    url = db or default_db_url()
    with opening_database(url):
        web = create_app(url, token=token, allow_private_urls=allow_private)
    uvicorn.run(web, host=host, port=port)


@app.command()
def watch(
    config: Annotated[Path | None, typer.Argument(help="The watch config, YAML or TOML.")] = None,
    once: Annotated[bool, typer.Option("--once", help="Poll the sources that are due, deliver "
                                       "alerts, and exit (for cron).")] = False,
    init: Annotated[Path | None, typer.Option("--init", metavar="PATH", help="Write a starter "
                                              "config with the registered sources' feeds.")]
    = None,
    db: DbOption = None,
) -> None:
    """Poll feeds, sitemaps and index pages; store new accounts; alert on watched contacts."""
    from readouts.terminal import plain
    from readouts.watch import run

    if init:
        run.write_starter(init)
        console.print(plain(f"written {init}; edit it, then: readouts watch {init}"))
        return
    if config is None:
        raise InputError("give a watch config file, or --init PATH to write a starter one")
    report = run.watch(config, db, once, lambda line: console.print(plain(line), soft_wrap=True))
    if report:
        console.print(plain(f"polled {report.polled} source(s), {report.failed} failed; stored "
                            f"{report.stored} new item(s); sent {report.alerts_sent} alert(s)"))
