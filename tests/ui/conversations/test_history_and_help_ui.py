"""History of past conversations (ratings, notes; the other's private note never shown), the safety note on
every conflict and trust script, and the help page (button and F1)."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QPlainTextEdit, QWidget

from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.ui.conversations.library_model import ScriptRole
from tests.ui.conversations.test_conversation_runner import choose, open_page

A, B = PartnerSlot.A, PartnerSlot.B
SECRET = "HERON-rosa-only-private-note"
CONFLICT = {"after-a-fight", "story-behind-disagreement", "apology-and-forgiveness", "needs-and-boundaries",
            "money-without-blame", "family-strain", "sharing-the-load"}


def every_text(root: QWidget) -> str:
    texts = [w.text() for w in root.findChildren(QLabel)] + [w.text() for w in root.findChildren(QLineEdit)]
    texts += [w.toPlainText() for w in root.findChildren(QPlainTextEdit)]
    texts += [w.text() for w in root.findChildren(QAbstractButton)]
    return "\n".join(texts)


def open_history(app, page) -> None:
    page.tabs.setCurrentWidget(page.history)
    app.qtbot.waitUntil(lambda: page.history.model.rowCount() == 1)


def test_history_shows_ratings_and_notes_but_never_the_others_private_text(make_app, existing_vault, clock):
    app = make_app()
    rosa = app.unlock_as(A)

    def talk() -> None:
        service = rosa.conversations
        conversation = service.start("daily-unwind", A, before_a=3, before_b=5)
        service.save_note(conversation.id, 1, "Mornings feel rushed for both of us.", private=False)
        service.save_note(conversation.id, 2, SECRET, private=True)
        clock.advance(timedelta(minutes=32))
        service.rate_after(conversation.id, 7, 8)
        service.finish(conversation.id)

    app.run_on_vault_thread(talk)
    page = open_page(app)
    open_history(app, page)
    model = page.history.model
    row = [model.index(0, c).data() for c in range(model.columnCount())]
    assert row[0] == "Unwinding the day" and row[2] == "32 min" and row[3:] == ["3 → 7", "5 → 8", ""]
    assert model.headerData(3, Qt.Orientation.Horizontal) == "Rosa\nbefore → after"
    notes = page.history.notes.toPlainText()
    assert notes.startswith("Rosa: 3 before, 7 after; Mei: 5 before, 8 after.")
    assert "Step 2: Mornings feel rushed for both of us." in notes
    assert SECRET in notes and "only you see these" in notes

    app.flow.lock()
    app.wait_idle()
    app.unlock_as(B)
    page = open_page(app)
    open_history(app, page)
    notes = page.history.notes.toPlainText()
    assert "Mornings feel rushed" in notes and "Rosa kept 1 private note here" in notes
    assert SECRET not in every_text(app.window)


def test_every_conflict_and_trust_script_carries_the_safety_note_and_help_is_one_key_away(make_app,
                                                                                           existing_vault):
    app = make_app()
    app.unlock_as(A)
    page = open_page(app)
    scripts = [page.filtered.index(r, 0).data(ScriptRole) for r in range(page.filtered.rowCount())]
    sensitive = [s.id for s in scripts if s.id in CONFLICT or "trust" in s.practices]
    assert set(sensitive) >= CONFLICT | {"rebuilding-trust"}
    for script_id in sensitive:
        choose(page, script_id)
        safety = page.details.safety.text()
        assert "feel safe with each other" in safety and "afraid of your partner" in safety
        assert "professional" in safety and "emergency services" in safety and "not the right tool" in safety
        assert page.details.safety.isVisibleTo(page)

    page.list.setFocus()
    app.qtbot.keyClick(page.list, Qt.Key.Key_F1)
    app.qtbot.waitUntil(lambda: page.help_page is not None and page.help_page.isVisible())
    help_text = page.help_page.text()
    assert "sign that you care" in help_text and "not a sign that you failed" in help_text
    assert "couples therapist" in help_text and "afraid of your partner" in help_text
    assert "http" not in help_text and "www" not in help_text
    page.help_page.accept()
    app.qtbot.waitUntil(lambda: page.help_page is None)
    app.qtbot.mouseClick(page.own_bar.help_button, Qt.MouseButton.LeftButton)
    app.qtbot.waitUntil(lambda: page.help_page is not None and page.help_page.isVisible())
