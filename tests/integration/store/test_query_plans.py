"""The Journal's and Play's lookups read small indexes, never every journal entry (bodies and all).

At 50,000 entries a query that walks the table keeps about 40 MiB of decrypted pages in the page cache for the rest
of the session (benchmarks/bench_gui_latency.py), so the plans matter, not just the answers.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import Engine, Select, and_, or_, select

from lifeline_desktop.domain.vocabulary import Visibility
from lifeline_desktop.store.models import JournalEntryRow


def _plan(engine: Engine, statement: Select[tuple[object, ...]]) -> str:
    compiled = statement.compile(engine, compile_kwargs={"literal_binds": True})
    with engine.connect() as connection:
        rows = connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {compiled}").all()
    return " | ".join(str(row[-1]) for row in rows)


def test_the_moods_in_use_come_from_their_index(engine: Engine) -> None:
    moods = select(JournalEntryRow.mood).distinct().order_by(JournalEntryRow.mood)
    assert "COVERING INDEX ix_journal_entries_mood" in _plan(engine, moods)


def test_entries_answering_a_prompt_come_from_their_own_index(engine: Engine) -> None:
    answers = select(JournalEntryRow.id, JournalEntryRow.prompt_id, JournalEntryRow.body).where(
        JournalEntryRow.visibility == Visibility.SHARED, JournalEntryRow.prompt_id.is_not(None))
    assert "USING INDEX ix_journal_entries_prompt_answers" in _plan(engine, answers)


def test_a_date_range_of_shared_entries_keeps_the_date_index(engine: Engine) -> None:
    # Today's "on this day" asks for several date ranges at once; the answers' index must not win its plan, since
    # it holds no dates and every shared row would be read to check them.
    day = datetime(2026, 6, 1, tzinfo=UTC)
    ranges = [and_(JournalEntryRow.created_at >= day - timedelta(days=365 * n),
                   JournalEntryRow.created_at < day - timedelta(days=365 * n - 1)) for n in (1, 2, 3)]
    on_this_day = select(JournalEntryRow).where(JournalEntryRow.visibility == Visibility.SHARED, or_(*ranges))
    assert "INDEX ix_journal_entries_visibility_created_at" in _plan(engine, on_this_day)
