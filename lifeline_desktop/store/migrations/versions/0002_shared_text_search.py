"""Full-text search over shared journal text (FTS5, trigram tokenizer), kept in sync by triggers.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25

Only shared entries, and replies to shared entries, enter the index; a private entry's text columns are empty
anyway (its text is ciphertext). Each FTS table keeps its own copy of the text (not external-content), so a
trigger can always delete a row by rowid without knowing what was indexed. FTS5 'secure-delete' is on, so text
removed from the index (an entry made private, edited or deleted) does not linger in old index segments.

Trigram tokenizer: it matches any substring of three characters or more in any script (Japanese and Chinese have
no spaces between words, which unicode61 needs); shorter queries fall back to LIKE over the same tables (see
store/fts.py). The DDL is written out here, not imported, so this revision stays what it was.
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

TOKENIZER = "trigram remove_diacritics 1"

UPGRADE = [
    f"CREATE VIRTUAL TABLE entry_search USING fts5(title, body, tokenize = '{TOKENIZER}')",
    "INSERT INTO entry_search(entry_search, rank) VALUES ('secure-delete', 1)",
    f"CREATE VIRTUAL TABLE reply_search USING fts5(body, tokenize = '{TOKENIZER}')",
    "INSERT INTO reply_search(reply_search, rank) VALUES ('secure-delete', 1)",
    """
    INSERT INTO entry_search(rowid, title, body)
    SELECT id, title, body FROM journal_entries WHERE visibility = 'shared'
    """,
    """
    INSERT INTO reply_search(rowid, body)
    SELECT r.id, r.body FROM entry_replies AS r JOIN journal_entries AS e ON e.id = r.entry_id
    WHERE e.visibility = 'shared'
    """,
    """
    CREATE TRIGGER journal_entries_search_insert AFTER INSERT ON journal_entries
    WHEN new.visibility = 'shared'
    BEGIN
        INSERT INTO entry_search(rowid, title, body) VALUES (new.id, new.title, new.body);
    END
    """,
    """
    CREATE TRIGGER journal_entries_search_update AFTER UPDATE OF title, body, visibility ON journal_entries
    BEGIN
        DELETE FROM entry_search WHERE rowid = old.id;
        INSERT INTO entry_search(rowid, title, body)
            SELECT new.id, new.title, new.body WHERE new.visibility = 'shared';
        DELETE FROM reply_search WHERE rowid IN (SELECT id FROM entry_replies WHERE entry_id = new.id);
        INSERT INTO reply_search(rowid, body)
            SELECT id, body FROM entry_replies WHERE entry_id = new.id AND new.visibility = 'shared';
    END
    """,
    """
    CREATE TRIGGER journal_entries_search_delete AFTER DELETE ON journal_entries
    BEGIN
        DELETE FROM entry_search WHERE rowid = old.id;
    END
    """,
    """
    CREATE TRIGGER entry_replies_search_insert AFTER INSERT ON entry_replies
    BEGIN
        INSERT INTO reply_search(rowid, body)
            SELECT new.id, new.body
            WHERE EXISTS (SELECT 1 FROM journal_entries WHERE id = new.entry_id AND visibility = 'shared');
    END
    """,
    """
    CREATE TRIGGER entry_replies_search_update AFTER UPDATE OF body, entry_id ON entry_replies
    BEGIN
        DELETE FROM reply_search WHERE rowid = old.id;
        INSERT INTO reply_search(rowid, body)
            SELECT new.id, new.body
            WHERE EXISTS (SELECT 1 FROM journal_entries WHERE id = new.entry_id AND visibility = 'shared');
    END
    """,
    """
    CREATE TRIGGER entry_replies_search_delete AFTER DELETE ON entry_replies
    BEGIN
        DELETE FROM reply_search WHERE rowid = old.id;
    END
    """,
]

DOWNGRADE = [
    "DROP TRIGGER IF EXISTS entry_replies_search_delete",
    "DROP TRIGGER IF EXISTS entry_replies_search_update",
    "DROP TRIGGER IF EXISTS entry_replies_search_insert",
    "DROP TRIGGER IF EXISTS journal_entries_search_delete",
    "DROP TRIGGER IF EXISTS journal_entries_search_update",
    "DROP TRIGGER IF EXISTS journal_entries_search_insert",
    "DROP TABLE IF EXISTS reply_search",
    "DROP TABLE IF EXISTS entry_search",
]


def upgrade() -> None:
    for statement in UPGRADE:
        op.execute(statement)


def downgrade() -> None:
    for statement in DOWNGRADE:
        op.execute(statement)
