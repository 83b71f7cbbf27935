"""Two small indexes, so opening the Journal or Play no longer reads every journal entry.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-01

The Journal's mood filter lists the moods in use (SELECT DISTINCT mood). Without an index SQLite read the whole
table for it, bodies and all: at 50,000 entries about 40 MiB of decrypted pages kept in the page cache, and most
of a second, each time the Journal opened. With this index it reads only the small index.

Play's quiz asks for the shared entries that answer a prompt (visibility = 'shared' AND prompt_id IS NOT NULL).
The (visibility, created_at) index found every shared entry and read each row to check its prompt: the same 40 MiB.
A partial index of the entries that answer a prompt finds only those. Partial, because SQLite may then use it only
for queries that ask for answers: a plain (visibility, prompt_id) index won the plan of Today's date-range query
too, and made it read every shared row (the created_at it filters on is not in that index).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_journal_entries_mood", "journal_entries", ["mood"])
    op.create_index("ix_journal_entries_prompt_answers", "journal_entries", ["visibility"],
                    sqlite_where=sa.text("prompt_id IS NOT NULL"))


def downgrade() -> None:
    op.drop_index("ix_journal_entries_prompt_answers", table_name="journal_entries")
    op.drop_index("ix_journal_entries_mood", table_name="journal_entries")
