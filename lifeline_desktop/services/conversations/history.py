"""Past conversations with their ratings and notes, for the History view.

Privacy: shared notes are for both. A private note is opened only for its author, with their personal key, while
their private space is open; the other partner learns only that it exists (a count), never its text. Two
queries for the whole history (sessions, then all their notes), never one per row.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from sqlalchemy import select

from lifeline_desktop.content.scripts import Script
from lifeline_desktop.domain.conversation import PlayedStep, expand
from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.services.conversations.views import NOTE_KIND, ConversationView, HistoryEntry, HistoryNote
from lifeline_desktop.services.vault.context import VaultContext
from lifeline_desktop.store.models import ConversationSessionRow, ConversationStepNoteRow
from lifeline_desktop.vault.private_items import PrivateItemUnreadable, open_private_text


def load_history(context: VaultContext, script: Callable[[str], Script | None],
                 view: Callable[[ConversationSessionRow], ConversationView]) -> list[HistoryEntry]:
    me = context.partner
    key = context.personal_key if context.private_space_open else None
    with context.transaction() as session:
        rows = session.scalars(select(ConversationSessionRow)
                               .where(ConversationSessionRow.finished_at.is_not(None))
                               .order_by(ConversationSessionRow.finished_at.desc(),
                                         ConversationSessionRow.id.desc())).all()
        ids = [row.id for row in rows]
        notes: dict[int, list[ConversationStepNoteRow]] = {}
        if ids:
            for note in session.scalars(select(ConversationStepNoteRow)
                                        .where(ConversationStepNoteRow.session_id.in_(ids))
                                        .order_by(ConversationStepNoteRow.step_index, ConversationStepNoteRow.id)):
                notes.setdefault(note.session_id, []).append(note)
        entries: list[HistoryEntry] = []
        for row in rows:
            found = script(row.script_id)
            steps = expand(found.outline, row.first_speaker or PartnerSlot.A) if found is not None else []

            shared: list[HistoryNote] = []
            mine: list[HistoryNote] = []
            mine_count = theirs_count = 0
            for note in notes.get(row.id, []):
                if note.sealed_note is None:
                    shared.append(HistoryNote(note.step_index + 1, _words(steps, note.step_index), note.note))
                elif note.author_slot is me:
                    mine_count += 1
                    if key is None:
                        continue
                    try:
                        text = open_private_text(key, note.sealed_note, kind=NOTE_KIND, row_id=note.id, owner=me)
                    except PrivateItemUnreadable:
                        continue
                    mine.append(HistoryNote(note.step_index + 1, _words(steps, note.step_index), text))
                else:
                    theirs_count += 1
            finished = row.finished_at or row.started_at
            entries.append(HistoryEntry(view(row), max(finished - row.started_at, timedelta(0)), tuple(shared),
                                        tuple(mine), mine_count, theirs_count))
        return entries


def _words(steps: list[PlayedStep], index: int) -> str:
    return steps[index].outline.text if 0 <= index < len(steps) else ""
