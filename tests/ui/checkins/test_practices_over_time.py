"""The Check-ins page draws each practice for each partner over time: check-up points (rings) and check-ins
together, one practice at a time, dates in the user's locale."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QDate, QLocale

from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.domain.vocabulary import Practice
from lifeline_desktop.services.checkins.views import Scores
from lifeline_desktop.ui.checkins.page import CheckInsPage
from lifeline_desktop.ui.operations import ChangeBus, Operations
from lifeline_desktop.ui.shell.navigation import sections
from lifeline_desktop.ui.workers import Runner
from tests.integration.guide.conftest import profile, take_checkup

A, B = PartnerSlot.A, PartnerSlot.B


def test_the_chart_shows_check_up_points_beside_check_ins(qtbot, couple):
    with couple.as_(A) as s:
        take_checkup(s, profile({"trust": 2}))
    with couple.as_(B) as s:
        take_checkup(s, profile({"trust": 5}))
    checkup_day = couple.clock.now().astimezone().date()
    couple.clock.advance(timedelta(days=7))
    with couple.as_(A) as s:
        s.checkins.answer(Scores(7, 7, 4, 7, 7))
    with couple.as_(B) as s:
        s.checkins.answer(Scores(7, 7, 9, 7, 7))
        runner = Runner()
        section = next(x for x in sections() if x.key == "checkins")
        page = CheckInsPage(section, s, Operations(s, runner, ChangeBus()))
        qtbot.addWidget(page)
        box = page.practices
        qtbot.waitUntil(lambda: box.chart.data is not None and not box.chart.data.empty)
        box.practice.setCurrentIndex(box.practice.findData(Practice.TRUST.value))
        data = box.chart.data
        assert data is not None
        assert [(p.source, p.a, p.b) for p in data.points] == [("check-up", 3.2, 10.0), ("check-in", 4, 9)]
        assert data.dimension == "trust" and len(data.segments) == 1
        when = QLocale().toString(QDate(checkup_day.year, checkup_day.month, checkup_day.day), "d MMM")
        assert box.chart.describe().startswith(f"From {when} to ")
        assert "check-up" in box.chart.describe()
        assert "Rosa and Mei" in box.legend.text()
        page.release()
        assert box.chart.data is None
        runner.wait_for_done()
