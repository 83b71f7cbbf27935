"""Keyboard: Ctrl+Q quits (keeping an open entry as a draft), the shortcuts sheet on Ctrl+/ names every key,
and no window shows two controls with the same Alt+letter."""

from __future__ import annotations

import re
from collections import Counter

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel, QTabWidget, QWidget

from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.ui.shell.shortcuts_sheet import ShortcutsSheet

A = PartnerSlot.A
MNEMONIC = re.compile(r"&([^&\s])")


def test_the_shortcuts_sheet_names_every_key_and_ctrl_q_quits(make_app, existing_vault):
    app = make_app()
    app.unlock_as(A)
    window = app.window
    window.activateWindow()
    app.qtbot.keyClick(window, Qt.Key.Key_Slash, Qt.KeyboardModifier.ControlModifier)
    app.qtbot.waitUntil(lambda: window.shortcuts_sheet is not None and window.shortcuts_sheet.isVisible())
    sheet = window.shortcuts_sheet
    assert isinstance(sheet, ShortcutsSheet)
    shown = sheet.text_shown()
    for keys in [f"Ctrl+{n}" for n in range(1, 8)] + ["Ctrl+L", "Ctrl+,", "Ctrl+Q", "Space", "←", "→", "B", "Esc"]:
        assert keys in shown, keys
    sheet.reject()

    app.qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    app.qtbot.waitUntil(lambda: not window.isVisible() and not app.flow.is_open)


def mnemonic_clashes(window: QWidget) -> list[str]:
    """Alt+letters used twice by visible controls of one window (buttons, labels with a buddy, tabs, groups)."""
    letters: list[str] = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QAbstractButton | QGroupBox):
            text = widget.text() if isinstance(widget, QAbstractButton) else widget.title()
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            text = widget.text()
        else:
            text = ""
        letters += [m.group(1).lower() for m in MNEMONIC.finditer(text)]
        if isinstance(widget, QTabWidget):
            for index in range(widget.count()):
                letters += [m.group(1).lower() for m in MNEMONIC.finditer(widget.tabText(index))]
    return [f"{window.objectName() or type(window).__name__}: Alt+{letter}"
            for letter, count in Counter(letters).items() if count > 1]


def test_no_window_or_dialog_has_clashing_mnemonics(make_app, existing_vault):
    app = make_app()
    app.unlock_as(A)
    home = app.flow.home
    clashes: list[str] = []
    for row in range(home.navigation_model.rowCount()):  # every section, every tab of it
        home.show_section(row)
        app.wait_idle()
        page = home.pages.currentWidget()
        for tabs in [page, *page.findChildren(QTabWidget)]:
            for index in range(tabs.count() if isinstance(tabs, QTabWidget) else 1):
                if isinstance(tabs, QTabWidget):
                    tabs.setCurrentIndex(index)
                clashes += mnemonic_clashes(app.window)
    app.flow.open_settings()
    app.qtbot.waitUntil(lambda: app.flow.settings is not None and app.flow.settings.isVisible())
    clashes += mnemonic_clashes(app.flow.settings)
    app.flow.settings.reject()
    app.window.show_shortcuts()
    clashes += mnemonic_clashes(app.window.shortcuts_sheet)
    for top in QApplication.topLevelWidgets():  # anything else still open
        if top.isVisible():
            clashes += mnemonic_clashes(top)
    assert not sorted(set(clashes))


def test_the_mnemonic_check_itself_finds_a_clash(qtbot):
    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    for text in ("&Save", "&Send", "&Close"):
        layout.addWidget(QPushButton(text, window))
    window.show()
    assert mnemonic_clashes(window) == ["QWidget: Alt+s"]
