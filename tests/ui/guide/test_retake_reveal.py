"""On screen, a retake's reveal says in words what changed since the check-up before, per practice."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QLocale

from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.ui.guide.reveal_view import RevealView
from lifeline_desktop.ui.operations import ChangeBus, Operations
from lifeline_desktop.ui.workers import Runner
from tests.integration.guide.conftest import profile, take_checkup

A, B = PartnerSlot.A, PartnerSlot.B


def _both(couple, rosa, mei):
    with couple.as_(A) as s:
        take_checkup(s, rosa)
    with couple.as_(B) as s:
        take_checkup(s, mei)


def _reveal(qtbot, session) -> RevealView:
    runner = Runner()
    view = RevealView(session, Operations(session, runner, ChangeBus()))
    qtbot.addWidget(view)
    view.load()
    qtbot.waitUntil(lambda: view.data is not None)
    runner.wait_for_done()
    return view


def test_the_retake_reveal_says_what_changed_per_practice(qtbot, couple):
    _both(couple, profile({"closeness": 2, "trust": 3, "communication": 4}),
          profile({"closeness": 2, "trust": 4, "communication": 4}))
    with couple.as_(A) as s:
        first = _reveal(qtbot, s)
        assert not first.since.isVisibleTo(first)
    month = QLocale().standaloneMonthName(couple.clock.now().month)
    couple.clock.advance(timedelta(weeks=6))
    _both(couple, profile({"closeness": 4, "trust": 4, "communication": 2}),
          profile({"closeness": 4, "trust": 4, "communication": 4}))
    with couple.as_(B) as s:
        view = _reveal(qtbot, s)
        assert view.since.isVisibleTo(view)
        lines = view.since_text.text().splitlines()
    assert f"Closeness feels steadier to both of you than in {month}." in lines
    assert f"Trust feels steadier to Rosa than in {month}; to Mei much as it was." in lines
    assert f"Talking and listening feels more tender to Rosa than in {month}; to Mei much as it was." in lines
    assert f"Much as in {month}, to both of you: Feeling known, Finding each other again." in lines
