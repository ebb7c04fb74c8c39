"""Log in and out. Failed attempts are limited per name and per client address."""

from __future__ import annotations

import secrets

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from preaudit.portal.auth import (
    LOGIN_COOKIE,
    SESSION_COOKIE,
    SESSION_HOURS,
    authenticate,
    same_token,
    start_session,
)
from preaudit.portal.web import Ctx, Portal, page, render

HOME = {
    "applicant": "/applications",
    "consultant": "/applications",
    "auditor": "/queue",
    "admin": "/admin/users",
}


async def login_form(request: Request) -> Response:
    portal: Portal = request.app.state.portal
    user, csrf = await run_in_threadpool(portal.current, request)  # shown as logged in, if so
    return _form(portal, request, "", user=user, csrf=csrf or "")


def _form(
    portal: Portal, request: Request, error: str, status: int = 200, **context: object
) -> Response:
    token = secrets.token_urlsafe(32)  # double submit: the form's copy must match the cookie
    response = render(portal, "login.html.j2", status, login_token=token, error=error, **context)
    _cookie(portal, response, LOGIN_COOKIE, portal.signer.sign(token), max_age=3600)
    return response


async def login(request: Request) -> Response:
    portal: Portal = request.app.state.portal
    form = await request.form(max_files=0, max_fields=10, max_part_size=4096)
    name, password = str(form.get("name") or "")[:80], str(form.get("password") or "")[:1024]
    expected = portal.signer.unsign(request.cookies.get(LOGIN_COOKIE))
    if not same_token(expected, str(form.get("login_token") or "")):
        return _form(portal, request, "The form expired; please try again.", 403)
    keys = (f"name:{name.casefold()}", f"ip:{request.client.host if request.client else '?'}")
    if portal.limiter.blocked(*keys):
        return _form(portal, request, "Too many failed logins; wait a few minutes.", 429)
    session = await run_in_threadpool(_check, portal, name, password)
    if session is None:
        portal.limiter.failed(*keys)
        return _form(portal, request, "Wrong name or password.", 401)
    session_id, role = session
    response = RedirectResponse(HOME[role], status_code=303)
    _cookie(
        portal,
        response,
        SESSION_COOKIE,
        portal.signer.sign(session_id),
        max_age=SESSION_HOURS * 3600,
    )
    response.delete_cookie(LOGIN_COOKIE)
    return response


def _check(portal: Portal, name: str, password: str) -> tuple[str, str] | None:
    with portal.db() as db, db.begin():
        user = authenticate(db, name, password)
        if user is None:
            return None
        return start_session(db, user).id, user.role


def _cookie(portal: Portal, response: Response, name: str, value: str, max_age: int) -> None:
    response.set_cookie(
        name,
        value,
        max_age=max_age,
        httponly=True,
        samesite="lax",
        secure=portal.settings.secure_cookies,
        path="/",
    )


@page(posts=True)
def logout(ctx: Ctx) -> Response:
    from preaudit.portal.auth import load_session

    session_id = ctx.portal.signer.unsign(ctx.request.cookies.get(SESSION_COOKIE))
    with ctx.portal.db() as db, db.begin():
        row = load_session(db, session_id)
        if row is not None:
            db.delete(row)
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(SESSION_COOKIE)
    return response


@page()
def home(ctx: Ctx) -> Response:
    return RedirectResponse(HOME[ctx.user.role], status_code=303)
