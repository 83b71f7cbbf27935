"""The runner: a calm, full-window focus mode that walks a couple through a script, one step at a time.
Keys: Space starts or pauses the timer, Right or Enter goes on, Left goes back, B takes a break, Esc leaves (after
asking; the conversation is kept to resume). Every step change is saved by an operation (off the GUI thread), so
a lock or a crash resumes on the same step."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QPushButton, QStackedWidget, QWidget

from lifeline_desktop.domain.conversation import ConversationRun, NoteKind, PlayedStep
from lifeline_desktop.ui import defs
from lifeline_desktop.ui.common.dialogs import ask
from lifeline_desktop.ui.common.layout import STRETCH, hbox, vbox
from lifeline_desktop.ui.common.messages import describe
from lifeline_desktop.ui.common.overlay import WindowOverlay
from lifeline_desktop.ui.common.text import fill
from lifeline_desktop.ui.conversations.focus_panels import (
    FOCUS_STYLE,
    BreakPanel,
    RatingsPanel,
    StepPanel,
    SummaryPanel,
    big_label,
)
from lifeline_desktop.ui.operations import CONVERSATIONS, JOURNAL, Operations

if TYPE_CHECKING:
    from lifeline_desktop.content.scripts import CommonModel
    from lifeline_desktop.services.conversations.views import ConversationView, StepNote
    from lifeline_desktop.services.session import Session


class FocusView(WindowOverlay):
    """The runner, laid over the whole window while a conversation is under way."""

    def __init__(self, session: Session, ops: Operations, conversation: ConversationView,
                 steps: list[PlayedStep], common: CommonModel, notes: list[StepNote], host: QWidget) -> None:
        super().__init__(host, "focus", FOCUS_STYLE)
        self._session = session
        self._ops = ops
        self.conversation = conversation
        self.names = {session.partner: session.partner_name, session.partner.other: session.other_name}
        self.colours = {session.partner: session.partner_colour, session.partner.other: session.other_colour}
        self.run = ConversationRun(steps, position=conversation.current_step)
        self._notes: dict[tuple[int, bool], str] = {(n.step_index, n.private): n.text for n in notes}
        self._shown_note = ""
        self._after = False

        title = big_label(QLabel(conversation.title, self), "title")
        self.phones = QLabel(self.tr("Phones away. Just the two of you."), self)
        self.phones.setProperty("role", "muted")
        self.leave_button = QPushButton(self.tr("Leave for now"), self)
        self.leave_button.setAccessibleName(self.tr("Leave for now (Esc); the conversation is kept"))
        self.leave_button.clicked.connect(self.ask_leave)
        top = hbox(defs.SPACING, title, defs.SPACING, (self.phones, 1), self.leave_button)

        self.pages = QStackedWidget(self)
        self.ratings = RatingsPanel(self.names, self.pages)
        self.ratings.done_button.clicked.connect(self._ratings_done)
        self.step = StepPanel(session, common.safety_note, self.pages)
        self.breaks = BreakPanel(common, self.pages)
        self.breaks.resume_button.clicked.connect(self.end_break)
        self.summary = SummaryPanel(self.pages)
        self.summary.journal_button.clicked.connect(self.send_to_journal)
        self.summary.close_button.clicked.connect(self.close_focus)
        for page in (self.ratings, self.step, self.breaks, self.summary):
            self.pages.addWidget(page)

        self.message = QLabel(self)
        self.message.setProperty("role", "error")
        self.message.setWordWrap(True)
        self.controls = self._controls()
        vbox(defs.SPACING, top, (self.pages, 1), self.message, self.controls,
             contents=(defs.MARGIN * 3, defs.MARGIN * 2, defs.MARGIN * 3, defs.MARGIN * 2), parent=self)
        self._bind_keys()
        self.open_over(host)
        self._begin(session, conversation)
        self.setFocus()

    def _controls(self) -> QWidget:
        """Back, a break (and how long), Next."""
        self.back_button = QPushButton(self.tr("Back"), self)
        self.back_button.setAccessibleName(self.tr("Back (Left arrow)"))
        self.back_button.clicked.connect(self.back)
        self.break_button = QPushButton(self.tr("We need a break"), self)
        self.break_button.setObjectName("take-break")
        self.break_button.setAccessibleName(self.tr("We need a break (B)"))
        self.break_button.clicked.connect(self.take_break)
        self.break_minutes = QComboBox(self)
        self.break_minutes.setAccessibleName(self.tr("How long a break"))
        for minutes in defs.CONVERSATION_BREAK_CHOICES:
            self.break_minutes.addItem(fill(self.tr("%1 min"), str(minutes)), minutes)
        self.next_button = QPushButton(self.tr("Next"), self)
        self.next_button.setProperty("role", "primary")
        self.next_button.setAccessibleName(self.tr("Next (Right arrow or Enter)"))
        self.next_button.clicked.connect(self.next)
        for button in (self.back_button, self.break_button, self.next_button, self.leave_button):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        controls = QWidget(self)
        hbox(defs.SPACING, self.back_button, STRETCH, self.break_button, self.break_minutes, STRETCH,
             self.next_button, parent=controls)
        return controls

    def _bind_keys(self) -> None:
        keys: list[tuple[str, Callable[[], None]]] = [
            ("Space", lambda: self._on_step(self.step.timer.toggle)), ("Right", self._key_next),
            ("Return", self._key_next), ("Enter", self._key_next), ("Left", lambda: self._on_step(self.back)),
            ("B", lambda: self._on_step(self.take_break)), ("Escape", self.ask_leave)]
        for key, slot in keys:
            self.bind(key, slot)

    def _begin(self, session: Session, conversation: ConversationView) -> None:
        """On a break still running, at the ratings before the first step, or at the step where it was left."""
        if conversation.break_until is not None and conversation.break_until > session.clock.now():
            self.run.take_break(session.clock.now(), session.clock.monotonic())
            self._show_break(conversation.break_until)
        elif conversation.ratings.before_a is None and conversation.ratings.before_b is None \
                and conversation.current_step == 0:
            self._ask_before()
        else:
            if conversation.break_until is not None:
                self._save(lambda s: s.conversations.end_break(conversation.id))
            self._show_step()

    # --- window -----------------------------------------------------------------------------------------------

    def close_focus(self) -> None:
        self.close_overlay()

    def before_close(self) -> None:
        self.step.timer.show_timer(None)

    def release(self) -> None:
        """On lock: forget everything shown (the step is saved already; a note being typed is saved first)."""
        if not self.closed and self.pages.currentWidget() is self.step:
            self._keep_note()
        self.step.note.clear()
        self.summary.text.clear()
        self.close_focus()

    # --- keys -------------------------------------------------------------------------------------------------

    def _on_step(self, action: Callable[[], object]) -> None:
        """Space, Left and B act only while a step is shown."""
        if self.pages.currentWidget() is self.step:
            action()

    def _key_next(self) -> None:
        page = self.pages.currentWidget()
        if page is self.step:
            self.next()
        elif page is self.ratings:
            self.ratings.done_button.click()
        elif page is self.breaks:
            self.end_break()

    # --- ratings ----------------------------------------------------------------------------------------------

    def _ask_before(self) -> None:
        self._after = False
        self.pages.setCurrentWidget(self.ratings)
        self.controls.hide()
        self.ratings.ask(self.tr("Before you start: how connected do you each feel right now?"),
                         self.tr("Begin"))

    def _ask_after(self) -> None:
        self._after = True
        self.pages.setCurrentWidget(self.ratings)
        self.controls.hide()
        self.ratings.ask(self.tr("And now, how connected do you each feel?"), self.tr("See our summary"))

    def _ratings_done(self) -> None:
        a, b = self.ratings.values()
        conversation_id = self.conversation.id
        if self._after:
            self._ops.change(lambda s: _finish(s, conversation_id, a, b), {CONVERSATIONS}, self._show_summary,
                             self._failed)
        else:
            self._save(lambda s: s.conversations.rate_before(conversation_id, a, b))
            self._show_step()

    # --- steps ------------------------------------------------------------------------------------------------

    def _show_step(self) -> None:
        self.pages.setCurrentWidget(self.step)
        self.controls.show()
        step = self.run.current
        panel = self.step
        where = fill(self.tr("Step %1 of %2"), str(step.index + 1), str(len(self.run.steps)))
        if step.round_count:
            round_name = step.round_title or self.tr("Round")
            where += "  ·  " + fill(self.tr("%1, turn %2 of %3"),
                                    round_name, str(step.round_number), str(step.round_count))
        panel.where.setText(where)
        floor = step.floor
        if floor is None:
            panel.floor.setText(self.tr("Both of you"))
            panel.floor.setStyleSheet("")
        else:
            role = step.outline.role.value
            if role == "speaker":
                words = self.tr("%1 has the floor: speaking")
            elif role == "listener":
                words = self.tr("%1 has the floor: listening and reflecting")
            else:
                words = self.tr("For %1")
            panel.floor.setText(fill(words, self.names[floor]))
            panel.floor.setStyleSheet(
                f"QLabel#floor {{ color: {self.colours[floor]}; border-left: 8px solid {self.colours[floor]}; "
                f"padding-left: 12px; }}")
        panel.floor.setProperty("slot", floor.value if floor else "")
        panel.text.setText(step.outline.text)
        alternative = step.outline.alternative
        panel.alternative.setText(fill(self.tr("Or, if you'd rather: %1"), alternative) if alternative else "")
        panel.alternative.setVisible(bool(alternative))
        panel.safety.setVisible(step.index == 0)
        while panel.checklist.count():
            item = panel.checklist.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        if step.outline.checklist:
            listener = self.names[step.listener]
            heading = QLabel(fill(self.tr("For %1, to tick quietly:"), listener), panel.checklist_box)
            heading.setProperty("role", "muted")
            panel.checklist.addWidget(heading)
            for line in step.outline.checklist:
                box = QCheckBox(line, panel.checklist_box)
                box.setAccessibleName(line)
                panel.checklist.addWidget(box)
        panel.checklist_box.setVisible(bool(step.outline.checklist))
        panel.timer.show_timer(self.run.timer)
        self._show_note(step)
        self.back_button.setEnabled(not self.run.is_first)
        self.next_button.setText(self.tr("Finish") if self.run.is_last else self.tr("Next"))
        self.message.clear()
        self.setFocus()

    def _show_note(self, step: PlayedStep) -> None:
        panel = self.step
        kind = step.outline.note
        visible = kind is not None
        panel.note_label.setVisible(visible)
        panel.note.setVisible(visible)
        if kind is None:
            self._shown_note = ""
            return
        private = kind == NoteKind.PRIVATE
        text = self._notes.get((step.index, private), "")
        if private and not self._session.private_space_open:
            panel.note_label.setText(fill(self.tr("A private note for %1 needs your private space open (your own "
                                             "passphrase)."), self._session.partner_name))
            panel.note.setEnabled(False)
        elif private:
            panel.note_label.setText(fill(self.tr("Private note: only %1 can read it, sealed with %1's passphrase."),
                                          self._session.partner_name))
            panel.note.setEnabled(True)
        else:
            panel.note_label.setText(self.tr("A shared note, if you'd like to keep something from this step:"))
            panel.note.setEnabled(True)
        panel.note.setAccessibleName(panel.note_label.text())
        panel.note.setPlainText(text)
        self._shown_note = text

    def _keep_note(self) -> None:
        step = self.run.current
        if step.outline.note is None or not self.step.note.isEnabled():
            return
        text = self.step.note.toPlainText()
        if text == self._shown_note:
            return
        private = step.outline.note == NoteKind.PRIVATE
        self._notes[(step.index, private)] = text
        self._shown_note = text
        conversation_id, index = self.conversation.id, step.index
        self._save(lambda s: s.conversations.save_note(conversation_id, index, text, private=private))

    def next(self) -> None:
        self._keep_note()
        if self.run.next():
            self._moved()
        elif self.run.finished:
            self.step.timer.show_timer(None)
            self._ask_after()

    def back(self) -> None:
        self._keep_note()
        if self.run.back():
            self._moved()

    def _moved(self) -> None:
        position, conversation_id = self.run.position, self.conversation.id
        self._save(lambda s: s.conversations.move_to(conversation_id, position))
        self._show_step()

    # --- breaks -----------------------------------------------------------------------------------------------

    def take_break(self) -> None:
        self._keep_note()
        minutes = int(self.break_minutes.currentData() or defs.CONVERSATION_BREAK_CHOICES[0])
        info = self.run.take_break(self._session.clock.now(), self._session.clock.monotonic(), minutes)
        conversation_id = self.conversation.id
        self._save(lambda s: s.conversations.start_break(conversation_id, minutes))
        self.step.timer.refresh()
        self._show_break(info.until)

    def _show_break(self, until: datetime) -> None:
        self.breaks.show_until(until)
        self.pages.setCurrentWidget(self.breaks)
        self.controls.hide()
        self.setFocus()

    def end_break(self) -> None:
        self.run.end_break()
        conversation_id = self.conversation.id
        self._save(lambda s: s.conversations.end_break(conversation_id))
        self._show_step()

    # --- leaving and the summary ------------------------------------------------------------------------------

    def ask_leave(self) -> None:
        if self.pages.currentWidget() is self.summary:
            self.close_focus()
            return
        ask(self, self.tr("Leave this conversation?"),
            self.tr("It is kept just as it is. You can pick it up from this same step later."),
            self.tr("Leave for now"), self._leave, no_text=self.tr("Stay"))

    def _leave(self) -> None:
        if self.pages.currentWidget() is self.step:
            self._keep_note()
        self.close_focus()

    def _show_summary(self, summary: tuple[str, str]) -> None:
        self.summary.show_summary(*summary)
        self.pages.setCurrentWidget(self.summary)
        self.controls.hide()
        self.leave_button.setText(self.tr("Close"))
        self.setFocus()

    def send_to_journal(self) -> None:
        conversation_id = self.conversation.id
        self.summary.journal_button.setEnabled(False)
        self._ops.change(lambda s: s.conversations.send_summary_to_journal(conversation_id), {JOURNAL}, self._sent,
                         self._failed)

    def _sent(self, _entry_id: object) -> None:
        self.summary.journal_button.setText(self.tr("Added to your shared journal"))
        self.summary.done.setText(self.tr("It's in your shared journal now, for both of you to find."))

    # --- saving -----------------------------------------------------------------------------------------------

    def _save(self, work: Callable[[Session], object]) -> None:
        self._ops.change(work, {CONVERSATIONS}, None, self._failed)

    def _failed(self, error: BaseException) -> None:
        self.message.setText(describe(error))
        self.summary.journal_button.setEnabled(True)


def _finish(session: Session, conversation_id: int, a: int, b: int) -> tuple[str, str]:
    """The after-ratings, the end, and the summary to show."""
    session.conversations.rate_after(conversation_id, a, b)
    session.conversations.finish(conversation_id)
    return session.conversations.summary(conversation_id)
