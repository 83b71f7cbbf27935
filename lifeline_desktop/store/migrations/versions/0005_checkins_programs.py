"""Check-ins sealed until both answer, scores 1–10; programs at their own pace, paused and finished.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-26

- `check_ins`: the five score checks go from 1–5 to 1–10 and the scores may be empty; `round_key` (the first day
  of the round, ISO date; one answer per partner per round); `sealed` (scores and note under the vault's reveal
  key until both partners answered; the plain columns stay empty meanwhile, a CHECK says so); `revealed_at`.
- `program_enrolments`: `own_pace`, `paused_at`, `paused_days` (the calendar pace skips paused days) and
  `journal_entry_id` (the closing reflection written to the journal).

Foreign keys are off during migrations, so rebuilding `check_ins` never touches agenda topics.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

SCORES = ("closeness", "communication", "trust", "affection", "fun")


def _check_ins() -> sa.Table:
    return sa.Table(
        "check_ins", sa.MetaData(),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("partner_slot", sa.String(length=1), nullable=False),
        sa.Column("checked_in_at", sa.String(length=32), nullable=False),
        *(sa.Column(name, sa.Integer(), nullable=False) for name in SCORES),
        sa.Column("note", sa.Text(), nullable=False),
        sa.CheckConstraint("partner_slot IN ('a', 'b')", name="ck_check_ins_partner_slot_is_a_or_b"),
        *(sa.CheckConstraint(f"{name} IS NULL OR {name} BETWEEN 1 AND 5", name=f"ck_check_ins_{name}_range")
          for name in SCORES),
        sa.PrimaryKeyConstraint("id", name="pk_check_ins"),
        sa.Index("ix_check_ins_checked_in_at", "checked_in_at"),
    )


def upgrade() -> None:
    with op.batch_alter_table("check_ins", copy_from=_check_ins(), recreate="always") as batch_op:
        for name in SCORES:
            batch_op.drop_constraint(f"{name}_range", type_="check")
            batch_op.alter_column(name, existing_type=sa.Integer(), nullable=True)
            batch_op.create_check_constraint(f"{name}_range", f"{name} IS NULL OR {name} BETWEEN 1 AND 10")
        batch_op.add_column(sa.Column("round_key", sa.String(length=10), nullable=True))
        batch_op.add_column(sa.Column("sealed", sa.LargeBinary(), nullable=True))
        batch_op.add_column(sa.Column("revealed_at", sa.String(length=32), nullable=True))
        batch_op.create_check_constraint("sealed_keeps_no_text", "sealed IS NULL OR (closeness IS NULL AND note = '')")
        batch_op.create_unique_constraint("uq_check_ins_round_key_partner_slot", ["round_key", "partner_slot"])
    with op.batch_alter_table("program_enrolments") as batch_op:
        batch_op.add_column(sa.Column("own_pace", sa.Boolean(), server_default="0", nullable=False))
        batch_op.add_column(sa.Column("paused_at", sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column("paused_days", sa.Integer(), server_default="0", nullable=False))
        batch_op.add_column(sa.Column("journal_entry_id", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("program_enrolments") as batch_op:
        for name in ("journal_entry_id", "paused_days", "paused_at", "own_pace"):
            batch_op.drop_column(name)
    with op.batch_alter_table("check_ins") as batch_op:
        batch_op.drop_constraint("uq_check_ins_round_key_partner_slot", type_="unique")
        batch_op.drop_constraint("sealed_keeps_no_text", type_="check")
        for name in ("revealed_at", "sealed", "round_key"):
            batch_op.drop_column(name)
