"""Appreciation notes: a few words from one partner to the other, shown at the recipient's next unlock."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select, update

from lifeline_desktop.domain.errors import InvalidInput, msg
from lifeline_desktop.services.journal.views import AppreciationNote
from lifeline_desktop.services.vault.context import VaultContext
from lifeline_desktop.store.models import AppreciationNoteRow

MAX_NOTE_CHARS = 4_000
NOTE_STARTERS = ("I noticed…", "Thank you for…", "I loved it when…", "It meant a lot that…")


class AppreciationService:
    def __init__(self, context: VaultContext) -> None:
        self._context = context

    def send(self, body: str, *, written_at: datetime | None = None) -> int:
        text = body.strip()
        if not text or text in NOTE_STARTERS:
            raise InvalidInput(msg("A note needs a few words of your own."))
        if len(text) > MAX_NOTE_CHARS:
            raise InvalidInput(msg("That is a long note: perhaps it wants to be a journal entry?"))
        me = self._context.partner
        with self._context.transaction() as session:
            row = AppreciationNoteRow(from_slot=me, to_slot=me.other, body=text,
                                      created_at=written_at or self._context.clock.now())
            session.add(row)
            session.flush()
            return row.id

    def notes(self) -> list[AppreciationNote]:
        """The gratitude list: notes both ways, newest first."""
        me = self._context.partner
        with self._context.transaction() as session:
            rows = session.scalars(select(AppreciationNoteRow).order_by(AppreciationNoteRow.created_at.desc(),
                                                                        AppreciationNoteRow.id.desc())).all()
            return [AppreciationNote(r.id, r.from_slot, r.to_slot, r.body, r.created_at,
                                     r.to_slot is me and r.read_at is None) for r in rows]

    def unread(self) -> list[AppreciationNote]:
        return [note for note in self.notes() if note.unread]

    def unread_count(self) -> int:
        with self._context.transaction() as session:
            return session.scalar(select(func.count()).select_from(AppreciationNoteRow).where(
                AppreciationNoteRow.to_slot == self._context.partner,
                AppreciationNoteRow.read_at.is_(None))) or 0

    def mark_all_read(self) -> None:
        with self._context.transaction() as session:
            session.execute(update(AppreciationNoteRow).where(
                AppreciationNoteRow.to_slot == self._context.partner, AppreciationNoteRow.read_at.is_(None))
                .values(read_at=self._context.clock.now()))
