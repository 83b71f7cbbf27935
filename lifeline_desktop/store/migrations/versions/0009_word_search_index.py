"""A word index instead of a trigram one for shared entries: a fifth of the size, search by the start of a word.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01

Revision 0002 indexed every run of three characters of every shared entry, with its own copy of the text: at
50,000 entries that was most of the file (about 130 of 145 MiB). Now:

- `entry_search` indexes words (unicode61, diacritics removed, so "cafe" finds "Café"), with prefix indexes for
  two and three characters, so a word is found by its start ("gard" finds "garden") as well as whole. It reads the
  text from `journal_entries` itself (external content: no second copy) and keeps no positions (`detail=none`: a
  search asks for words, never a phrase). Private entries are never indexed: their title and body are empty
  anyway (their text is ciphertext, by a check constraint), and the triggers index shared entries only. With
  external content, a row leaves the index by giving FTS5 the text it was indexed with (the 'delete' command):
  the triggers pass the old values of shared rows, which are exactly what was indexed.
- `entry_search_unspaced` keeps the trigram index, with its own copy, but only for shared entries holding a script
  written without spaces between words (Chinese, Japanese, Thai, Lao, Khmer, Myanmar): for those a word index
  would see a whole sentence as one word. Shorter words in those scripts are matched with LIKE over this small
  table.
- Replies keep their trigram table from 0002 (replies are few and short).

FTS5 'secure-delete' stays on for both tables. The space freed here returns to the file system when the caller
vacuums after this revision (store/migrations.py). The DDL is written out, not imported, so this revision stays
what it was.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

# Scripts written without spaces between words: Thai, Lao, Myanmar, Khmer, CJK radicals, kana, CJK ideographs
# (and their extensions and compatibility forms), half-width katakana. SQLite's GLOB compares code points in ranges.
UNSPACED_GLOB = ("*[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u2e80-\u2fdf\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff"
                 "\uf900-\ufaff\uff66-\uff9f\U00020000-\U0002ffff]*")
WORDS = "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3', detail = none"
OLD_ENTRY_TRIGGERS = ("journal_entries_search_insert", "journal_entries_search_update",
                      "journal_entries_search_delete")


def _unspaced(row: str) -> str:
    return f"({row}.title GLOB '{UNSPACED_GLOB}' OR {row}.body GLOB '{UNSPACED_GLOB}')"


UPGRADE = [
    *(f"DROP TRIGGER IF EXISTS {name}" for name in OLD_ENTRY_TRIGGERS),
    "DROP TABLE entry_search",
    f"""
    CREATE VIRTUAL TABLE entry_search USING fts5(
        title, body, content = 'journal_entries', content_rowid = 'id', {WORDS})
    """,
    "INSERT INTO entry_search(entry_search, rank) VALUES ('secure-delete', 1)",
    "CREATE VIRTUAL TABLE entry_search_unspaced USING fts5(title, body, tokenize = 'trigram remove_diacritics 1')",
    "INSERT INTO entry_search_unspaced(entry_search_unspaced, rank) VALUES ('secure-delete', 1)",
    "INSERT INTO entry_search(rowid, title, body) SELECT id, title, body FROM journal_entries WHERE visibility = 'shared'",
    f"""
    INSERT INTO entry_search_unspaced(rowid, title, body)
    SELECT id, title, body FROM journal_entries AS e WHERE visibility = 'shared' AND {_unspaced("e")}
    """,
    f"""
    CREATE TRIGGER journal_entries_search_insert AFTER INSERT ON journal_entries
    WHEN new.visibility = 'shared'
    BEGIN
        INSERT INTO entry_search(rowid, title, body) VALUES (new.id, new.title, new.body);
        INSERT INTO entry_search_unspaced(rowid, title, body)
            SELECT new.id, new.title, new.body WHERE {_unspaced("new")};
    END
    """,
    f"""
    CREATE TRIGGER journal_entries_search_update AFTER UPDATE OF title, body, visibility ON journal_entries
    BEGIN
        INSERT INTO entry_search(entry_search, rowid, title, body)
            SELECT 'delete', old.id, old.title, old.body WHERE old.visibility = 'shared';
        INSERT INTO entry_search(rowid, title, body)
            SELECT new.id, new.title, new.body WHERE new.visibility = 'shared';
        DELETE FROM entry_search_unspaced WHERE rowid = old.id;
        INSERT INTO entry_search_unspaced(rowid, title, body)
            SELECT new.id, new.title, new.body WHERE new.visibility = 'shared' AND {_unspaced("new")};
        DELETE FROM reply_search WHERE rowid IN (SELECT id FROM entry_replies WHERE entry_id = new.id);
        INSERT INTO reply_search(rowid, body)
            SELECT id, body FROM entry_replies WHERE entry_id = new.id AND new.visibility = 'shared';
    END
    """,
    """
    CREATE TRIGGER journal_entries_search_delete AFTER DELETE ON journal_entries
    BEGIN
        INSERT INTO entry_search(entry_search, rowid, title, body)
            SELECT 'delete', old.id, old.title, old.body WHERE old.visibility = 'shared';
        DELETE FROM entry_search_unspaced WHERE rowid = old.id;
    END
    """,
]


def _revision_0002_entry_statements() -> list[str]:
    """Revision 0002's own statements for the entry index and its triggers (the downgrade restores them)."""
    path = Path(__file__).with_name("0002_shared_text_search.py")
    spec = importlib.util.spec_from_file_location("lifeline_revision_0002", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return [statement for statement in module.UPGRADE if "entry_search" in statement]


def upgrade() -> None:
    for statement in UPGRADE:
        op.execute(statement)


def downgrade() -> None:
    for name in OLD_ENTRY_TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE entry_search_unspaced")
    op.execute("DROP TABLE entry_search")
    for statement in _revision_0002_entry_statements():
        op.execute(statement)
