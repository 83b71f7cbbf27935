"""The first-run wizard, driven by keys and clicks, to a working vault."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.ui.common.passphrase_field import PassphraseField
from lifeline_desktop.ui.setup.wizard import SetupWizard
from tests.ui.conftest import click_turn_button, take_passphrase_turn, visible_turn


def _next(qtbot, wizard: SetupWizard) -> None:
    assert wizard.next_button.isEnabled(), wizard.hint.text()
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)


def test_the_whole_wizard_makes_a_vault_both_partners_open(make_app, qtbot, tmp_config, memory_keyring):
    app = make_app()
    wizard = app.flow.wizard
    assert wizard is not None and app.window.current_screen is wizard
    assert app.window.windowTitle() == "Lifeline"

    _next(qtbot, wizard)  # welcome
    assert not wizard.next_button.isEnabled()  # names missing
    qtbot.keyClicks(wizard.partners.name_a, "Noor")
    qtbot.keyClicks(wizard.partners.name_b, "Jonas")
    qtbot.mouseClick(wizard.partners.colour_b.button_for("#6A8D73"), Qt.MouseButton.LeftButton)
    _next(qtbot, wizard)

    pages = wizard.passphrases
    assert not wizard.next_button.isEnabled()
    assert "Noor and Jonas" in wizard.hint.text()
    # Never both on one screen: each passphrase in its own partner's turn, on a screen in their colour.
    assert not pages.findChildren(PassphraseField)
    qtbot.mouseClick(pages.buttons[PartnerSlot.A], Qt.MouseButton.LeftButton)
    turn = visible_turn(qtbot, app.window)
    assert turn.party.name == "Noor" and turn.party.other_name == "Jonas"
    assert turn.geometry() == app.window.rect()
    take_passphrase_turn(qtbot, app.window, "noor likes quiet mornings")
    assert "Jonas" in wizard.hint.text() and "Noor" not in wizard.hint.text()
    qtbot.mouseClick(pages.buttons[PartnerSlot.B], Qt.MouseButton.LeftButton)
    assert visible_turn(qtbot, app.window).party.colour.upper() == "#6A8D73"
    take_passphrase_turn(qtbot, app.window, "jonas bakes bread on sundays")
    _next(qtbot, wizard)

    assert wizard.current is wizard.location
    assert wizard.location.folder() == tmp_config.default_vault_dir
    _next(qtbot, wizard)  # creates the vault off the GUI thread
    assert wizard.busy.isVisible()
    qtbot.waitUntil(lambda: wizard.current is wizard.key_page)
    assert not wizard.back_button.isEnabled()
    key_text = wizard.key_page.view.key_label.accessibleDescription()
    groups = key_text.split()
    assert len(groups) == 14

    _next(qtbot, wizard)
    confirm = wizard.confirm
    assert not wizard.next_button.isEnabled()
    qtbot.keyClicks(confirm.field, "ZZZZ" if groups[confirm.index] != "ZZZZ" else "YYYY")
    assert not wizard.next_button.isEnabled()
    confirm.field.clear()
    qtbot.keyClicks(confirm.field, groups[confirm.index].lower())
    _next(qtbot, wizard)

    assert wizard.current is wizard.remember
    assert wizard.remember.remember.isEnabled()  # the in-memory keyring counts as a working one
    qtbot.keyClick(wizard.remember.remember, Qt.Key.Key_Space)
    _next(qtbot, wizard)  # finish
    # Both still sit at the screen: the unlock screen, not one partner's open session.
    qtbot.waitUntil(lambda: app.window.current_screen is app.flow.unlock and app.flow.wizard is None)
    app.wait_idle()
    assert not app.flow.is_open
    assert "own passphrase" in app.flow.unlock.message.text()
    assert memory_keyring.items, "the master key was remembered in the keyring"

    assert app.unlock_as(PartnerSlot.A, "noor likes quiet mornings").partner_name == "Noor"
    app.flow.lock()
    app.wait_idle()
    session = app.unlock_as(PartnerSlot.B, "jonas bakes bread on sundays")
    assert session.partner_name == "Jonas" and session.partner_colour.upper() == "#6A8D73"
    assert app.window.windowTitle() == "Lifeline"


def test_the_wizard_refuses_weak_or_missing_input(make_app, qtbot):
    app = make_app()
    wizard = app.flow.wizard
    _next(qtbot, wizard)
    qtbot.keyClicks(wizard.partners.name_a, "Kim")
    qtbot.keyClicks(wizard.partners.name_b, "kim")
    assert not wizard.next_button.isEnabled()
    assert "different names" in wizard.hint.text()
    wizard.partners.name_b.clear()
    qtbot.keyClicks(wizard.partners.name_b, "Lee")
    _next(qtbot, wizard)
    assert not wizard.next_button.isEnabled()
    qtbot.mouseClick(wizard.passphrases.buttons[PartnerSlot.A], Qt.MouseButton.LeftButton)
    turn = visible_turn(qtbot, app.window)
    click_turn_button(qtbot, turn)
    field = turn.content.findChild(PassphraseField)
    qtbot.keyClicks(field.first, "short")
    assert "Too short" in field.hint.text()
    qtbot.keyClicks(field.second, "short")
    assert not turn.content.findChild(QPushButton, "turn-done").isEnabled()
    turn.close_turn()
    assert not wizard.next_button.isEnabled()
    # Back works before the vault exists.
    qtbot.mouseClick(wizard.back_button, Qt.MouseButton.LeftButton)
    assert wizard.current is wizard.partners


def test_the_wizard_can_put_the_vault_in_a_folder_shared_by_two_accounts(make_app, qtbot, tmp_path, tmp_config):
    import stat

    from lifeline_desktop.ui.preferences import PreferencesFile

    shared = tmp_path / "shared"
    app = make_app()
    wizard = app.flow.wizard
    _next(qtbot, wizard)
    qtbot.keyClicks(wizard.partners.name_a, "Ada")
    qtbot.keyClicks(wizard.partners.name_b, "Bo")
    _next(qtbot, wizard)
    for slot in PartnerSlot:
        qtbot.mouseClick(wizard.passphrases.buttons[slot], Qt.MouseButton.LeftButton)
        take_passphrase_turn(qtbot, app.window, "a long enough phrase of words")
    _next(qtbot, wizard)
    qtbot.mouseClick(wizard.location.shared_choice, Qt.MouseButton.LeftButton)
    assert not wizard.next_button.isEnabled()
    qtbot.keyClicks(wizard.location.folder_field, str(shared))
    _next(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.current is wizard.key_page)
    assert stat.S_IMODE(shared.stat().st_mode) == 0o2770
    assert (shared / "lifeline.db").exists()
    assert PreferencesFile(tmp_config.settings_dir).load().vault_folder is None  # saved once set-up finishes
