"""Unlock by each partner and by the recovery key, a wrong passphrase, and every way of locking."""

from __future__ import annotations

import gc
import weakref

import pytest
from PySide6.QtCore import QAbstractAnimation, QEvent, QPointF, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.services.session import Session
from lifeline_desktop.ui.common import shake as shake_module
from lifeline_desktop.ui.shell.home import HomeView
from tests.ui.conftest import NAMES, PASSPHRASES, type_text

real_shake = shake_module.shake


def unlock_weakly(app, slot: PartnerSlot) -> weakref.ref[Session]:
    """Unlocks and keeps only a weak reference, so the test itself keeps nothing alive."""
    return weakref.ref(app.unlock_as(slot))


def assert_no_session_reachable(app, ref: weakref.ref[Session]) -> None:
    """After a lock the window holds no session, key or engine: nothing keeps the session alive at all."""
    app.wait_idle()
    session = ref()
    assert session is None or session.is_locked
    del session
    assert app.flow.reachable_session() is None
    assert app.flow.home is None
    assert not app.window.findChildren(HomeView)
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    leftover = ref()
    if leftover is not None:
        holders = [sorted(r)[:8] if isinstance(r, dict) else type(r).__name__ for r in gc.get_referrers(leftover)]
        pytest.fail(f"a session is still reachable after lock, held by {holders}")


@pytest.mark.parametrize("slot", [PartnerSlot.A, PartnerSlot.B])
def test_each_partner_unlocks_with_their_passphrase(make_app, existing_vault, slot):
    app = make_app()
    session = app.unlock_as(slot)
    assert session.partner is slot
    home = app.window.current_screen
    assert isinstance(home, HomeView)
    assert home.name_label.text() == NAMES[slot]
    assert app.window.windowTitle() == "Lifeline"


def test_a_wrong_passphrase_is_said_and_the_wait_grows(make_app, existing_vault, qtbot, clock, monkeypatch):
    app = make_app()
    app.wait_ready()
    page = app.flow.unlock
    shaken = []  # the field shakes "no" (its module loads on the first wrong passphrase, not at start-up)
    monkeypatch.setattr(shake_module, "shake", lambda widget: shaken.append(real_shake(widget).state()))
    qtbot.mouseClick(page.tiles.button(PartnerSlot.A), Qt.MouseButton.LeftButton)
    for attempt in range(4):
        page.passphrase.clear()
        qtbot.keyClicks(page.passphrase, f"not it {attempt}")
        qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not app.built.runner.is_busy and page.message.text() != "")
        assert "does not open" in page.message.text()
    assert not app.flow.is_open
    assert shaken == [QAbstractAnimation.State.Running] * 4
    # The fourth wrong try imposes a wait, counted on the injected clock.
    assert "wait 2 second" in page.message.text()
    assert not page.unlock_button.isEnabled()
    page.passphrase.clear()
    qtbot.keyClicks(page.passphrase, PASSPHRASES[PartnerSlot.A])
    qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
    assert not app.built.runner.is_busy, "no unlock while waiting"
    clock.advance(2.1)
    page.refresh_wait()
    assert page.unlock_button.isEnabled()
    qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: app.flow.is_open)


def test_the_recovery_key_opens_and_sets_a_new_passphrase(make_app, existing_vault, qtbot):
    app = make_app()
    app.wait_ready()
    qtbot.mouseClick(app.flow.unlock.recovery_link, Qt.MouseButton.LeftButton)
    page = app.flow.recovery
    assert app.window.current_screen is page
    qtbot.keyClicks(page.key_field, existing_vault.recovery_key[:-1] + ("A" if existing_vault.recovery_key[-1] != "A"
                                                                       else "B"))
    assert "typo" in page.key_status.text() or "check" in page.key_status.text().lower()
    page.key_field.clear()
    qtbot.keyClicks(page.key_field, existing_vault.recovery_key.lower().replace("-", " "))
    assert page.key_status.text() == "The recovery key looks right."
    qtbot.mouseClick(page.tiles.button(PartnerSlot.B), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.new_passphrase.first, "a brand new phrase for mei")
    qtbot.keyClicks(page.new_passphrase.second, "a brand new phrase for mei")
    assert page.open_button.isEnabled()
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: app.flow.is_open)
    assert app.flow.reachable_session().partner is PartnerSlot.B

    app.flow.lock()
    app.unlock_as(PartnerSlot.B, "a brand new phrase for mei")


def test_ctrl_l_locks_at_once_and_drops_the_session(make_app, existing_vault, qtbot):
    app = make_app()
    ref = unlock_weakly(app, PartnerSlot.A)
    app.window.activateWindow()
    qtbot.waitActive(app.window)
    qtbot.keyClick(app.window.current_screen, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert not app.flow.is_open
    assert app.window.current_screen is app.flow.unlock
    assert_no_session_reachable(app, ref)


def test_idle_time_locks_without_waiting(make_app, existing_vault, qtbot, clock):
    app = make_app()
    ref = unlock_weakly(app, PartnerSlot.A)
    idle = app.built.idle
    clock.advance(4 * 60)
    idle.check()
    assert app.flow.is_open
    # A key press counts as activity and restarts the idle time.
    QApplication.sendEvent(app.window, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Shift,
                                                 Qt.KeyboardModifier.NoModifier))
    clock.advance(4 * 60)
    idle.check()
    assert app.flow.is_open
    clock.advance(60)
    idle.check()
    assert not app.flow.is_open
    assert app.window.current_screen is app.flow.unlock
    assert_no_session_reachable(app, ref)


def test_the_idle_lock_watches_input_from_the_first_enter_not_from_start_up(make_app, existing_vault, qtbot):
    # An application-wide Python event filter costs about 40 ms on its first event (idle.py): not before the window.
    app = make_app()
    app.wait_ready()
    page = app.flow.unlock
    type_text(qtbot, page.passphrase, "not the passphrase")
    assert not app.built.idle.watching, "nothing to lock on the unlock screen: no filter on every event yet"
    qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
    assert app.built.idle.watching, "it watches while the passphrase is checked, before the vault opens"
    qtbot.waitUntil(lambda: not app.built.runner.is_busy)


def test_switch_partner_locks_and_selects_the_other_tile(make_app, existing_vault, qtbot):
    app = make_app()
    ref = unlock_weakly(app, PartnerSlot.A)
    home = app.flow.home
    qtbot.mouseClick(home.switch_button, Qt.MouseButton.LeftButton)
    assert app.window.current_screen is app.flow.unlock
    assert app.flow.unlock.tiles.selected_slot() is PartnerSlot.B
    del home
    assert_no_session_reachable(app, ref)
    app.unlock_as(PartnerSlot.B)


def test_a_vault_open_elsewhere_is_said_plainly(make_app, existing_vault, qtbot):
    elsewhere = existing_vault.gate.unlock(PartnerSlot.A, PASSPHRASES[PartnerSlot.A])
    try:
        app = make_app()
        app.wait_ready()
        page = app.flow.unlock
        qtbot.mouseClick(page.tiles.button(PartnerSlot.B), Qt.MouseButton.LeftButton)
        type_text(qtbot, page.passphrase, PASSPHRASES[PartnerSlot.B])
        qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: "already open" in page.message.text())
        assert "Switch to that window" in page.message.text()
        assert not app.flow.is_open
    finally:
        elsewhere.lock()


def test_mouse_movement_counts_as_activity(make_app, existing_vault, qtbot, clock):
    app = make_app()
    app.unlock_as(PartnerSlot.A)
    clock.advance(299)
    qtbot.mouseMove(app.window, app.window.rect().center())
    qtbot.mouseMove(app.window, (app.window.rect().center() + QPointF(5, 5).toPoint()))
    clock.advance(10)
    app.built.idle.check()
    assert app.flow.is_open
