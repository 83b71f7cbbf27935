"""Search over shared journal entries and their replies, inside the encrypted file (FTS5, revisions 0002 and 0009).

Entries: a word index (unicode61, diacritics removed, prefix indexes), so each word of a query finds the words that
start with it ("gard" finds "garden", "cafe" finds "Café"), in any script that puts spaces between words. Words in a
script written without spaces (Chinese, Japanese, Thai…) are looked up in a small trigram table holding only the
entries with such text, by any run of three characters, or with LIKE over that table when shorter. A word with
nothing a word index holds (emoji, punctuation) and a single letter are matched with LIKE over the entries.

Replies (few and short) keep the trigram index of revision 0002: words of three characters or more by the index,
shorter ones with LIKE. User text is never parsed as FTS syntax: each term becomes a quoted string, so quotes,
`AND`, `NEAR`, `*`, `col:` and brackets are searched for literally. The words come from `domain.search_words`
(repeated and contained words count once, at most a dozen), so a pasted page searches as quickly as a word. All
words must match (AND), in the entry itself or in one of its replies. Private entries never enter an index.

The Journal list pages through `newest_shared_matches` (the newest N without fetching every match); counts and
export select with `shared_match_condition`.
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import ColumnElement, Integer, Select, Text, and_, column, literal_column, or_, select, table, text
from sqlalchemy.orm import InstrumentedAttribute, Session
from sqlalchemy.sql.expression import TableClause

from lifeline_desktop.domain.search_words import search_words
from lifeline_desktop.domain.vocabulary import Visibility
from lifeline_desktop.store.models import EntryReplyRow, JournalEntryRow
from lifeline_desktop.store.types import UTCDateTime

TRIGRAM = 3
# The scripts revision 0009 keeps in the trigram table (written without spaces between words).
_UNSPACED = re.compile("[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u2e80-\u2fdf\u3040-\u30ff\u3400-\u4dbf"
                       "\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f\U00020000-\U0002ffff]")
_TOKEN = re.compile(r"[^\W_]+")  # what unicode61 keeps as word characters: letters and digits


def _words(query: str) -> list[str]:
    return list(search_words(query).words)  # de-duplicated and capped: any query stays quick


def _like_pattern(word: str) -> str:
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _quoted(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


@dataclass
class EntryTerms:
    """One query's words, sorted by how the entries' indexes can find them."""

    word_prefixes: list[str] = field(default_factory=list)  # unicode61 tokens, matched by their start
    unspaced: list[str] = field(default_factory=list)  # words with Chinese, Japanese, Thai… text: trigram table
    unspaced_short: list[str] = field(default_factory=list)  # the same, under three characters: LIKE on that table
    scanned: list[str] = field(default_factory=list)  # nothing indexable (emoji, punctuation, one letter): LIKE

    @classmethod
    def of(cls, words: list[str]) -> EntryTerms:
        terms = cls()
        for word in words:
            tokens = _TOKEN.findall(word)
            if _UNSPACED.search(word):
                (terms.unspaced if len(word) >= TRIGRAM else terms.unspaced_short).append(word)
            elif tokens and max(len(token) for token in tokens) > 1:
                terms.word_prefixes += [token for token in tokens if len(token) > 1]
            else:
                terms.scanned.append(word)
        return terms

    def words_match(self) -> str | None:
        return " AND ".join(_quoted(token) + "*" for token in self.word_prefixes) or None

    def unspaced_match(self) -> str | None:
        return " AND ".join(_quoted(word) for word in self.unspaced) or None


# --- newest first, for the Journal list: the top N by date without fetching every match ---------------------------

ENTRY_SEARCH = table("entry_search", column("rowid", Integer), column("title", Text), column("body", Text))
UNSPACED_SEARCH = table("entry_search_unspaced", column("rowid", Integer), column("title", Text), column("body", Text))
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
    return " AND ".join(_quoted(word) for word in words)


def _match(index: TableClause, query: str) -> ColumnElement[bool]:
    return literal_column(index.name).op("MATCH")(query)


def _likes(columns: tuple[ColumnElement[str] | InstrumentedAttribute[str], ...],
           words: list[str]) -> list[ColumnElement[bool]]:
    return [or_(*(col.like(_like_pattern(word), escape="\\") for col in columns)) for word in words]


def _split(words: list[str]) -> tuple[list[str], list[str]]:
    return [w for w in words if len(w) >= TRIGRAM], [w for w in words if len(w) < TRIGRAM]


def _reply_hits(words: list[str]) -> Select[int]:
    """Ids of the entries with one reply holding every word."""
    long_words, short_words = _split(words)
    replies = select(REPLY_SEARCH.c.rowid)
    if long_words:
        replies = replies.where(_match(REPLY_SEARCH, _fts_phrases(long_words)))
    replies = replies.where(*_likes((REPLY_SEARCH.c.body,), short_words))
    return select(EntryReplyRow.entry_id).where(EntryReplyRow.id.in_(replies))


def _index_conditions(terms: EntryTerms, index: TableClause) -> list[ColumnElement[bool]]:
    """Conditions on the rows of one entry index (`ENTRY_SEARCH` or `UNSPACED_SEARCH`) for the terms it holds."""
    if index is ENTRY_SEARCH:
        query = terms.words_match()
        return [_match(index, query)] if query else []
    query = terms.unspaced_match()
    return ([_match(index, query)] if query else []) + _likes((index.c.title, index.c.body), terms.unspaced_short)


def _entry_conditions(terms: EntryTerms, streamed: TableClause | None = None) -> list[ColumnElement[bool]]:
    """Conditions on journal entries holding every term, except those of the index `streamed` (read directly)."""
    conditions = []
    for index in (ENTRY_SEARCH, UNSPACED_SEARCH):
        if index is not streamed and (held := _index_conditions(terms, index)):
            conditions.append(JournalEntryRow.id.in_(select(index.c.rowid).where(*held)))
    return conditions + _likes((JournalEntryRow.title, JournalEntryRow.body), terms.scanned)


def shared_match_condition(query: str) -> ColumnElement[bool]:
    """A condition on journal entries: shared, with every word of `query` in the entry or in one of its replies.

    For counting and for "all of them" (export); the list pages with `newest_shared_matches`. An empty query matches
    every shared entry.
    """
    shared = JournalEntryRow.visibility == Visibility.SHARED
    words = _words(query)
    if not words:
        return shared
    return and_(shared, or_(and_(*_entry_conditions(EntryTerms.of(words))),
                            JournalEntryRow.id.in_(_reply_hits(words))))


def newest_shared_matches(session: Session, query: str, conditions: Sequence[ColumnElement[bool]] = (),
                          limit: int = 50) -> list[EntryKey]:
    """The newest `limit` shared entries matching `query` (as `shared_match_condition`) and `conditions`.

    Newest first by (created_at, id). Instead of collecting every match and sorting (47,000 matches for a common
    word in 50,000 entries: 30+ ms), an entry index is read newest-rowid first, which FTS5 does lazily; after a
    few dozen matches one indexed look-up tells whether any entry with a smaller rowid could still be newer than
    the matches kept. Entries are nearly always written in date order, so that answer is "no" at once; if they were
    not (an import), it streams on, and past a budget lets SQLite sort every match. Replies are few: their matches
    are collected whole.
    """
    words = _words(query)
    shared = [JournalEntryRow.visibility == Visibility.SHARED, *conditions]
    newest = (JournalEntryRow.created_at.desc(), JournalEntryRow.id.desc())
    key_columns = (JournalEntryRow.created_at, JournalEntryRow.id)
    if not words:
        return _keys(session, select(*key_columns).where(*shared).order_by(*newest).limit(limit))
    terms = EntryTerms.of(words)
    kept = _keys(session, select(*key_columns).where(
        *shared, JournalEntryRow.id.in_(_reply_hits(words))).order_by(*newest).limit(limit))
    index = ENTRY_SEARCH if terms.word_prefixes else UNSPACED_SEARCH if terms.unspaced else None
    if index is None:  # no index to read in rowid order: walk the entries newest first instead
        kept += _keys(session, select(*key_columns).where(
            *shared, *_entry_conditions(terms)).order_by(*newest).limit(limit))
        return sorted(set(kept), reverse=True)[:limit]
    heap: list[EntryKey] = []
    for key in kept:
        heapq.heappush(heap, key)
    ids = {key[1] for key in kept}
    stream = (select(*key_columns)
              .select_from(index.join(JournalEntryRow, JournalEntryRow.id == index.c.rowid))
              .where(*_index_conditions(terms, index), *shared, *_entry_conditions(terms, streamed=index))
              .order_by(index.c.rowid.desc()))
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
