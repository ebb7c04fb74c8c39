"""Alembic environment: the URL comes from portal.db.upgrade (no alembic.ini needed)."""

from __future__ import annotations

from alembic import context

from preaudit.portal.db import make_engine
from preaudit.portal.models import Base

url = context.config.attributes["url"]
engine = make_engine(url)
with engine.connect() as connection:
    context.configure(connection=connection, target_metadata=Base.metadata)
    with context.begin_transaction():
        context.run_migrations()
engine.dispose()
