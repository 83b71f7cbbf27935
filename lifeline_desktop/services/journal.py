"""Journal entries: shared ones in the clear inside the encrypted store, private ones sealed to their author.

This is the part of the journal the vault needs now (write, list, search, privacy); the Journal issue builds
replies, drafts, prompts and the rest on top of it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from lifeline_desktop.domain.errors import InvalidInput
from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.services.vault_context import VaultContext
from lifeline_desktop.store.fts import search_shared_entries
from lifeline_desktop.store.models import JournalEntryRow, JournalRow, Visibility
from lifeline_desktop.vault.private_items import PrivateItemUnreadable, open_private_text, seal_private_text

ENTRY_KIND = "journal_entry"
MAX_ENTRY_CHARS = 1_000_000  # about 300 pages: beyond that an entry is almost surely a paste by mistake


@dataclass(frozen=True)
class EntryView:
    id: int
    author: PartnerSlot
    private: bool
    title: str
    body: str
    mood: str | None
    created_at: datetime


class JournalService:
    def __init__(self, context: VaultContext) -> None:
        self._context = context

    def add_entry(self, title: str, body: str, *, private: bool = False, mood: str | None = None,
                  written_at: datetime | None = None) -> int:
        """A new entry by the partner who is signed in; `written_at` is for imports and the demo vault."""
        if not title.strip() and not body.strip():
            raise InvalidInput("An entry needs a title or some words.")
        if len(title) + len(body) > MAX_ENTRY_CHARS:
            raise InvalidInput("This entry is too long to keep as one entry. Split it into a few, please.")
        author = self._context.partner
        personal_key = self._context.personal_key if private else None
        now = written_at or self._context.clock.now()
        with self._context.transaction() as session:
            journal_id = session.scalars(select(JournalRow.id).order_by(JournalRow.id)).first()
            entry = JournalEntryRow(
                journal_id=journal_id, author_slot=author, mood=mood, created_at=now, updated_at=now,
                visibility=Visibility.PRIVATE if private else Visibility.SHARED,
                title="" if private else title, body="" if private else body,
                # the row id is part of the sealed text's associated data, so the real seal comes after the flush
                sealed_body=b"" if private else None,
            )
            session.add(entry)
            session.flush()
            if personal_key is not None:
                entry.sealed_body = seal_private_text(
                    personal_key, json.dumps({"title": title, "body": body}), kind=ENTRY_KIND,
                    row_id=entry.id, owner=author)
            return entry.id

    def entries(self) -> list[EntryView]:
        """Shared entries and my own private ones (when my private space is open), newest first."""
        with self._context.transaction() as session:
            rows = session.scalars(select(JournalEntryRow).order_by(JournalEntryRow.created_at.desc(),
                                                                    JournalEntryRow.id.desc())).all()
            return [view for row in rows if (view := self._view(row)) is not None]

    def search(self, text: str) -> list[EntryView]:
        """Shared entries through the index; my private ones searched in memory, never indexed."""
        needle = text.casefold().strip()
        if not needle:
            return self.entries()
        with self._context.transaction() as session:
            shared_ids = set(search_shared_entries(session, text))
        return [entry for entry in self.entries()
                if entry.id in shared_ids
                or (entry.private and (needle in entry.title.casefold() or needle in entry.body.casefold()))]

    def private_count(self, author: PartnerSlot) -> int:
        """How many private entries a partner keeps: the other partner may see this count, never the text."""
        with self._context.transaction() as session:
            return session.scalar(select(func.count()).select_from(JournalEntryRow).where(
                JournalEntryRow.author_slot == author, JournalEntryRow.visibility == Visibility.PRIVATE)) or 0

    def _view(self, row: JournalEntryRow) -> EntryView | None:
        if row.visibility is Visibility.SHARED:
            return EntryView(row.id, row.author_slot, False, row.title, row.body, row.mood, row.created_at)
        if row.author_slot is not self._context.partner or not self._context.private_space_open:
            return None
        assert row.sealed_body is not None
        try:
            content = json.loads(open_private_text(self._context.personal_key, row.sealed_body, kind=ENTRY_KIND,
                                                   row_id=row.id, owner=row.author_slot))
        except PrivateItemUnreadable:
            return None  # sealed under a personal key replaced after a forgotten passphrase: kept, not readable

        return EntryView(row.id, row.author_slot, True, content["title"], content["body"], row.mood, row.created_at)
