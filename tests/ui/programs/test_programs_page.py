"""The Programs page in the real window: enrol, tick steps, pause and resume, finish with a reflection."""

from __future__ import annotations

from PySide6.QtCore import Qt

from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.ui.programs.page import ProgramsPage


def _open(app) -> ProgramsPage:
    app.unlock_as(PartnerSlot.A)
    home = app.flow.home
    home.show_section_key("programs")
    page = home.pages.currentWidget()
    assert isinstance(page, ProgramsPage)
    app.qtbot.waitUntil(lambda: page.programs.rowCount() >= 3, timeout=20_000)
    app.wait_idle()
    return page


def test_follow_the_daily_program_to_its_end(make_app, existing_vault):
    app = make_app()
    page = _open(app)
    qtbot = app.qtbot
    page.select_program("trust-with-counsellor")
    assert page.counsellor.isVisibleTo(page) and "counsellor" in page.counsellor.text()
    page.select_program("daily-closeness")
    assert not page.counsellor.isVisibleTo(page)
    qtbot.mouseClick(page.own_pace, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.enrol_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.enrolment is not None and page.steps.rowCount() == 14, timeout=20_000)
    assert page.enrolment.own_pace

    qtbot.mouseClick(page.pause_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.enrolment.status == "paused", timeout=20_000)
    assert not page.steps.flags(page.steps.index(0)) & Qt.ItemFlag.ItemIsUserCheckable
    qtbot.mouseClick(page.pause_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.enrolment.status == "active", timeout=20_000)

    for row in range(14):
        page.steps.setData(page.steps.index(row), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
        qtbot.waitUntil(lambda r=row: page.enrolment.done_count == r + 1, timeout=20_000)
    assert page.progress.value() == 14 and "Every step is done" in page.progress_label.text()
    qtbot.keyClicks(page.reflection, "We keep the evening walk.")
    qtbot.mouseClick(page.finish_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.enrolment.status == "finished", timeout=20_000)
    assert "Finished" in page.progress_label.text()
    session = app.flow.reachable_session()
    entries = app.run_on_vault_thread(session.journal.entries)
    assert any(e.body == "We keep the evening walk." for e in entries)
