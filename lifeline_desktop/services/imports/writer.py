"""Writes an import batch into the journal: all of it in one transaction, or nothing.

Each entry goes to the importing partner's private space (sealed under their personal key, like any private entry)
or to the shared journal, as they chose. An entry already in that place (same moment to the second, same title and
text), or twice in the export, is skipped and listed. A cancel, an error or a full disk rolls the whole import back:
the journal is exactly as it was. Progress is reported every few hundred entries.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from datetime import UTC, datetime

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session as OrmSession

from lifeline_desktop.domain.vocabulary import ImportDestination, Visibility
from lifeline_desktop.services.imports.views import (
    ImportBatch,
    ImportCancelled,
    ImportedEntry,
    ImportRefused,
    ImportReport,
    Progress,
    ShouldStop,
)
from lifeline_desktop.services.journal.entry_filters import MAX_TAG_CHARS
from lifeline_desktop.services.journal.private_entries import ENTRY_KIND
from lifeline_desktop.services.journal.service import MAX_ENTRY_CHARS
from lifeline_desktop.services.vault.context import VaultContext
from lifeline_desktop.store.models import JournalEntryRow, JournalEntryTagRow, JournalRow, TagRow
from lifeline_desktop.vault.private_items import PrivateItemUnreadable, open_private_text, seal_private_text

BATCH = 500
DuplicateKey = tuple[str, str, str]


def duplicate_key(written_at: datetime, title: str, body: str) -> DuplicateKey:
    return (written_at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S"), title.strip(), body.strip())


class JournalImporter:
    def __init__(self, context: VaultContext) -> None:
        self._context = context

    def write(self, batch: ImportBatch, destination: ImportDestination, progress: Progress | None = None,
              should_stop: ShouldStop | None = None,
              also: Callable[[OrmSession], object] | None = None) -> ImportReport:
        """Writes the batch (skipping duplicates); `also` writes more in the same transaction, all or nothing."""
        private = destination is ImportDestination.PRIVATE
        personal_key = self._context.personal_key if private else None  # PrivateSpaceClosed before any work
        self._check(batch.entries)
        total = len(batch.entries)
        duplicates: list[str] = []
        written = 0
        with self._context.transaction() as session:
            seen = self._existing_keys(session, private)
            journal_id = session.scalars(select(JournalRow.id).order_by(JournalRow.id)).first()
            tags: dict[str, int] = {name: tag_id for tag_id, name in session.execute(select(TagRow.id, TagRow.name))}
            pending: list[ImportedEntry] = []
            for done, item in enumerate(batch.entries, start=1):
                key = duplicate_key(item.written_at, item.title, item.body)
                if key in seen:
                    duplicates.append(f"{item.where}: {item.title or 'untitled'}")
                else:
                    seen.add(key)
                    pending.append(item)
                if done % BATCH == 0 or done == total:
                    self._insert(session, journal_id, pending, tags, personal_key)
                    written += len(pending)
                    pending = []
                    if should_stop is not None and should_stop():
                        raise ImportCancelled()
                    if progress is not None:
                        progress(done, total)
            if also is not None:
                also(session)
        return ImportReport(batch.source, destination, written, tuple(duplicates), batch.not_imported, batch.skipped)

    def _insert(self, session: OrmSession, journal_id: int | None, items: list[ImportedEntry], tags: dict[str, int],
                personal_key: bytes | None) -> None:
        """One batch in a few statements (the ORM's per-object work would triple the time of a large import)."""
        if not items:
            return
        me, private = self._context.partner, personal_key is not None
        rows = [{"journal_id": journal_id, "author_slot": me,
                 "visibility": Visibility.PRIVATE if private else Visibility.SHARED,
                 "title": "" if private else item.title, "body": "" if private else item.body,
                 "sealed_body": b"" if private else None, "mood": None, "prompt_id": None,
                 "created_at": item.written_at, "updated_at": item.written_at} for item in items]
        # One executemany without RETURNING (which SQLite would take row by row); inside this write transaction
        # the new rows take the ids just above the highest one, in order, and are read back to be sure.
        before = session.scalar(select(func.max(JournalEntryRow.id))) or 0
        session.execute(insert(JournalEntryRow), rows)
        ids = list(session.scalars(select(JournalEntryRow.id).where(JournalEntryRow.id > before)
                                   .order_by(JournalEntryRow.id)))
        if len(ids) != len(items):
            raise ImportRefused("The journal changed during the import, so nothing was imported. Try again.")
        if personal_key is not None:  # the row id is part of the seal's associated data: seal after the insert
            session.execute(update(JournalEntryRow), [
                {"id": entry_id, "sealed_body": seal_private_text(
                    personal_key, json.dumps({"title": item.title, "body": item.body}), kind=ENTRY_KIND,
                    row_id=entry_id, owner=me)} for entry_id, item in zip(ids, items, strict=True)])
        links = [{"entry_id": entry_id, "tag_id": tag_id} for entry_id, item in zip(ids, items, strict=True)
                 for tag_id in _tag_ids(session, tags, item.tags)]
        if links:
            session.execute(insert(JournalEntryTagRow), links)

    def _check(self, entries: Iterable[ImportedEntry]) -> None:
        too_long = [item.where for item in entries if len(item.title) + len(item.body) > MAX_ENTRY_CHARS]
        if too_long:
            raise ImportRefused(f"{len(too_long)} entries are longer than one entry can be (the first: "
                                f"{too_long[0]}). Nothing was imported.")

    def _existing_keys(self, session: OrmSession, private: bool) -> set[DuplicateKey]:
        """What is already where the entries go: the shared journal, or my own private entries (opened here, in
        memory; the other partner's cannot be opened and are never compared)."""
        me = self._context.partner
        if not private:
            return {duplicate_key(created_at, title, body) for created_at, title, body in session.execute(
                select(JournalEntryRow.created_at, JournalEntryRow.title, JournalEntryRow.body)
                .where(JournalEntryRow.visibility == Visibility.SHARED))}
        keys: set[DuplicateKey] = set()
        for entry_id, created_at, sealed in session.execute(
                select(JournalEntryRow.id, JournalEntryRow.created_at, JournalEntryRow.sealed_body).where(
                    JournalEntryRow.visibility == Visibility.PRIVATE, JournalEntryRow.author_slot == me)):
            try:
                content = json.loads(open_private_text(self._context.personal_key, sealed or b"", kind=ENTRY_KIND,
                                                       row_id=entry_id, owner=me))
            except PrivateItemUnreadable:
                continue
            keys.add(duplicate_key(created_at, str(content["title"]), str(content["body"])))
        return keys


def _tag_ids(session: OrmSession, known: dict[str, int], names: Iterable[str]) -> list[int]:
    ids: list[int] = []
    for raw in names:
        name = " ".join(raw.strip().lstrip("#@").split()).casefold()[:MAX_TAG_CHARS]
        if not name:
            continue
        if name not in known:
            known[name] = session.scalars(insert(TagRow).returning(TagRow.id), [{"name": name}]).one()
        if known[name] not in ids:
            ids.append(known[name])
    return ids


__all__ = ["JournalImporter", "duplicate_key"]
