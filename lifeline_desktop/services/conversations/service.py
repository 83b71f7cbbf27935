"""Guided conversations: start a script, keep the step (so a lock or a crash resumes there), breaks, ratings,
notes per step, and a summary for the journal.

Privacy: a private step note is sealed under its author's personal key and stored only as ciphertext; it is
never returned to the other partner and never goes into the summary. Shared notes are written together at the
screen, so they carry no author.

The script library is loaded once, on first use (off the GUI thread: every method here runs on the Runner).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from lifeline_desktop.content.scripts import CommonModel, Script, ScriptLibrary, builtin_library
from lifeline_desktop.domain.conversation import MIN_BREAK_MINUTES, PlayedStep, check_rating, expand
from lifeline_desktop.domain.errors import InvalidInput, msg
from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.services.conversations.history import load_history
from lifeline_desktop.services.conversations.own_scripts import OwnScriptStore
from lifeline_desktop.services.conversations.views import NOTE_KIND, ConversationView, HistoryEntry, Ratings, StepNote
from lifeline_desktop.services.journal.service import JournalService
from lifeline_desktop.services.vault.context import VaultContext
from lifeline_desktop.services.vault.records import partner_names
from lifeline_desktop.store.models import ConversationSessionRow, ConversationStepNoteRow
from lifeline_desktop.vault.private_items import PrivateItemUnreadable, open_private_text, seal_private_text

MAX_NOTE_CHARS = 20_000


class ConversationService:
    def __init__(self, context: VaultContext, journal: JournalService,
                 library: Callable[[], ScriptLibrary] = builtin_library) -> None:
        self._context = context
        self._journal = journal
        self._load_library = library
        self._merged: ScriptLibrary | None = None
        self.own_script_problems: list[str] = []
        self.own = OwnScriptStore(context, lambda: (s.id for s in self._load_library().all()), self._forget_library)

    # --- the library ------------------------------------------------------------------------------------------

    @property
    def library(self) -> ScriptLibrary:
        """The built-in scripts and ours (read from the vault once, again after each change)."""
        if self._merged is None:
            builtin = self._load_library()
            own = self.own.load()
            self.own_script_problems = own.problems
            self._merged = ScriptLibrary(builtin.all() + own.scripts, builtin.common)
        return self._merged

    def _ready(self) -> None:
        """Reads our own scripts, if not yet read, before a transaction starts (never one inside another)."""
        _ = self.library

    def _forget_library(self) -> None:
        self._merged = None

    def scripts(self) -> list[Script]:
        return sorted(self.library.all(), key=lambda s: s.title.casefold())

    def common(self) -> CommonModel:
        return self.library.common

    def script(self, script_id: str) -> Script:
        script = self.library.get(script_id)
        if script is None:
            raise InvalidInput(msg("This conversation script is no longer available."))
        return script

    def steps(self, conversation: ConversationView) -> list[PlayedStep]:
        return expand(self.script(conversation.script_id).outline, conversation.first_speaker)

    # --- sessions ---------------------------------------------------------------------------------------------

    def start(self, script_id: str, first_speaker: PartnerSlot, *, before_a: int | None = None,
              before_b: int | None = None) -> ConversationView:
        script = self.script(script_id)
        with self._context.transaction() as session:
            row = ConversationSessionRow(
                script_id=script.id, script_version=script.version, started_at=self._context.clock.now(),
                current_step=0, first_speaker=first_speaker,
                rating_before_a=check_rating(before_a), rating_before_b=check_rating(before_b))
            session.add(row)
            session.flush()
            return self._view(row)

    def get(self, conversation_id: int) -> ConversationView:
        self._ready()
        with self._context.transaction() as session:
            return self._view(self._row(session, conversation_id))

    def unfinished(self) -> ConversationView | None:
        """The most recent conversation not yet finished, to offer to resume (scripts since removed are skipped)."""
        paused = self.paused()
        return paused[0] if paused else None

    def paused(self) -> list[ConversationView]:
        """Every conversation started and not finished, newest first: starting another never hides one."""
        self._ready()
        with self._context.transaction() as session:
            rows = session.scalars(select(ConversationSessionRow)
                                   .where(ConversationSessionRow.finished_at.is_(None))
                                   .order_by(ConversationSessionRow.started_at.desc(),
                                             ConversationSessionRow.id.desc())).all()
            return [self._view(row) for row in rows if self.library.get(row.script_id) is not None]

    def history(self) -> list[ConversationView]:
        """Finished conversations, newest first."""
        self._ready()
        with self._context.transaction() as session:
            rows = session.scalars(select(ConversationSessionRow)
                                   .where(ConversationSessionRow.finished_at.is_not(None))
                                   .order_by(ConversationSessionRow.finished_at.desc())).all()
            return [self._view(row) for row in rows if self.library.get(row.script_id) is not None]

    def history_entries(self) -> list[HistoryEntry]:
        """Finished conversations, newest first, with duration, ratings and notes (never the other's private
        text: only how many private notes they kept)."""
        library = self.library
        return load_history(self._context, library.get, self._view)

    def move_to(self, conversation_id: int, step: int) -> None:
        """Saved on every step change, so a lock or a crash resumes on this step."""
        with self._context.transaction() as session:
            row = self._row(session, conversation_id)
            count = len(expand(self.script(row.script_id).outline))
            if not 0 <= step < count:
                raise InvalidInput(msg("That step is not part of this conversation."))
            row.current_step = step

    def rate_before(self, conversation_id: int, a: int | None, b: int | None) -> None:
        with self._context.transaction() as session:
            row = self._row(session, conversation_id)
            row.rating_before_a, row.rating_before_b = check_rating(a), check_rating(b)

    def rate_after(self, conversation_id: int, a: int | None, b: int | None) -> None:
        with self._context.transaction() as session:
            row = self._row(session, conversation_id)
            row.rating_after_a, row.rating_after_b = check_rating(a), check_rating(b)

    def start_break(self, conversation_id: int, minutes: int = MIN_BREAK_MINUTES) -> datetime:
        if minutes < MIN_BREAK_MINUTES:
            raise InvalidInput(msg("A break lasts at least %1 minutes, so both can calm down.", MIN_BREAK_MINUTES))
        until = self._context.clock.now() + timedelta(minutes=minutes)
        with self._context.transaction() as session:
            self._row(session, conversation_id).break_until = until
        return until

    def end_break(self, conversation_id: int) -> None:
        with self._context.transaction() as session:
            self._row(session, conversation_id).break_until = None

    def finish(self, conversation_id: int) -> ConversationView:
        self._ready()
        with self._context.transaction() as session:
            row = self._row(session, conversation_id)
            if row.finished_at is None:
                row.finished_at = self._context.clock.now()
                row.break_until = None
            return self._view(row)

    # --- notes ------------------------------------------------------------------------------------------------

    def save_note(self, conversation_id: int, step_index: int, text: str, *, private: bool) -> None:
        """One shared note per step (written together) and one private note per step for the signed-in partner.

        An empty text removes the note. A private note is sealed under the author's personal key.
        """
        if len(text) > MAX_NOTE_CHARS:
            raise InvalidInput(msg("This note is very long. Keep the heart of it here and the rest in the journal."))
        author = self._context.partner if private else None
        personal_key = self._context.personal_key if private else None  # PrivateSpaceClosed, nothing written
        with self._context.transaction() as session:
            self._row(session, conversation_id)
            row = session.scalars(select(ConversationStepNoteRow).where(
                ConversationStepNoteRow.session_id == conversation_id,
                ConversationStepNoteRow.step_index == step_index,
                ConversationStepNoteRow.author_slot.is_(None) if author is None
                else ConversationStepNoteRow.author_slot == author)).first()
            if not text.strip():
                if row is not None:
                    session.delete(row)
                return
            if row is None:
                row = ConversationStepNoteRow(session_id=conversation_id, step_index=step_index, author_slot=author,
                                              note="", created_at=self._context.clock.now())
                session.add(row)
                session.flush()
            if personal_key is None:
                row.note = text
            else:
                row.note = ""
                row.sealed_note = seal_private_text(personal_key, text, kind=NOTE_KIND, row_id=row.id,
                                                    owner=self._context.partner)

    def notes(self, conversation_id: int) -> list[StepNote]:
        """Shared notes, and the signed-in partner's own private notes while their private space is open."""
        me = self._context.partner
        key = self._context.personal_key if self._context.private_space_open else None
        with self._context.transaction() as session:
            rows = session.scalars(select(ConversationStepNoteRow)
                                   .where(ConversationStepNoteRow.session_id == conversation_id)
                                   .order_by(ConversationStepNoteRow.step_index, ConversationStepNoteRow.id)).all()
            found: list[StepNote] = []
            for row in rows:
                if row.sealed_note is None:
                    found.append(StepNote(row.step_index, False, row.author_slot, row.note))
                elif row.author_slot is me and key is not None:
                    try:
                        text = open_private_text(key, row.sealed_note, kind=NOTE_KIND, row_id=row.id, owner=me)
                    except PrivateItemUnreadable:
                        continue  # sealed under a key replaced after a forgotten passphrase
                    found.append(StepNote(row.step_index, True, me, text))
            return found

    def private_note_count(self, conversation_id: int, author: PartnerSlot) -> int:
        """How many private notes a partner kept in a conversation: the other may see the count, never the text."""
        with self._context.transaction() as session:
            return len(session.scalars(select(ConversationStepNoteRow.id).where(
                ConversationStepNoteRow.session_id == conversation_id,
                ConversationStepNoteRow.author_slot == author,
                ConversationStepNoteRow.sealed_note.is_not(None))).all())

    # --- the summary ------------------------------------------------------------------------------------------

    def summary(self, conversation_id: int) -> tuple[str, str]:
        """A title and a Markdown body: the script, the date, both ratings and the shared notes (never private)."""
        conversation = self.get(conversation_id)
        script = self.script(conversation.script_id)
        steps = expand(script.outline, conversation.first_speaker)
        names = {slot: name for slot, (name, _colour) in partner_names(self._context).items()}
        day = conversation.started_at.astimezone().strftime("%d %B %Y").lstrip("0")
        lines = [f"We talked through “{script.title}” together on {day}.", ""]
        rated = [slot for slot in PartnerSlot
                 if conversation.ratings.before(slot) is not None or conversation.ratings.after(slot) is not None]
        if rated:
            lines += ["How connected we felt, from 1 to 10:", ""]
            for slot in rated:
                before = conversation.ratings.before(slot)
                after = conversation.ratings.after(slot)
                lines.append(f"- {names.get(slot, slot.value.upper())}: {before if before is not None else '–'}"
                             f" before, {after if after is not None else '–'} after")
            lines.append("")
        shared = [note for note in self.notes(conversation_id) if not note.private]
        if shared:
            lines += ["What we noted together:", ""]
            for note in shared:
                step_words = steps[note.step_index].outline.text if note.step_index < len(steps) else ""
                lines.append(f"- *{_short(step_words)}* {note.text.strip()}")
            lines.append("")
        if not conversation.finished:
            lines.append("We stopped before the end, and that is fine.")
        return f"Conversation: {script.title}", "\n".join(lines).strip() + "\n"

    def send_summary_to_journal(self, conversation_id: int) -> int:
        """Adds the summary as a shared journal entry, once; returns the entry's id."""
        conversation = self.get(conversation_id)
        if conversation.journal_entry_id is not None:
            return conversation.journal_entry_id
        title, body = self.summary(conversation_id)
        entry_id = self._journal.add_entry(title, body)
        with self._context.transaction() as session:
            self._row(session, conversation_id).journal_entry_id = entry_id
        return entry_id

    # --- inside -----------------------------------------------------------------------------------------------

    def _row(self, session: OrmSession, conversation_id: int) -> ConversationSessionRow:
        row = session.get(ConversationSessionRow, conversation_id)
        if row is None:
            raise InvalidInput(msg("This conversation is no longer in the vault."))
        return row

    def _view(self, row: ConversationSessionRow) -> ConversationView:
        script = self.library.get(row.script_id)
        count = len(expand(script.outline)) if script is not None else 0
        return ConversationView(
            id=row.id, script_id=row.script_id, script_version=row.script_version,
            title=script.title if script is not None else row.script_id, started_at=row.started_at,
            finished_at=row.finished_at, current_step=min(row.current_step, max(count - 1, 0)), step_count=count,
            first_speaker=row.first_speaker or PartnerSlot.A, break_until=row.break_until,
            ratings=Ratings(row.rating_before_a, row.rating_before_b, row.rating_after_a, row.rating_after_b),
            journal_entry_id=row.journal_entry_id)


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
