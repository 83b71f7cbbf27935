"""Search over shared journal entries and their replies, inside the encrypted file (FTS5, revision 0002).

The index uses the trigram tokenizer, so any run of three or more characters matches in any script (Japanese,
Chinese, Arabic, emoji sequences…). The words come from `domain.search_words` (repeated and contained words count
once, at most a dozen), so a pasted page searches as quickly as a word. User text is never parsed as FTS syntax:
each whitespace-separated word becomes a quoted phrase, so quotes, `AND`, `NEAR`, `*`, `col:` and brackets are
searched for literally. Words shorter than three characters cannot use the trigram index and are matched with LIKE
over the same tables instead. All words must match (AND), in the entry itself or in one of its replies. Private
entries never enter the index.

The Journal list pages through `newest_shared_matches` (the newest N without fetching every match); counts and
export select with `shared_match_condition`.
"""

from __future__ import annotations

import heapq
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import ColumnElement, Integer, Select, Text, and_, column, literal_column, or_, select, table, text
from sqlalchemy.orm import InstrumentedAttribute, Session

from lifeline_desktop.domain.search_words import search_words
from lifeline_desktop.domain.vocabulary import Visibility
from lifeline_desktop.store.models import EntryReplyRow, JournalEntryRow
from lifeline_desktop.store.types import UTCDateTime

TRIGRAM = 3


def _words(query: str) -> list[str]:
    return list(search_words(query).words)  # de-duplicated and capped: any query stays quick


def _like_pattern(word: str) -> str:
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


ENTRY_SEARCH = table("entry_search", column("rowid", Integer), column("title", Text), column("body", Text))
REPLY_SEARCH = table("reply_search", column("rowid", Integer), column("body", Text))
STREAM_CHECK_FIRST = 64  # matches streamed before the first "can anything older still beat these?" check
STREAM_BUDGET = 4096  # then give up streaming (entries written far out of date order) and let SQLite sort them all
EntryKey = tuple[datetime, int]  # (created_at, id): the list's order, newest first, and its page cursor

# Every entry with an id below :below, newest first: the first one is the newest any later match could be.
# `+id` keeps SQLite on the created_at index (which holds the rowid too), walking down from the newest entry.
_NEWEST_BELOW = text(
    "SELECT created_at, id FROM journal_entries WHERE +id < :below ORDER BY created_at DESC, id DESC LIMIT 1"
).columns(column("created_at", UTCDateTime()), column("id", Integer))


def _fts_phrases(words: list[str]) -> str:
    return " AND ".join('"' + word.replace('"', '""') + '"' for word in words)


def _likes(columns: tuple[ColumnElement[str] | InstrumentedAttribute[str], ...],
           words: list[str]) -> list[ColumnElement[bool]]:
    return [or_(*(col.like(_like_pattern(word), escape="\\") for col in columns)) for word in words]


def _split(query: str) -> tuple[list[str], list[str]]:
    words = _words(query)
    return [w for w in words if len(w) >= TRIGRAM], [w for w in words if len(w) < TRIGRAM]


def _entry_hits(long_words: list[str], short_words: list[str]) -> Select[int]:
    """Rowids (entry ids) of the entry index rows holding every word."""
    hits = select(ENTRY_SEARCH.c.rowid)
    if long_words:
        hits = hits.where(literal_column("entry_search").op("MATCH")(_fts_phrases(long_words)))
    return hits.where(*_likes((ENTRY_SEARCH.c.title, ENTRY_SEARCH.c.body), short_words))


def _reply_hits(long_words: list[str], short_words: list[str]) -> Select[int]:
    """Ids of the entries with one reply holding every word."""
    replies = select(REPLY_SEARCH.c.rowid)
    if long_words:
        replies = replies.where(literal_column("reply_search").op("MATCH")(_fts_phrases(long_words)))
    replies = replies.where(*_likes((REPLY_SEARCH.c.body,), short_words))
    return select(EntryReplyRow.entry_id).where(EntryReplyRow.id.in_(replies))


def shared_match_condition(query: str) -> ColumnElement[bool]:
    """A condition on journal entries: shared, with every word of `query` in the entry or in one of its replies.

    For counting and for "all of them" (export); the list pages with `newest_shared_matches`. An empty query matches
    every shared entry.
    """
    shared = JournalEntryRow.visibility == Visibility.SHARED
    long_words, short_words = _split(query)
    if not long_words and not short_words:
        return shared
    return and_(shared, or_(JournalEntryRow.id.in_(_entry_hits(long_words, short_words)),
                            JournalEntryRow.id.in_(_reply_hits(long_words, short_words))))


def newest_shared_matches(session: Session, query: str, conditions: Sequence[ColumnElement[bool]] = (),
                          limit: int = 50) -> list[EntryKey]:
    """The newest `limit` shared entries matching `query` (as `shared_match_condition`) and `conditions`.

    Newest first by (created_at, id). Instead of collecting every match and sorting (47,000 matches for a common
    word in 50,000 entries: 30+ ms), the entry index is read newest-rowid first, which FTS5 does lazily; after a
    few dozen matches one indexed look-up tells whether any entry with a smaller rowid could still be newer than
    the matches kept. Entries are nearly always written in date order, so that answer is "no" at once; if they were
    not (an import), it streams on, and past a budget lets SQLite sort every match. Replies are few: their matches
    are collected whole.
    """
    long_words, short_words = _split(query)
    shared = [JournalEntryRow.visibility == Visibility.SHARED, *conditions]
    newest = (JournalEntryRow.created_at.desc(), JournalEntryRow.id.desc())
    key_columns = (JournalEntryRow.created_at, JournalEntryRow.id)
    if not long_words and not short_words:
        return _keys(session, select(*key_columns).where(*shared).order_by(*newest).limit(limit))
    kept = _keys(session, select(*key_columns).where(
        *shared, JournalEntryRow.id.in_(_reply_hits(long_words, short_words))).order_by(*newest).limit(limit))
    entry_likes = _likes((JournalEntryRow.title, JournalEntryRow.body), short_words)
    if not long_words:  # no index for words under three characters: walk the entries newest first instead
        kept += _keys(session, select(*key_columns).where(*shared, *entry_likes).order_by(*newest).limit(limit))
        return sorted(set(kept), reverse=True)[:limit]
    heap: list[EntryKey] = []
    for key in kept:
        heapq.heappush(heap, key)
    ids = {key[1] for key in kept}
    stream = (select(*key_columns)
              .select_from(ENTRY_SEARCH.join(JournalEntryRow, JournalEntryRow.id == ENTRY_SEARCH.c.rowid))
              .where(literal_column("entry_search").op("MATCH")(_fts_phrases(long_words)), *shared, *entry_likes)
              .order_by(ENTRY_SEARCH.c.rowid.desc()))
    connection = session.connection()  # Core execution: rows arrive as the cursor steps, not all at once
    result = connection.execute(stream)
    streamed, next_check, finished = 0, max(limit, STREAM_CHECK_FIRST), True
    try:
        for created_at, entry_id in result:
            streamed += 1
            if entry_id not in ids:
                ids.add(entry_id)
                heapq.heappush(heap, (created_at, entry_id))
                if len(heap) > limit:
                    ids.discard(heapq.heappop(heap)[1])
            if streamed >= next_check:
                next_check *= 2
                if len(heap) >= limit:
                    newer = connection.execute(_NEWEST_BELOW, {"below": entry_id}).first()
                    if newer is None or (newer[0], newer[1]) < heap[0]:
                        break
                if streamed > STREAM_BUDGET:
                    finished = False
                    break
    finally:
        result.close()
    if not finished:
        return _keys(session, select(*key_columns).where(
            *conditions, shared_match_condition(query)).order_by(*newest).limit(limit))
    return sorted(heap, reverse=True)


def _keys(session: Session, query: Select[datetime, int]) -> list[EntryKey]:
    return [(created_at, entry_id) for created_at, entry_id in session.execute(query)]
