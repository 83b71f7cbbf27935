"""Settings, each action end to end on a real vault."""

from __future__ import annotations

from dataclasses import replace

import keyring
from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.ui.preferences import PreferencesFile
from lifeline_desktop.ui.settings.dialog import SettingsDialog
from tests.support.vaults import MEI, ROSA
from tests.ui.conftest import NAMES, PASSPHRASES, click_confirm, click_turn_button, type_text, visible_turn


def open_settings(app, qtbot) -> SettingsDialog:
    app.window.activateWindow()
    qtbot.waitActive(app.window)
    qtbot.keyClick(app.window.current_screen, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    dialog = app.flow.settings
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    app.wait_idle()
    return dialog


def test_change_passphrase_then_unlock_with_the_new_one(make_app, existing_vault, qtbot):
    app = make_app()
    app.unlock_as(PartnerSlot.A)
    dialog = open_settings(app, qtbot)
    qtbot.mouseClick(dialog.change_passphrase, Qt.MouseButton.LeftButton)
    change = dialog.passphrase_dialog
    # Typed in my own turn, on a screen in my colour, while my partner looks away.
    turn = visible_turn(qtbot, change)
    assert turn.party.name == NAMES[PartnerSlot.A] and turn.geometry() == change.rect()
    click_turn_button(qtbot, turn)
    qtbot.keyClicks(change.old, "not my passphrase")
    qtbot.keyClicks(change.new.first, "our new garden in spring")
    qtbot.keyClicks(change.new.second, "our new garden in spring")
    qtbot.mouseClick(change.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: change.message.text() != "")
    assert change.isVisible()
    change.old.clear()
    qtbot.keyClicks(change.old, PASSPHRASES[PartnerSlot.A])
    qtbot.mouseClick(change.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: turn.step == "end")
    said = " ".join(label.text() for label in turn.end_page.findChildren(QLabel))
    assert f"{NAMES[PartnerSlot.B]}, you can look again" in said
    click_turn_button(qtbot, turn)
    qtbot.waitUntil(lambda: not change.isVisible())
    assert "changed" in dialog.message.text()

    app.flow.lock()
    page = app.flow.unlock
    qtbot.mouseClick(page.tiles.button(PartnerSlot.A), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.passphrase, PASSPHRASES[PartnerSlot.A])
    qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "does not open" in page.message.text())
    app.unlock_as(PartnerSlot.A, "our new garden in spring")


def test_a_new_recovery_key_makes_the_old_one_fail(make_app, existing_vault, qtbot):
    app = make_app()
    app.unlock_as(PartnerSlot.A)
    dialog = open_settings(app, qtbot)
    qtbot.mouseClick(dialog.rotate, Qt.MouseButton.LeftButton)
    click_confirm(qtbot, dialog)
    qtbot.waitUntil(lambda: getattr(dialog, "key_dialog", None) is not None)
    new_key = dialog.key_dialog.view.key_label.accessibleDescription().replace(" ", "-")
    assert new_key and new_key != existing_vault.recovery_key
    dialog.key_dialog.close()
    dialog.close()

    app.flow.lock()
    app.wait_ready()
    qtbot.mouseClick(app.flow.unlock.recovery_link, Qt.MouseButton.LeftButton)
    page = app.flow.recovery
    qtbot.keyClicks(page.key_field, existing_vault.recovery_key)
    assert page.key_status.text() == "The recovery key looks right."  # well formed, but no longer this vault's
    qtbot.mouseClick(page.tiles.button(PartnerSlot.A), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.new_passphrase.first, "after the old key died")
    qtbot.keyClicks(page.new_passphrase.second, "after the old key died")
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.message.text() != "")
    assert not app.flow.is_open
    assert "recovery key" in page.message.text()

    page.key_field.clear()
    qtbot.keyClicks(page.key_field, new_key)
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: app.flow.is_open)


def test_back_up_then_restore(make_app, existing_vault, qtbot):
    app = make_app()
    session = app.unlock_as(PartnerSlot.A)
    app.run_on_vault_thread(lambda: session.journal.add_entry("Before the backup", "kept"))
    dialog = open_settings(app, qtbot)
    before = dialog.backups_model.rowCount()
    qtbot.mouseClick(dialog.back_up_now, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.backups_model.rowCount() == before + 1)
    newest = dialog.backups_model.index(0, 2).data()
    assert newest == "made by you"
    assert dialog.backups_model.index(0, 1).data().endswith("KB")
    app.run_on_vault_thread(lambda: session.journal.add_entry("After the backup", "gone after restore"))
    dialog.backups_view.selectRow(0)
    qtbot.mouseClick(dialog.restore, Qt.MouseButton.LeftButton)
    click_confirm(qtbot, dialog)
    qtbot.waitUntil(lambda: not app.flow.is_open)
    assert app.window.current_screen is app.flow.unlock
    assert "restored" in app.flow.unlock.message.text()
    del session

    session = app.unlock_as(PartnerSlot.A)
    titles = [e.title for e in app.run_on_vault_thread(session.journal.entries)]
    assert "Before the backup" in titles and "After the backup" not in titles


def test_the_keyring_option_is_disabled_with_the_reason_when_no_backend_works(make_app, existing_vault, qtbot):
    keyring.set_keyring(fail.Keyring())
    app = make_app()
    app.unlock_as(PartnerSlot.A)
    dialog = open_settings(app, qtbot)
    qtbot.waitUntil(lambda: "Not available" in dialog.keyring_reason.text())
    assert not dialog.remember.isEnabled()
    assert not dialog.remember.isChecked()


def test_remember_on_this_computer_then_open_without_passphrase(make_app, existing_vault, qtbot, memory_keyring):
    app = make_app()
    app.unlock_as(PartnerSlot.A)
    dialog = open_settings(app, qtbot)
    qtbot.waitUntil(dialog.remember.isEnabled)
    qtbot.keyClick(dialog.remember, Qt.Key.Key_Space)
    assert not dialog.remember.isChecked()  # only after confirming
    click_confirm(qtbot, dialog)
    qtbot.waitUntil(dialog.remember.isChecked)
    assert memory_keyring.items
    dialog.close()
    app.flow.lock()
    app.wait_idle()
    page = app.flow.unlock
    assert page.remembered_button.isVisibleTo(page)
    qtbot.mouseClick(page.tiles.button(PartnerSlot.B), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.remembered_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: app.flow.is_open)
    assert not app.flow.reachable_session().private_space_open

    home = app.flow._home
    assert home is not None
    bar = home.private_space_bar  # the private space opens with the partner's own passphrase
    assert bar.isVisibleTo(home)
    qtbot.keyClicks(bar.passphrase, "not Mei's passphrase")
    qtbot.keyClick(bar.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "passphrase" in bar.message.text())
    bar.passphrase.clear()
    type_text(qtbot, bar.passphrase, PASSPHRASES[PartnerSlot.B])  # not ASCII: keyClicks cannot type it
    qtbot.keyClick(bar.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not bar.isVisibleTo(home))
    assert app.flow.reachable_session().private_space_open


def test_auto_lock_never_needs_a_warning_and_settings_are_saved(make_app, existing_vault, qtbot, tmp_config,
                                                              clock):
    app = make_app()
    app.unlock_as(PartnerSlot.A)
    dialog = open_settings(app, qtbot)
    combo = dialog.auto_lock
    never = combo.findData(0)
    combo.setCurrentIndex(never)
    combo.activated.emit(never)
    assert combo.currentData() == 5  # not yet: a warning first
    click_confirm(qtbot, dialog)
    assert combo.currentData() == 0
    dialog.appearance.theme.setCurrentIndex(dialog.appearance.theme.findData("dark"))
    dialog.appearance.theme.activated.emit(dialog.appearance.theme.currentIndex())
    app.wait_idle()
    saved = PreferencesFile(tmp_config.settings_dir).load()
    assert saved.auto_lock_minutes == 0 and saved.theme == "dark"
    text = PreferencesFile(tmp_config.settings_dir).path.read_text()
    assert "Rosa" not in text and "Mei" not in text
    clock.advance(24 * 3600)
    app.built.idle.check()
    assert app.flow.is_open


def test_use_another_existing_vault_folder(make_app, existing_vault, qtbot, tmp_path, tmp_config, open_gate):
    other = tmp_path / "shared-vault"
    session, _key = open_gate(other).create(replace(ROSA, name="Ana"), MEI)
    session.lock()
    app = make_app()
    app.unlock_as(PartnerSlot.A)
    dialog = open_settings(app, qtbot)
    # The folder chooser is a native dialog; its answer is handed to the same method it calls.
    dialog.use_folder(tmp_path / "empty")
    qtbot.waitUntil(lambda: "no Lifeline vault" in dialog.message.text())
    assert app.flow.is_open
    dialog.use_folder(other)
    qtbot.waitUntil(lambda: not app.flow.is_open)
    app.wait_idle()
    assert app.flow.unlock.tiles.label_of(PartnerSlot.A) == "A"  # the other vault's first partner, Ana
    assert PreferencesFile(tmp_config.settings_dir).load().vault_folder == str(other)
    app.unlock_as(PartnerSlot.A)
