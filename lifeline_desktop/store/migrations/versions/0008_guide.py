"""The guide: the "Where are we" check-up, private check-up answers and follow-ups after a hard talk.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-27

- `checkups`: one per check-up (taken again every few weeks), with `revealed_at` once both partners finished.
- `checkup_turns`: one partner's answers, `sealed` under the reveal key until both finished, then `answers` (JSON).
- `private_answers`: the safety answer, under its owner's personal key, one fixed-size row per finished turn.
- `follow_ups`: "How are you after yesterday's talk?", 1–10, sealed until both answered.
The accepted path, the retake rhythm and each partner's suggestion setting live in `vault_meta`.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

_MOMENT = sa.String(length=32)


def upgrade() -> None:
    op.create_table(
        "checkups",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("started_at", _MOMENT, nullable=False),
        sa.Column("revealed_at", _MOMENT, nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checkups")),
    )
    op.create_table(
        "checkup_turns",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("checkup_id", sa.Integer(), nullable=False),
        sa.Column("partner_slot", sa.String(length=1), nullable=False),
        sa.Column("updated_at", _MOMENT, nullable=False),
        sa.Column("finished_at", _MOMENT, nullable=True),
        sa.Column("sealed", sa.LargeBinary(), nullable=True),
        sa.Column("answers", sa.Text(), nullable=True),
        sa.CheckConstraint("partner_slot IN ('a', 'b')", name=op.f("ck_checkup_turns_partner_slot_is_a_or_b")),
        sa.CheckConstraint("(sealed IS NULL) <> (answers IS NULL)", name=op.f("ck_checkup_turns_sealed_or_revealed")),
        sa.ForeignKeyConstraint(["checkup_id"], ["checkups.id"], name=op.f("fk_checkup_turns_checkup_id_checkups"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checkup_turns")),
        sa.UniqueConstraint("checkup_id", "partner_slot", name=op.f("uq_checkup_turns_checkup_id_partner_slot")),
    )
    op.create_table(
        "private_answers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("checkup_id", sa.Integer(), nullable=False),
        sa.Column("owner_slot", sa.String(length=1), nullable=False),
        sa.Column("sealed_body", sa.LargeBinary(), nullable=False),
        sa.Column("updated_at", _MOMENT, nullable=False),
        sa.CheckConstraint("owner_slot IN ('a', 'b')", name=op.f("ck_private_answers_owner_slot_is_a_or_b")),
        sa.ForeignKeyConstraint(["checkup_id"], ["checkups.id"],
                                name=op.f("fk_private_answers_checkup_id_checkups"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_private_answers")),
        sa.UniqueConstraint("checkup_id", "owner_slot", name=op.f("uq_private_answers_checkup_id_owner_slot")),
    )
    op.create_table(
        "follow_ups",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("conversation_id", sa.Integer(), nullable=False),
        sa.Column("partner_slot", sa.String(length=1), nullable=False),
        sa.Column("answered_at", _MOMENT, nullable=False),
        sa.Column("sealed", sa.LargeBinary(), nullable=True),
        sa.Column("rating", sa.Integer(), nullable=True),
        sa.Column("revealed_at", _MOMENT, nullable=True),
        sa.CheckConstraint("partner_slot IN ('a', 'b')", name=op.f("ck_follow_ups_partner_slot_is_a_or_b")),
        sa.CheckConstraint("rating IS NULL OR rating BETWEEN 1 AND 10", name=op.f("ck_follow_ups_rating_range")),
        sa.CheckConstraint("sealed IS NULL OR rating IS NULL", name=op.f("ck_follow_ups_sealed_keeps_no_rating")),
        sa.ForeignKeyConstraint(["conversation_id"], ["conversation_sessions.id"],
                                name=op.f("fk_follow_ups_conversation_id_conversation_sessions"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_follow_ups")),
        sa.UniqueConstraint("conversation_id", "partner_slot",
                            name=op.f("uq_follow_ups_conversation_id_partner_slot")),
    )


def downgrade() -> None:
    for table in ("follow_ups", "private_answers", "checkup_turns", "checkups"):
        op.drop_table(table)
