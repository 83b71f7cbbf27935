"""My own private entries, opened once per session and searched in memory: never indexed, never the other's.

Few, so kept whole: {id: (sealed bytes, title, body)}; a changed seal (every edit seals anew) opens again. The
other partner's private text cannot be opened here at all (their personal key is not in this session). Dropped at
lock (`forget`), and whenever the private space is closed.
"""

from __future__ import annotations

import json

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session as OrmSession

from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.domain.search_words import search_words
from lifeline_desktop.domain.vocabulary import Visibility
from lifeline_desktop.services.journal.entry_filters import NEWEST, matches_all
from lifeline_desktop.services.journal.views import PrivateTrace
from lifeline_desktop.services.vault.context import VaultContext
from lifeline_desktop.store.fts import EntryKey
from lifeline_desktop.store.models import JournalEntryRow
from lifeline_desktop.vault.private_items import PrivateItemUnreadable, open_private_text

ENTRY_KIND = "journal_entry"


class PrivateEntries:
    def __init__(self, context: VaultContext) -> None:
        self._context = context
        self._opened: dict[int, tuple[bytes, str, str]] = {}

    def forget(self) -> None:
        self._opened.clear()

    def count(self, author: PartnerSlot) -> int:
        with self._context.transaction() as session:
            return session.scalar(select(func.count()).select_from(JournalEntryRow).where(
                JournalEntryRow.author_slot == author, JournalEntryRow.visibility == Visibility.PRIVATE)) or 0

    def trace_of(self, author: PartnerSlot) -> PrivateTrace:
        with self._context.transaction() as session:
            moments = session.scalars(select(JournalEntryRow.created_at).where(
                JournalEntryRow.author_slot == author,
                JournalEntryRow.visibility == Visibility.PRIVATE).order_by(JournalEntryRow.created_at.desc())).all()
        return PrivateTrace(len(moments), tuple(moment.astimezone().date() for moment in moments))

    def drop(self, entry_id: int) -> None:
        """An entry that was shared: its text now lives in the clear row, not here."""
        self._opened.pop(entry_id, None)

    def open(self, entry_id: int, author: PartnerSlot, sealed: bytes | None) -> tuple[str, str] | None:
        if not self._context.private_space_open:
            self._opened.clear()
            return None
        if author is not self._context.partner:
            return None
        assert sealed is not None
        cached = self._opened.get(entry_id)
        if cached is not None and cached[0] == sealed:
            return cached[1], cached[2]
        try:
            content = json.loads(open_private_text(self._context.personal_key, sealed, kind=ENTRY_KIND,
                                                   row_id=entry_id, owner=author))
        except PrivateItemUnreadable:
            return None  # sealed under a personal key replaced after a forgotten passphrase: kept, not readable
        title, body = str(content["title"]), str(content["body"])
        self._opened[entry_id] = (sealed, title, body)
        return title, body


    def keys(self, session: OrmSession, text: str, conditions: list[ColumnElement[bool]],
                      limit: int | None) -> list[EntryKey]:
        """My private entries passing `conditions` and holding every word of `text`, newest first.

        Never indexed: opened in memory (once per session, see `_private_text`) and searched there. Only my own
        are ever read here; the other partner's could not be opened anyway."""
        if not self._context.private_space_open:
            self._opened.clear()
            return []
        me = self._context.partner
        mine = [JournalEntryRow.visibility == Visibility.PRIVATE, JournalEntryRow.author_slot == me, *conditions]
        words = search_words(text).words  # the same capped, de-duplicated words as the index search
        if not words:
            query = select(JournalEntryRow.created_at, JournalEntryRow.id).where(*mine).order_by(*NEWEST)
            return [(created_at, entry_id) for created_at, entry_id in
                    session.execute(query if limit is None else query.limit(limit))]
        keys: list[EntryKey] = []
        for created_at, entry_id, sealed in session.execute(select(
                JournalEntryRow.created_at, JournalEntryRow.id, JournalEntryRow.sealed_body).where(*mine)
                .order_by(*NEWEST)):
            content = self.open(entry_id, me, sealed)
            if content is not None and matches_all(words, *content):
                keys.append((created_at, entry_id))
                if limit is not None and len(keys) >= limit:
                    break
        return keys
