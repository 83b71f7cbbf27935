"""A turn: one partner at the keyboard while the other looks away (DESIGN.md 4a). Built once, used everywhere one
partner types what the other must not see: consent for a keepsake or an export, and later the check-up and wishes.

A `TurnScreen` covers the whole window in three steps:
1. the cover, in that partner's colour: "Alex's turn — Sam, look away", and a button only Alex should press;
2. the partner's input: any widget the caller gives (`content`), shown on the same colour;
3. a clear end: "Thank you, Alex. Sam, you can look again.", and a button to go on.

The caller calls `end_turn()` when the input is done (after checking it off the GUI thread, if it must), and hears
`finished` when the end screen is dismissed, or `cancelled` if the partner stepped back. `cover(window)` places the
screen over a window and keeps it there when the window is resized.

    turn = TurnScreen(TurnParty("Alex", "Sam", "#3b7ea1"), my_form)
    turn.finished.connect(next_step)
    turn.cover(window)
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QStackedLayout, QVBoxLayout, QWidget

from lifeline_desktop.ui import defs
from lifeline_desktop.ui.common.text import fill

TURN_TEXT_WIDTH = 560


@dataclass(frozen=True)
class TurnParty:
    name: str  # whose turn it is
    other_name: str  # who looks away
    colour: str  # the partner's own colour


def fit_wrapped(label: QLabel, width: int) -> None:
    """A wrapped label in a centred layout gets its one-line height unless told: give it its full height."""
    label.setFixedWidth(width)
    metrics = label.fontMetrics()
    needed = metrics.boundingRect(0, 0, width, 100_000, int(Qt.TextFlag.TextWordWrap), label.text()).height()
    label.setMinimumHeight(needed + metrics.lineSpacing())


def _readable_on(colour: str) -> str:
    return "#1f1a17" if QColor(colour).lightnessF() > 0.6 else "#ffffff"


class TurnScreen(QFrame):
    started = Signal()  # the partner said it is them: their input shows
    finished = Signal()  # the end of the turn was seen
    cancelled = Signal()

    def __init__(self, party: TurnParty, content: QWidget, parent: QWidget | None = None, *,
                 purpose: str = "") -> None:
        super().__init__(parent)
        self.party = party
        self.setObjectName("turn-screen")
        self.setAutoFillBackground(True)
        ink = _readable_on(party.colour)
        self.setStyleSheet(f"#turn-screen {{ background: {party.colour}; }} #turn-screen QLabel {{ color: {ink}; }}")
        self._stack = QStackedLayout()
        self.cover_page = self._page(
            fill(self.tr("%1's turn"), party.name),
            fill(self.tr("%1, please look away for a moment."), party.other_name)
            + ("\n\n" + purpose if purpose else ""),
            fill(self.tr("I'm %1, go on"), party.name), self._start,
            self.tr("Not now"), self._cancel)
        self.content_page = QFrame(self)
        self.content_page.setObjectName("turn-content")
        inner = QVBoxLayout(self.content_page)
        centred = QHBoxLayout()  # not an aligned item: the column would ask the card's height at the full width
        centred.addStretch(1)
        centred.addWidget(content)
        centred.addStretch(1)
        inner.addStretch(1)
        inner.addLayout(centred)
        inner.addStretch(1)
        content.setFixedWidth(TURN_TEXT_WIDTH)
        self.content = content
        self.end_page = self._page(
            fill(self.tr("Thank you, %1."), party.name),
            fill(self.tr("%1, you can look again."), party.other_name),
            self.tr("Go on"), self._finish)
        for page in (self.cover_page, self.content_page, self.end_page):
            self._stack.addWidget(page)
        self.setLayout(self._stack)
        self._window: QWidget | None = None

    def _page(self, title: str, text: str, go: str, on_go: Callable[[], None], back: str = "",
              on_back: Callable[[], None] | None = None) -> QWidget:
        page = QWidget(self)
        heading = QLabel(title, page)
        heading.setObjectName("turn-title")
        heading.setProperty("role", "title")
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        body = QLabel(text, page)
        body.setWordWrap(True)
        body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        fit_wrapped(body, TURN_TEXT_WIDTH)
        button = QPushButton(go, page)
        button.setObjectName("turn-go")
        button.setAccessibleName(go)
        button.clicked.connect(on_go)
        layout = QVBoxLayout(page)
        layout.setSpacing(defs.SPACING * 2)
        layout.addStretch(1)
        layout.addWidget(heading)
        layout.addWidget(body, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        if back and on_back is not None:
            step_back = QPushButton(back, page)
            step_back.setObjectName("turn-back")
            step_back.setFlat(True)
            step_back.clicked.connect(on_back)
            layout.addWidget(step_back, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        return page

    @property
    def step(self) -> str:
        return ("cover", "input", "end")[self._stack.currentIndex()]

    def _start(self) -> None:
        self._stack.setCurrentWidget(self.content_page)
        self.content.setFocus()
        self.started.emit()

    def end_turn(self) -> None:
        self._stack.setCurrentWidget(self.end_page)
        self.end_page.findChild(QPushButton, "turn-go").setFocus()  # type: ignore[union-attr]

    def _finish(self) -> None:
        self.finished.emit()
        self.close_turn()

    def _cancel(self) -> None:
        self.cancelled.emit()
        self.close_turn()

    def close_turn(self) -> None:
        if self._window is not None:
            self._window.removeEventFilter(self)
            self._window = None
        self.hide()
        self.deleteLater()

    def cover(self, window: QWidget) -> None:
        """Shows the turn over the whole of `window` (a top-level window), following its size."""
        self._window = window
        self.setParent(window)
        self.setGeometry(window.rect())
        window.installEventFilter(self)
        self.show()
        self.raise_()
        self.cover_page.findChild(QPushButton, "turn-go").setFocus()  # type: ignore[union-attr]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Resize and self._window is not None:
            self.setGeometry(self._window.rect())
        return False
