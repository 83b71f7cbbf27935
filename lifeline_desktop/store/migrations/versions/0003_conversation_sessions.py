"""Guided conversations: ratings from 1 to 10, who spoke first, a break's end, sealed private step notes.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26

- `conversation_sessions`: the four rating checks go from 1–5 to 1–10 (the runner asks "how connected do you
  feel, from 1 to 10"); `first_speaker` (who had the floor first, so rounds swap the same way after a resume);
  `break_until` (a break in progress survives a lock or a crash); `journal_entry_id` (the summary sent to the
  journal, so it is not sent twice).
- `conversation_step_notes`: `sealed_note` holds a private note sealed under its author's personal key; such a
  row keeps `note` empty and names its author (a CHECK says so, as for private journal entries).

Constraint names in batch operations are short: the models' naming convention adds the "ck_<table>_" prefix.
The tables are rebuilt in batch mode (foreign keys are off during migrations, so no note is cascade-deleted).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

RATINGS = ("rating_before_a", "rating_before_b", "rating_after_a", "rating_after_b")


def _sessions(high: int) -> sa.Table:
    return sa.Table(
        "conversation_sessions", sa.MetaData(),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("script_id", sa.String(length=64), nullable=False),
        sa.Column("script_version", sa.Integer(), nullable=False),
        sa.Column("started_at", sa.String(length=32), nullable=False),
        sa.Column("finished_at", sa.String(length=32), nullable=True),
        sa.Column("current_step", sa.Integer(), nullable=False),
        *(sa.Column(name, sa.Integer(), nullable=True) for name in RATINGS),
        sa.CheckConstraint("current_step >= 0", name="ck_conversation_sessions_current_step_not_negative"),
        *(sa.CheckConstraint(f"{name} IS NULL OR {name} BETWEEN 1 AND {high}",
                             name=f"ck_conversation_sessions_{name}_range") for name in RATINGS),
        sa.PrimaryKeyConstraint("id", name="pk_conversation_sessions"),
        sa.Index("ix_conversation_sessions_started_at", "started_at"),
    )


def _notes() -> sa.Table:
    return sa.Table(
        "conversation_step_notes", sa.MetaData(),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("step_index", sa.Integer(), nullable=False),
        sa.Column("author_slot", sa.String(length=1), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.CheckConstraint("author_slot IS NULL OR author_slot IN ('a', 'b')",
                           name="ck_conversation_step_notes_author_slot_is_a_or_b"),
        sa.ForeignKeyConstraint(["session_id"], ["conversation_sessions.id"],
                                name="fk_conversation_step_notes_session_id_conversation_sessions",
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name="pk_conversation_step_notes"),
        sa.UniqueConstraint("session_id", "step_index", "author_slot",
                            name="uq_conversation_step_notes_session_id_step_index_author_slot"),
    )


def upgrade() -> None:
    with op.batch_alter_table("conversation_sessions", copy_from=_sessions(5), recreate="always") as batch_op:
        for name in RATINGS:
            batch_op.drop_constraint(f"{name}_range", type_="check")
            batch_op.create_check_constraint(f"{name}_range", f"{name} IS NULL OR {name} BETWEEN 1 AND 10")
        batch_op.add_column(sa.Column("first_speaker", sa.String(length=1), nullable=True))
        batch_op.add_column(sa.Column("break_until", sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column("journal_entry_id", sa.Integer(), nullable=True))
        batch_op.create_check_constraint("first_speaker_is_a_or_b",
                                         "first_speaker IS NULL OR first_speaker IN ('a', 'b')")
    with op.batch_alter_table("conversation_step_notes", copy_from=_notes(), recreate="always") as batch_op:
        batch_op.add_column(sa.Column("sealed_note", sa.LargeBinary(), nullable=True))
        batch_op.create_check_constraint("private_note_is_sealed",
                                         "sealed_note IS NULL OR (note = '' AND author_slot IS NOT NULL)")


def downgrade() -> None:
    with op.batch_alter_table("conversation_step_notes") as batch_op:
        batch_op.drop_constraint("private_note_is_sealed", type_="check")
        batch_op.drop_column("sealed_note")
    with op.batch_alter_table("conversation_sessions") as batch_op:
        batch_op.drop_column("journal_entry_id")
        batch_op.drop_column("break_until")
        batch_op.drop_column("first_speaker")
