"""The web app: server-rendered pages and a JSON API (readouts/1) over one Store.

Pages: contacts (filterable list), one contact (facts with evidence, sides side by
side), timeline, figures over time, search, add documents. The API beside them speaks
CONTRACT.md and describes itself at /api/openapi.json. Nothing is fetched from the
network at run time: styles, the little script and the charts (SVG) are served here.

This module assembles the app: middleware, static files, error answers, and the routes
of ``page_routes`` (pages that read), ``api_routes`` (the API that reads) and
``write_routes`` (every write, from forms and the API).
"""

from __future__ import annotations

from importlib import resources

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader, select_autoescape
from swagger_ui_bundle import swagger_ui_path

from readouts.errors import InputError
from readouts.store import Store
from readouts.web import pages
from readouts.web.api_routes import api_routes
from readouts.web.context import (
    MAX_UPLOAD_BYTES,
    WebContext,
    WriteRefused,
    is_api,
    web_message,
)
from readouts.web.page_routes import page_routes
from readouts.web.security import BodyLimit, SecurityHeaders
from readouts.web.write_routes import write_routes

__all__ = ["MAX_UPLOAD_BYTES", "create_app", "web_message"]


def _templates() -> Environment:
    folder = resources.files("readouts.web").joinpath("templates")
    env = Environment(loader=FileSystemLoader(str(folder)),
                      autoescape=select_autoescape(default=True, default_for_string=True))
    pages.register_filters(env)
    return env


def create_app(db_url: str, token: str | None = None, allow_private_urls: bool = False,
               max_upload_bytes: int = MAX_UPLOAD_BYTES) -> FastAPI:
    """The app over the database at db_url; writes need ``token`` when one is given."""
    ctx = WebContext(Store(db_url), _templates(), token, allow_private_urls, max_upload_bytes)
    app = FastAPI(title="readouts", version="1", summary="Leaders' contacts as each side "
                  "told them (readouts/1 JSON)", docs_url=None, redoc_url=None,
                  openapi_url="/api/openapi.json")
    app.state.store = ctx.store
    app.add_middleware(BodyLimit, limit=max_upload_bytes)
    app.add_middleware(SecurityHeaders)  # added last, so it wraps every other response
    static = resources.files("readouts.web").joinpath("static")
    app.mount("/static", StaticFiles(directory=str(static)), name="static")
    app.mount("/docs/assets", StaticFiles(directory=swagger_ui_path), name="docs-assets")

    @app.exception_handler(InputError)
    async def input_error(request: Request, exc: InputError) -> Response:
        if is_api(request):
            return JSONResponse({"detail": web_message(str(exc))}, status_code=400)
        return ctx.render(request, "error.html", 400, message=web_message(str(exc)),
                          title="Cannot read that")

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError) -> Response:
        if is_api(request):
            return JSONResponse({"detail": jsonable_encoder(exc.errors())}, status_code=422)
        problems = "; ".join(f"{e['loc'][-1]}: {e['msg']}" for e in exc.errors())
        return ctx.render(request, "error.html", 422, message=problems,
                          title="Cannot show that")

    @app.exception_handler(WriteRefused)
    async def refused(request: Request, exc: WriteRefused) -> Response:
        if is_api(request):
            return JSONResponse({"detail": str(exc)}, status_code=exc.status)
        return ctx.render(request, "error.html", exc.status, message=str(exc),
                          title="Not allowed")

    app.include_router(page_routes(ctx))
    app.include_router(write_routes(ctx))
    app.include_router(api_routes(ctx))
    return app
