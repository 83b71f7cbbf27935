"""The journal part of the demo vault: tagged entries from prompts, replies, reactions, notes, a revealed pair."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from lifeline_desktop.domain.partners import PartnerSlot

if TYPE_CHECKING:
    from lifeline_desktop.services.session import Session

DEMO_SEALED_PROMPT = "reconnect-045"  # "Write about a memory you want us to make together this year."

# (days ago, prompt id, title, body, mood, tags)
_PROMPTED: dict[PartnerSlot, list[tuple[int, str, str, str, str, tuple[str, ...]]]] = {
    PartnerSlot.A: [
        (27, "intimacy-001", "Small smiles",
         "The neighbour's cat sitting on our doorstep like it owned the place. And **you**, laughing at it "
         "from the window in your socks.\n\n- the cat\n- the socks\n- the laugh", "light", ("home", "gratitude")),
        (9, "talk-004", "A question for tonight",
         "> What is one thing you would like to hear more often from me?\n\nI'm curious, and a little nervous.",
         "curious", ("talking",)),
    ],
    PartnerSlot.B: [
        (18, "close-007", "Before sleep",
         "I'd love five minutes with the lights off where we just say one good thing about the day. "
         "No phones, no plans.", "tender", ("evenings", "ritual")),
    ],
}

_REPLIES: dict[PartnerSlot, list[tuple[str, str]]] = {
    PartnerSlot.B: [
        ("The kitchen dance", "I was hoping you'd notice. Same song next Friday?"),
        ("Thank you for Tuesday", "You looked so tired. I'm glad it helped. Tell me sooner next time, ok?"),
        ("A question for tonight", "That you're proud of me. I know you are, I just like hearing it."),
    ],
}


def fill_demo_journal(session: Session) -> None:
    journal = session.journal
    now = session.clock.now()
    for days_ago, prompt_id, title, body, mood, tags in _PROMPTED[session.partner]:
        journal.add_entry(title, body, mood=mood, tags=tags, prompt_id=prompt_id,
                          written_at=now - timedelta(days=days_ago, hours=3))
    pair = journal.sealed.ask(DEMO_SEALED_PROMPT)
    if session.partner is PartnerSlot.A:
        journal.sealed.answer(pair, "A weekend by the sea, out of season, when it's just us and the wind.")
        journal.appreciation.send("I noticed you kept the hallway light on for me last night. Thank you.",
                                  written_at=now - timedelta(days=4))
        return
    by_title = {entry.title: entry.id for entry in journal.entries()}
    for title, reply in _REPLIES[PartnerSlot.B]:
        if title in by_title:
            journal.reply(by_title[title], reply)
    if "The kitchen dance" in by_title:
        journal.toggle_reaction(by_title["The kitchen dance"], "heart")
    if "Starting this together" in by_title:
        journal.toggle_reaction(by_title["Starting this together"], "thank-you")
        journal.add_to_agenda(by_title["Starting this together"])
    journal.sealed.answer(pair, "Learning to cook one proper dish together, badly at first, from start to finish.")
    journal.appreciation.send("Thank you for listening on Sunday without reaching for your phone once.",
                              written_at=now - timedelta(days=1))
