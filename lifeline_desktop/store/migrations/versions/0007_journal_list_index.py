"""The Journal list's index: entries by visibility, then date (and id, which every SQLite index ends with).

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-26

The list pages newest first with a (created_at, id) cursor. Shared entries come straight off this index in list
order (the count too, without reading a row), and a partner's own private entries are found without walking every
shared one. The older index on created_at alone stays: the search uses it to ask "could any older entry still be
newer than these matches?" (store/fts.py).
"""

from __future__ import annotations

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_journal_entries_visibility_created_at", "journal_entries", ["visibility", "created_at"])


def downgrade() -> None:
    op.drop_index("ix_journal_entries_visibility_created_at", table_name="journal_entries")
