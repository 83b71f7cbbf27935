"""The unlock screen takes the passphrase and Enter before the services have loaded behind it: nothing is lost."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QLabel

from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.services.session import VaultGate
from lifeline_desktop.ui.shell.home import HomeView
from tests.ui.conftest import PASSPHRASES, type_text


def _held_gate(open_gate: Callable[[Path], VaultGate], release: threading.Event) -> Callable[[Path], VaultGate]:
    """The gate factory, held back (as a slow import would be) until `release` is set."""

    def open_held(folder: Path) -> VaultGate:
        assert release.wait(20), "the test never released the services"
        return open_gate(folder)

    return open_held


def _shows_every_line(label: QLabel) -> bool:
    room = label.contentsRect()
    needed = label.fontMetrics().boundingRect(QRect(0, 0, room.width(), 10_000), Qt.TextFlag.TextWordWrap,
                                              label.text())
    return needed.width() <= room.width() and needed.height() <= room.height()


def test_typing_and_enter_before_the_services_load_unlock_once_they_have(make_app, existing_vault, open_gate,
                                                                          qtbot):
    release = threading.Event()
    app = make_app(gate=_held_gate(open_gate, release))
    page = app.flow.unlock
    try:
        qtbot.waitUntil(lambda: QApplication.focusWidget() is page.passphrase)
        assert app.flow.reachable_session() is None  # the services are still loading
        type_text(qtbot, QApplication.focusWidget(), PASSPHRASES[PartnerSlot.A])
        qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
        assert page.busy.isVisible() and not page.passphrase.isEnabled()  # Enter was taken, not dropped
        assert _shows_every_line(page.busy.findChild(QLabel))  # "…on purpose, to slow down guessing."
    finally:
        release.set()
    qtbot.waitUntil(lambda: app.flow.is_open)
    session = app.flow.reachable_session()
    assert session is not None and session.partner is PartnerSlot.A
    assert isinstance(app.window.current_screen, HomeView)


def test_typing_without_enter_is_kept_when_the_services_arrive(make_app, existing_vault, open_gate, qtbot):
    release = threading.Event()
    app = make_app(gate=_held_gate(open_gate, release))
    page = app.flow.unlock
    try:
        qtbot.waitUntil(lambda: QApplication.focusWidget() is page.passphrase)
        type_text(qtbot, page.passphrase, "half a pass")
    finally:
        release.set()
    app.wait_ready()
    assert page.passphrase.text() == "half a pass"
    assert page.passphrase.isEnabled() and not app.flow.is_open
