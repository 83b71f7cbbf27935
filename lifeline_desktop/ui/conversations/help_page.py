"""“When to ask for help”: when a coach or a couples therapist helps, what to look for, and the safety note.

Plain text in our own words. No links are opened and nothing touches the network: where a place to look is
named, it is only text for the couple to look up themselves.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from lifeline_desktop.ui import defs
from lifeline_desktop.ui.common.layout import STRETCH, hbox


class HelpPage(QDialog):
    def __init__(self, safety_note: str, parent: QWidget | None = None,
                 open_sources: Callable[[], object] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("help-page")
        self.setWindowTitle(self.tr("When to ask for help"))
        body = QWidget()
        self._column = QVBoxLayout(body)  # keeps the style's margins round the text
        self._column.setSpacing(defs.SPACING)
        self.labels: list[QLabel] = []
        self._write_when_to_ask(body)
        self._write_what_to_look_for(body)
        self._write_if_not_safe(body, safety_note)
        self._column.addStretch(1)

        scroll = QScrollArea(self)
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        outer = QVBoxLayout(self)  # the style's dialog margins and spacing
        outer.addWidget(scroll, 1)
        outer.addLayout(self._buttons(open_sources))
        self.resize(720, 640)

    def _write_when_to_ask(self, body: QWidget) -> None:
        self._heading(body, self.tr("When to ask for help"), "title")
        self._para(body, self.tr(
            "Asking someone to walk alongside you is a sign that you care about what you have together. It is not "
            "a sign that you failed. Many couples who are doing well see a coach or a therapist for a while, the "
            "same way people see a physiotherapist to move well again."))
        self._heading(body, self.tr("When a coach or a couples therapist helps"))
        self._bullets(body, (
            self.tr("The same argument keeps coming back, and talking it through only makes it bigger."),
            self.tr("Trust was broken, by an affair, a secret, money or a promise, and you both want to rebuild "
                    "it. That work goes better with someone steady beside you."),
            self.tr("One of you feels alone in the relationship, or you have stopped talking about what matters."),
            self.tr("Something heavy happened, a loss, an illness, a move or a lost job, and it changed how you "
                    "are with each other."),
            self.tr("These scripts feel too hard to finish, or one of you dreads them."),
        ))

    def _write_what_to_look_for(self, body: QWidget) -> None:
        self._heading(body, self.tr("A coach or a therapist?"))
        self._para(body, self.tr(
            "A relationship coach helps you practise skills and build habits, looking ahead. A couples therapist or "
            "counsellor is trained to work with hurt, old patterns and mental health, and is the better choice "
            "after a breach of trust or when either of you is struggling."))
        self._heading(body, self.tr("What to look for"))
        self._bullets(body, (
            self.tr("Someone trained and registered for couples work where you live, who tells you openly about "
                    "their training."),
            self.tr("Someone who makes both of you feel heard, takes no side, and welcomes every kind of couple."),
            self.tr("A first talk where you can ask how they work, how often you would meet and what it costs. "
                    "It is fine to try someone else if it does not feel right."),
            self.tr("Your doctor or local health service can often point you to someone. Words to search for "
                    "yourselves: “couples therapist”, “relationship counselling”, plus your town."),
        ))

    def _write_if_not_safe(self, body: QWidget, safety_note: str) -> None:
        self._heading(body, self.tr("If you do not feel safe"))
        self.safety = self._para(body, safety_note)
        self.safety.setObjectName("safety-note")
        self._para(body, self.tr(
            "A professional or your local emergency services are the right step then, not a script. If you are in "
            "danger now, call your local emergency number."))

    def _buttons(self, open_sources: Callable[[], object] | None) -> QHBoxLayout:
        close = QPushButton(self.tr("Close"), self)
        close.setAccessibleName(self.tr("Close the help page"))
        close.clicked.connect(self.accept)
        close.setDefault(True)
        row: list[object] = [STRETCH, close]
        if open_sources is not None:
            self.sources_button = QPushButton(self.tr("Where these ideas come from"), self)
            self.sources_button.setObjectName("open-sources")
            self.sources_button.setAccessibleName(self.tr("Where these ideas come from: the research behind "
                                                          "the scripts"))
            self.sources_button.clicked.connect(lambda: open_sources())
            row.insert(0, self.sources_button)
        return hbox(defs.SMALL_SPACING, *row)

    def _heading(self, body: QWidget, text: str, role: str = "subtitle") -> None:
        label = QLabel(text, body)
        label.setProperty("role", role)
        self._column.addWidget(label)
        self.labels.append(label)

    def _para(self, body: QWidget, text: str) -> QLabel:
        label = QLabel(text, body)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)  # never a clickable link
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._column.addWidget(label)
        self.labels.append(label)
        return label

    def _bullets(self, body: QWidget, lines: tuple[str, ...]) -> None:
        for line in lines:
            self._para(body, "•  " + line)

    def text(self) -> str:
        return "\n".join(label.text() for label in self.labels)
