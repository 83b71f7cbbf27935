"""The start screen asks a script's own 'who speaks first' question; the runner shows a step's alternative under
its words, and the safety note once, on the first step."""

from __future__ import annotations

from PySide6.QtCore import Qt

from lifeline_desktop.domain.partners import PartnerSlot
from tests.ui.conversations.test_conversation_runner import choose, focus_of, key, open_page, set_rating

A, B = PartnerSlot.A, PartnerSlot.B


def test_a_script_whose_roles_carry_weight_asks_its_own_question(make_app, existing_vault):
    app = make_app()
    app.unlock_as(A)
    page = open_page(app)
    question = page.details.first_speaker_question
    choose(page, "rebuilding-trust")
    app.qtbot.waitUntil(lambda: question.text() == "Who was hurt, and will speak first?")
    assert page.details.first_speaker.isVisibleTo(page)
    choose(page, "apology-and-forgiveness")
    app.qtbot.waitUntil(lambda: question.text() == "Who is apologising, and will speak first?")
    choose(page, "daily-unwind")
    app.qtbot.waitUntil(lambda: question.text() == "Who speaks first:")


def test_the_runner_offers_the_alternative_and_shows_the_safety_note_once(make_app, existing_vault):
    app = make_app()
    app.unlock_as(A)
    page = open_page(app)
    choose(page, "appreciation-exchange")
    app.qtbot.mouseClick(page.details.start_button, Qt.MouseButton.LeftButton)
    focus = focus_of(app, page)
    set_rating(app, focus, A, 5)
    set_rating(app, focus, B, 5)
    key(app, focus, Qt.Key.Key_Return)
    app.qtbot.waitUntil(lambda: focus.pages.currentWidget() is focus.step)
    panel = focus.step
    assert "eye contact" in panel.text.text()
    assert panel.alternative.isVisibleTo(focus)
    assert "sit side by side" in panel.alternative.text() and panel.alternative.text().startswith("Or, if")
    assert panel.safety.isVisibleTo(focus) and "afraid of your partner" in panel.safety.text()

    key(app, focus, Qt.Key.Key_Right)
    app.qtbot.waitUntil(lambda: "eye contact" not in panel.text.text())
    assert not panel.alternative.isVisibleTo(focus) and panel.alternative.text() == ""
    assert not panel.safety.isVisibleTo(focus)

    key(app, focus, Qt.Key.Key_Left)
    app.qtbot.waitUntil(lambda: "eye contact" in panel.text.text())
    assert panel.alternative.isVisibleTo(focus) and panel.safety.isVisibleTo(focus)


def test_a_copy_keeps_the_alternatives_the_question_and_the_topics(make_app, existing_vault):
    from tests.ui.conversations.test_own_scripts_ui import click, editor_of, listed, type_into

    app = make_app()
    session = app.unlock_as(A)
    page = open_page(app)
    choose(page, "appreciation-exchange")
    click(app, page.own_bar.duplicate_button)
    editor = editor_of(app, page)
    editor.tabs.setCurrentIndex(1)
    editor.step_list.setCurrentIndex(editor.steps.index(0))
    app.qtbot.waitUntil(lambda: "eye contact" in editor.words.toPlainText())
    editor.words.moveCursor(editor.words.textCursor().MoveOperation.End)
    type_into(app, editor.words, " Take your time.")
    click(app, editor.save_button)
    copy_id = "ours-an-appreciation-exchange-our-version"
    app.qtbot.waitUntil(lambda: copy_id in listed(page))
    copy = app.run_on_vault_thread(lambda: session.conversations.script(copy_id))
    first = copy.outline.opening[0]
    assert first.text.endswith("Take your time.") and "sit side by side" in first.alternative

    choose(page, "rebuilding-trust")
    click(app, page.own_bar.duplicate_button)
    editor = editor_of(app, page)
    click(app, editor.save_button)
    copy_id = "ours-rebuilding-trust-after-a-breach-our"
    app.qtbot.waitUntil(lambda: any(key.startswith(copy_id) for key in listed(page)))
    copy_id = next(key for key in listed(page) if key.startswith(copy_id))
    copy = app.run_on_vault_thread(lambda: session.conversations.script(copy_id))
    assert copy.first_speaker_question == "Who was hurt, and will speak first?"
    assert [str(topic) for topic in copy.topics] == ["betrayal"]
