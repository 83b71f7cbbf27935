"""The Today card's own-choices menu: 'Leave hard talks out' set by one partner shows checked for them alone, and
the other partner's card shows their own (unchecked) choice and nothing of why hard talks went quiet."""

from __future__ import annotations

from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.ui.guide.today_card import GuideCard
from lifeline_desktop.ui.operations import ChangeBus, Operations
from lifeline_desktop.ui.shell.navigation import sections
from lifeline_desktop.ui.today.page import TodayPage
from lifeline_desktop.ui.workers import Runner
from tests.integration.guide.conftest import profile, take_checkup

A, B = PartnerSlot.A, PartnerSlot.B


def _card(qtbot, session, runner) -> tuple[TodayPage, GuideCard]:
    page = TodayPage(sections()[0], session, Operations(session, runner, ChangeBus()))
    qtbot.addWidget(page)
    page.load()
    card = page.findChild(GuideCard)
    assert card is not None
    qtbot.waitUntil(lambda: card.guide is not None)
    return page, card


def test_leaving_hard_talks_out_is_one_partners_own_choice(qtbot, couple):
    runner = Runner()
    with couple.as_(A) as s:
        take_checkup(s, profile(3))
        _page, card = _card(qtbot, s, runner)
        assert card.choices.suggestions.isChecked() and not card.choices.no_hard_talks.isChecked()
        card.choices.no_hard_talks.trigger()
        qtbot.waitUntil(lambda: card.guide is not None and card.guide.no_hard_talks)
        assert card.choices.no_hard_talks.isChecked() and "Only you see that" in card.extra.text()
        runner.wait_for_done()
        assert s.guide.no_hard_talks()
    with couple.as_(B) as s:
        take_checkup(s, profile(3))
        page, card = _card(qtbot, s, runner)
        assert not card.choices.no_hard_talks.isChecked() and not card.guide.no_hard_talks
        shown = page.text_shown().lower()
        assert "hard talk" not in shown and "conflict and trust" not in shown and "only you see that" not in shown
        assert s.guide._quiet()  # the effect is there, silently
        runner.wait_for_done()
