"""The counsellor PDF: chosen on purpose, previewed, saved, read back with pdftotext; never anyone's private text."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from PySide6.QtCore import Qt

from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.services.checkins.views import Scores
from lifeline_desktop.ui.checkins.page import CheckInsPage
from tests.support.vaults import MEI, ROSA

MARKER = "QUOKKA-PRIVATE-8812"


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed")
def test_report_holds_what_was_chosen_and_nothing_private(make_app, existing_vault, tmp_path):
    gate = existing_vault.gate
    rosa = gate.unlock(PartnerSlot.A, ROSA.passphrase)
    rosa.checkins.answer(Scores(6, 6, 4, 7, 8), "rosa")
    rosa.journal.add_entry("Rosa private", f"{MARKER} rosa", private=True)
    rosa.lock()
    mei = gate.unlock(PartnerSlot.B, MEI.passphrase)
    mei.checkins.answer(Scores(8, 7, 7, 7, 9), f"{MARKER} in Mei's check-in note")
    mei.journal.add_entry("Mei private", f"{MARKER} mei", private=True)
    mei.journal.add_entry("Our long walk", "We talked about the move, calmly.")
    talk = mei.conversations.start("weekly-check-in", PartnerSlot.B)
    mei.conversations.save_note(talk.id, 1, "Agreed: Sunday mornings are ours.", private=False)
    mei.conversations.save_note(talk.id, 2, f"{MARKER} private note", private=True)
    mei.conversations.finish(talk.id)  # finished conversations can go into the report
    mei.lock()

    app = make_app()
    app.unlock_as(PartnerSlot.A)
    home = app.flow.home
    home.show_section_key("checkins")
    page = home.pages.currentWidget()
    assert isinstance(page, CheckInsPage)
    app.wait_idle()
    dialog = page.open_report()
    qtbot = app.qtbot
    # only the shared entry can be chosen
    qtbot.waitUntil(lambda: dialog.entries.rowCount() == 1 and dialog.conversations.rowCount() == 1)
    assert "not encrypted" in dialog.findChild(type(page.legend), "not-encrypted").text()
    for model in (dialog.entries, dialog.conversations):
        model.setData(model.index(0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled())
    assert "Our long walk" in dialog.preview_view.toPlainText()
    target = tmp_path / "for-counsellor.pdf"
    dialog.path.setText(str(target))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(target.exists)
    text = subprocess.run(["pdftotext", "-layout", str(target), "-"], check=True, capture_output=True,
                          text=True).stdout
    assert "Check-ins" in text and "not encrypted" in text
    assert "Our long walk" in text and "Sunday mornings are ours" in text
    assert "6.2" in text and "7.6" in text  # both partners' averages for the round
    assert MARKER not in text
