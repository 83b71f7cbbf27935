"""The History tab shows each conversation's before → after for each partner and, after a hard talk, how each of
them felt the day after: "sealed" while only one has answered, both numbers once both have."""

from __future__ import annotations

from datetime import timedelta

from lifeline_desktop.domain.partners import PartnerSlot
from tests.ui.conversations.test_conversation_runner import open_page

A, B = PartnerSlot.A, PartnerSlot.B


def _history_row(app) -> list[str]:
    page = open_page(app)
    page.tabs.setCurrentWidget(page.history)
    app.qtbot.waitUntil(lambda: page.history.model.rowCount() == 1)
    app.wait_idle()
    model = page.history.model
    return [model.index(0, c).data() for c in range(model.columnCount())] + [page.history.notes.toPlainText()]


def _answer_follow_up(app, slot: PartnerSlot, rating: int) -> None:
    session = app.unlock_as(slot)

    def answer() -> None:
        follow_up = session.guide.follow_ups.current()
        assert follow_up is not None
        session.guide.follow_ups.answer(follow_up.conversation_id, rating)

    app.run_on_vault_thread(answer)


def test_the_day_after_shows_in_history_only_once_both_answered(make_app, existing_vault, clock):
    app = make_app()
    rosa = app.unlock_as(A)

    def hard_talk() -> None:
        talk = rosa.conversations.start("after-a-fight", A, before_a=3, before_b=4)
        clock.advance(timedelta(minutes=40))
        rosa.conversations.rate_after(talk.id, 5, 6)
        rosa.conversations.finish(talk.id)

    app.run_on_vault_thread(hard_talk)
    row = _history_row(app)
    assert row[3:6] == ["3 → 5", "4 → 6", ""]
    app.flow.lock()
    clock.advance(timedelta(days=1))
    _answer_follow_up(app, A, 6)
    row = _history_row(app)
    assert row[5] == "sealed until you both answer" and "6" not in row[5]
    app.flow.lock()
    _answer_follow_up(app, B, 8)
    row = _history_row(app)
    assert row[5] == "Rosa 6 · Mei 8"
    assert row[6].startswith("Mei: 4 before, 6 after; Rosa: 3 before, 5 after; the day after: Rosa 6 · Mei 8.")
