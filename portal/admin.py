"""Users and consultant assignments: the admin's pages and the ``preaudit users`` command."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from starlette.responses import RedirectResponse, Response

from preaudit.portal.auth import hash_password
from preaudit.portal.models import ROLES, ConsultantClient, User
from preaudit.portal.web import Ctx, page, refuse

MIN_PASSWORD = 10


class UserError(ValueError):
    pass


def add_user(db: Session, name: str, role: str, password: str) -> User:
    name = name.strip()
    if not name or len(name) > 80 or any(c.isspace() for c in name):
        raise UserError("a user name is 1-80 characters without spaces")
    if role not in ROLES:
        raise UserError(f"role must be one of {', '.join(ROLES)}")
    if len(password) < MIN_PASSWORD:
        raise UserError(f"a password has at least {MIN_PASSWORD} characters")
    if db.scalar(select(User).where(User.name == name)) is not None:
        raise UserError(f"user {name!r} exists")
    user = User(name=name, role=role, password_hash=hash_password(password))
    db.add(user)
    db.flush()
    return user


def assign(db: Session, consultant: str, applicant: str) -> None:
    users = {
        u.name: u for u in db.scalars(select(User).where(User.name.in_([consultant, applicant])))
    }
    if users.get(consultant) is None or users[consultant].role != "consultant":
        raise UserError(f"{consultant!r} is not a consultant")
    if users.get(applicant) is None or users[applicant].role != "applicant":
        raise UserError(f"{applicant!r} is not an applicant")
    pair = (users[consultant].id, users[applicant].id)
    if db.get(ConsultantClient, pair) is None:
        db.add(ConsultantClient(consultant_id=pair[0], applicant_id=pair[1]))


@page("admin")
def users_page(ctx: Ctx) -> Response:
    with ctx.portal.db() as db:
        users = [(u.name, u.role) for u in db.scalars(select(User).order_by(User.name))]
        pairs = db.execute(
            select(ConsultantClient.consultant_id, ConsultantClient.applicant_id)
        ).all()
        names = {u.id: u.name for u in db.scalars(select(User))}
    assigned = [(names[c], names[a]) for c, a in pairs]
    return ctx.render("users.html.j2", users=users, assigned=assigned, roles=ROLES)


@page("admin", posts=True)
def create_user(ctx: Ctx) -> Response:
    try:
        with ctx.portal.db() as db, db.begin():
            add_user(
                db, ctx.form.get("name", ""), ctx.form.get("role", ""), ctx.form.get("password", "")
            )
    except (UserError, IntegrityError) as exc:
        return refuse(ctx, 400, str(exc).splitlines()[0])
    return RedirectResponse("/admin/users", status_code=303)


@page("admin", posts=True)
def assign_client(ctx: Ctx) -> Response:
    try:
        with ctx.portal.db() as db, db.begin():
            assign(db, ctx.form.get("consultant", ""), ctx.form.get("applicant", ""))
    except UserError as exc:
        return refuse(ctx, 400, str(exc))
    return RedirectResponse("/admin/users", status_code=303)
