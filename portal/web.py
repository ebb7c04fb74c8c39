"""Plumbing every page shares: the portal's state, who is asking, CSRF, rendering, headers."""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from sqlalchemy.orm import Session as DbSession
from sqlalchemy.orm import sessionmaker
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response

from preaudit.pipeline.discover import ArchiveLimits
from preaudit.portal.auth import SESSION_COOKIE, LoginLimiter, Signer, load_session, same_token
from preaudit.portal.models import User
from preaudit.portal.storage import DataDir

TEMPLATES = Path(__file__).parent / "templates"
# Portal pages run no script at all; forms post only to the portal.
PAGE_CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; "
    "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)
SECURITY_HEADERS = {
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
    "cache-control": "no-store",
}


@dataclass
class Settings:
    data: DataDir
    db_url: str
    max_upload_bytes: int = 500 * 1024 * 1024
    archive_limits: ArchiveLimits = field(default_factory=ArchiveLimits)
    lang: str = "zh"
    secure_cookies: bool = False  # set when served over https (behind a proxy)
    login_attempts: int = 5  # per name; per client address four times that
    login_window_seconds: float = 300.0


@dataclass
class Portal:
    settings: Settings
    factory: sessionmaker[DbSession]
    signer: Signer
    limiter: LoginLimiter
    env: Environment

    def db(self) -> DbSession:
        return self.factory()

    def current(self, request: Request) -> tuple[User | None, str | None]:
        session_id = self.signer.unsign(request.cookies.get(SESSION_COOKIE))
        with self.factory() as db:
            row = load_session(db, session_id)
            if row is None:
                return None, None
            return row.user, row.csrf


def make_environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    return env


@dataclass
class Ctx:
    """One request as a handler sees it: who, their CSRF token, the posted form."""

    request: Request
    portal: Portal
    user: User
    csrf: str
    form: dict[str, str] = field(default_factory=dict)

    def render(self, template: str, status: int = 200, **context: Any) -> HTMLResponse:
        return render(self.portal, template, status, user=self.user, csrf=self.csrf, **context)

    def param(self, name: str) -> int:
        return int(self.request.path_params[name])


def render(portal: Portal, template: str, status: int = 200, **context: Any) -> HTMLResponse:
    context.setdefault("user", None)
    context.setdefault("csrf", "")
    html = portal.env.get_template(template).render(**context)
    return HTMLResponse(html, status_code=status, headers={"content-security-policy": PAGE_CSP})


def refuse(ctx: Ctx | Portal, status: int, message: str) -> HTMLResponse:
    if isinstance(ctx, Ctx):
        return ctx.render("error.html.j2", status=status, message=message)
    return render(ctx, "error.html.j2", status=status, message=message)


Handler = Callable[[Ctx], Response]


def page(*roles: str, posts: bool = False) -> Callable[[Handler], Callable[..., Any]]:
    """A route for logged-in users of ``roles``; POSTs must carry the session's CSRF token.

    The handler runs in a thread (database calls are synchronous); the role list is kept on
    the endpoint so the authorisation-matrix test can read it.
    """

    def wrap(handler: Handler) -> Callable[..., Any]:
        @functools.wraps(handler)
        async def endpoint(request: Request) -> Response:
            portal: Portal = request.app.state.portal
            user, csrf = await run_in_threadpool(portal.current, request)
            if user is None or csrf is None:
                return RedirectResponse("/login", status_code=303)
            if roles and user.role not in roles:
                return refuse(Ctx(request, portal, user, csrf), 403, "Not for your role.")
            form: dict[str, str] = {}
            if request.method == "POST":
                posted = await request.form(max_files=0, max_fields=50, max_part_size=64 * 1024)
                form = {k: v for k, v in posted.items() if isinstance(v, str)}
                if not same_token(csrf, form.get("csrf")):
                    return refuse(Ctx(request, portal, user, csrf), 403, "Form expired: reload.")
            return await run_in_threadpool(handler, Ctx(request, portal, user, csrf, form))

        endpoint.roles = roles  # type: ignore[attr-defined]
        return endpoint

    return wrap


class SecurityHeaders:
    """ASGI middleware: the same protective headers on every response."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                present = {k.lower() for k, _ in message.get("headers", [])}
                extra = [
                    (k.encode(), v.encode())
                    for k, v in SECURITY_HEADERS.items()
                    if k.encode() not in present
                ]
                message["headers"] = [*message.get("headers", []), *extra]
            await send(message)

        await self.app(scope, receive, send_with_headers)
