"""One entry, read: the text (Markdown, nothing loaded from outside), the thread of replies, reactions, and
what can be done with it (reply, react, edit, share, add to our next check-in)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QToolButton, QVBoxLayout, QWidget

from lifeline_desktop.ui import defs
from lifeline_desktop.ui.common.dialogs import ask
from lifeline_desktop.ui.common.flow import FlowLayout
from lifeline_desktop.ui.common.messages import describe
from lifeline_desktop.ui.common.safe_text import SafeTextBrowser
from lifeline_desktop.ui.common.text import clock_time, date_time, fill, long_date
from lifeline_desktop.ui.journal.delegate import REACTION_SYMBOLS, reactions_html
from lifeline_desktop.ui.operations import CHECKINS, JOURNAL, Operations

if TYPE_CHECKING:
    from collections.abc import Callable

    from lifeline_desktop.domain.partners import PartnerSlot
    from lifeline_desktop.services.journal.service import JournalService
    from lifeline_desktop.services.journal.views import EntryDetail
    from lifeline_desktop.services.session import Session


def _quote(text: str) -> str:
    return "\n".join("> " + line for line in text.splitlines()) or ">"


class EntryDetailView(QWidget):
    changed = Signal(int)  # the entry changed (reply, reaction, share): refresh its row
    edit_requested = Signal(object)

    def __init__(self, ops: Operations, journal: JournalService, people: dict[PartnerSlot, tuple[str, str]],
                 me: PartnerSlot, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self._journal: JournalService | None = journal
        self._people = people
        self._me = me
        self.entry: EntryDetail | None = None
        self.text = SafeTextBrowser(self)
        self.text.setAccessibleName(self.tr("The entry and its replies"))
        self.text.setMinimumHeight(self.fontMetrics().lineSpacing() * 2)  # it scrolls; the actions stay whole
        self.reaction_buttons: dict[str, QToolButton] = {}
        reactions_box = QWidget(self)
        reactions = FlowLayout(reactions_box)  # wraps the actions under the reactions when the pane is narrow
        names = {"heart": self.tr("Send a heart"), "thank-you": self.tr("Say thank you"),
                 "hug": self.tr("Send a hug"), "smile": self.tr("Send a smile")}
        for reaction, symbol in REACTION_SYMBOLS.items():
            button = QToolButton(self)
            button.setText(symbol)
            button.setCheckable(True)
            button.setAccessibleName(names[reaction])
            button.setToolTip(names[reaction])
            button.setObjectName(f"react-{reaction}")
            button.clicked.connect(lambda _checked=False, r=reaction: self.react(r))
            self.reaction_buttons[reaction] = button
            reactions.addWidget(button)
        self.edit_button = QPushButton(self.tr("Edit"), self)
        self.edit_button.clicked.connect(lambda: self.edit_requested.emit(self.entry))
        self.share_button = QPushButton(fill(self.tr("Share with %1…"), people[me.other][0]), self)
        self.share_button.setAccessibleName(self.tr("Share this private entry"))
        self.share_button.clicked.connect(self.confirm_share)
        self.agenda_button = QPushButton(self.tr("Add to our next check-in"), self)
        self.agenda_button.setToolTip(self.tr("Queue this entry as a topic for your next check-in"))
        self.agenda_button.clicked.connect(lambda: self.add_to_agenda(None))
        reactions.addWidget(self.agenda_button)
        reactions.addWidget(self.share_button)
        reactions.addWidget(self.edit_button)
        self.status = QLabel(self)
        self.status.setProperty("role", "muted")
        self.status.setWordWrap(True)
        self.reacted = QLabel(self)  # each reaction in its sender's colour: a red heart from Sam, not "♥ Sam"
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(defs.SMALL_SPACING)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.reacted)
        layout.addWidget(reactions_box)
        layout.addLayout(self._reply_row())
        layout.addWidget(self.status)

    def _reply_row(self) -> QHBoxLayout:
        self.reply_box = QPlainTextEdit(self)
        self.reply_box.setPlaceholderText(self.tr("Write a reply…"))
        self.reply_box.setAccessibleName(self.tr("Your reply"))
        # four lines when there is room, two when a long prompt and large text leave little: never over the status
        line = self.fontMetrics().lineSpacing()
        self.reply_box.setMinimumHeight(line * 2 + defs.SMALL_SPACING * 2)
        self.reply_box.setMaximumHeight(line * 4)
        self.reply_button = QPushButton(self.tr("Reply"), self)
        self.reply_button.setToolTip(self.tr("Send the reply (Ctrl+Return)"))
        self.reply_button.clicked.connect(self.send_reply)
        QShortcut(QKeySequence("Ctrl+Return"), self.reply_box, self.send_reply)
        reply_row = QHBoxLayout()
        reply_row.addWidget(self.reply_box, 1)
        reply_row.addWidget(self.reply_button)
        return reply_row

    def show_entry(self, entry: EntryDetail) -> None:
        self.entry = entry
        self.text.setMarkdown(self.entry_markdown(entry))
        shown, said = reactions_html(entry.reactions, self._people)
        self.reacted.setText(shown)
        self.reacted.setToolTip(said)
        self.reacted.setAccessibleName(said)
        self.reacted.setVisible(bool(entry.reactions))
        shared = not entry.private
        for reaction, button in self.reaction_buttons.items():
            button.setVisible(shared)  # nobody else reads a private entry: nothing to reply to or react with
            button.setChecked(any(r.author is self._me and r.reaction == reaction for r in entry.reactions))
        self.reply_box.setVisible(shared)
        self.reply_button.setVisible(shared)
        self.agenda_button.setVisible(shared)
        tint = "rgba({}, {}, {}, {})".format(*defs.PRIVATE_TINT)
        self.text.setStyleSheet(f"QTextBrowser {{ background: {tint}; }}" if entry.private else "")
        self.share_button.setVisible(entry.private and entry.mine)
        self.edit_button.setVisible(entry.mine)
        self.status.setText(fill(self.tr("Only you can read this entry. %1 sees that it exists, never its words."),
                                 self._people[self._me.other][0]) if entry.private else "")

    def entry_markdown(self, entry: EntryDetail) -> str:
        name = self._people[entry.author][0]
        when = long_date(entry.created_at.astimezone().date()) + ", " + clock_time(entry.created_at.astimezone())
        meta = [f"**{name}**", when] + ([f"**{self.tr('Just for me')}**"] if entry.private else [])
        meta += [entry.mood] if entry.mood else []
        meta += [" ".join("#" + t for t in entry.tags)] if entry.tags else []
        # a third-level heading: the pane is short at 1000x680, and a first-level one filled it with the title
        parts = [f"### {entry.title or self.tr('Untitled entry')}", " · ".join(meta)]
        if entry.prompt_text:
            parts.append(f"*{self.tr('Prompt')}: {entry.prompt_text}*")
        parts.append(entry.body)
        for reply in entry.replies:
            marker = f" · **{self.tr('new')}**" if reply.unread else ""
            parts.append(f"---\n\n**{self._people[reply.author][0]}**, "
                         f"{date_time(reply.created_at.astimezone())}{marker}\n\n{_quote(reply.body)}")
        return "\n\n".join(parts)

    # --- actions ------------------------------------------------------------------------------------------
    def _run(self, work: Callable[[Session], object], done: Callable[[object], None] | None = None) -> None:
        journal, entry = self._journal, self.entry
        if journal is None or entry is None:
            return

        def finished(result: object) -> None:
            if done is not None:
                done(result)
            self.changed.emit(entry.id)

        changes = {JOURNAL, CHECKINS}  # a reply may go on the check-in agenda
        self._ops.change(work, changes, finished, self._failed, owner=self)

    def _failed(self, error: BaseException) -> None:
        self.status.setText(describe(error))

    def send_reply(self) -> None:
        journal, entry, text = self._journal, self.entry, self.reply_box.toPlainText()
        if journal is None or entry is None:
            return
        if not text.strip():
            self.status.setText(self.tr("A reply needs a few words. A reaction says it without words."))
            return
        self._run(lambda s: s.journal.reply(entry.id, text), lambda _r: self.reply_box.clear())

    def react(self, reaction: str) -> None:
        journal, entry = self._journal, self.entry
        if journal is not None and entry is not None:
            self._run(lambda s: s.journal.toggle_reaction(entry.id, reaction))

    def add_to_agenda(self, reply_id: int | None) -> None:
        journal, entry = self._journal, self.entry
        if journal is not None and entry is not None:
            self._run(lambda s: s.journal.add_to_agenda(entry.id, reply_id),
                      lambda _t: self.status.setText(self.tr("Added to the agenda of your next check-in.")))

    def confirm_share(self) -> None:
        entry = self.entry
        if entry is None or not entry.private:
            return
        other = self._people[self._me.other][0]
        ask(self, self.tr("Share this entry?"),
            fill(self.tr("%1 will be able to read this entry and reply to it."), other),
            self.tr("Share it"), self.share,
            informative=self.tr("A shared entry cannot become private again."), no_text=self.tr("Keep it private"))

    def share(self) -> None:
        journal, entry = self._journal, self.entry
        if journal is not None and entry is not None:
            self._run(lambda s: s.journal.share_entry(entry.id))

    def release(self) -> None:
        self._journal = None
        self.entry = None
        self.text.clear()
        self.reply_box.clear()
