"""Our own scripts through the window: the step editor (create, a broken step's message, edit), export to a file,
import it back, duplicate a built-in one; a broken import and a broken stored script never stop the page."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from lifeline_desktop.content.scripts import parse_script
from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.store.models import UserScriptRow
from lifeline_desktop.ui.conversations.editor import ScriptEditor
from lifeline_desktop.ui.conversations.library_model import ScriptRole
from tests.ui.conftest import click_confirm
from tests.ui.conversations.test_conversation_runner import choose, open_page

A = PartnerSlot.A


def click(app, widget: QWidget) -> None:
    app.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def editor_of(app, page) -> ScriptEditor:
    app.qtbot.waitUntil(lambda: page.own_bar.editor is not None and page.own_bar.editor.isVisible())
    assert page.own_bar.editor is not None
    return page.own_bar.editor


def type_into(app, widget: QWidget, text: str) -> None:
    widget.setFocus()
    app.qtbot.keyClicks(widget, text)


def listed(page) -> dict[str, str]:
    model = page.filtered
    return {model.index(r, 0).data(ScriptRole).id: model.index(r, 0).data() for r in range(model.rowCount())}


def test_write_fix_edit_export_import_and_duplicate(make_app, existing_vault, tmp_path: Path) -> None:
    app = make_app()
    session = app.unlock_as(A)
    page = open_page(app)

    click(app, page.own_bar.new_button)
    editor = editor_of(app, page)
    type_into(app, editor.title, "Tea after work")
    type_into(app, editor.summary, "Ten quiet minutes with a warm drink before the evening starts.")
    type_into(app, editor.helps_when, "Both of you come home tired and short with each other.")
    type_into(app, editor.not_for, "Big decisions or anything that needs a long talk.")
    editor.tabs.setCurrentIndex(1)

    click(app, editor.add_step_button)  # step 1, opening
    editor.role.setCurrentIndex(editor.role.findData("both"))
    type_into(app, editor.words, "Make two cups of something warm and sit down together.")
    click(app, editor.add_step_button)  # step 2
    editor.add_round()
    editor.part.setCurrentIndex(editor.part.findData(0))  # step 2 moves into round 1
    editor.role.setCurrentIndex(editor.role.findData("speaker"))
    type_into(app, editor.words, "Tell one thing from your day, the small stuff too.")
    editor.timer.setValue(120)
    click(app, editor.add_step_button)  # step 3, round 1: nobody chosen yet
    type_into(app, editor.words, "Say back the part that stayed with you.")
    assert editor.steps.rowCount() == 3

    click(app, editor.save_button)
    app.qtbot.waitUntil(lambda: "please choose who this step is for" in editor.problems.text())
    assert editor.problems.text().splitlines()[1:] == ["•  Step 3 (round 1): please choose who this step is for."]
    assert editor.isVisible() and editor.title.text() == "Tea after work"  # nothing lost
    editor.role.setCurrentIndex(editor.role.findData("listener"))
    editor.checklist.setPlainText("I didn't give advice\n\n")
    click(app, editor.save_button)
    app.qtbot.waitUntil(lambda: page.own_bar.editor is None)
    app.qtbot.waitUntil(lambda: "ours-tea-after-work" in listed(page))
    assert listed(page)["ours-tea-after-work"].startswith("Ours  ·  Tea after work")
    assert page.selected_script().id == "ours-tea-after-work" and page.own_bar.edit_button.isEnabled()

    # edit it: a new title and one more minute of timer
    click(app, page.own_bar.edit_button)
    editor = editor_of(app, page)
    editor.title.selectAll()
    type_into(app, editor.title, "Tea after work, slowly")
    click(app, editor.save_button)
    app.qtbot.waitUntil(lambda: page.own_bar.editor is None)
    app.qtbot.waitUntil(lambda: page.details.title.text() == "Tea after work, slowly")
    assert page.selected_script().version == 2

    # export to a file, then import it back as a new script of ours
    target = tmp_path / "tea.toml"
    page.own_bar.choose_save_path = lambda suggested: str(target)
    with app.qtbot.waitSignal(page.own_bar.said):  # said once the file is whole (it exists, empty, before)
        click(app, page.own_bar.export_button)
    exported = parse_script(target.read_text(encoding="utf-8"), "tea.toml")
    assert exported.title == "Tea after work, slowly" and len(exported.outline.rounds[0].steps) == 2
    assert exported.outline.rounds[0].steps[1].checklist == ("I didn't give advice",)
    page.own_bar.choose_open_path = lambda: str(target)
    click(app, page.own_bar.import_button)
    app.qtbot.waitUntil(lambda: "ours-tea-after-work-slowly" in listed(page))
    assert "is now one of our scripts" in page.message.text()

    # duplicate a built-in script to adapt it
    choose(page, "daily-unwind")
    assert not page.own_bar.edit_button.isEnabled()  # built-in scripts are not edited in place
    click(app, page.own_bar.duplicate_button)
    editor = editor_of(app, page)
    assert editor.title.text() == "Unwinding the day (our version)"
    built_in_steps = editor.steps.rowCount()
    click(app, editor.save_button)
    app.qtbot.waitUntil(lambda: "ours-unwinding-the-day-our-version" in listed(page))
    copy = app.run_on_vault_thread(lambda: session.conversations.script("ours-unwinding-the-day-our-version"))
    assert copy.outline == app.run_on_vault_thread(lambda: session.conversations.script("daily-unwind")).outline
    assert built_in_steps == 6

    # delete one of ours, after a confirm; built-in scripts cannot be deleted
    assert not page.own_bar.delete_button.isEnabled() or page.selected_script().ours
    choose(page, "ours-unwinding-the-day-our-version")
    click(app, page.own_bar.delete_button)
    click_confirm(app.qtbot, page.own_bar)
    app.qtbot.waitUntil(lambda: "ours-unwinding-the-day-our-version" not in listed(page))
    assert "was deleted" in page.message.text()
    choose(page, "daily-unwind")
    assert not page.own_bar.delete_button.isEnabled()


def test_a_broken_file_and_a_broken_stored_script_get_a_message_not_a_crash(make_app, existing_vault,
                                                                              tmp_path: Path) -> None:
    app = make_app()
    session = app.unlock_as(A)
    page = open_page(app)
    broken = tmp_path / "theirs.toml"
    broken.write_text('id = "x"\nversion = 1\ntitle = "Hi"\n[[steps]]\nfor = "referee"\ntext = ""\n', "utf-8")
    page.own_bar.choose_open_path = lambda: str(broken)
    click(app, page.own_bar.import_button)
    app.qtbot.waitUntil(lambda: "cannot be imported" in page.message.text())
    assert "Step 1: please choose who this step is for." in page.message.text()
    binary = tmp_path / "photo.toml"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    page.own_bar.choose_open_path = lambda: str(binary)
    click(app, page.own_bar.import_button)
    app.qtbot.waitUntil(lambda: "not plain text" in page.message.text())

    def store_a_broken_one() -> None:
        with session._context.transaction() as orm:
            now = session.clock.now()
            orm.add(UserScriptRow(script_id="ours-damaged", version=1, toml="title = [unclosed", created_at=now,
                                  updated_at=now, created_by=A))

    app.run_on_vault_thread(store_a_broken_one)
    app.flow.lock()
    app.wait_idle()
    app.unlock_as(A)
    page = open_page(app)  # the built-in library still loads in full
    app.qtbot.waitUntil(lambda: "could not be read" in page.message.text())
    assert "ours-damaged" not in listed(page) and page.details.start_button.isEnabled()
    QApplication.processEvents()
