"""The Check-ins page in the real window: both partners answer in turn, sealed until both; agenda; trends data."""

from __future__ import annotations

from PySide6.QtCore import Qt

from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.ui.checkins.page import CheckInsPage
from tests.ui.conftest import type_text

MARKER = "NARWHAL-NOTE-2290"


def _open(app, slot) -> CheckInsPage:
    app.unlock_as(slot)
    home = app.flow.home
    home.show_section_key("checkins")
    page = home.pages.currentWidget()
    assert isinstance(page, CheckInsPage)
    app.qtbot.waitUntil(lambda: page.round_label.text() != "")
    app.wait_idle()
    return page


def test_rosa_then_mei_check_in_and_both_answers_open_together(make_app, existing_vault):
    app = make_app()
    page = _open(app, PartnerSlot.A)
    qtbot = app.qtbot
    assert "is due" in page.round_label.text()
    page.scores["trust"].setValue(9)
    page.note.setFocus()
    qtbot.keyClicks(page.note, MARKER)
    qtbot.keyClick(page.note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "sealed" in page.round_label.text())
    assert page.revealed.text() == ""
    assert page.past.rowCount() == 0  # a round only one of them answered is not a past round yet
    app.flow.lock()

    page = _open(app, PartnerSlot.B)
    assert "Rosa has checked in" in page.round_label.text()
    assert MARKER not in page.note.toPlainText() and MARKER not in page.revealed.text()
    page.scores["fun"].setValue(3)
    qtbot.mouseClick(page.submit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: MARKER in page.revealed.text())
    assert "both checked in" in page.round_label.text()
    assert not page.submit.isEnabled()
    assert page.past.rowCount() == 1  # the round both answered, with what each said
    past = page.past.index(0).data()
    assert "Mei: 4.6" in past and f"Rosa: 5.8 · “{MARKER}”" in past
    data = page.chart.data
    assert data is not None and len(data.points) == 1
    point = data.points[0]
    assert point.a == (5 + 5 + 9 + 5 + 5) / 5 and point.b == (5 + 5 + 5 + 5 + 3) / 5
    page.dimension.setCurrentIndex(page.dimension.findData("trust"))
    assert page.chart.data.points[0].gap == 4
    assert page.chart.describe().startswith("One check-in on")


def test_agenda_topic_and_the_weekly_check_in_conversation(make_app, existing_vault):
    app = make_app()
    page = _open(app, PartnerSlot.A)
    qtbot = app.qtbot
    type_text(qtbot, page.topic, "Evening routine")
    qtbot.keyClick(page.topic, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.agenda.rowCount() == 1)
    assert "Evening routine" in page.agenda.index(0).data()
    qtbot.mouseClick(page.talk, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: app.flow.home.current_section() == "conversations")
    conversations = app.flow.home.pages.currentWidget()
    qtbot.waitUntil(lambda: conversations.resume_banner.isVisibleTo(conversations))
