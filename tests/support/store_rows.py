"""Journal rows written, read and searched straight through the store, for the store's own tests.

The product writes entries through services/journal; these helpers let store tests fill a database without it.
Sessions and transactions belong to the caller.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.domain.vocabulary import Visibility
from lifeline_desktop.store.fts import newest_shared_matches, shared_match_condition
from lifeline_desktop.store.models import JournalEntryRow, PartnerRow, TagRow


def get_partner(session: Session, slot: PartnerSlot) -> PartnerRow | None:
    return session.scalars(select(PartnerRow).where(PartnerRow.slot == slot)).one_or_none()


def _tags_named(session: Session, names: Sequence[str]) -> list[TagRow]:
    wanted = sorted({name.strip() for name in names if name.strip()})
    if not wanted:
        return []
    existing = {tag.name: tag for tag in session.scalars(select(TagRow).where(TagRow.name.in_(wanted)))}
    for name in wanted:
        if name not in existing:
            existing[name] = TagRow(name=name)
            session.add(existing[name])
    return [existing[name] for name in wanted]


def add_shared_entry(
    session: Session,
    journal_id: int,
    author: PartnerSlot,
    title: str,
    body: str,
    now: datetime,
    *,
    mood: str | None = None,
    tags: Sequence[str] = (),
    prompt_id: str | None = None,
) -> JournalEntryRow:
    """A shared entry: its text is searchable and readable by both partners."""
    entry = JournalEntryRow(
        journal_id=journal_id,
        author_slot=author,
        visibility=Visibility.SHARED,
        title=title,
        body=body,
        sealed_body=None,
        mood=mood,
        prompt_id=prompt_id,
        created_at=now,
        updated_at=now,
        tags=_tags_named(session, tags),
    )
    session.add(entry)
    session.flush()
    return entry


def add_private_entry(
    session: Session,
    journal_id: int,
    author: PartnerSlot,
    now: datetime,
    *,
    mood: str | None = None,
    tags: Sequence[str] = (),
    prompt_id: str | None = None,
) -> JournalEntryRow:
    """Reserve a private entry's row so the vault layer can bind the row id into the ciphertext.

    The row starts with an empty placeholder ciphertext; call `set_sealed_body` with the real one in the same
    transaction.
    """
    entry = JournalEntryRow(
        journal_id=journal_id,
        author_slot=author,
        visibility=Visibility.PRIVATE,
        title="",
        body="",
        sealed_body=b"",
        mood=mood,
        prompt_id=prompt_id,
        created_at=now,
        updated_at=now,
        tags=_tags_named(session, tags),
    )
    session.add(entry)
    session.flush()
    return entry


def set_sealed_body(session: Session, entry_id: int, sealed_body: bytes, now: datetime) -> None:
    entry = session.get_one(JournalEntryRow, entry_id)
    if entry.visibility is not Visibility.PRIVATE:
        raise ValueError("Only a private entry has a sealed body.")
    entry.sealed_body = sealed_body
    entry.updated_at = now


def list_entries(
    session: Session,
    journal_id: int,
    *,
    visibility: Visibility | None = None,
    author: PartnerSlot | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> list[JournalEntryRow]:
    """Entries of a journal, newest first."""
    query = select(JournalEntryRow).where(JournalEntryRow.journal_id == journal_id)
    if visibility is not None:
        query = query.where(JournalEntryRow.visibility == visibility)
    if author is not None:
        query = query.where(JournalEntryRow.author_slot == author)
    query = query.order_by(JournalEntryRow.created_at.desc(), JournalEntryRow.id.desc()).offset(offset)
    if limit is not None:
        query = query.limit(limit)
    return list(session.scalars(query))


def count_entries(session: Session, journal_id: int, visibility: Visibility | None = None) -> int:
    query = select(func.count()).select_from(JournalEntryRow).where(JournalEntryRow.journal_id == journal_id)
    if visibility is not None:
        query = query.where(JournalEntryRow.visibility == visibility)
    return int(session.scalar(query) or 0)


def search_shared(session: Session, query: str, limit: int = 1000) -> list[int]:
    """Ids of the shared entries matching `query` with the product's search, newest first.

    Both ways the product searches must agree: the Journal list's newest-first walk and the condition that counts
    and export use.
    """
    newest = [entry_id for _created, entry_id in newest_shared_matches(session, query, limit=limit)]
    counted = set(session.scalars(select(JournalEntryRow.id).where(shared_match_condition(query))))
    assert set(newest) == counted, (query, newest, counted)
    return newest
