"""Passwords (argon2id), signed session cookies, CSRF tokens and the login rate limit."""

from __future__ import annotations

import hmac
import secrets
import threading
import time
from collections import defaultdict, deque
from datetime import timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from itsdangerous import BadSignature, URLSafeSerializer
from sqlalchemy import delete, select
from sqlalchemy.orm import Session as DbSession

from preaudit.portal.models import Session, User, utcnow

SESSION_COOKIE = "preaudit_session"
LOGIN_COOKIE = "preaudit_login"  # pre-login CSRF (double submit)
SESSION_HOURS = 12
_hasher = PasswordHasher()  # argon2id, the library's memory-hard defaults (64 MiB, t=3)
# A fixed hash to verify against when the name is unknown, so timing does not tell names apart.
_DUMMY_HASH = _hasher.hash("no such user")


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(stored: str | None, password: str) -> bool:
    try:
        return _hasher.verify(stored or _DUMMY_HASH, password) and stored is not None
    except (VerificationError, InvalidHashError):
        return False


def authenticate(db: DbSession, name: str, password: str) -> User | None:
    user = db.scalar(select(User).where(User.name == name))
    return user if verify_password(user.password_hash if user else None, password) else None


class Signer:
    """Signs cookie values with the server's secret key (itsdangerous)."""

    def __init__(self, secret: bytes) -> None:
        self._serializer = URLSafeSerializer(secret, salt="preaudit-portal")

    def sign(self, value: str) -> str:
        return self._serializer.dumps(value)

    def unsign(self, token: str | None) -> str | None:
        if not token:
            return None
        try:
            value = self._serializer.loads(token)
        except BadSignature:
            return None
        return value if isinstance(value, str) else None


def start_session(db: DbSession, user: User) -> Session:
    row = Session(
        id=secrets.token_urlsafe(32),
        user_id=user.id,
        csrf=secrets.token_urlsafe(32),
        expires_at=utcnow() + timedelta(hours=SESSION_HOURS),
    )
    db.add(row)
    db.execute(delete(Session).where(Session.expires_at < utcnow()))  # housekeeping
    return row


def load_session(db: DbSession, session_id: str | None) -> Session | None:
    if not session_id:
        return None
    row = db.get(Session, session_id)
    if row is None or _aware(row.expires_at) < utcnow():
        return None
    return row


def _aware(moment):  # type: ignore[no-untyped-def]
    # SQLite gives naive datetimes back even for timezone=True columns; they were written UTC.
    from datetime import UTC

    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def same_token(expected: str | None, given: str | None) -> bool:
    return bool(expected and given) and hmac.compare_digest(str(expected), str(given))


class LoginLimiter:
    """Failed logins per name and per client address within ``window`` seconds.

    A name is locked after ``per_name`` failures (guessing one password); an address after
    ``per_address`` (trying many names). The address limit is higher because an office or
    a certification body shares one address. In memory: the web server is one process (the
    job workers are separate); a restart forgetting the counts is acceptable for a limit
    meant to stop guessing at speed.
    """

    def __init__(self, per_name: int = 5, per_address: int = 20, window: float = 300.0) -> None:
        self.limits = {"name": per_name, "ip": per_address}
        self.window = window
        self._failures: dict[str, deque[float]] = defaultdict(deque)
        self._lock = threading.Lock()

    def blocked(self, *keys: str) -> bool:
        now = time.monotonic()
        with self._lock:
            return any(len(self._recent(k, now)) >= self.limits[k.split(":")[0]] for k in keys)

    def failed(self, *keys: str) -> None:
        now = time.monotonic()
        with self._lock:
            for key in keys:
                self._recent(key, now).append(now)

    def _recent(self, key: str, now: float) -> deque[float]:
        times = self._failures[key]
        while times and times[0] < now - self.window:
            times.popleft()
        return times
