"""Revision 0009: a vault from the previous release (trigram index, revision 0008) opens, keeps its data, searches
by the start of a word and in unspaced scripts, shrinks on disk, and goes back down to 0008 intact."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from lifeline_desktop.store.engine import create_database, dispose_engine, open_engine
from lifeline_desktop.store.migrations import alembic_config, current_revision, migrate_to_head
from tests.support.store_rows import search_shared

NOW = "2026-11-20T18:00:00.000000+00:00"
FILLER = " ".join(f"walk{n} garden{n} evening{n}" for n in range(400))  # enough text to see the index shrink


def _release_0008_vault(db_path: Path, db_key: bytes) -> None:
    engine = create_database(db_path, db_key)
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "0008")
    with engine.begin() as connection:  # raw SQL: what the previous release wrote, without today's models
        connection.exec_driver_sql(f"INSERT INTO journals (id, name, created_at) VALUES (1, 'Ours', '{NOW}')")
        rows = [(1, "shared", "Picnic", "by the riverside with Sam"),
                (2, "shared", "海の日", "今日は二人で海に行きました"),
                (3, "private", "", ""), (4, "shared", "ฉันรักเธอ", "วันนี้เราไปทะเลด้วยกัน")]
        rows += [(n, "shared", f"Day {n}", FILLER) for n in range(5, 80)]
        for entry_id, visibility, title, body in rows:
            sealed = "X'00ff'" if visibility == "private" else "NULL"
            connection.exec_driver_sql(
                "INSERT INTO journal_entries (id, journal_id, author_slot, visibility, title, body, sealed_body,"
                f" created_at, updated_at) VALUES ({entry_id}, 1, 'a', '{visibility}', '{title}', '{body}',"
                f" {sealed}, '{NOW}', '{NOW}')")
        connection.exec_driver_sql("INSERT INTO entry_replies (id, entry_id, author_slot, body, created_at,"
                                   f" updated_at) VALUES (1, 1, 'b', 'lovely afternoon', '{NOW}', '{NOW}')")
    dispose_engine(engine)


def _searches(engine: Engine) -> dict[str, list[int]]:
    with Session(engine) as session:
        return {query: search_shared(session, query)
                for query in ("river", "verside", "Sam", "afternoon", "海に行", "海", "ทะเล", "nowhere")}


def test_a_release_0008_vault_opens_with_the_word_index(db_path: Path, db_key: bytes) -> None:
    _release_0008_vault(db_path, db_key)
    size_before = db_path.stat().st_size
    engine = open_engine(db_path, db_key)  # as the new release does, at unlock
    try:
        assert migrate_to_head(engine)[0] == "0009"
        found = _searches(engine)
        with engine.connect() as connection:
            private = connection.exec_driver_sql("SELECT sealed_body FROM journal_entries WHERE id = 3").scalar()
            unspaced = connection.exec_driver_sql("SELECT rowid FROM entry_search_unspaced ORDER BY rowid").all()
            connection.exec_driver_sql("INSERT INTO entry_search(entry_search) VALUES ('integrity-check')")
    finally:
        dispose_engine(engine)
    assert found == {"river": [1], "verside": [], "Sam": [1], "afternoon": [1], "海に行": [2], "海": [2],
                     "ทะเล": [4], "nowhere": []}
    assert private == b"\x00\xff"
    assert unspaced == [(2,), (4,)]  # only the entries written without spaces keep a trigram copy
    assert db_path.stat().st_size < size_before  # vacuumed after the index was rebuilt


def test_revision_0009_goes_back_down_to_the_trigram_index(db_path: Path, db_key: bytes) -> None:
    _release_0008_vault(db_path, db_key)
    engine = open_engine(db_path, db_key)
    try:
        migrate_to_head(engine)
        with engine.begin() as connection:
            command.downgrade(alembic_config(connection), "0008")
        assert current_revision(engine) == "0008"
        with engine.connect() as connection:
            tables = connection.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE name LIKE 'entry_search%' AND type = 'table'").scalars().all()
            found = connection.exec_driver_sql(
                "SELECT rowid FROM entry_search WHERE entry_search MATCH 'iversi'").scalars().all()
    finally:
        dispose_engine(engine)
    assert "entry_search_unspaced" not in tables
    assert found == [1]  # trigram again: any three characters
