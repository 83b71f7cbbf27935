"""The Today page: a gentle start after unlock.

The prompt of the day, notes and unread entries from the partner, the next days' plans, whether a check-in is due,
the next program step, a conversation to resume, and quick actions. It shows only what the signed-in partner may
see: the other's check-in only as "answered", never its scores or note; never the other's private entries.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QWidget

from lifeline_desktop.domain.vocabulary import EnrolmentStatus
from lifeline_desktop.services.journal.views import PromptView
from lifeline_desktop.services.story.views import MemoryView
from lifeline_desktop.services.today.views import TodayView
from lifeline_desktop.ui import defs
from lifeline_desktop.ui.common.layout import STRETCH, hbox, margins, scrolled_page, vbox
from lifeline_desktop.ui.common.layout import grid as layout_grid
from lifeline_desktop.ui.common.section_page import SectionPage
from lifeline_desktop.ui.common.text import date_time, fill, short_date
from lifeline_desktop.ui.conversations.paused import paused_list
from lifeline_desktop.ui.guide.today_card import GuideCard, PromptChoices
from lifeline_desktop.ui.journal import APPRECIATION, NEW_ENTRY
from lifeline_desktop.ui.operations import (
    CHECKINS,
    CONVERSATIONS,
    JOURNAL,
    PLANNER,
    PRIVATE_SPACE,
    PROGRAMS,
    Operations,
)
from lifeline_desktop.ui.shell.entries_model import RecentEntriesModel
from lifeline_desktop.ui.shell.navigation import Section
from lifeline_desktop.ui.story.memory_card import MemoryCard
from lifeline_desktop.ui.today.card import TodayCard
from lifeline_desktop.ui.today.recent import FittedList

if TYPE_CHECKING:
    from lifeline_desktop.services.session import Session


class TodayPage(SectionPage):
    shows = frozenset({JOURNAL, PLANNER, CONVERSATIONS, CHECKINS, PROGRAMS, PRIVATE_SPACE})  # a bit of each

    def __init__(self, section: Section, session: Session | None, ops: Operations,
                 parent: QWidget | None = None) -> None:
        """Built before the vault opens (session None: while the passphrase is checked, see ui/shell/home.py),
        the page shows no name until `open(session)`."""
        super().__init__(ops, parent)
        self._session: Session | None = None
        self._other = ""
        self.view: TodayView | None = None
        self._prompt: PromptView | None = None

        self.title = QLabel(self)
        self.title.setProperty("role", "title")
        blurb = QLabel(section.blurb, self)
        blurb.setWordWrap(True)
        blurb.setProperty("role", "muted")
        self.quick: dict[str, QPushButton] = {}
        actions = self._quick_actions()

        self.memory = MemoryCard(parent=self)
        self.memory.hide_memory.connect(self._hide_memory)
        self.memory.write_about.connect(lambda _title: self.navigate.emit("journal", False))
        self.guide = GuideCard(ops, self)
        self.guide.changed.connect(self.load)
        cards = self._cards(ops)
        self.entries = RecentEntriesModel()
        self.recent = TodayCard("today-recent", self.tr("Recently in your journal"), self)
        self.recent.action.clicked.connect(lambda: self.navigate.emit("journal", False))
        self.entries_view = FittedList(self.entries, self.recent)
        self.entries_view.setObjectName("recent")
        self.entries_view.setAccessibleName(self.tr("Recent journal entries"))
        self.entries_view.setAlternatingRowColors(True)
        self.recent.add_body(self.entries_view)

        inner = QWidget(self)
        vbox(defs.SPACING, self.title, blurb, actions, self.message, self.memory, cards, self.recent, STRETCH,
             contents=margins(defs.MARGIN * 2, bottom=defs.MARGIN), parent=inner)
        scrolled_page(self, inner)
        self.set_entries([])
        self.message.say("")
        if session is not None:
            self.open(session)

    def open(self, session: Session) -> None:
        """The vault opened: the greeting, and the names on the cards."""
        self._session = session
        self._other = session.other_name
        self.title.setText(fill(self.tr("Hello, %1"), session.partner_name))
        self.news.set_title(fill(self.tr("From %1"), session.other_name))
        self.memory.names = {session.partner: session.partner_name, session.partner.other: session.other_name}
        self.guide.open(session)

    def _quick_actions(self) -> QHBoxLayout:
        """Write, Appreciate, Plan, Talk and Play, each with a shortcut; into self.quick by key."""
        for key, text, target, item, shortcut in (  # item: what the section opens ("" = just the section)
                ("write", self.tr("Write"), "journal", NEW_ENTRY, "Ctrl+Shift+W"),
                ("appreciate", self.tr("Appreciate"), "journal", APPRECIATION, "Ctrl+Shift+A"),
                ("plan", self.tr("Plan"), "planner", "", "Ctrl+Shift+P"),
                ("talk", self.tr("Talk"), "conversations", "", "Ctrl+Shift+T"),
                ("play", self.tr("Play"), "play", "", "Ctrl+Shift+G")):
            button = QPushButton(text, self)
            button.setObjectName(f"quick-{key}")
            button.setAccessibleName(text)
            button.setToolTip(f"{text} ({shortcut})")
            button.clicked.connect(lambda _c=False, t=target, i=item: self._quick_action(t, i))
            QShortcut(QKeySequence(shortcut), self).activated.connect(button.click)
            self.quick[key] = button
        return hbox(defs.SPACING, *self.quick.values(), STRETCH)

    def _cards(self, ops: Operations) -> QGridLayout:
        """The guide across the top, then the six cards two by two (each row one height, titles level)."""
        self.prompt = self._card("today-prompt", self.tr("A question for today"), self._write_about_prompt)
        self.prompt_choices = PromptChoices(ops, self.prompt)
        self.prompt_choices.chosen.connect(self._show_prompt)
        self.prompt.add(self.prompt_choices)
        self.news = self._card("today-news", "", lambda: self.navigate.emit("journal", False))  # "From …": `open`
        self.plans = self._card("today-plans", self.tr("The next days"), lambda: self.navigate.emit("planner", False))
        self.check_in = self._card("today-checkin", self.tr("Check-in"), lambda: self.navigate.emit("checkins", True))
        self.program = self._card("today-program", self.tr("Your program"),
                                  lambda: self.navigate.emit("programs", True))
        self.conversation = self._card("today-conversation", self.tr("A conversation to finish"),
                                       lambda: self.navigate.emit("conversations", True))
        rows = ((self.prompt, self.news), (self.check_in, self.plans), (self.program, self.conversation))
        grid = layout_grid([(card, row + 1, column) for row, pair in enumerate(rows)
                            for column, card in enumerate(pair)])
        grid.addWidget(self.guide, 0, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        return grid

    def _card(self, name: str, title: str, act: Callable[[], None]) -> TodayCard:
        card = TodayCard(name, title, self)
        card.action.clicked.connect(act)
        return card

    # --- loading ----------------------------------------------------------------------------------------------

    def load(self) -> None:
        session = self._session
        if session is None:
            return
        self._ops.query(lambda s: s.today.today(), self._loaded)

    def _quick_action(self, section: str, item: str) -> None:
        if item:
            self.open_item.emit(section, item)
        else:
            self.navigate.emit(section, False)

    def _write_about_prompt(self) -> None:
        if self._prompt is not None:
            self.open_item.emit("journal", self._prompt.id)
        else:
            self.navigate.emit("journal", False)

    def _loaded(self, view: TodayView) -> None:
        if self._session is None:
            return
        self.view = view
        self.message.say("")
        self.set_entries(list(view.recent))
        self._show_prompt(view.prompt)
        self.guide.show_guide(view.guide)
        self._show_news(view)
        self._show_plans(view)
        self._show_check_in(view)
        self._show_program(view)
        self._show_conversation(view)
        self.memory.show_story(view.story)

    def _hide_memory(self, memory: MemoryView) -> None:
        self._ops.change(lambda s: s.memories.hide(memory.kind, memory.item_id), ())

    def _show_prompt(self, prompt: PromptView) -> None:
        self._prompt = prompt
        self.prompt.show_text(prompt.text, self.tr("Write about it"))

    def _show_news(self, view: TodayView) -> None:
        lines = [f"♥ {note.body}" for note in view.notes]
        lines += [fill(self.tr("New: %1"), entry.title or self.tr("an entry")) + (
                  self.tr(" (%n replies)", "", entry.reply_count) if entry.reply_count else "")
                  for entry in view.unread_entries]
        if lines:
            self.news.show_text("\n".join(lines), self.tr("Read in the journal"))
        else:
            self.news.show_text(fill(self.tr("Nothing new from %1 since you last looked."), self._other))

    def _show_plans(self, view: TodayView) -> None:
        if not view.upcoming:
            self.plans.show_text(self.tr("Nothing planned in the next days. An evening together, perhaps?"),
                                 self.tr("Plan something"))
            return
        lines = [f"{date_time(o.start.astimezone(), weekday=True, year=False)}  {o.title}" for o in view.upcoming]
        self.plans.show_text("\n".join(lines), self.tr("Open the planner"))

    def _show_check_in(self, view: TodayView) -> None:
        status = view.check_in
        if status.revealed:
            text = self.tr("You have both checked in this round. See how it looks in the trends.")
            action = self.tr("See the trends")
        elif status.i_answered:
            text = fill(self.tr("Your answer is sealed until %1 checks in too."), self._other)
            action = self.tr("Open check-ins")
        elif status.other_answered:
            text = fill(self.tr("%1 has checked in and is waiting for you; your answer opens both."), self._other)
            action = self.tr("Check in now")
        else:
            text = fill(self.tr("Your check-in for this round is due (until %1)."), short_date(status.round_end))
            action = self.tr("Check in now")
        self.check_in.show_text(text, action)

    def _show_program(self, view: TodayView) -> None:
        enrolment = view.program
        if enrolment is None:
            self.program.show_text(self.tr("No program running. A few weeks of small steps can help."),
                                   self.tr("Browse programs"))
        elif enrolment.status == EnrolmentStatus.PAUSED:
            self.program.show_text(fill(self.tr("“%1” is paused."), enrolment.program.title),
                                   self.tr("Resume"))
        elif enrolment.next_step is None:
            self.program.show_text(fill(self.tr("Every step of “%1” is done: finish it with a few words."),
                                        enrolment.program.title), self.tr("Finish"))
        else:
            step = enrolment.next_step
            self.program.show_text(f"{enrolment.program.title}: {step.unit_title}\n{step.text}",
                                   self.tr("Open the program"))

    def _show_conversation(self, view: TodayView) -> None:
        conversation = view.conversation
        if conversation is None:
            self.conversation.show_text(self.tr("No conversation waiting."), self.tr("Start one"))
        else:
            self.conversation.show_text(paused_list(view.paused or (conversation,)), self.tr("Resume"))

    def set_entries(self, entries: list[object]) -> None:
        """The recent entries, in a list as tall as they are (nothing scrolls inside Today)."""
        self.entries.set_entries(entries)
        self.entries_view.setVisible(bool(entries))
        self.recent.text.setVisible(not entries)
        if entries:
            self.recent.show_text("", self.tr("See all in the journal"))
        else:
            self.recent.show_text(self.tr("Nothing yet. Your first entry will show up here."))

    def text_shown(self) -> str:
        """Everything the page shows as text (for the privacy test and screen readers alike)."""
        labels = [label.text() for label in self.findChildren(QLabel)]
        rows = [str(self.entries.index(r).data()) for r in range(self.entries.rowCount())]
        return "\n".join(labels + rows)

    def release(self) -> None:
        self._session = None
        self.view = None
        self._prompt = None
        self.guide.release()
        self.set_entries([])
        self.memory.show_story(None)
        for card in (self.prompt, self.news, self.plans, self.check_in, self.program, self.conversation):
            card.show_text("")


def today_page(section: Section, session: Session, ops: Operations, parent: QWidget) -> TodayPage:
    return TodayPage(section, session, ops, parent)


def today_page_early(section: Section, ops: Operations, parent: QWidget) -> TodayPage:
    """Built with the home view while the passphrase is checked; `open(session)` follows."""
    return TodayPage(section, None, ops, parent)
