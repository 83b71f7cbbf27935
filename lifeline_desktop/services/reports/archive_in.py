"""A shared archive back into a new vault, in one transaction (the caller's): every section of ARCHIVE_README, with
the archive's ids turned into the new vault's. Version 1 archives lack some fields; those get plain defaults.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.domain.vocabulary import MemoryKind, MilestoneKind, OccurrenceOutcome, PlanStatus, Visibility
from lifeline_desktop.services.reports.archive_out import SETTING_KEYS
from lifeline_desktop.services.reports.archive_rows import ArchiveIds, moment, row_from
from lifeline_desktop.store.models import (
    ActivityIdeaRow,
    AgendaTopicRow,
    AppreciationNoteRow,
    CheckInRow,
    CheckupRow,
    CheckupTurnRow,
    ConversationSessionRow,
    ConversationStepNoteRow,
    EntryReactionRow,
    EntryReadMarkerRow,
    EntryReplyRow,
    FollowUpRow,
    HiddenMemoryRow,
    JournalEntryRow,
    JournalRow,
    MilestoneRow,
    PlanExceptionRow,
    PlanOutcomeRow,
    PlanReflectionRow,
    PlanRow,
    ProgramEnrolmentRow,
    ProgramStepProgressRow,
    SealedAnswerRow,
    TagRow,
    UserScriptRow,
    WishRow,
)
from lifeline_desktop.store.vault_meta import write_meta

_MEMORY_KINDS = {MemoryKind.ENTRY: "entry", MemoryKind.APPRECIATION: "appreciation", MemoryKind.PLAN: "plan"}


def restore_shared(session: Session, document: dict[str, Any]) -> int:
    """Writes everything; returns how many records came back (entries, notes, plans, rows of every section)."""
    ids = ArchiveIds()
    tags: dict[str, TagRow] = {tag.name: tag for tag in session.scalars(select(TagRow))}
    for name in document.get("tags", ()):
        session.add(tags.setdefault(name, TagRow(name=name)))
    count = _ideas(session, document.get("ideas", ()), ids)
    journal_id = session.scalars(select(JournalRow.id).order_by(JournalRow.id)).first()
    for e in document["entries"]:
        _entry(session, e, journal_id, tags, ids)
    for n in document.get("appreciations", ()):
        row = AppreciationNoteRow(from_slot=PartnerSlot(n["from"]), to_slot=PartnerSlot(n["to"]), body=n["body"],
                                  created_at=moment(n["created_at"]), read_at=moment(n.get("read_at")))
        session.add(row)
        session.flush()
        ids.keep("appreciation", n.get("id"), row.id)
    for p in document.get("plans", ()):
        _plan(session, p, ids)
    for m in document.get("milestones", ()):
        reminder = m.get("reminder_plan")
        session.add(MilestoneRow(kind=MilestoneKind(m["kind"]), title=m["title"], note=m.get("note", ""),
                                 happened_on=m["happened_on"], created_by_slot=PartnerSlot(m["added_by"]),
                                 created_at=moment(m.get("created_at")) or datetime.now(UTC),
                                 plan_id=_plan(session, reminder, ids) if reminder else None))
    count += len(document["entries"]) + len(document.get("appreciations", ())) + len(document.get("plans", ()))
    count += len(document.get("milestones", ())) + _the_rest(session, document, ids)
    _settings(session, document.get("settings", {}), ids)
    return count


def _ideas(session: Session, ideas: Any, ids: ArchiveIds) -> int:
    for data in ideas:
        builtin = data.get("builtin_id")
        row = session.scalars(select(ActivityIdeaRow).where(ActivityIdeaRow.builtin_id == builtin)).first() \
            if builtin else None
        if row is None:
            row = row_from(ActivityIdeaRow, data)
            session.add(row)
        else:
            for flag in ("archived", "favourite", "hidden"):
                setattr(row, flag, bool(data.get(flag)))
        session.flush()
        ids.keep("idea", data["id"], row.id)
    return len(ideas)


def _entry(session: Session, e: dict[str, Any], journal_id: int | None, tags: dict[str, TagRow],
           ids: ArchiveIds) -> None:
    created = moment(e["created_at"])
    row = JournalEntryRow(journal_id=journal_id, author_slot=PartnerSlot(e["author"]), visibility=Visibility.SHARED,
                          title=e["title"], body=e["body"], sealed_body=None, mood=e.get("mood"),
                          prompt_id=e.get("prompt_id"), created_at=created,
                          updated_at=moment(e.get("updated_at")) or created)
    row.tags = [tags.setdefault(name, TagRow(name=name)) for name in dict.fromkeys(e.get("tags", ()))]
    session.add(row)
    session.flush()
    ids.keep("entry", e.get("id"), row.id)
    for r in e.get("replies", ()):
        written = moment(r["created_at"])
        session.add(EntryReplyRow(entry_id=row.id, author_slot=PartnerSlot(r["author"]), body=r["body"],
                                  created_at=written, updated_at=moment(r.get("updated_at")) or written))
    for r in e.get("reactions", ()):
        session.add(EntryReactionRow(entry_id=row.id, author_slot=PartnerSlot(r["author"]), reaction=r["reaction"],
                                     created_at=moment(r.get("created_at")) or created))
    for slot, read_at in e.get("read_at", {}).items():
        session.add(EntryReadMarkerRow(entry_id=row.id, reader_slot=PartnerSlot(slot), read_at=moment(read_at)))


def _plan(session: Session, p: dict[str, Any], ids: ArchiveIds) -> int:
    starts = moment(p["starts_at"])
    plan = PlanRow(title=p["title"], starts_at=starts, time_zone=p["time_zone"],
                   duration_minutes=p["duration_minutes"], recurrence_rule=p.get("recurrence_rule"),
                   status=PlanStatus(p["status"]), reminder_minutes=p.get("reminder_minutes"),
                   created_by_slot=PartnerSlot(p["created_by"]), created_at=moment(p.get("created_at")) or starts,
                   updated_at=moment(p.get("updated_at")) or starts, place=p.get("place", ""),
                   notes=p.get("notes", ""), phones_away=bool(p.get("phones_away")),
                   from_wish=bool(p.get("from_wish")), idea_id=ids.new("idea", p.get("idea_id")))
    plan.exceptions = [PlanExceptionRow(occurrence_starts_at=moment(x["occurrence_starts_at"]),
                                        new_starts_at=moment(x.get("new_starts_at"))) for x in p["exceptions"]]
    plan.reflections = [PlanReflectionRow(author_slot=PartnerSlot(r["author"]), enjoyment=r.get("enjoyment"),
                                          note=r.get("note", ""),
                                          created_at=moment(r.get("created_at") or r["occurrence_starts_at"]),
                                          occurrence_starts_at=moment(r["occurrence_starts_at"]))
                        for r in p["reflections"]]
    session.add(plan)
    session.flush()
    ids.keep("plan", p.get("id"), plan.id)
    for o in p.get("outcomes", ()):
        occurrence = moment(o["occurrence_starts_at"])
        session.add(PlanOutcomeRow(plan_id=plan.id, occurrence_starts_at=occurrence,
                                   outcome=OccurrenceOutcome(o["outcome"]), marked_by_slot=PartnerSlot(o["marked_by"]),
                                   marked_at=moment(o.get("marked_at")) or occurrence))
    return int(plan.id)


def _the_rest(session: Session, document: dict[str, Any], ids: ArchiveIds) -> int:
    """The sections version 2 added: each row keeps its columns; links go to the new ids."""
    def add(row: Any, kind: str | None = None, old: Any = None) -> int:
        session.add(row)
        session.flush()
        if kind:
            ids.keep(kind, old, row.id)
        return int(row.id)

    count = 0
    for w in document.get("wishes", ()):
        add(row_from(WishRow, w, sealed_text=None, plan_id=ids.new("plan", w.get("plan_id"))))
    for s in document.get("scripts", ()):
        add(row_from(UserScriptRow, s))
    for c in document.get("conversations", ()):
        new = add(row_from(ConversationSessionRow, c, journal_entry_id=ids.new("entry", c.get("journal_entry_id"))),
                  "conversation", c["id"])
        for n in c.get("notes", ()):
            add(row_from(ConversationStepNoteRow, n, session_id=new, sealed_note=None))
        for f in c.get("follow_ups", ()):
            add(row_from(FollowUpRow, f, conversation_id=new, sealed=None))
        count += len(c.get("notes", ())) + len(c.get("follow_ups", ()))
    for c in document.get("check_ins", ()):
        add(row_from(CheckInRow, c, sealed=None), "check_in", c["id"])
    for t in document.get("agenda", ()):
        add(row_from(AgendaTopicRow, t, check_in_id=ids.new("check_in", t.get("check_in_id"))))
    for c in document.get("checkups", ()):
        new = add(row_from(CheckupRow, c), "checkup", c["id"])
        for turn in c.get("turns", ()):
            add(row_from(CheckupTurnRow, turn, checkup_id=new, sealed=None))
        count += len(c.get("turns", ()))
    for a in document.get("answers", ()):
        add(row_from(SealedAnswerRow, a))
    for p in document.get("programs", ()):
        new = add(row_from(ProgramEnrolmentRow, p, journal_entry_id=ids.new("entry", p.get("journal_entry_id"))))
        for step in p.get("steps", ()):
            add(row_from(ProgramStepProgressRow, step, enrolment_id=new))
        count += len(p.get("steps", ()))
    for h in document.get("hidden_memories", ()):
        item = ids.new(_MEMORY_KINDS[MemoryKind(h["kind"])], h["item_id"])
        if item is not None:
            add(row_from(HiddenMemoryRow, h, item_id=item))
    sections = ("ideas", "wishes", "scripts", "conversations", "check_ins", "agenda", "checkups", "answers",
                "programs", "hidden_memories")
    return count + sum(len(document.get(name, ())) for name in sections if name != "ideas")


def _settings(session: Session, settings: dict[str, str], ids: ArchiveIds) -> None:
    for key, value in settings.items():
        if key not in SETTING_KEYS:
            continue
        if key == "guide.path":
            path = json.loads(value)
            path["checkup"] = ids.new("checkup", path["checkup"])
            if path["checkup"] is None:
                continue
            value = json.dumps(path)
        elif key == "guide.path_ignored":
            new = ids.new("checkup", value)
            if new is None:
                continue
            value = str(new)
        write_meta(session, key, value)
