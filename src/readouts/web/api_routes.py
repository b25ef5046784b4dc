"""The JSON API that reads (readouts/1): contacts, comparisons, accounts, search, figures,
timeline, facets, documents, corrections, table exports. Writes are in ``write_routes``."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse, Response

from readouts.store import corrections
from readouts.store.export import TABLES, export_rows, write_table
from readouts.store.filters import EventFilter
from readouts.web import pages
from readouts.web.context import DateQuery, PairQuery, TypeQuery, WebContext, pair


def api_routes(ctx: WebContext) -> APIRouter:
    """The JSON API's read routes (/api/...)."""
    router = APIRouter()
    store, not_found = ctx.store, ctx.not_found

    @router.get("/api/events", tags=["contacts"])
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
                        type=type, source=source, country_pair=pair(a, b), compared=compared)
        return {"total": pages.count_events(store, f), "limit": limit, "offset": offset,
                "events": [e.to_json() for e in pages.events(store, f, limit, offset)]}

    @router.get("/api/events/{event_id}", tags=["contacts"])
    def api_event(request: Request, event_id: str) -> Response:
        """One contact as a readouts/1 object: the event, its accounts, its comparison."""
        if store.event(event_id) is None:
            return not_found(request, f"contact with id {event_id!r}")
        return JSONResponse(store.analysis_for_events([event_id]).to_json())

    @router.get("/api/events/{event_id}/comparison", tags=["contacts"])
    def api_comparison(request: Request, event_id: str) -> Response:
        """The stored comparison of the sides' accounts (readouts/1 Comparison)."""
        comparison = store.comparison(event_id)
        if comparison is None:
            return not_found(request, f"comparison for contact {event_id!r}")
        return JSONResponse(comparison.to_json())

    @router.get("/api/readouts/{readout_id}", tags=["documents"])
    def api_readout(request: Request, readout_id: str) -> Response:
        """One account (readouts/1 Readout) with its document's id."""
        found = store.readout(readout_id)
        if found is None:
            return not_found(request, f"account with id {readout_id!r}")
        readout, document = found
        return JSONResponse({**readout.to_json(), "document": document.id})

    @router.get("/api/search", tags=["search"])
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
        hits = ctx.search(q, where, limit, offset)
        return JSONResponse({"query": q, "limit": limit, "offset": offset,
                             "hits": [h.to_json() for h in hits]})

    @router.get("/api/figures", tags=["figures"])
    def api_figures(about: str | None = None, unit: str | None = None,
                    person: str | None = None, a: PairQuery = None,
                    b: PairQuery = None) -> dict[str, Any]:
        """Figures with their sentence, source, side and date, oldest first.

        ``person``, ``a`` and ``b`` keep the figures stated in accounts of matching contacts.
        """
        filters = pages.clean_filters(person, a, b, None, None, None, None)
        return {"figures": [f.to_json() for f in pages.figures(store, about, unit, filters)]}

    @router.get("/api/timeline", tags=["contacts"])
    def api_timeline(person: Annotated[str | None, Query(
                         description="actor id, or a name in it/en/ru/zh")] = None,
                     a: PairQuery = None, b: PairQuery = None) -> dict[str, Any]:
        """Contacts per year and type for one leader or pair of countries, every year from
        the first to the last listed, so years without contacts show as gaps (total 0)."""
        filters = pages.clean_filters(person, a, b, None, None, None, None)
        events = pages.events(store, filters.event_filter(), 100_000)
        return pages.timeline_years(events)

    @router.get("/api/facets", tags=["contacts"])
    def api_facets() -> dict[str, Any]:
        """Values the filters can take, with how many contacts or figures have each."""
        return {k: [{"value": v, "count": n} for v, n in items]
                for k, items in store.facets().items()}

    @router.get("/api/documents", tags=["documents"])
    def api_documents(limit: Annotated[int, Query(ge=1, le=1000)] = 100,
                      offset: Annotated[int, Query(ge=0)] = 0) -> dict[str, Any]:
        """Stored documents, newest first, with their accounts' ids, sources and sides
        (no text)."""
        total, docs = ctx.documents(limit, offset)
        return {"total": total, "limit": limit, "offset": offset, "documents": [{
            "id": d.id, "origin": d.origin, "title": d.title, "language": d.language,
            "published": d.published, "published_precision": d.published_precision,
            "readouts": [{"id": r.id, "source": r.source, "side": r.side, "kind": r.kind,
                          "language": r.language, "event": r.event} for r in d.readouts],
        } for d in docs]}

    @router.get("/api/events/{event_id}/corrections", tags=["corrections"])
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

    @router.get("/api/export/{table}", tags=["export"])
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
                        type=type, source=source, country_pair=pair(a, b), compared=compared)
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

    return router
