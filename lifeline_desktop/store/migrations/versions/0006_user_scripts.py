"""Our own conversation scripts: written, duplicated or imported by the couple, kept inside the encrypted vault.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-26

- `user_scripts`: one row per script (`script_id` unique), the script file's TOML text, its version (raised on
  each edit), when it was created and last changed, and which partner created it.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "user_scripts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("script_id", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("toml", sa.Text(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("created_by", sa.String(length=1), nullable=False),
        sa.CheckConstraint("created_by IN ('a', 'b')", name=op.f("ck_user_scripts_created_by_is_a_or_b")),
        sa.CheckConstraint("version >= 1", name=op.f("ck_user_scripts_version_positive")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_user_scripts")),
        sa.UniqueConstraint("script_id", name=op.f("uq_user_scripts_script_id")),
    )


def downgrade() -> None:
    op.drop_table("user_scripts")
