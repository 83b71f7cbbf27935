"""Slow work shows its progress, and every question is the app's own confirmation card with the safe default."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.ui.common.dialogs import ConfirmDialog
from lifeline_desktop.ui.common.progress import WorkProgress
from tests.ui.conftest import click_confirm
from tests.ui.journal.helpers import open_journal, write_entry
from tests.ui.test_settings import open_settings

A = PartnerSlot.A


def hold_the_vault_thread(app) -> threading.Event:
    """Work queued after this waits until the returned event is set: the slow part of a slow operation."""
    go_on = threading.Event()
    app.built.runner.run(lambda: go_on.wait(60))
    return go_on


def visible_progress(qtbot, parent) -> WorkProgress:
    shown: list[WorkProgress] = []

    def found() -> bool:
        shown[:] = [p for p in parent.findChildren(WorkProgress) if p.isVisible()]
        return bool(shown)

    qtbot.waitUntil(found)
    return shown[-1]


def visible_confirm(qtbot, parent) -> ConfirmDialog:
    shown: list[ConfirmDialog] = []

    def found() -> bool:
        shown[:] = [d for d in parent.findChildren(ConfirmDialog) if d.isVisible()]
        return bool(shown)

    qtbot.waitUntil(found)
    return shown[-1]


def test_restoring_asks_with_the_safe_default_then_shows_progress_that_cannot_be_stopped(make_app, existing_vault,
                                                                                       qtbot):
    app = make_app()
    app.unlock_as(A)
    dialog = open_settings(app, qtbot)
    dialog.tabs.setCurrentIndex(1)
    qtbot.mouseClick(dialog.back_up_now, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.message.text() == "Backed up.")
    qtbot.waitUntil(dialog.restore.isEnabled)

    qtbot.mouseClick(dialog.restore, Qt.MouseButton.LeftButton)
    ask = visible_confirm(qtbot, dialog)
    assert ask.keep.isDefault() and not ask.yes.isDefault()
    assert (ask.yes.text(), ask.keep.text()) == ("Restore this backup", "Not now")
    qtbot.waitUntil(ask.keep.hasFocus)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # Enter takes the safe way
    qtbot.waitUntil(lambda: not dialog.findChildren(ConfirmDialog))
    assert app.flow.is_open

    go_on = hold_the_vault_thread(app)
    qtbot.mouseClick(dialog.restore, Qt.MouseButton.LeftButton)
    click_confirm(qtbot, dialog)
    progress = visible_progress(qtbot, dialog)
    assert "Restoring" in progress.labelText() and "cannot stop halfway" in progress.labelText()
    assert not progress.can_stop and progress.findChild(QPushButton) is None
    qtbot.keyClick(progress, Qt.Key.Key_Escape)
    assert progress.isVisible() and app.flow.is_open
    go_on.set()
    qtbot.waitUntil(lambda: not app.flow.is_open)
    qtbot.waitUntil(lambda: "restored" in app.flow.unlock.message.text())


def test_an_export_shows_its_progress_until_the_file_is_saved(make_app, existing_vault, qtbot, tmp_path):
    app = make_app()
    page = open_journal(app, A)
    write_entry(app, page, "Lighthouse", "We climbed all 217 steps together")
    page.list.selectAll()
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    export = page.export_dialog
    export.path.setText(str(tmp_path / "out.md"))
    export.format.setCurrentIndex(export.format.findData("md"))
    go_on = hold_the_vault_thread(app)
    qtbot.mouseClick(export.export_button, Qt.MouseButton.LeftButton)
    progress = visible_progress(qtbot, export)
    assert "Writing the file" in progress.labelText()
    go_on.set()
    qtbot.waitUntil(lambda: "Saved to" in export.status.text())
    qtbot.waitUntil(lambda: not export.findChildren(WorkProgress))
    assert "217 steps" in (tmp_path / "out.md").read_text(encoding="utf-8")
