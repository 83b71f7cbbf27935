"""The fit check's own rules (tests/support/fit.py): a line edit narrower than its text or placeholder is clipped."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from tests.support.fit import faults


def _shown(qtbot: QtBot, edit: QLineEdit, width: int) -> QLineEdit:
    qtbot.addWidget(edit)
    edit.setFixedWidth(width)
    edit.show()
    qtbot.waitUntil(lambda: edit.isVisible() and edit.width() == width)
    return edit


def test_a_line_edit_narrower_than_its_text_counts_as_clipped(qtbot: QtBot) -> None:
    edit = _shown(qtbot, QLineEdit("Our year together"), 40)
    assert any("Our year together" in fault for fault in faults(edit))
    edit.setFixedWidth(edit.fontMetrics().horizontalAdvance(edit.text()) + 40)
    qtbot.waitUntil(lambda: not faults(edit))


def test_a_line_edit_narrower_than_its_placeholder_counts_as_clipped(qtbot: QtBot) -> None:
    edit = QLineEdit()
    edit.setPlaceholderText("Search your shared pages")
    _shown(qtbot, edit, 40)
    assert any("Search your shared pages" in fault for fault in faults(edit))
