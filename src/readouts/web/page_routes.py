"""The web app's pages that read: contacts, one contact, an account, timeline, figures,
search, documents, the add form and the API's interactive documentation."""

from __future__ import annotations

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response

from readouts.extract.tags.topics import topic_ids
from readouts.model import EVENT_TYPES
from readouts.store.export import TABLES
from readouts.web import pages
from readouts.web.charts import timeline_svg
from readouts.web.context import PAGE_SIZE, SEARCH_PAGE, WebContext


def page_routes(ctx: WebContext) -> APIRouter:
    """The HTML pages (GET only): contacts, readouts, documents, timeline, figures, search,
    docs and the form to add a document."""
    router = APIRouter()
    store, render, not_found = ctx.store, ctx.render, ctx.not_found

    @router.get("/", include_in_schema=False)
    def home() -> RedirectResponse:
        return RedirectResponse("/contacts", status_code=303)

    @router.get("/contacts", response_class=HTMLResponse, include_in_schema=False)
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

    @router.get("/contacts/{event_id}", response_class=HTMLResponse, include_in_schema=False)
    def contact_page(request: Request, event_id: str) -> Response:
        event = store.event(event_id)
        if event is None:
            return not_found(request, f"contact with id {event_id!r}")
        view = pages.contact(store, event)
        return render(request, "contact.html", title=pages.event_title(event), view=view)

    @router.get("/readouts/{readout_id}", response_class=HTMLResponse, include_in_schema=False)
    def readout_page(request: Request, readout_id: str) -> Response:
        found = store.readout(readout_id)
        if found is None:
            return not_found(request, f"account with id {readout_id!r}")
        readout, document = found
        return render(request, "readout.html", title=readout.title or readout.id,
                      readout=readout, document=document)

    @router.get("/timeline", response_class=HTMLResponse, include_in_schema=False)
    def timeline_page(request: Request, person: str | None = None, a: str | None = None,
                      b: str | None = None) -> HTMLResponse:
        filters = pages.clean_filters(person, a, b, None, None, None, None)
        events = pages.events(store, filters.event_filter(), 10_000)
        return render(request, "timeline.html", title="Timeline", filters=filters,
                      chart=timeline_svg(events, filters.query()), events=events,
                      facets=store.facets())

    @router.get("/figures", response_class=HTMLResponse, include_in_schema=False)
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


    @router.get("/search", response_class=HTMLResponse, include_in_schema=False)
    def search_page(request: Request, q: str = "", lang: str | None = None,
                    side: str | None = None, source: str | None = None,
                    topic: str | None = None) -> HTMLResponse:
        where = pages.clean_search(lang, side, source, topic)
        hits = ctx.search(q[:500], where, SEARCH_PAGE + 1)
        return render(request, "search.html", title="Search", q=q, hits=hits[:SEARCH_PAGE],
                      more=len(hits) > SEARCH_PAGE, where=where, facets=store.facets(),
                      topics=topic_ids(), searched=bool(q.strip() or where.topic))

    @router.get("/docs", response_class=HTMLResponse, include_in_schema=False)
    def docs_page() -> HTMLResponse:
        """The API, interactive: Swagger UI from the swagger-ui-bundle package."""
        return HTMLResponse(ctx.env.get_template("docs.html").render())

    @router.get("/docs/openapi.json", include_in_schema=False)
    def docs_spec(request: Request) -> JSONResponse:
        """The OpenAPI document for the packaged Swagger UI (4.x), which reads only 3.0
        version labels; the document itself stays at /api/openapi.json."""
        return JSONResponse({**request.app.openapi(), "openapi": "3.0.3"})

    @router.get("/add", response_class=HTMLResponse, include_in_schema=False)
    def add_page(request: Request) -> HTMLResponse:
        return render(request, "add.html", title="Add documents")
    @router.get("/documents", response_class=HTMLResponse, include_in_schema=False)
    def documents_page(request: Request, page: int = Query(1, ge=1),
                       reanalyzed: int | None = None, missing: int = 0) -> HTMLResponse:
        total, docs = ctx.documents(PAGE_SIZE, (page - 1) * PAGE_SIZE)
        return render(request, "documents.html", title="Documents", documents=docs,
                      total=total, page=page, pages=max(1, -(-total // PAGE_SIZE)),
                      reanalyzed=reanalyzed, missing=missing)

    return router
