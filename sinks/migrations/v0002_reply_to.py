"""Version 2: ``messages.reply_to``, so the correlator keeps the people it knew through
Reply-To when it reloads a user's applications from the store (a restart, a rebalance)."""

from __future__ import annotations

import sqlalchemy as sa


def upgrade(conn: sa.Connection) -> None:
    conn.execute(sa.text("ALTER TABLE messages ADD COLUMN IF NOT EXISTS reply_to TEXT"))
