"""What the shared archive holds, read from the store in one transaction (see ARCHIVE_README for the format).

Only what both partners already share goes in: shared entries, revealed answers, shared notes. Private entries,
private reflections and notes, drafts, each partner's safety answer and care mark, and anything still sealed (a
check-in, check-up, follow-up or answer the other has not seen yet, a wish still in the jar) stay behind.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from lifeline_desktop.domain.vocabulary import Visibility
from lifeline_desktop.services.reports.archive_rows import iso, plain_row
from lifeline_desktop.store.models import (
    ActivityIdeaRow,
    AgendaTopicRow,
    AppreciationNoteRow,
    CheckInRow,
    CheckupRow,
    CheckupTurnRow,
    ConversationSessionRow,
    EntryReadMarkerRow,
    FollowUpRow,
    HiddenMemoryRow,
    JournalEntryRow,
    MilestoneRow,
    PlanOutcomeRow,
    PlanRow,
    ProgramEnrolmentRow,
    SealedAnswerRow,
    TagRow,
    UserScriptRow,
    WishRow,
)
from lifeline_desktop.store.vault_meta import read_meta

# The couple's own settings kept in vault_meta. Secrets (the reveal key), each partner's sealed choices and care
# marks, and the vault's own bookkeeping never leave.
SETTING_KEYS = ("checkins.rhythm_days", "guide.path", "guide.path_ignored", "guide.suggestions_off.a",
                "guide.suggestions_off.b", "memories.turned_off_by", "journal.prompt_order_seed",
                "planner.last_seen.a", "planner.last_seen.b")


def shared_sections(session: Session) -> dict[str, Any]:
    entries = list(session.scalars(select(JournalEntryRow).where(JournalEntryRow.visibility == Visibility.SHARED)
                                   .order_by(JournalEntryRow.created_at, JournalEntryRow.id)))
    entry_ids = {row.id for row in entries}
    plans = {p.id: _plan(session, p) for p in session.scalars(select(PlanRow).order_by(PlanRow.id))}
    milestones = [{"kind": m.kind.value, "title": m.title, "note": m.note, "happened_on": m.happened_on,
                   "added_by": m.created_by_slot.value, "created_at": iso(m.created_at),
                   "reminder_plan": plans.pop(m.plan_id) if m.plan_id in plans else None}
                  for m in session.scalars(select(MilestoneRow).order_by(MilestoneRow.id))]
    waiting = Counter(w.author_slot.value for w in session.scalars(select(WishRow).where(WishRow.text.is_(None))))
    return {
        "tags": list(session.scalars(select(TagRow.name).order_by(TagRow.name))),
        "entries": [_entry(session, row) for row in entries],
        "appreciations": [{"id": n.id, "from": n.from_slot.value, "to": n.to_slot.value, "body": n.body,
                           "created_at": iso(n.created_at), "read_at": iso(n.read_at)}
                          for n in session.scalars(select(AppreciationNoteRow).order_by(AppreciationNoteRow.id))],
        "milestones": milestones,
        "plans": list(plans.values()),
        "ideas": _rows(session, ActivityIdeaRow),
        "wishes": _rows(session, WishRow, WishRow.text.is_not(None)),
        "wishes_in_the_jar": {slot: waiting[slot] for slot in sorted(waiting)},
        "scripts": _rows(session, UserScriptRow),
        "conversations": [_conversation(session, row, entry_ids)
                          for row in session.scalars(select(ConversationSessionRow).order_by(
                              ConversationSessionRow.id))],
        "check_ins": _rows(session, CheckInRow, CheckInRow.sealed.is_(None)),
        "agenda": _rows(session, AgendaTopicRow),
        "checkups": [{**plain_row(row), "turns": _rows(session, CheckupTurnRow, CheckupTurnRow.checkup_id == row.id,
                                                       CheckupTurnRow.answers.is_not(None), skip=("checkup_id",))}
                     for row in session.scalars(select(CheckupRow).order_by(CheckupRow.id))],
        "answers": _rows(session, SealedAnswerRow, SealedAnswerRow.revealed_at.is_not(None)),
        "programs": [_linked({**plain_row(row), "steps": [plain_row(step, skip=("id", "enrolment_id"))
                                                          for step in row.step_progress]}, entry_ids)
                     for row in session.scalars(select(ProgramEnrolmentRow).order_by(ProgramEnrolmentRow.id))],
        "hidden_memories": _rows(session, HiddenMemoryRow),
        "settings": {key: value for key in SETTING_KEYS if (value := read_meta(session, key)) is not None},
    }


def _rows(session: Session, model: type[Any], *where: Any, skip: tuple[str, ...] = ()) -> list[dict[str, Any]]:
    return [plain_row(row, skip) for row in session.scalars(select(model).where(*where).order_by(model.id))]


def _linked(record: dict[str, Any], entry_ids: set[int]) -> dict[str, Any]:
    """A link to a journal entry the archive does not hold (a private one) is dropped."""
    if record.get("journal_entry_id") not in entry_ids:
        record["journal_entry_id"] = None
    return record


def _entry(session: Session, row: JournalEntryRow) -> dict[str, Any]:
    read = session.scalars(select(EntryReadMarkerRow).where(EntryReadMarkerRow.entry_id == row.id))
    return {"id": row.id, "author": row.author_slot.value, "title": row.title, "body": row.body, "mood": row.mood,
            "tags": [tag.name for tag in row.tags], "prompt_id": row.prompt_id, "created_at": iso(row.created_at),
            "updated_at": iso(row.updated_at),
            "replies": [{"author": r.author_slot.value, "body": r.body, "created_at": iso(r.created_at),
                         "updated_at": iso(r.updated_at)} for r in row.replies],
            "reactions": [{"author": r.author_slot.value, "reaction": r.reaction, "created_at": iso(r.created_at)}
                          for r in sorted(row.reactions, key=lambda r: r.id)],
            "read_at": {m.reader_slot.value: iso(m.read_at) for m in sorted(read, key=lambda m: m.reader_slot)}}


def _conversation(session: Session, row: ConversationSessionRow, entry_ids: set[int]) -> dict[str, Any]:
    notes = [plain_row(n, skip=("id", "session_id")) for n in sorted(row.step_notes, key=lambda n: n.id)
             if n.sealed_note is None]
    follow_ups = _rows(session, FollowUpRow, FollowUpRow.conversation_id == row.id, FollowUpRow.sealed.is_(None),
                       skip=("id", "conversation_id"))
    return _linked({**plain_row(row), "notes": notes, "follow_ups": follow_ups}, entry_ids)


def _plan(session: Session, row: PlanRow) -> dict[str, Any]:
    outcomes = session.scalars(select(PlanOutcomeRow).where(PlanOutcomeRow.plan_id == row.id)
                               .order_by(PlanOutcomeRow.id))
    return {"id": row.id, "title": row.title, "starts_at": iso(row.starts_at), "time_zone": row.time_zone,
            "duration_minutes": row.duration_minutes, "recurrence_rule": row.recurrence_rule,
            "status": row.status.value, "reminder_minutes": row.reminder_minutes,
            "created_by": row.created_by_slot.value, "created_at": iso(row.created_at),
            "updated_at": iso(row.updated_at), "place": row.place, "notes": row.notes,
            "phones_away": row.phones_away, "from_wish": row.from_wish, "idea_id": row.idea_id,
            "exceptions": [{"occurrence_starts_at": iso(x.occurrence_starts_at), "new_starts_at": iso(x.new_starts_at)}
                           for x in sorted(row.exceptions, key=lambda x: x.id)],
            "outcomes": [{"occurrence_starts_at": iso(o.occurrence_starts_at), "outcome": o.outcome.value,
                          "marked_by": o.marked_by_slot.value, "marked_at": iso(o.marked_at)} for o in outcomes],
            "reflections": [{"author": r.author_slot.value, "enjoyment": r.enjoyment, "note": r.note,
                             "occurrence_starts_at": iso(r.occurrence_starts_at), "created_at": iso(r.created_at)}
                            for r in sorted(row.reflections, key=lambda r: r.id)
                            if r.visibility is Visibility.SHARED]}
