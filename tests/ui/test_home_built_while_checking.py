"""While the passphrase is checked (the KDF, on the vault thread) the home screen and Today's page are built, hidden and
empty: once the passphrase opens the vault only the names and Today's content are left to do (issue 16), and a wrong
passphrase shows nothing of the vault."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.ui.common.section_page import SectionPage
from lifeline_desktop.ui.shell.home import HomeView
from tests.ui.conftest import NAMES, PASSPHRASES, type_text


def _words_shown(home: HomeView) -> str:
    return " ".join(label.text() for label in home.findChildren(QLabel)) + " " + home.switch_button.toolTip()


def _assert_empty(home: HomeView) -> None:
    assert not home.isVisible()
    pages = home.findChildren(SectionPage)
    assert [type(page).__name__ for page in pages] == ["TodayPage"], \
        "only Today's page is built before the vault opens, and it is empty:"
    assert pages[0].view is None  # type: ignore[attr-defined]
    words = _words_shown(home)
    assert NAMES[PartnerSlot.A] not in words and NAMES[PartnerSlot.B] not in words
    assert not home.navigation.hasFocus()


def test_the_home_is_built_at_enter_and_holds_nothing_of_the_vault_until_it_opens(make_app, existing_vault, qtbot):
    app = make_app()
    app.wait_ready()
    page = app.flow.unlock
    assert not app.window.findChildren(HomeView), "nothing is built for the home before anyone presses Enter"
    qtbot.mouseClick(page.tiles.button(PartnerSlot.A), Qt.MouseButton.LeftButton)
    type_text(qtbot, page.passphrase, "not the passphrase")
    qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)

    # Enter has returned and the vault thread's answer has not been heard yet: the home is already there
    homes = app.window.findChildren(HomeView)
    assert len(homes) == 1
    home = homes[0]
    assert app.window.current_screen is page
    assert home.width() > 0 and home.layout().geometry().width() > 0, "laid out at the window's size already"
    _assert_empty(home)

    qtbot.waitUntil(lambda: not app.built.runner.is_busy and "does not open" in page.message.text())
    assert app.window.findChildren(HomeView) == [home], "kept for the next try, not built again"
    _assert_empty(home)

    page.passphrase.clear()
    type_text(qtbot, page.passphrase, PASSPHRASES[PartnerSlot.A])
    qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: app.window.current_screen is home)
    assert home.isVisible()
    assert home.name_label.text() == NAMES[PartnerSlot.A]
    assert home.current_section() == "today" and home.pages.currentWidget() is home.today
    qtbot.waitUntil(lambda: NAMES[PartnerSlot.A] in home.today.title.text())


def test_after_a_lock_the_next_enter_builds_a_new_empty_home(make_app, existing_vault, qtbot):
    app = make_app()
    app.unlock_as(PartnerSlot.A)
    first = app.window.current_screen
    assert isinstance(first, HomeView)
    app.flow.lock()
    app.wait_idle()
    page = app.flow.unlock
    qtbot.mouseClick(page.tiles.button(PartnerSlot.B), Qt.MouseButton.LeftButton)
    type_text(qtbot, page.passphrase, PASSPHRASES[PartnerSlot.B])
    qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
    waiting = [home for home in app.window.findChildren(HomeView) if home is not first]
    assert len(waiting) == 1
    _assert_empty(waiting[0])
    qtbot.waitUntil(lambda: app.window.current_screen is waiting[0])
    assert waiting[0].name_label.text() == NAMES[PartnerSlot.B]
