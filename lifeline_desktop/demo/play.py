"""The play part of the demo vault: shared answers from earlier months and two more revealed both-answer rounds,
so "How well do you know me" has something to ask about. Plus one private entry that answers a prompt, which
the quiz must leave alone."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from lifeline_desktop.domain.partners import PartnerSlot

if TYPE_CHECKING:
    from lifeline_desktop.services.session import Session

# (days ago, prompt id, title, body)
_SHARED_ANSWERS: dict[PartnerSlot, list[tuple[int, str, str, str]]] = {
    PartnerSlot.A: [
        (96, "reconnect-153", "Sun cream and pine",
         "Sun cream and pine needles. That campsite on the lake, the year the tent leaked and we didn't care."),
        (71, "close-083", "Evening treats",
         "A square of dark chocolate eaten slowly, with the window open and the radio low."),
    ],
    PartnerSlot.B: [
        (88, "intimacy-022", "Autumn, always",
         "Autumn. Cold hands, warm kitchen, soup on the stove and a reason to wear the big jumper."),
        (64, "reconnect-081", "Rainy Saturdays",
         "A long breakfast, a crossword we never finish, and a film in the afternoon with the lights off."),
    ],
}

# both-answer rounds: prompt id -> each partner's answer
_BOTH_ANSWER: dict[str, dict[PartnerSlot, str]] = {
    "intimacy-004": {PartnerSlot.A: "Finally learning to say no at work without writing three apologies first.",
                     PartnerSlot.B: "Keeping the balcony tomatoes alive through the heatwave. All six of them."},
    "reconnect-158": {PartnerSlot.A: "Sleeping one night under the stars, properly, with no tent at all.",
                      PartnerSlot.B: "Taking the slow train all the way to the coast, just to see where it stops."},
}

_PRIVATE = (40, "talk-022", "Not yet", "Things I want to talk about more but haven't found the way in yet.")


def fill_demo_play(session: Session) -> None:
    journal = session.journal
    now = session.clock.now()
    for days_ago, prompt_id, title, body in _SHARED_ANSWERS[session.partner]:
        journal.add_entry(title, body, prompt_id=prompt_id, written_at=now - timedelta(days=days_ago, hours=5))
    if session.partner is PartnerSlot.B:
        days_ago, prompt_id, title, body = _PRIVATE
        journal.add_entry(title, body, private=True, prompt_id=prompt_id, written_at=now - timedelta(days=days_ago))
    for prompt_id, answers in _BOTH_ANSWER.items():
        journal.sealed.answer(journal.sealed.ask(prompt_id), answers[session.partner])
