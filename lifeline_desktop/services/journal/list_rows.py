"""What a Journal list row shows beside the entry itself, fetched for a whole page in four queries (never per row)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session as OrmSession

from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.services.journal.entry_filters import as_utc
from lifeline_desktop.store.models import (
    EntryReactionRow,
    EntryReadMarkerRow,
    EntryReplyRow,
    JournalEntryTagRow,
    TagRow,
)

RowExtras = tuple[dict[int, tuple[int, datetime | None]], dict[int, list[str]], dict[int, datetime],
                  dict[int, list[str]]]


def list_row_extras(session: OrmSession, entry_ids: list[int], me: PartnerSlot) -> RowExtras:
    """Per entry: (reply count, newest reply by the other partner), reactions, when I read it, tag names."""
    reply_counts: dict[int, tuple[int, datetime | None]] = {}
    for entry_id, count, latest_other in session.execute(
            select(EntryReplyRow.entry_id, func.count(),
                   func.max(case((EntryReplyRow.author_slot != me, EntryReplyRow.created_at), else_=None)))
            .where(EntryReplyRow.entry_id.in_(entry_ids)).group_by(EntryReplyRow.entry_id)):
        reply_counts[entry_id] = (count, as_utc(latest_other))
    reactions: dict[int, list[str]] = {}
    for entry_id, reaction in session.execute(
            select(EntryReactionRow.entry_id, EntryReactionRow.reaction)
            .where(EntryReactionRow.entry_id.in_(entry_ids)).order_by(EntryReactionRow.id)):
        reactions.setdefault(entry_id, []).append(reaction)
    read: dict[int, datetime] = {entry_id: read_at for entry_id, read_at in session.execute(
        select(EntryReadMarkerRow.entry_id, EntryReadMarkerRow.read_at).where(
            EntryReadMarkerRow.reader_slot == me, EntryReadMarkerRow.entry_id.in_(entry_ids)))}
    tag_names: dict[int, list[str]] = {}
    for entry_id, name in session.execute(
            select(JournalEntryTagRow.entry_id, TagRow.name).join(TagRow)
            .where(JournalEntryTagRow.entry_id.in_(entry_ids)).order_by(TagRow.name)):
        tag_names.setdefault(entry_id, []).append(name)
    return reply_counts, reactions, read, tag_names
