"""The web app: server-rendered pages and a JSON API (readouts/1) over one Store.

Pages: contacts (filterable list), one contact (facts with evidence, sides side by
side), timeline, figures over time, search, add documents. The API beside them speaks
CONTRACT.md and describes itself at /api/openapi.json. Nothing is fetched from the
network at run time: styles, the little script and the charts (SVG) are served here.
"""

from __future__ import annotations

import re
import tempfile
from dataclasses import asdict
from importlib import resources
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import FastAPI, File, Form, Query, Request, UploadFile
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader, select_autoescape
from pydantic import BaseModel
from pydantic import Field as PydanticField
from sqlalchemy import select
from swagger_ui_bundle import swagger_ui_path

from readouts.errors import InputError
from readouts.extract.tags.topics import topic_ids
from readouts.ingest import MAX_CHARS, read_bytes, read_url
from readouts.model import EVENT_TYPES, Analysis, Document
from readouts.store import SaveSummary, SearchHit, Store, corrections, queries
from readouts.store.export import TABLES, export_rows, write_table
from readouts.store.filters import EventFilter
from readouts.store.models import DocumentRow
from readouts.store.queries import SearchFilter
from readouts.store.reanalysis import reanalyze, save_with_texts
from readouts.web import pages
from readouts.web.charts import timeline_svg
from readouts.web.security import BodyLimit, SecurityHeaders, write_refusal

MAX_UPLOAD_BYTES = MAX_CHARS  # a request's text, at most a byte a character: ~30 s to analyse
PAGE_SIZE = 50
SEARCH_PAGE = 200  # hits a search page shows
DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"
_COUNTRY = re.compile(r"^[A-Za-z]{3}$")

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


DateQuery = Annotated[str | None, Query(pattern=DATE, description="YYYY, YYYY-MM or YYYY-MM-DD")]
TypeQuery = Annotated[str | None, Query(description="Contact type: " + ", ".join(EVENT_TYPES))]
PairQuery = Annotated[str | None, Query(description="ISO 3166-1 alpha-3 country code",
                                        pattern=r"^[A-Za-z]{3}$")]


class CorrectionIn(BaseModel):
    field: str = PydanticField(description="the fact to correct")
    value: str = PydanticField(description="the right value; 'none' clears it; people by id "
                               "or name, several comma-separated")
    by: str = PydanticField(min_length=1, description="who makes the correction")
    why: str = PydanticField(min_length=1, description="the source or reason")
    item: str | None = PydanticField(None, description="for speaker or about: ACCOUNT_ID:N")


class ReanalyzeIn(BaseModel):
    documents: list[str] | None = None
    published: str | None = PydanticField(None, pattern=DATE)


class WriteRefused(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


def _templates() -> Environment:
    folder = resources.files("readouts.web").joinpath("templates")
    env = Environment(loader=FileSystemLoader(str(folder)),
                      autoescape=select_autoescape(default=True, default_for_string=True))
    pages.register_filters(env)
    return env


def _pair(a: str | None, b: str | None) -> tuple[str, str] | None:
    given = [c.upper() for c in (a, b) if c and _COUNTRY.match(c)]
    if not given:
        return None
    return (given[0], given[-1])


def create_app(db_url: str, token: str | None = None, allow_private_urls: bool = False,
               max_upload_bytes: int = MAX_UPLOAD_BYTES) -> FastAPI:
    """The app over the database at db_url; writes need ``token`` when one is given."""
    store = Store(db_url)
    env = _templates()
    app = FastAPI(title="readouts", version="1", summary="Leaders' contacts as each side "
                  "told them (readouts/1 JSON)", docs_url=None, redoc_url=None,
                  openapi_url="/api/openapi.json")
    app.state.store = store
    app.add_middleware(BodyLimit, limit=max_upload_bytes)
    app.add_middleware(SecurityHeaders)  # added last, so it wraps every other response
    static = resources.files("readouts.web").joinpath("static")
    app.mount("/static", StaticFiles(directory=str(static)), name="static")
    app.mount("/docs/assets", StaticFiles(directory=swagger_ui_path), name="docs-assets")

    def render(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
        context.update(request=request, needs_token=token is not None)
        return HTMLResponse(env.get_template(name).render(**context), status_code=status)

    def is_api(request: Request) -> bool:
        return request.url.path.startswith("/api/")

    @app.exception_handler(InputError)
    async def input_error(request: Request, exc: InputError) -> Response:
        if is_api(request):
            return JSONResponse({"detail": web_message(str(exc))}, status_code=400)
        return render(request, "error.html", 400, message=web_message(str(exc)),
                      title="Cannot read that")

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError) -> Response:
        if is_api(request):
            return JSONResponse({"detail": jsonable_encoder(exc.errors())}, status_code=422)
        problems = "; ".join(f"{e['loc'][-1]}: {e['msg']}" for e in exc.errors())
        return render(request, "error.html", 422, message=problems, title="Cannot show that")

    @app.exception_handler(WriteRefused)
    async def refused(request: Request, exc: WriteRefused) -> Response:
        if is_api(request):
            return JSONResponse({"detail": str(exc)}, status_code=exc.status)
        return render(request, "error.html", exc.status, message=str(exc), title="Not allowed")

    def not_found(request: Request, what: str) -> Response:
        if is_api(request):
            return JSONResponse({"detail": f"no {what}"}, status_code=404)
        return render(request, "error.html", 404, message=f"No {what}.", title="Not found")

    def check_write(request: Request, form_token: str | None = None) -> None:
        refusal = write_refusal(request, token, form_token)
        if refusal:
            raise WriteRefused(*refusal)

    def ingest(text: str | None, files: list[UploadFile], url: str | None,
               published: str | None, lang: str | None) -> tuple[Analysis, SaveSummary]:
        raws = []
        if text and text.strip():
            raws.append(read_bytes(text.encode("utf-8"), "pasted text"))
        for upload in files:
            data = upload.file.read(max_upload_bytes + 1)
            if not upload.filename and not data:
                continue  # the empty file field of a form
            if len(data) > max_upload_bytes:
                raise InputError(f"{upload.filename}: larger than {max_upload_bytes} bytes")
            raws.append(read_bytes(data, upload.filename or "upload"))
        if url and url.strip():
            raws.append(read_url(url.strip(), allow_private_urls))
        if not raws:
            raise InputError("nothing to add: paste text, choose a file or give a URL")
        from readouts.pipeline import analyze_inputs  # the NLP stages load on first use

        analysis = analyze_inputs(raws, published or None, lang or None)
        return analysis, save_with_texts(store, analysis, raws)

    # ---- pages

    @app.get("/", include_in_schema=False)
    def home() -> RedirectResponse:
        return RedirectResponse("/contacts", status_code=303)

    @app.get("/contacts", response_class=HTMLResponse, include_in_schema=False)
    def contacts_page(request: Request, person: str | None = None, a: str | None = None,
                      b: str | None = None, type: str | None = None,  # noqa: A002
                      since: str | None = None, until: str | None = None,
                      source: str | None = None, compared: bool = False,
                      page: int = Query(1, ge=1)) -> HTMLResponse:
        filters = pages.clean_filters(person, a, b, type, since, until, source, compared)
        total = pages.count_events(store, filters.event_filter())
        events = pages.events(store, filters.event_filter(), PAGE_SIZE, (page - 1) * PAGE_SIZE)
        by_type = {t: pages.count_events(store, filters.event_filter(type=t))
                   for t in EVENT_TYPES}
        return render(request, "contacts.html", title="Contacts", events=events, total=total,
                      page=page, pages=max(1, -(-total // PAGE_SIZE)), filters=filters,
                      by_type={t: n for t, n in by_type.items() if n},
                      sources=store.event_sources([e.id for e in events]),
                      facets=store.facets(), types=EVENT_TYPES, export_tables=list(TABLES))

    @app.get("/contacts/{event_id}", response_class=HTMLResponse, include_in_schema=False)
    def contact_page(request: Request, event_id: str) -> Response:
        event = store.event(event_id)
        if event is None:
            return not_found(request, f"contact with id {event_id!r}")
        view = pages.contact(store, event)
        return render(request, "contact.html", title=pages.event_title(event), view=view)

    @app.get("/readouts/{readout_id}", response_class=HTMLResponse, include_in_schema=False)
    def readout_page(request: Request, readout_id: str) -> Response:
        found = store.readout(readout_id)
        if found is None:
            return not_found(request, f"account with id {readout_id!r}")
        readout, document = found
        return render(request, "readout.html", title=readout.title or readout.id,
                      readout=readout, document=document)

    @app.get("/timeline", response_class=HTMLResponse, include_in_schema=False)
    def timeline_page(request: Request, person: str | None = None, a: str | None = None,
                      b: str | None = None) -> HTMLResponse:
        filters = pages.clean_filters(person, a, b, None, None, None, None)
        events = pages.events(store, filters.event_filter(), 10_000)
        return render(request, "timeline.html", title="Timeline", filters=filters,
                      chart=timeline_svg(events, filters.query()), events=events,
                      facets=store.facets())

    @app.get("/figures", response_class=HTMLResponse, include_in_schema=False)
    def figures_page(request: Request, about: str | None = None, unit: str | None = None,
                     person: str | None = None, a: str | None = None,
                     b: str | None = None) -> HTMLResponse:
        facets = store.facets()
        about = about or (facets["measures"][0][0] if facets["measures"] else None)
        filters = pages.clean_filters(person, a, b, None, None, None, None)
        rows = pages.figures(store, about, unit or None, filters)
        unit, chart, table, targets = pages.figures_chart(rows, unit)
        return render(request, "figures.html", title="Figures", about=about, unit=unit,
                      chart=chart, table=table, targets=targets, facets=facets,
                      filters=filters, groups=pages.figure_groups(store))

    def search(q: str, where: SearchFilter, limit: int, offset: int = 0) -> list[SearchHit]:
        with store.engine.connect() as conn:
            return queries.search(conn, q, limit, where, offset)

    @app.get("/search", response_class=HTMLResponse, include_in_schema=False)
    def search_page(request: Request, q: str = "", lang: str | None = None,
                    side: str | None = None, source: str | None = None,
                    topic: str | None = None) -> HTMLResponse:
        where = pages.clean_search(lang, side, source, topic)
        hits = search(q[:500], where, SEARCH_PAGE + 1)
        return render(request, "search.html", title="Search", q=q, hits=hits[:SEARCH_PAGE],
                      more=len(hits) > SEARCH_PAGE, where=where, facets=store.facets(),
                      topics=topic_ids(), searched=bool(q.strip() or where.topic))

    @app.get("/docs", response_class=HTMLResponse, include_in_schema=False)
    def docs_page() -> HTMLResponse:
        """The API, interactive: Swagger UI from the swagger-ui-bundle package."""
        return HTMLResponse(env.get_template("docs.html").render())

    @app.get("/docs/openapi.json", include_in_schema=False)
    def docs_spec() -> JSONResponse:
        """The OpenAPI document for the packaged Swagger UI (4.x), which reads only 3.0
        version labels; the document itself stays at /api/openapi.json."""
        return JSONResponse({**app.openapi(), "openapi": "3.0.3"})

    @app.get("/add", response_class=HTMLResponse, include_in_schema=False)
    def add_page(request: Request) -> HTMLResponse:
        return render(request, "add.html", title="Add documents")

    @app.post("/add", response_class=HTMLResponse, include_in_schema=False)
    def add_submit(request: Request, text: Annotated[str | None, Form()] = None,
                   files: Annotated[list[UploadFile] | None, File()] = None,
                   url: Annotated[str | None, Form()] = None,
                   published: Annotated[str | None, Form()] = None,
                   lang: Annotated[str | None, Form()] = None,
                   token_field: Annotated[str | None, Form(alias="token")] = None,
                   ) -> HTMLResponse:
        check_write(request, token_field)
        analysis, summary = ingest(text, files or [], url, published, lang)
        return render(request, "added.html", title="Added", analysis=analysis,
                      summary=summary)

    def documents(limit: int, offset: int) -> tuple[int, list[Document]]:
        with store.engine.connect() as conn:
            return queries.documents_page(conn, limit, offset)

    @app.get("/documents", response_class=HTMLResponse, include_in_schema=False)
    def documents_page(request: Request, page: int = Query(1, ge=1),
                       reanalyzed: int | None = None, missing: int = 0) -> HTMLResponse:
        total, docs = documents(PAGE_SIZE, (page - 1) * PAGE_SIZE)
        return render(request, "documents.html", title="Documents", documents=docs,
                      total=total, page=page, pages=max(1, -(-total // PAGE_SIZE)),
                      reanalyzed=reanalyzed, missing=missing)

    def correct(event_id: str, field: str, value: str, by: str, why: str,
                item: str | None) -> dict[str, Any]:
        """Record a correction made on a contact's page: a fact of the contact, or the
        speaker of one of its sentences, or what one of its figures measures."""
        target = {"speaker": "sentence", "about": "figure"}.get(field, "event")
        if target != "event" and not (item or "").strip():
            raise InputError(f"say which {target} to correct, as ACCOUNT_ID:N")
        before = store.event(event_id)
        done = store.correct(target, event_id if target == "event" else item.strip(),
                             field, value, by, why)
        if target == "event" and before is not None:
            done.was = getattr(before, field)  # the value shown until now
        return {"target": target, **done.to_json()}

    @app.post("/contacts/{event_id}/corrections", include_in_schema=False)
    def correct_page(request: Request, event_id: str, field: Annotated[str, Form()],
                     value: Annotated[str, Form()], by: Annotated[str, Form()],
                     why: Annotated[str, Form()], item: Annotated[str | None, Form()] = None,
                     token_field: Annotated[str | None, Form(alias="token")] = None
                     ) -> Response:
        check_write(request, token_field)
        if store.event(event_id) is None:
            return not_found(request, f"contact with id {event_id!r}")
        correct(event_id, field, value, by, why, item)
        return RedirectResponse(f"/contacts/{quote(event_id, safe='')}#facts", status_code=303)

    @app.post("/documents/reanalyze", include_in_schema=False)
    def reanalyze_all_page(request: Request, token_field: Annotated[
                           str | None, Form(alias="token")] = None) -> Response:
        check_write(request, token_field)
        done = reanalyze(store)
        return RedirectResponse(f"/documents?reanalyzed={len(done.documents)}"
                                f"&missing={len(done.missing)}", status_code=303)

    @app.post("/documents/{doc_id}/reanalyze", include_in_schema=False)
    def reanalyze_page(request: Request, doc_id: str,
                       token_field: Annotated[str | None, Form(alias="token")] = None
                       ) -> Response:
        check_write(request, token_field)
        if not has_document(doc_id):
            return not_found(request, f"document with id {doc_id!r}")
        done = reanalyze(store, [doc_id])
        return RedirectResponse(f"/documents?reanalyzed={len(done.documents)}"
                                f"&missing={len(done.missing)}", status_code=303)

    def has_document(doc_id: str) -> bool:
        with store.engine.connect() as conn:
            return conn.execute(select(DocumentRow.id).where(DocumentRow.id == doc_id)) \
                .first() is not None

    @app.post("/documents/{doc_id}/delete", include_in_schema=False)
    def delete_page(request: Request, doc_id: str,
                    token_field: Annotated[str | None, Form(alias="token")] = None) -> Response:
        check_write(request, token_field)
        if not store.delete_document(doc_id):
            return not_found(request, f"document with id {doc_id!r}")
        return RedirectResponse("/documents", status_code=303)

    # ---- API

    @app.get("/api/events", tags=["contacts"])
    def api_events(person: Annotated[str | None, Query(
                       description="actor id, or a name in it/en/ru/zh")] = None,
                   a: PairQuery = None, b: PairQuery = None,
                   type: TypeQuery = None, since: DateQuery = None,  # noqa: A002
                   until: DateQuery = None, source: str | None = None,
                   compared: Annotated[bool, Query(description="only contacts two or more "
                                                   "governments' accounts report")] = False,
                   limit: Annotated[int, Query(ge=1, le=1000)] = 100,
                   offset: Annotated[int, Query(ge=0)] = 0) -> dict[str, Any]:
        """Contacts (readouts/1 Event objects) passing every filter, newest first."""
        f = EventFilter(actor=pages.person_id(person) or None, since=since, until=until,
                        type=type, source=source, country_pair=_pair(a, b), compared=compared)
        return {"total": pages.count_events(store, f), "limit": limit, "offset": offset,
                "events": [e.to_json() for e in pages.events(store, f, limit, offset)]}

    @app.get("/api/events/{event_id}", tags=["contacts"])
    def api_event(request: Request, event_id: str) -> Response:
        """One contact as a readouts/1 object: the event, its accounts, its comparison."""
        if store.event(event_id) is None:
            return not_found(request, f"contact with id {event_id!r}")
        return JSONResponse(store.analysis_for_events([event_id]).to_json())

    @app.get("/api/events/{event_id}/comparison", tags=["contacts"])
    def api_comparison(request: Request, event_id: str) -> Response:
        """The stored comparison of the sides' accounts (readouts/1 Comparison)."""
        comparison = store.comparison(event_id)
        if comparison is None:
            return not_found(request, f"comparison for contact {event_id!r}")
        return JSONResponse(comparison.to_json())

    @app.get("/api/readouts/{readout_id}", tags=["documents"])
    def api_readout(request: Request, readout_id: str) -> Response:
        """One account (readouts/1 Readout) with its document's id."""
        found = store.readout(readout_id)
        if found is None:
            return not_found(request, f"account with id {readout_id!r}")
        readout, document = found
        return JSONResponse({**readout.to_json(), "document": document.id})

    @app.get("/api/search", tags=["search"])
    def api_search(q: Annotated[str, Query(max_length=500)] = "",
                   lang: Annotated[str | None, Query(pattern=r"^[a-z]{2}$")] = None,
                   side: PairQuery = None, source: str | None = None,
                   topic: str | None = None,
                   limit: Annotated[int, Query(ge=1, le=500)] = 50,
                   offset: Annotated[int, Query(ge=0)] = 0) -> Response:
        """Sentences matching every term of ``q``, best first, within the account's
        language, side and source and the sentence's topic when given; with only a topic,
        every sentence tagged with it, newest first. ``highlighted`` is escaped HTML with
        <mark>."""
        where = pages.clean_search(lang, side, source, topic)
        if not q.strip() and not where.topic:
            return JSONResponse({"detail": "give q (search terms) or a topic"},
                                status_code=422)
        hits = search(q, where, limit, offset)
        return JSONResponse({"query": q, "limit": limit, "offset": offset,
                             "hits": [h.to_json() for h in hits]})

    @app.get("/api/figures", tags=["figures"])
    def api_figures(about: str | None = None, unit: str | None = None,
                    person: str | None = None, a: PairQuery = None,
                    b: PairQuery = None) -> dict[str, Any]:
        """Figures with their sentence, source, side and date, oldest first.

        ``person``, ``a`` and ``b`` keep the figures stated in accounts of matching contacts.
        """
        filters = pages.clean_filters(person, a, b, None, None, None, None)
        return {"figures": [f.to_json() for f in pages.figures(store, about, unit, filters)]}

    @app.get("/api/timeline", tags=["contacts"])
    def api_timeline(person: Annotated[str | None, Query(
                         description="actor id, or a name in it/en/ru/zh")] = None,
                     a: PairQuery = None, b: PairQuery = None) -> dict[str, Any]:
        """Contacts per year and type for one leader or pair of countries, every year from
        the first to the last listed, so years without contacts show as gaps (total 0)."""
        filters = pages.clean_filters(person, a, b, None, None, None, None)
        events = pages.events(store, filters.event_filter(), 100_000)
        return pages.timeline_years(events)

    @app.get("/api/facets", tags=["contacts"])
    def api_facets() -> dict[str, Any]:
        """Values the filters can take, with how many contacts or figures have each."""
        return {k: [{"value": v, "count": n} for v, n in items]
                for k, items in store.facets().items()}

    @app.get("/api/documents", tags=["documents"])
    def api_documents(limit: Annotated[int, Query(ge=1, le=1000)] = 100,
                      offset: Annotated[int, Query(ge=0)] = 0) -> dict[str, Any]:
        """Stored documents, newest first, with their accounts' ids, sources and sides
        (no text)."""
        total, docs = documents(limit, offset)
        return {"total": total, "limit": limit, "offset": offset, "documents": [{
            "id": d.id, "origin": d.origin, "title": d.title, "language": d.language,
            "published": d.published, "published_precision": d.published_precision,
            "readouts": [{"id": r.id, "source": r.source, "side": r.side, "kind": r.kind,
                          "language": r.language, "event": r.event} for r in d.readouts],
        } for d in docs]}

    @app.post("/api/documents", tags=["documents"], status_code=201)
    def api_add(request: Request, text: Annotated[str | None, Form()] = None,
                files: Annotated[list[UploadFile] | None, File()] = None,
                url: Annotated[str | None, Form()] = None,
                published: Annotated[str | None, Form(pattern=DATE)] = None,
                lang: Annotated[str | None, Form()] = None) -> JSONResponse:
        """Analyse pasted text, uploaded files and/or a URL, store the result.

        Answers the save summary and the analysis (readouts/1). Needs the token when
        the server has one.
        """
        check_write(request)
        analysis, summary = ingest(text, files or [], url, published, lang)
        return JSONResponse({"summary": asdict(summary), "analysis": analysis.to_json()},
                            status_code=201)

    @app.post("/api/events/{event_id}/corrections", tags=["corrections"], status_code=201)
    def api_correct(request: Request, event_id: str, body: CorrectionIn) -> Response:
        """Correct a fact of the contact (``field``: type, status, date, part_of_day,
        duration_minutes, location, initiated_by, participants, attendees), the ``speaker``
        of one of its sentences or what one of its figures is ``about`` (``item``:
        ACCOUNT_ID:N). Kept apart from the analysis: re-analysis never loses it. Needs the
        token when the server has one."""
        check_write(request)
        if store.event(event_id) is None:
            return not_found(request, f"contact with id {event_id!r}")
        return JSONResponse(correct(event_id, body.field, body.value, body.by, body.why,
                                    body.item), status_code=201)

    @app.get("/api/events/{event_id}/corrections", tags=["corrections"])
    def api_corrections(request: Request, event_id: str) -> Response:
        """Every correction of the contact, its sentences and figures, oldest first."""
        event = store.event(event_id)
        if event is None:
            return not_found(request, f"contact with id {event_id!r}")
        with store.engine.connect() as conn:
            found = corrections.history(conn, event)
        return JSONResponse({"corrections": [
            {"target": c.target, "item": f"{c.readout_id}:{c.position}" if c.readout_id
             else None, **c.to_json()} for c in found]})

    @app.post("/api/documents/reanalyze", tags=["documents"])
    def api_reanalyze(request: Request, body: ReanalyzeIn) -> Response:
        """Analyse stored documents again (``documents``: ids, or none for all), keeping
        the corrections; ``published`` overrides their publication date. Needs the token
        when the server has one."""
        check_write(request)
        unknown = [d for d in body.documents or [] if not has_document(d)]
        if unknown:
            return not_found(request, f"document with id {', '.join(unknown)}")
        done = reanalyze(store, body.documents or None, body.published)
        return JSONResponse({"documents": done.documents, "missing": done.missing,
                             "summary": asdict(done.summary) if done.summary else None})

    @app.get("/api/export/{table}", tags=["export"])
    def api_export(request: Request, table: str,
                   format: Annotated[str, Query(  # noqa: A002 - the query's name
                       pattern="^(csv|jsonl|parquet)$")] = "csv",
                   person: str | None = None, a: PairQuery = None, b: PairQuery = None,
                   type: TypeQuery = None, since: DateQuery = None,  # noqa: A002
                   until: DateQuery = None, source: str | None = None,
                   compared: bool = False) -> Response:
        """One table (contacts, accounts, sentences, figures, comparisons) of the contacts
        passing the filters, as a file: CSV, JSON Lines or Parquet, with the columns the
        README lists (contacts carry CAMEO and PLOVER codes)."""
        if table not in TABLES:
            return not_found(request, f"table {table!r}; the tables are {', '.join(TABLES)}")
        f = EventFilter(actor=pages.person_id(person) or None, since=since, until=until,
                        type=type, source=source, country_pair=_pair(a, b), compared=compared)
        with store.engine.connect() as conn:
            rows = export_rows(conn, f)[table]
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / f"{table}.{format}"
            write_table(rows, TABLES[table], path, format)
            data = path.read_bytes()
        media = {"csv": "text/csv; charset=utf-8", "jsonl": "application/jsonl",
                 "parquet": "application/vnd.apache.parquet"}[format]
        return Response(data, media_type=media, headers={
            "content-disposition": f'attachment; filename="{table}.{format}"'})

    @app.delete("/api/documents/{doc_id}", tags=["documents"], status_code=204)
    def api_delete(request: Request, doc_id: str) -> Response:
        """Delete a document, its accounts, and contacts no other account reports."""
        check_write(request)
        if not store.delete_document(doc_id):
            return not_found(request, f"document with id {doc_id!r}")
        return Response(status_code=204)

    return app
