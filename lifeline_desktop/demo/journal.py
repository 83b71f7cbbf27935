"""The journal part of the demo vault: entries (some private), tagged entries from prompts, replies, reactions,
notes of appreciation and a revealed pair. The words are in resources/demo/journal.toml."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from lifeline_desktop.demo.text import JournalText, demo_journal
from lifeline_desktop.domain.partners import PartnerSlot

if TYPE_CHECKING:
    from lifeline_desktop.services.session import Session


def fill_demo_journal(session: Session) -> None:
    journal = session.journal
    now = session.clock.now()
    text = demo_journal()
    mine = text.of(session.partner)
    for entry in mine.entries:
        journal.add_entry(entry.title, entry.body, private=entry.private, mood=entry.mood,
                          written_at=now - timedelta(days=entry.days_ago, hours=entry.days_ago % 7))
    for prompted in mine.prompted:
        journal.add_entry(prompted.title, prompted.body, mood=prompted.mood, tags=prompted.tags,
                          prompt_id=prompted.prompt, written_at=now - timedelta(days=prompted.days_ago, hours=3))
    pair = journal.sealed.ask(text.sealed_prompt)
    if session.partner is PartnerSlot.B:  # filled second: partner A's entries are there to answer
        _answer_entries(session, mine)
    journal.sealed.answer(pair, mine.sealed_answer)
    journal.appreciation.send(mine.appreciation.text, written_at=now - timedelta(days=mine.appreciation.days_ago))


def _answer_entries(session: Session, mine: JournalText) -> None:
    """Replies, reactions and agenda items on the entries they name by title."""
    journal = session.journal
    by_title = {entry.title: entry.id for entry in journal.entries()}
    for reply in mine.replies:
        if reply.to in by_title:
            journal.reply(by_title[reply.to], reply.text)
    for reaction in mine.reactions:
        if reaction.to in by_title:
            journal.toggle_reaction(by_title[reaction.to], reaction.reaction)
    for item in mine.agenda:
        if item.to in by_title:
            journal.add_to_agenda(by_title[item.to])
