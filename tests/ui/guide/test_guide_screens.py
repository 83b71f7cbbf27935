"""The guide on screen: the check-up clicked through by one partner (resuming half-way), and the other partner's
Today showing nothing of a safety answer, not even folded away."""

from __future__ import annotations

from lifeline_desktop.content.checkup import builtin_questions, builtin_safety_help
from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.services.guide.views import CheckupState
from lifeline_desktop.ui.guide.checkup_dialog import CheckupDialog
from lifeline_desktop.ui.guide.today_card import GuideCard
from lifeline_desktop.ui.operations import ChangeBus, Operations
from lifeline_desktop.ui.shell.navigation import sections
from lifeline_desktop.ui.today.page import TodayPage
from lifeline_desktop.ui.workers import Runner
from tests.integration.guide.conftest import profile, take_checkup
from tests.ui.conftest import click_turn_button

A, B = PartnerSlot.A, PartnerSlot.B


def test_a_turn_clicked_through_resumes_where_it_stopped(qtbot, couple):
    runner = Runner()
    with couple.as_(A) as s:
        dialog = CheckupDialog(s, Operations(s, runner, ChangeBus()))
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: dialog.turn is not None)
        assert dialog.turn.step == "cover" and dialog.turn.party.name == s.partner_name
        click_turn_button(qtbot, dialog.turn)
        qtbot.waitUntil(lambda: dialog.view is not None)
        for key in ("2-to-10", "none"):
            assert dialog.view is not None
            dialog.view.choose(key)
            qtbot.waitUntil(lambda: not runner.is_busy)
            dialog.next.click()
        dialog.close()
        runner.wait_for_done()
    with couple.as_(A) as s:
        dialog = CheckupDialog(s, Operations(s, runner, ChangeBus()))
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: dialog.turn is not None)
        click_turn_button(qtbot, dialog.turn)
        qtbot.waitUntil(lambda: dialog.view is not None and dialog.index == 2)
        assert dialog.view.question.id == "time-apart"
        dialog.close()
        runner.wait_for_done()


def test_the_other_partners_today_shows_nothing_of_a_safety_answer(qtbot, couple):
    with couple.as_(A) as s:
        take_checkup(s, profile(3, safety="sometimes"))
    with couple.as_(B) as s:
        take_checkup(s, profile(3))
        s.guide.accept_path()
        runner = Runner()
        page = TodayPage(sections()[0], s, Operations(s, runner, ChangeBus()))
        qtbot.addWidget(page)
        page.load()
        qtbot.waitUntil(lambda: page.view is not None)
        card = page.findChild(GuideCard)
        assert card is not None and card.guide is not None
        assert card.guide.checkup.state is CheckupState.REVEALED
        assert not card.safety_toggle.isVisibleTo(page) and card.safety.text() == ""
        shown = page.text_shown()
        safety = next(q for q in builtin_questions() if q.kind == "safety")
        for marker in (safety.text, builtin_safety_help().title, builtin_safety_help().intro, "afraid"):
            assert marker not in shown
        runner.wait_for_done()
