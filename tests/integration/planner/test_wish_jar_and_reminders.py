"""The wish jar keeps each partner's wishes sealed until drawn; reminders say what is due, never a wish."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest

from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.services.planner.views import PlanDraft
from lifeline_desktop.services.vault.context import PrivateSpaceClosed
from lifeline_desktop.store.models import WishRow

WISH = "MEI-WISH-MARKER a night at the lighthouse"
SATURDAY = datetime(2026, 2, 28, 11, 0)


def test_the_other_partners_wishes_are_never_shown_before_the_draw(open_as, gate) -> None:
    mei = open_as(PartnerSlot.B)
    mei.planner.wishes.add(WISH)
    mei.planner.wishes.add("MEI-WISH-MARKER pottery class")
    assert [w.text for w in mei.planner.wishes.state().mine] == [WISH, "MEI-WISH-MARKER pottery class"]

    rosa = open_as(PartnerSlot.A)
    rosa.planner.wishes.add("Rosa's wish: learn to waltz")
    state = rosa.planner.wishes.state()
    assert state.their_count == 2 and [w.text for w in state.mine] == ["Rosa's wish: learn to waltz"]
    seen = repr(state) + repr(rosa.planner.agenda(365)) + repr(rosa.journal.entries())
    assert "MEI-WISH-MARKER" not in seen
    # Not even the database holds it in the clear.
    with rosa._context.transaction() as session:  # a look under the hood
        assert all(b"MEI-WISH" not in (row.sealed_text or b"") and row.text is None
                   for row in session.query(WishRow))


def test_drawing_my_own_wish_reveals_it_and_plans_it(rosa) -> None:
    rosa.planner.wishes.add("Stargazing on the hill\nBring the thermos")
    drawn = rosa.planner.wishes.draw(SATURDAY, "Europe/Berlin", random.Random(1))
    assert drawn is not None and drawn.text == "Stargazing on the hill\nBring the thermos"
    plan = rosa.planner.plan(drawn.plan_id)
    assert plan.title == "Stargazing on the hill" and plan.notes == "Bring the thermos"
    state = rosa.planner.wishes.state()
    assert state.mine == [] and [d.text for d in state.drawn] == [drawn.text]
    assert rosa.planner.wishes.draw(SATURDAY, "Europe/Berlin") is None  # the jar is empty now


def test_a_wish_of_my_partner_drawn_by_me_is_revealed_at_their_next_unlock(open_as) -> None:
    mei = open_as(PartnerSlot.B)
    mei.planner.wishes.add(WISH)
    rosa = open_as(PartnerSlot.A)
    drawn = rosa.planner.wishes.draw(SATURDAY, "Europe/Berlin", random.Random(3))
    assert drawn is not None and drawn.author is PartnerSlot.B and drawn.text is None and drawn.plan_id is None
    assert "MEI-WISH-MARKER" not in repr(rosa.planner.wishes.state())
    mei = open_as(PartnerSlot.B)
    [revealed] = mei.planner.wishes.reveal_pending(SATURDAY, "Europe/Berlin")
    assert revealed.text == WISH and revealed.plan_id is not None
    rosa = open_as(PartnerSlot.A)
    assert [d.text for d in rosa.planner.wishes.state().drawn] == [WISH]  # now shared text, and a plan
    assert any(o.from_wish for o in rosa.planner.agenda(30))


def test_without_the_private_space_no_wish_can_be_written(gate, memory_keyring) -> None:
    session = gate.unlock(PartnerSlot.A, "rosa walks the dog at dawn")
    session.set_remembered(True)
    session.lock()
    remembered = gate.unlock_remembered(PartnerSlot.A)
    try:
        with pytest.raises(PrivateSpaceClosed):
            remembered.planner.wishes.add("anything")
    finally:
        remembered.lock()


def test_reminders_due_now_and_the_unlock_digest(open_as, clock) -> None:
    rosa = open_as(PartnerSlot.A)
    now = clock.now()  # Thu 26 Feb 2026 10:00 UTC
    soon = rosa.planner.add_plan(PlanDraft("Lunch walk", (now + timedelta(minutes=40)).replace(tzinfo=None), "UTC",
                                           30, reminder_minutes=30))
    rosa.planner.add_plan(PlanDraft("No reminder", (now + timedelta(minutes=20)).replace(tzinfo=None), "UTC",
                                    reminder_minutes=None))
    rosa.planner.wishes.add("WISH-TEXT secret dinner")
    drawn = rosa.planner.wishes.draw((now + timedelta(minutes=90)).replace(tzinfo=None), "UTC")
    assert drawn is not None
    assert rosa.planner.reminders.due(now, now + timedelta(minutes=5)) == []
    due = rosa.planner.reminders.due(now + timedelta(minutes=5), now + timedelta(minutes=15))
    assert [(r.plan_id, r.safe_title) for r in due] == [(soon, "Lunch walk")]
    wish_due = rosa.planner.reminders.due(now + timedelta(minutes=15), now + timedelta(minutes=45))
    assert [r.safe_title for r in wish_due] == [None]  # a wish is never named in a reminder
    rosa.planner.reminders.mark_seen()

    # Two days later, at the next unlock: the lunch walk and the wish dinner passed unmarked; Friday is coming.
    rosa.planner.add_plan(PlanDraft("Friday film", datetime(2026, 3, 6, 20, 0), "UTC", 120))
    rosa.planner.add_plan(PlanDraft("Before I was last here", (now - timedelta(hours=3)).replace(tzinfo=None), "UTC"))
    clock.advance(timedelta(days=2))
    rosa = open_as(PartnerSlot.A)
    digest = rosa.planner.reminders.digest()
    assert sorted(o.title for o in digest.missed) == ["Lunch walk", "No reminder", "WISH-TEXT secret dinner"]
    assert [o.title for o in digest.coming] == ["Friday film"]
    assert rosa.planner.reminders.last_seen() == now
    assert now.tzinfo is UTC
