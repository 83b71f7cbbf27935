"""Search over shared journal entries and their replies, inside the encrypted file (FTS5, revision 0002).

The index uses the trigram tokenizer, so any run of three or more characters matches in any script (Japanese,
Chinese, Arabic, emoji sequences…). User text is never parsed as FTS syntax: each whitespace-separated word becomes
a quoted phrase, so quotes, `AND`, `NEAR`, `*`, `col:` and brackets are searched for literally. Words shorter than
three characters cannot use the trigram index and are matched with LIKE over the same tables instead. All words
must match (AND), in the entry itself or in one of its replies. Private entries never enter the index.
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

TRIGRAM = 3


def _words(query: str) -> list[str]:
    return query.replace("\x00", " ").split()


def _like_pattern(word: str) -> str:
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _conditions(table: str, columns: tuple[str, ...], words: list[str], params: dict[str, str]) -> str:
    """SQL conditions on one FTS table for all words; bound values are added to `params`."""
    conditions: list[str] = []
    long_words = [word for word in words if len(word) >= TRIGRAM]
    if long_words:
        key = f"{table}_match"
        params[key] = " AND ".join('"' + word.replace('"', '""') + '"' for word in long_words)
        conditions.append(f"{table} MATCH :{key}")
    for index, word in enumerate(word for word in words if len(word) < TRIGRAM):
        key = f"{table}_like_{index}"
        params[key] = _like_pattern(word)
        either = " OR ".join(f"{table}.{column} LIKE :{key} ESCAPE '\\'" for column in columns)
        conditions.append(f"({either})")
    return " AND ".join(conditions)


def search_shared_entries(session: Session, query: str) -> list[int]:
    """Ids of shared journal entries whose title, body or a reply contains every word of `query`, best first."""
    words = _words(query)
    if not words:
        return []
    uses_match = any(len(word) >= TRIGRAM for word in words)
    params: dict[str, str] = {}
    entry_condition = _conditions("entry_search", ("title", "body"), words, params)
    reply_condition = _conditions("reply_search", ("body",), words, params)
    entry_score = "entry_search.rank" if uses_match else "0"
    reply_score = "reply_search.rank" if uses_match else "0"
    sql = f"""
        SELECT hits.entry_id FROM (
            SELECT entry_search.rowid AS entry_id, {entry_score} AS score
            FROM entry_search WHERE {entry_condition}
            UNION ALL
            SELECT replies.entry_id AS entry_id, {reply_score} AS score
            FROM reply_search JOIN entry_replies AS replies ON replies.id = reply_search.rowid
            WHERE {reply_condition}
        ) AS hits
        JOIN journal_entries AS entries ON entries.id = hits.entry_id AND entries.visibility = 'shared'
        GROUP BY hits.entry_id
        ORDER BY min(hits.score), hits.entry_id DESC
    """
    return [int(row[0]) for row in session.execute(text(sql), params)]
