"""Both key files lost: the recovery key and both partners, each in their own turn, bring the vault back
(issue 12, item 1). The screen says plainly, before anything is written, what comes back and what stays sealed."""

from __future__ import annotations

import shutil

from PySide6.QtCore import Qt

from lifeline_desktop.domain.partners import PartnerSlot
from tests.support.vaults import MEI, ROSA
from tests.ui.conftest import take_passphrase_turn, visible_turn

NEW = {PartnerSlot.A: "rosa's new words by the sea", PartnerSlot.B: "mei's new words on a rainy day"}


def test_both_partners_set_new_passphrases_after_the_key_file_is_lost(make_app, existing_vault, qtbot):
    rosa = existing_vault.gate.unlock(PartnerSlot.A, ROSA.passphrase)
    rosa.journal.add_entry("For us", "shared words")
    rosa.journal.add_entry("Mine", "private words", private=True)
    rosa.lock()
    for name in ("lifeline.keys", "lifeline.keys.bak"):
        (existing_vault.folder / name).unlink()
    shutil.rmtree(existing_vault.folder / "backups")

    app = make_app()
    qtbot.waitUntil(lambda: app.window.current_screen is app.flow.damaged)
    qtbot.mouseClick(app.flow.damaged.recovery_button, Qt.MouseButton.LeftButton)
    page = app.flow.key_file_rescue
    assert app.window.current_screen is page

    qtbot.keyClicks(page.key_field, existing_vault.recovery_key)
    qtbot.mouseClick(page.look_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.steps.currentWidget() is page.warning_step)
    said = page.warning.text()
    assert "private space" in said and "sealed" in said and "key file" in said
    assert not (existing_vault.folder / "lifeline.keys").exists(), "something was written before the warning"

    qtbot.mouseClick(page.go_on_button, Qt.MouseButton.LeftButton)
    for slot, other in ((PartnerSlot.A, "Mei"), (PartnerSlot.B, "Rosa")):
        turn = visible_turn(qtbot, app.window)
        assert turn.party.name == ("Rosa" if slot is PartnerSlot.A else "Mei") and turn.party.other_name == other
        assert turn.party.colour == (ROSA.colour if slot is PartnerSlot.A else MEI.colour)
        assert not (existing_vault.folder / "lifeline.keys").exists()
        take_passphrase_turn(qtbot, app.window, NEW[slot])

    qtbot.waitUntil(lambda: "new passphrase" in app.flow.unlock.message.text())
    assert app.window.current_screen is app.flow.unlock
    session = app.unlock_as(PartnerSlot.B, NEW[PartnerSlot.B])
    assert [e.title for e in app.run_on_vault_thread(session.journal.entries)] == ["For us"]
