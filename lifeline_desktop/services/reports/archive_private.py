"""What a private archive holds besides private entries: my wishes still in the jar and my private notes from
conversations, opened with my key on the way out and sealed under my key again on the way in. Nothing the other
partner wrote can be opened here, so nothing of theirs ever goes out.

A note comes back into its conversation (found by script and start, as a shared archive brings it back); when that
conversation is not in the vault, it becomes a private journal entry instead, so nothing is lost.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from lifeline_desktop.services.conversations.views import NOTE_KIND
from lifeline_desktop.services.imports.views import ImportedEntry
from lifeline_desktop.services.planner.wish_jar import WISH_KIND
from lifeline_desktop.services.reports.archive_rows import iso, moment
from lifeline_desktop.services.vault.context import VaultContext
from lifeline_desktop.store.models import ConversationSessionRow, ConversationStepNoteRow, WishRow
from lifeline_desktop.vault.private_items import PrivateItemUnreadable, open_private_text, seal_private_text


def _opened(context: VaultContext, sealed: bytes | None, kind: str, row_id: int) -> str | None:
    try:
        return open_private_text(context.personal_key, sealed or b"", kind=kind, row_id=row_id, owner=context.partner)
    except PrivateItemUnreadable:
        return None  # sealed under a key replaced after a forgotten passphrase: unreadable for anyone


def own_private_things(context: VaultContext) -> dict[str, list[dict[str, Any]]]:
    me = context.partner
    wishes: list[dict[str, Any]] = []
    notes: list[dict[str, Any]] = []
    with context.transaction() as session:
        for wish in session.scalars(select(WishRow).where(WishRow.author_slot == me, WishRow.text.is_(None))
                                    .order_by(WishRow.id)):
            if (text := _opened(context, wish.sealed_text, WISH_KIND, wish.id)) is not None:
                wishes.append({"author_slot": me.value, "text": text, "created_at": iso(wish.created_at)})
        talks = ConversationSessionRow.id == ConversationStepNoteRow.session_id
        rows = session.execute(select(ConversationStepNoteRow, ConversationSessionRow)
                               .join(ConversationSessionRow, talks)
                               .where(ConversationStepNoteRow.author_slot == me,
                                      ConversationStepNoteRow.sealed_note.is_not(None))
                               .order_by(ConversationStepNoteRow.id)).all()
        for note, talk in rows:
            if (text := _opened(context, note.sealed_note, NOTE_KIND, note.id)) is not None:
                notes.append({"script_id": talk.script_id, "conversation_started_at": iso(talk.started_at),
                              "step_index": note.step_index, "note": text, "created_at": iso(note.created_at)})
    return {"wishes": wishes, "notes": notes}


class OwnPrivateThings:
    """My wishes and notes from a private archive, sealed under my key, written inside the transaction that brings
    my private entries in (`JournalImporter.write(also=…)`), so all comes in or nothing."""

    def __init__(self, context: VaultContext, document: dict[str, Any]) -> None:
        self._context = context
        self._wishes = list(document.get("wishes", ()))
        self._notes = list(document.get("notes", ()))
        self.written = 0

    def homeless_notes(self) -> list[ImportedEntry]:
        """Notes whose conversation is not in this vault (or already has my note there): for my private journal."""
        with self._context.transaction() as session:
            return [ImportedEntry(moment(note["created_at"]) or self._context.clock.now(), "A note from a conversation",
                                  note["note"], (), f"note {number}")
                    for number, note in enumerate(self._notes, start=1) if self._home(session, note) is None]

    def write(self, session: OrmSession) -> None:
        key, me = self._context.personal_key, self._context.partner
        for wish in self._wishes:
            jar = WishRow(author_slot=me, sealed_text=b"",
                          created_at=moment(wish["created_at"]) or self._context.clock.now())
            session.add(jar)
            session.flush()
            jar.sealed_text = seal_private_text(key, wish["text"], kind=WISH_KIND, row_id=jar.id, owner=me)
            self.written += 1
        for note in self._notes:
            talk = self._home(session, note)
            if talk is None:
                continue  # one of homeless_notes(): in the journal
            row = ConversationStepNoteRow(session_id=talk, step_index=note["step_index"], author_slot=me, note="",
                                          created_at=moment(note["created_at"]))
            session.add(row)
            session.flush()
            row.sealed_note = seal_private_text(key, note["note"], kind=NOTE_KIND, row_id=row.id, owner=me)
            self.written += 1

    def _home(self, session: OrmSession, note: dict[str, Any]) -> int | None:
        talk = session.scalars(select(ConversationSessionRow.id).where(
            ConversationSessionRow.script_id == note["script_id"],
            ConversationSessionRow.started_at == moment(note["conversation_started_at"]))).first()
        if talk is None or session.scalars(select(ConversationStepNoteRow.id).where(
                ConversationStepNoteRow.session_id == talk, ConversationStepNoteRow.step_index == note["step_index"],
                ConversationStepNoteRow.author_slot == self._context.partner)).first() is not None:
            return None
        return int(talk)
