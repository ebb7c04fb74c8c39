"""Database tables. The schema is created and evolved by the Alembic scripts in migrations/."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import (
    JSON,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

ROLES = ("applicant", "consultant", "auditor", "admin")
JOB_STATES = ("queued", "running", "done", "failed")
CALLBACK_OUTCOMES = ("reached", "confirmed", "not_confirmed", "wrong_number")


def utcnow() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    pass


class User(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    role: Mapped[str] = mapped_column(String(20))
    password_hash: Mapped[str] = mapped_column(String(255))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class ConsultantClient(Base):
    """A consultant sees the applications of the applicants assigned to them."""

    __tablename__ = "consultant_clients"
    consultant_id: Mapped[int] = mapped_column(ForeignKey("users.id"), primary_key=True)
    applicant_id: Mapped[int] = mapped_column(ForeignKey("users.id"), primary_key=True)


class Session(Base):
    """A login. The cookie carries the signed id; logging out deletes the row."""

    __tablename__ = "sessions"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    csrf: Mapped[str] = mapped_column(String(64))
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    user: Mapped[User] = relationship()


class Application(Base):
    """One applicant's certification application; each upload is a new round (a Job)."""

    __tablename__ = "applications"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    owner_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    owner: Mapped[User] = relationship()
    jobs: Mapped[list[Job]] = relationship(back_populates="application", order_by="Job.round_no")


class Job(Base):
    """One round: the uploaded files (content-addressed) and the audit's state and result."""

    __tablename__ = "jobs"
    __table_args__ = (UniqueConstraint("application_id", "round_no"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id"), index=True)
    round_no: Mapped[int] = mapped_column(Integer)
    uploaded_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    files: Mapped[list[dict[str, object]]] = mapped_column(JSON)  # [{name, sha256, size}]
    status: Mapped[str] = mapped_column(String(10), default="queued", index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    claim: Mapped[str | None] = mapped_column(String(64), nullable=True)
    lease_until: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    started_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    verdict: Mapped[str | None] = mapped_column(String(20), nullable=True)
    counts: Mapped[dict[str, int] | None] = mapped_column(JSON, nullable=True)
    error: Mapped[str | None] = mapped_column(Text, nullable=True)
    application: Mapped[Application] = relationship(back_populates="jobs")


class CallbackOutcome(Base):
    """An auditor's record of phoning one sampled customer; the latest row per record counts."""

    __tablename__ = "callback_outcomes"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    job_id: Mapped[int] = mapped_column(ForeignKey("jobs.id"), index=True)
    record_id: Mapped[str] = mapped_column(String(200))
    outcome: Mapped[str] = mapped_column(String(20))
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    recorded_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    auditor: Mapped[User] = relationship()
