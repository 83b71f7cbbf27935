"""The first-run wizard, driven by keys and clicks, to a working vault."""

from __future__ import annotations

from PySide6.QtCore import Qt

from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.ui.setup.wizard import SetupWizard
from lifeline_desktop.ui.shell.home import HomeView


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
    qtbot.keyClicks(pages.pair_a.first, "noor likes quiet mornings")
    qtbot.keyClicks(pages.pair_a.second, "noor likes quiet mornings")
    qtbot.keyClicks(pages.pair_b.first, "jonas bakes bread")
    qtbot.keyClicks(pages.pair_b.second, "jonas bakes brea")
    assert not wizard.next_button.isEnabled()
    assert "do not match" in pages.pair_b.hint.text()
    qtbot.keyClicks(pages.pair_b.second, "d")
    _next(qtbot, wizard)

    assert wizard.current is wizard.location
    assert wizard.location.folder() == tmp_config.default_vault_dir
    _next(qtbot, wizard)  # creates the vault off the GUI thread
    assert wizard.busy.isVisible()
    qtbot.waitUntil(lambda: wizard.current is wizard.key_page, timeout=20_000)
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
    qtbot.waitUntil(lambda: app.flow.is_open, timeout=20_000)
    home = app.window.current_screen
    assert isinstance(home, HomeView)
    assert home.partner_name == "Noor"
    assert memory_keyring.items, "the master key was remembered in the keyring"
    assert app.flow.wizard is None

    app.flow.lock()
    app.wait_idle()
    session = app.unlock_as(PartnerSlot.B, "jonas bakes bread")
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
    qtbot.keyClicks(wizard.passphrases.pair_a.first, "short")
    assert "Too short" in wizard.passphrases.pair_a.hint.text()
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
    for pair in (wizard.passphrases.pair_a, wizard.passphrases.pair_b):
        qtbot.keyClicks(pair.first, "a long enough phrase")
        qtbot.keyClicks(pair.second, "a long enough phrase")
    _next(qtbot, wizard)
    qtbot.mouseClick(wizard.location.shared_choice, Qt.MouseButton.LeftButton)
    assert not wizard.next_button.isEnabled()
    qtbot.keyClicks(wizard.location.folder_field, str(shared))
    _next(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.current is wizard.key_page, timeout=20_000)
    assert stat.S_IMODE(shared.stat().st_mode) == 0o2770
    assert (shared / "lifeline.db").exists()
    assert PreferencesFile(tmp_config.settings_dir).load().vault_folder is None  # saved once set-up finishes
