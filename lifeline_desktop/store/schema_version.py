"""Is the database's schema current? Answered without importing Alembic (about 10 MB and 40 ms at every unlock).

Revision files are named `NNNN_<what>.py` with revision id `NNNN`, one after another, so the packaged head is the
highest number; a test checks that Alembic's own graph agrees.
"""

from __future__ import annotations

import re
from pathlib import Path

from sqlalchemy import Engine, text

VERSIONS_DIR = Path(__file__).with_name("migrations") / "versions"
_REVISION_FILE = re.compile(r"^(\d{4})_\w+\.py$")


def packaged_head() -> str:
    numbers = [match.group(1) for path in VERSIONS_DIR.iterdir() if (match := _REVISION_FILE.match(path.name))]
    return max(numbers)


def database_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        has_table = connection.execute(
            text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'")).first()
        if not has_table:
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def needs_migration(engine: Engine) -> bool:
    return database_revision(engine) != packaged_head()
