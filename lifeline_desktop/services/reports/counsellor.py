"""A report for a counsellor or coach, assembled on purpose: check-in trends, chosen shared entries, the shared
notes of chosen conversations. The UI previews it and typesets the PDF; the file is NOT encrypted (it says so).

Only shared things ever go in: entries come from `export_entries(..., include_private=False)` and conversation notes
marked private are left out, so neither partner's private text can reach the file.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from lifeline_desktop.domain.errors import msg
from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.services.checkins.service import CheckInService
from lifeline_desktop.services.checkins.trends import trend_data
from lifeline_desktop.services.checkins.views import (
    AVERAGE,
    DIMENSIONS,
    ReportChoice,
)
from lifeline_desktop.services.conversations.service import ConversationService
from lifeline_desktop.services.journal.export import entries_markdown
from lifeline_desktop.services.journal.service import JournalService


class ReportSources(Protocol):
    """What a report reads: the open session has all of it (typed here so reports sit below the session)."""

    @property
    def partner(self) -> PartnerSlot: ...
    @property
    def partner_name(self) -> str: ...
    @property
    def other_name(self) -> str: ...
    @property
    def checkins(self) -> CheckInService: ...
    @property
    def journal(self) -> JournalService: ...
    @property
    def conversations(self) -> ConversationService: ...

NOT_ENCRYPTED = msg("This file is not encrypted. Anyone who can open it can read it: keep it somewhere safe, and "
                 "delete it when you no longer need it.")


def counsellor_markdown(session: ReportSources, choice: ReportChoice) -> str:
    names = {session.partner: session.partner_name, session.partner.other: session.other_name}
    a, b = names[PartnerSlot.A], names[PartnerSlot.B]
    today = session.checkins.today()
    rounds = session.checkins.revealed_rounds()
    parts = [f"# For our counsellor: {a} and {b}", "", f"*Made on {today.isoformat()}. {NOT_ENCRYPTED}*", "",
             "## Check-ins", ""]
    data = trend_data(rounds, today, choice.trend_range, AVERAGE, session.checkins.rhythm_days())
    if data.empty:
        parts += ["No check-ins both of us answered in this period.", ""]
    else:
        parts += [f"Scores from 1 to 10, averaged over closeness, communication, trust, affection and fun; "
                  f"{len(data.points)} check-ins from {data.start.isoformat()} to {data.end.isoformat()}, "
                  f"average gap between us {data.average_gap or 0:.1f}.", "",
                  f"| Week of | {a} | {b} | Gap |", "| --- | --- | --- | --- |"]
        parts += [f"| {p.day.isoformat()} | {p.a:.1f} | {p.b:.1f} | {p.gap:.1f} |" for p in data.points]
        parts.append("")
        by_day = {r.round_start: r for r in rounds}
        last = by_day[data.points[-1].day]
        parts += [f"Latest check-in ({last.round_start.isoformat()}): " + "; ".join(
            f"{d} {last.answers[PartnerSlot.A].scores.get(d)}/{last.answers[PartnerSlot.B].scores.get(d)}"
            for d in DIMENSIONS) + f" ({a}/{b}).", ""]
        for start, end in data.gaps:
            parts += [f"No check-ins between {start.isoformat()} and {end.isoformat()}.", ""]
    if choice.entry_ids:
        entries = session.journal.export_entries(list(choice.entry_ids), include_private=False)
        body = entries_markdown([e for e in entries if not e.private], names, today, title="Journal entries")
        parts += ["#" + line if line.startswith("#") else line for line in body.splitlines()]
        parts.append("")
    for conversation_id in choice.conversation_ids:
        conversation = session.conversations.get(conversation_id)
        parts += [f"## Conversation: {conversation.title}", "",
                  f"{conversation.started_at.astimezone().date().isoformat()}", ""]
        notes = [note for note in session.conversations.notes(conversation_id) if not note.private]
        parts += [f"- Step {note.step_index + 1}: {note.text}" for note in notes] or ["(no shared notes)"]
        parts.append("")
    return "\n".join(parts).rstrip() + "\n"


def report_choices(session: ReportSources) -> tuple[Sequence[tuple[int, str]], Sequence[tuple[int, str]]]:
    """What the couple can choose from: shared entries and conversations (id, label), newest first."""
    entries = [(e.id, f"{e.created_at.astimezone().date().isoformat()}  {e.title or 'Untitled'}")
               for e in session.journal.entries() if not e.private][:200]
    conversations = [(c.id, f"{c.started_at.astimezone().date().isoformat()}  {c.title}")
                     for c in session.conversations.history()][:100]
    return entries, conversations

