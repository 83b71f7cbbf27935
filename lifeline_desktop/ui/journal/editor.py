"""Writing or editing an entry: title, Markdown body, mood, tags, shared or private; drafts save themselves."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from lifeline_desktop.ui import defs
from lifeline_desktop.ui.common.layout import STRETCH, hbox, vbox
from lifeline_desktop.ui.common.messages import describe
from lifeline_desktop.ui.common.text import fill
from lifeline_desktop.ui.journal.markdown_edit import MarkdownEdit, format_bar
from lifeline_desktop.ui.journal.privacy_switch import PrivacySwitch
from lifeline_desktop.ui.labels import mood_suggestions
from lifeline_desktop.ui.operations import JOURNAL, Operations

if TYPE_CHECKING:
    from lifeline_desktop.services.journal.service import JournalService
    from lifeline_desktop.services.journal.views import EntryDetail
    from lifeline_desktop.services.session import Session


def draft_kind() -> Any:
    from lifeline_desktop.services.journal.drafts import DraftKind  # services at run time only, after unlock

    return DraftKind.JOURNAL_ENTRY


class EntryEditor(QWidget):
    saved = Signal(int)
    cancelled = Signal()

    def __init__(self, ops: Operations, journal: JournalService, other_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self._journal: JournalService | None = journal
        self._entry_id: int | None = None
        self._prompt_id: str | None = None
        self._dirty = False
        self._saving = False
        self._text_fields()
        self._detail_fields(other_name)
        self.status = QLabel(self)
        self.status.setProperty("role", "muted")
        self.status.setWordWrap(True)
        buttons = self._buttons()
        details = hbox(defs.SMALL_SPACING, QLabel(self.tr("Mood"), self), self.mood, (self.tags, 1))
        vbox(defs.SMALL_SPACING, self.heading, self.private, self.prompt_label, self.title,
             format_bar(self.body, self), (self.body, 1), details, buttons, self.status, parent=self)

        self.draft_timer = QTimer(self)
        self.draft_timer.setInterval(defs.DRAFT_SAVE_MS)
        self.draft_timer.timeout.connect(self.save_draft)
        for changed in (self.title.textChanged, self.body.textChanged, self.tags.textChanged,
                        self.mood.currentTextChanged, self.private.toggled):
            changed.connect(self._changed)

    def _text_fields(self) -> None:
        """What the entry says, under a heading (new or editing) and the prompt it answers, if any."""
        self.heading = QLabel(self)
        self.heading.setProperty("role", "subtitle")
        self.prompt_label = QLabel(self)
        self.prompt_label.setWordWrap(True)
        self.prompt_label.setProperty("role", "muted")
        self.title = QLineEdit(self)
        self.title.setPlaceholderText(self.tr("Title"))
        self.title.setAccessibleName(self.tr("Entry title"))
        self.body = MarkdownEdit(self)
        self.body.setAccessibleName(self.tr("Entry text"))
        self.body.setPlaceholderText(self.tr("Write freely. Nobody grades this."))

    def _detail_fields(self, other_name: str) -> None:
        """Mood, tags, and whether the entry is shared or private."""
        self.mood = QComboBox(self)
        self.mood.setEditable(True)
        self.mood.addItems(["", *mood_suggestions()])
        self.mood.setAccessibleName(self.tr("Mood"))
        if (mood_text := self.mood.lineEdit()) is not None:  # the box's own text field, met on its own by AT-SPI
            mood_text.setAccessibleName(self.tr("Mood"))
        self.tags = QLineEdit(self)
        self.tags.setPlaceholderText(self.tr("tags, separated by commas"))
        self.tags.setAccessibleName(self.tr("Tags"))
        self.private = PrivacySwitch(other_name, self)

    def _buttons(self) -> QHBoxLayout:
        self.save_button = QPushButton(self.tr("Save entry"), self)
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton(self.tr("Close"), self)
        self.cancel_button.setToolTip(self.tr("Close; your draft is kept (Esc)"))
        self.cancel_button.clicked.connect(self.close_editor)
        QShortcut(QKeySequence("Ctrl+S"), self, self.save)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close_editor)
        return hbox(defs.SMALL_SPACING, STRETCH, self.cancel_button, self.save_button)

    # --- opening ------------------------------------------------------------------------------------------
    def start_new(self, prompt_id: str | None = None, prompt_text: str | None = None) -> None:
        self._fill(None, "", "", "", [], False, prompt_id, prompt_text)
        self.heading.setText(self.tr("A new entry"))
        self._offer_draft()

    def start_edit(self, entry: EntryDetail) -> None:
        self._fill(entry.id, entry.title, entry.body, entry.mood or "", list(entry.tags), entry.private,
                   entry.prompt_id, entry.prompt_text)
        self.heading.setText(self.tr("Editing your entry"))
        self.private.setEnabled(False)  # sharing is its own, confirmed step; shared never goes back
        self._offer_draft()

    def _fill(self, entry_id: int | None, title: str, body: str, mood: str, tags: list[str], private: bool,
              prompt_id: str | None, prompt_text: str | None) -> None:
        self._entry_id, self._prompt_id = entry_id, prompt_id
        self.title.setText(title)
        self.body.set_markdown(body)
        self.mood.setCurrentText(mood)
        self.tags.setText(", ".join(tags))
        self.private.setEnabled(True)
        self.private.setChecked(private)
        self.prompt_label.setText(fill(self.tr("Prompt: %1"), prompt_text) if prompt_text else "")
        self.prompt_label.setVisible(bool(prompt_text))
        self.status.clear()
        self._dirty = False
        self.draft_timer.start()
        self.title.setFocus()

    def _offer_draft(self) -> None:
        journal, target = self._journal, self._entry_id
        if journal is None:
            return
        self._ops.query(lambda s: s.journal.drafts.find(draft_kind(), target), self._got_draft, self._draft_failed)

    def _got_draft(self, draft: Any) -> None:
        """A kept draft comes straight back: carrying on is what people want (starting afresh is one Clear)."""
        if draft is not None and self._journal is not None:
            self.restore_draft(draft)

    def restore_draft(self, draft: Any) -> None:
        content = draft.content
        self.title.setText(str(content.get("title", "")))
        self.body.set_markdown(str(content.get("body", "")))
        self.mood.setCurrentText(str(content.get("mood", "")))
        self.tags.setText(str(content.get("tags", "")))
        if self.private.isEnabled():
            self.private.setChecked(bool(content.get("private", False)))
        self._prompt_id = content.get("prompt_id") or self._prompt_id
        self.status.setText(self.tr("Your draft is back, just as you left it."))

    # --- drafts and saving --------------------------------------------------------------------------------
    def _changed(self) -> None:
        self._dirty = True

    def draft_content(self) -> dict[str, Any]:
        return {"title": self.title.text(), "body": self.body.markdown(), "mood": self.mood.currentText(),
                "tags": self.tags.text(), "private": self.private.isChecked(), "prompt_id": self._prompt_id}

    def save_draft(self) -> None:
        """Seals what is typed into the store (off the GUI thread); called by the timer and on lock."""
        journal = self._journal
        if journal is None or not self._dirty:
            return
        self._dirty = False
        content, target = self.draft_content(), self._entry_id
        self._ops.query(lambda s: s.journal.drafts.save(draft_kind(), content, target), self._draft_saved,
                         self._draft_failed, owner=self)

    def _draft_saved(self, _draft_id: int) -> None:
        self.status.setText(self.tr("Draft kept safe."))

    def _draft_failed(self, error: BaseException) -> None:
        self.status.setText(describe(error))

    def save(self) -> None:
        journal = self._journal
        if journal is None or self._saving:
            return
        title, body = self.title.text(), self.body.markdown()
        if not title.strip() and not body.strip():
            self.status.setText(self.tr("An entry needs a title or some words. Nothing is lost: keep writing."))
            return
        mood, tags = self.mood.currentText(), [t for t in self.tags.text().split(",") if t.strip()]
        private, prompt_id, entry_id = self.private.isChecked(), self._prompt_id, self._entry_id

        def work(s: Session) -> int:
            journal = s.journal
            new_id: int
            if entry_id is None:
                new_id = journal.add_entry(title, body, private=private, mood=mood or None, tags=tags,
                                           prompt_id=prompt_id)
            else:
                journal.update_entry(entry_id, title, body, mood=mood or None, tags=tags)
                new_id = entry_id
            draft = journal.drafts.find(draft_kind(), entry_id)
            if draft is not None:
                journal.drafts.discard(draft.id)
            return new_id

        self._saving = True
        self._ops.change(work, {JOURNAL}, self._saved, self._save_failed)

    def _saved(self, entry_id: int) -> None:
        self._saving = False
        self._dirty = False
        self.draft_timer.stop()
        self.saved.emit(entry_id)

    def _save_failed(self, error: BaseException) -> None:
        self._saving = False
        self._dirty = True  # nothing lost: the text stays here and goes to the draft
        self.status.setText(describe(error))

    def close_editor(self) -> None:
        self.save_draft()
        self.draft_timer.stop()
        self.cancelled.emit()

    def release(self) -> None:
        """On lock: the last draft goes to the store first (the runner keeps order), then everything is dropped."""
        self.save_draft()
        self.draft_timer.stop()
        self._journal = None
        self.title.clear()
        self.body.clear()
        self.tags.clear()
