"""Our story: milestones on the couple's timeline, and memories hidden from "On this day".

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-27

- `milestones`: a kind (first met, moved in, a child, a hard time got through…), the couple's own title and note,
  the day it happened (ISO text, a day and not a moment), who added it, and the yearly plan that brings it back.
- `hidden_memories`: an entry, a note or a plan either partner asked "On this day" not to bring back again.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

_MILESTONE_KINDS = ("first-met", "first-date", "moved-in", "committed", "child", "new-home", "hard-time", "other")
_MEMORY_KINDS = ("entry", "appreciation", "plan")


def _values(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(value) for value in values)})"


def upgrade() -> None:
    op.create_table(
        "milestones",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), server_default="", nullable=False),
        sa.Column("happened_on", sa.String(length=10), nullable=False),
        sa.Column("created_by_slot", sa.String(length=1), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=True),
        sa.CheckConstraint(_values("kind", _MILESTONE_KINDS), name=op.f("ck_milestones_kind_known")),
        sa.CheckConstraint("created_by_slot IN ('a', 'b')",
                           name=op.f("ck_milestones_created_by_slot_is_a_or_b")),
        sa.CheckConstraint("length(happened_on) = 10", name=op.f("ck_milestones_happened_on_is_a_day")),
        sa.ForeignKeyConstraint(["plan_id"], ["plans.id"], name=op.f("fk_milestones_plan_id_plans"),
                                ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_milestones")),
    )
    with op.batch_alter_table("milestones", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_milestones_happened_on"), ["happened_on"], unique=False)

    op.create_table(
        "hidden_memories",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("hidden_by_slot", sa.String(length=1), nullable=False),
        sa.Column("hidden_at", sa.String(length=32), nullable=False),
        sa.CheckConstraint(_values("kind", _MEMORY_KINDS), name=op.f("ck_hidden_memories_kind_known")),
        sa.CheckConstraint("hidden_by_slot IN ('a', 'b')",
                           name=op.f("ck_hidden_memories_hidden_by_slot_is_a_or_b")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_hidden_memories")),
        sa.UniqueConstraint("kind", "item_id", name=op.f("uq_hidden_memories_kind_item_id")),
    )


def downgrade() -> None:
    op.drop_table("hidden_memories")
    with op.batch_alter_table("milestones", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_milestones_happened_on"))
    op.drop_table("milestones")
