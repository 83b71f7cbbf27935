"""The activity planner: idea flags and own-idea fields, plan place/notes/"phones away", per-occurrence outcomes,
private reflections, and the wish jar.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26

- `activity_ideas`: practices, season, screens (own ideas); favourite and hidden (shared flags, also for built-in
  ideas, which get a row only when flagged or planned).
- `plans`: place, notes, phones_away, from_wish (reminders never show a wish).
- `plan_reflections`: visibility and journal_entry_id; a private reflection keeps no text or rating here (a CHECK
  says so): they live sealed in the author's private journal entry.
- `plan_outcomes`: done or skipped, per occurrence (a repeating plan has many).
- `wishes`: sealed under the author's personal key until drawn and revealed, then plain shared text.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("activity_ideas", schema=None) as batch_op:
        batch_op.add_column(sa.Column("practices", sa.Text(), server_default="", nullable=False))
        batch_op.add_column(sa.Column("season", sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column("screens", sa.Boolean(), server_default="0", nullable=False))
        batch_op.add_column(sa.Column("favourite", sa.Boolean(), server_default="0", nullable=False))
        batch_op.add_column(sa.Column("hidden", sa.Boolean(), server_default="0", nullable=False))

    with op.batch_alter_table("plans", schema=None) as batch_op:
        batch_op.add_column(sa.Column("place", sa.Text(), server_default="", nullable=False))
        batch_op.add_column(sa.Column("notes", sa.Text(), server_default="", nullable=False))
        batch_op.add_column(sa.Column("phones_away", sa.Boolean(), server_default="0", nullable=False))
        batch_op.add_column(sa.Column("from_wish", sa.Boolean(), server_default="0", nullable=False))

    with op.batch_alter_table("plan_reflections", schema=None, recreate="always") as batch_op:
        batch_op.add_column(sa.Column("visibility", sa.String(length=32), server_default="shared", nullable=False))
        batch_op.add_column(sa.Column("journal_entry_id", sa.Integer(), nullable=True))
        batch_op.create_check_constraint("visibility_known", "visibility IN ('shared', 'private')")
        batch_op.create_check_constraint("private_keeps_no_text",
                                         "visibility = 'shared' OR (note = '' AND enjoyment IS NULL)")

    op.create_table(
        "plan_outcomes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("occurrence_starts_at", sa.String(length=32), nullable=False),
        sa.Column("outcome", sa.String(length=32), nullable=False),
        sa.Column("marked_by_slot", sa.String(length=1), nullable=False),
        sa.Column("marked_at", sa.String(length=32), nullable=False),
        sa.CheckConstraint("outcome IN ('done', 'skipped')", name=op.f("ck_plan_outcomes_outcome_known")),
        sa.CheckConstraint("marked_by_slot IN ('a', 'b')", name=op.f("ck_plan_outcomes_marked_by_slot_is_a_or_b")),
        sa.ForeignKeyConstraint(["plan_id"], ["plans.id"], name=op.f("fk_plan_outcomes_plan_id_plans"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_outcomes")),
        sa.UniqueConstraint("plan_id", "occurrence_starts_at",
                            name=op.f("uq_plan_outcomes_plan_id_occurrence_starts_at")),
    )
    with op.batch_alter_table("plan_outcomes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_plan_outcomes_plan_id"), ["plan_id"], unique=False)

    op.create_table(
        "wishes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("author_slot", sa.String(length=1), nullable=False),
        sa.Column("sealed_text", sa.LargeBinary(), nullable=True),
        sa.Column("text", sa.Text(), nullable=True),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("drawn_at", sa.String(length=32), nullable=True),
        sa.Column("drawn_by_slot", sa.String(length=1), nullable=True),
        sa.Column("revealed_at", sa.String(length=32), nullable=True),
        sa.Column("plan_id", sa.Integer(), nullable=True),
        sa.CheckConstraint("author_slot IN ('a', 'b')", name=op.f("ck_wishes_author_slot_is_a_or_b")),
        sa.CheckConstraint("drawn_by_slot IS NULL OR drawn_by_slot IN ('a', 'b')",
                           name=op.f("ck_wishes_drawn_by_slot_is_a_or_b")),
        sa.CheckConstraint(
            "(revealed_at IS NULL AND text IS NULL AND sealed_text IS NOT NULL)"
            " OR (revealed_at IS NOT NULL AND text IS NOT NULL AND sealed_text IS NULL)",
            name=op.f("ck_wishes_sealed_until_revealed")),
        sa.CheckConstraint("revealed_at IS NULL OR drawn_at IS NOT NULL", name=op.f("ck_wishes_revealed_after_draw")),
        sa.ForeignKeyConstraint(["plan_id"], ["plans.id"], name=op.f("fk_wishes_plan_id_plans"), ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_wishes")),
    )


def downgrade() -> None:
    op.drop_table("wishes")
    with op.batch_alter_table("plan_outcomes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_plan_outcomes_plan_id"))
    op.drop_table("plan_outcomes")
    with op.batch_alter_table("plan_reflections", schema=None, recreate="always") as batch_op:
        batch_op.drop_constraint("private_keeps_no_text", type_="check")
        batch_op.drop_constraint("visibility_known", type_="check")
        batch_op.drop_column("journal_entry_id")
        batch_op.drop_column("visibility")
    with op.batch_alter_table("plans", schema=None) as batch_op:
        for column in ("from_wish", "phones_away", "notes", "place"):
            batch_op.drop_column(column)
    with op.batch_alter_table("activity_ideas", schema=None) as batch_op:
        for column in ("hidden", "favourite", "screens", "season", "practices"):
            batch_op.drop_column(column)
