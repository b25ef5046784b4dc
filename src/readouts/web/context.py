"""What every route of the web app shares: the store, the templates, the write token, the
limits, and the answers common to pages and API (an error page or JSON, a refusal)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from jinja2 import Environment

from readouts.ingest import MAX_CHARS
from readouts.model import EVENT_TYPES, Document
from readouts.store import SearchHit, Store, queries
from readouts.store.queries import SearchFilter
from readouts.web.security import write_refusal

MAX_UPLOAD_BYTES = MAX_CHARS  # a request's text, at most a byte a character: ~30 s to analyse
PAGE_SIZE = 50
SEARCH_PAGE = 200  # hits a search page shows
DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"
_COUNTRY = re.compile(r"^[A-Za-z]{3}$")

DateQuery = Annotated[str | None, Query(pattern=DATE, description="YYYY, YYYY-MM or YYYY-MM-DD")]
TypeQuery = Annotated[str | None, Query(description="Contact type: " + ", ".join(EVENT_TYPES))]
PairQuery = Annotated[str | None, Query(description="ISO 3166-1 alpha-3 country code",
                                        pattern=r"^[A-Za-z]{3}$")]

# What the command line's messages call its options, in the web app's words.
_WEB_WORDS = (("; pass --allow-private to read it", " (this server does not read them)"),
              ("--published", "publication date"), ("--actor", "person"),
              ("--type", "type"), ("--lang", "language"), ("--since", "since"),
              ("--until", "until"))
_FLAG = re.compile(r"--([a-z][a-z-]*)")


def web_message(message: str) -> str:
    """An error message without the command line's option names: a visitor of the web
    app has no flags to pass."""
    for flag, words in _WEB_WORDS:
        message = message.replace(flag, words)
    message = re.sub(r"[;:][^;:]*'readouts [^']*'[^;]*", "", message)  # a command to run
    return _FLAG.sub(lambda m: m.group(1).replace("-", " "), message)


class WriteRefused(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


def pair(a: str | None, b: str | None) -> tuple[str, str] | None:
    """The pair of countries two query values name (one alone: that country with itself)."""
    given = [c.upper() for c in (a, b) if c and _COUNTRY.match(c)]
    if not given:
        return None
    return (given[0], given[-1])


def is_api(request: Request) -> bool:
    """Is the request one of the JSON API's (its path under /api/), answered with JSON, not
    a page?"""
    return request.url.path.startswith("/api/")


@dataclass
class WebContext:
    store: Store
    env: Environment
    token: str | None
    allow_private_urls: bool
    max_upload_bytes: int

    def render(self, request: Request, name: str, status: int = 200,
               **context: Any) -> HTMLResponse:
        context.update(request=request, needs_token=self.token is not None)
        return HTMLResponse(self.env.get_template(name).render(**context), status_code=status)

    def not_found(self, request: Request, what: str) -> Response:
        if is_api(request):
            return JSONResponse({"detail": f"no {what}"}, status_code=404)
        return self.render(request, "error.html", 404, message=f"No {what}.",
                           title="Not found")

    def check_write(self, request: Request, form_token: str | None = None) -> None:
        refusal = write_refusal(request, self.token, form_token)
        if refusal:
            raise WriteRefused(*refusal)

    def search(self, q: str, where: SearchFilter, limit: int,
               offset: int = 0) -> list[SearchHit]:
        with self.store.engine.connect() as conn:
            return queries.search(conn, q, limit, where, offset)

    def documents(self, limit: int, offset: int) -> tuple[int, list[Document]]:
        with self.store.engine.connect() as conn:
            return queries.documents_page(conn, limit, offset)

    def has_document(self, doc_id: str) -> bool:
        return bool(self.store.known_documents([doc_id]))
