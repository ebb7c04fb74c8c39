"""Who may see what. Every page asks here; nothing else decides visibility.

applicant  — only applications they own;
consultant — the applications of the applicants assigned to them;
auditor    — every application, read-only (they add callback outcomes, never files);
admin      — users and assignments only, no applicant data.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import false, select, true
from sqlalchemy.orm import Session

from preaudit.portal.models import Application, ConsultantClient, Job, User

UPLOADERS = ("applicant", "consultant")
READERS = ("applicant", "consultant", "auditor")


def visible(user: User) -> Any:
    """A condition on Application: the rows ``user`` may see."""
    if user.role == "applicant":
        return Application.owner_id == user.id
    if user.role == "consultant":
        clients = select(ConsultantClient.applicant_id).where(
            ConsultantClient.consultant_id == user.id
        )
        return Application.owner_id.in_(clients)
    if user.role == "auditor":
        return true()
    return false()


def application_for(db: Session, user: User, application_id: int) -> Application | None:
    return db.scalar(select(Application).where(Application.id == application_id, visible(user)))


def job_for(db: Session, user: User, job_id: int) -> Job | None:
    return db.scalar(select(Job).join(Application).where(Job.id == job_id, visible(user)))


def clients_of(db: Session, user: User) -> list[User]:
    """The applicants an uploader may create an application for."""
    if user.role == "applicant":
        return [user]
    if user.role != "consultant":
        return []
    return list(
        db.scalars(
            select(User)
            .join(ConsultantClient, ConsultantClient.applicant_id == User.id)
            .where(ConsultantClient.consultant_id == user.id)
            .order_by(User.name)
        )
    )
