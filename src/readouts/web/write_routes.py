"""The web app's writes, from forms and the API: add documents, correct a contact, analyse
documents again, delete one. Each needs the token when the server has one (and a form post
its own origin); each is one write transaction in the store."""

from __future__ import annotations

from dataclasses import asdict
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, File, Form, Request, UploadFile
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from pydantic import BaseModel
from pydantic import Field as PydanticField

from readouts.errors import InputError
from readouts.ingest import read_bytes, read_url
from readouts.model import Analysis
from readouts.store import SaveSummary
from readouts.store.reanalysis import reanalyze, save_with_texts
from readouts.web.context import DATE, WebContext


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


def write_routes(ctx: WebContext) -> APIRouter:
    """The routes that change the store (add, correct, reanalyze, delete), as pages and as
    API; each asks check_write (security.write_refusal) before it writes."""
    router = APIRouter()
    store, render, not_found, check_write = ctx.store, ctx.render, ctx.not_found, \
        ctx.check_write

    def ingest(text: str | None, files: list[UploadFile], url: str | None,
               published: str | None, lang: str | None) -> tuple[Analysis, SaveSummary]:
        raws = []
        if text and text.strip():
            raws.append(read_bytes(text.encode("utf-8"), "pasted text"))
        for upload in files:
            data = upload.file.read(ctx.max_upload_bytes + 1)
            if not upload.filename and not data:
                continue  # the empty file field of a form
            if len(data) > ctx.max_upload_bytes:
                raise InputError(f"{upload.filename}: larger than {ctx.max_upload_bytes} bytes")
            raws.append(read_bytes(data, upload.filename or "upload"))
        if url and url.strip():
            raws.append(read_url(url.strip(), ctx.allow_private_urls))
        if not raws:
            raise InputError("nothing to add: paste text, choose a file or give a URL")
        from readouts.pipeline import analyze_inputs  # the NLP stages load on first use

        analysis = analyze_inputs(raws, published or None, lang or None)
        return analysis, save_with_texts(store, analysis, raws)

    @router.post("/add", response_class=HTMLResponse, include_in_schema=False)
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

    @router.post("/contacts/{event_id}/corrections", include_in_schema=False)
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

    @router.post("/documents/reanalyze", include_in_schema=False)
    def reanalyze_all_page(request: Request, token_field: Annotated[
                           str | None, Form(alias="token")] = None) -> Response:
        check_write(request, token_field)
        done = reanalyze(store)
        return RedirectResponse(f"/documents?reanalyzed={len(done.documents)}"
                                f"&missing={len(done.missing)}", status_code=303)

    @router.post("/documents/{doc_id}/reanalyze", include_in_schema=False)
    def reanalyze_page(request: Request, doc_id: str,
                       token_field: Annotated[str | None, Form(alias="token")] = None
                       ) -> Response:
        check_write(request, token_field)
        if not ctx.has_document(doc_id):
            return not_found(request, f"document with id {doc_id!r}")
        done = reanalyze(store, [doc_id])
        return RedirectResponse(f"/documents?reanalyzed={len(done.documents)}"
                                f"&missing={len(done.missing)}", status_code=303)

    @router.post("/documents/{doc_id}/delete", include_in_schema=False)
    def delete_page(request: Request, doc_id: str,
                    token_field: Annotated[str | None, Form(alias="token")] = None) -> Response:
        check_write(request, token_field)
        if not store.delete_document(doc_id):
            return not_found(request, f"document with id {doc_id!r}")
        return RedirectResponse("/documents", status_code=303)

    @router.post("/api/documents", tags=["documents"], status_code=201)
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

    @router.post("/api/events/{event_id}/corrections", tags=["corrections"], status_code=201)
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

    @router.post("/api/documents/reanalyze", tags=["documents"])
    def api_reanalyze(request: Request, body: ReanalyzeIn) -> Response:
        """Analyse stored documents again (``documents``: ids, or none for all), keeping
        the corrections; ``published`` overrides their publication date. Needs the token
        when the server has one."""
        check_write(request)
        unknown = [d for d in body.documents or [] if not ctx.has_document(d)]
        if unknown:
            return not_found(request, f"document with id {', '.join(unknown)}")
        done = reanalyze(store, body.documents or None, body.published)
        return JSONResponse({"documents": done.documents, "missing": done.missing,
                             "summary": asdict(done.summary) if done.summary else None})

    @router.delete("/api/documents/{doc_id}", tags=["documents"], status_code=204)
    def api_delete(request: Request, doc_id: str) -> Response:
        """Delete a document, its accounts, and contacts no other account reports."""
        check_write(request)
        if not store.delete_document(doc_id):
            return not_found(request, f"document with id {doc_id!r}")
        return Response(status_code=204)

    return router
