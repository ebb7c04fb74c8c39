"""The ASGI application: routes, and the state every page shares."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route

from preaudit.portal import admin, callbacks, login, pages, upload
from preaudit.portal.auth import LoginLimiter, Signer
from preaudit.portal.db import make_engine, session_factory
from preaudit.portal.web import Portal, SecurityHeaders, Settings, make_environment

ROUTES = [
    Route("/", login.home),
    Route("/login", login.login_form, methods=["GET"]),
    Route("/login", login.login, methods=["POST"]),
    Route("/logout", login.logout, methods=["POST"]),
    Route("/applications", pages.applications, methods=["GET"]),
    Route("/applications", pages.create_application, methods=["POST"]),
    Route("/applications/{application_id:int}", pages.application),
    Route("/applications/{application_id:int}/rounds", upload.upload, methods=["POST"]),
    Route("/rounds/{job_id:int}", pages.round_page),
    Route("/rounds/{job_id:int}/report.html", pages.report_html),
    Route("/rounds/{job_id:int}/files/{index:int}", pages.uploaded_file),
    Route("/rounds/{job_id:int}/callbacks", callbacks.worklist, methods=["GET"]),
    Route("/rounds/{job_id:int}/callbacks", callbacks.record, methods=["POST"]),
    Route("/rounds/{job_id:int}/callbacks.xlsx", callbacks.export),
    Route("/rounds/{job_id:int}/{name:str}", pages.report_file),  # after the named ones
    Route("/queue", pages.queue),
    Route("/admin/users", admin.users_page, methods=["GET"]),
    Route("/admin/users", admin.create_user, methods=["POST"]),
    Route("/admin/assign", admin.assign_client, methods=["POST"]),
    Route("/healthz", lambda _request: PlainTextResponse("ok")),
]


def create_app(settings: Settings, on_shutdown: Callable[[], None] | None = None) -> Starlette:
    settings.data.prepare()
    engine = make_engine(settings.db_url)

    @asynccontextmanager
    async def lifespan(_app: Starlette) -> AsyncIterator[None]:
        yield
        if on_shutdown:  # uvicorn re-raises SIGTERM after this, so a `finally` would not run
            on_shutdown()
        engine.dispose()

    app = Starlette(routes=ROUTES, middleware=[Middleware(SecurityHeaders)], lifespan=lifespan)
    app.state.portal = Portal(
        settings=settings,
        factory=session_factory(engine),
        signer=Signer(settings.data.secret()),
        limiter=LoginLimiter(
            settings.login_attempts, 4 * settings.login_attempts, settings.login_window_seconds
        ),
        env=make_environment(),
    )
    app.state.engine = engine
    app.add_exception_handler(404, _not_found)
    return app


async def _not_found(request: Request, exc: Exception) -> Response:
    return PlainTextResponse("Not found", status_code=404)
