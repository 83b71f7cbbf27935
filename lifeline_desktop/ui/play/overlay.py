"""What the quiz and the card mode share: a calm layer over the whole window, large type, keys, and whose turn it is.

Keys are window-wide while the layer is up; a text box keeps its own typing keys (Space, arrows) while it has the
focus. Esc always leaves.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.ui import defs
from lifeline_desktop.ui.common.avatar import avatar_pixmap
from lifeline_desktop.ui.common.overlay import WindowOverlay

PLAY_STYLE = f"""
QFrame#play QLabel, QFrame#play QPushButton, QFrame#play QPlainTextEdit {{ font-size: 13pt; }}
QFrame#play QLabel[sofa="card"] {{ font-size: {defs.PLAY_CARD_POINTS}pt; font-weight: 600; }}
QFrame#play QLabel[sofa="choice"] {{ font-size: {defs.PLAY_CHOICE_POINTS}pt; font-weight: 600; }}
QFrame#play QLabel[sofa="or"] {{ font-size: {defs.FOCUS_FLOOR_POINTS}pt; }}
QFrame#play QLabel[sofa="question"] {{ font-size: {defs.PLAY_QUESTION_POINTS}pt; font-weight: 600; }}
QFrame#play QLabel[sofa="answer"] {{ font-size: {defs.PLAY_ANSWER_POINTS}pt; }}
QFrame#play QLabel[sofa="turn"] {{ font-size: {defs.FOCUS_FLOOR_POINTS}pt; font-weight: 600; }}
QFrame#play QLabel[sofa="title"] {{ font-size: {defs.FOCUS_FLOOR_POINTS}pt; font-weight: 600; }}
"""


def sofa(label: QLabel, kind: str, centred: bool = True) -> QLabel:
    """Large type for reading from a sofa; the size comes from PLAY_STYLE."""
    label.setProperty("sofa", kind)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if centred:
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label


def card_frame(parent: QWidget, colour: str) -> QFrame:
    """The big card, edged in the colour of the partner whose turn it is."""
    frame = QFrame(parent)
    frame.setObjectName("play-card")
    frame.setProperty("role", "card")
    frame.setMaximumWidth(defs.FOCUS_MAX_TEXT_WIDTH)
    set_card_colour(frame, colour)
    return frame


def set_card_colour(frame: QFrame, colour: str) -> None:
    frame.setStyleSheet(f"QFrame#play-card {{ border: 3px solid {colour}; border-radius: 18px; }}")


class TurnBadge(QWidget):
    """Whose turn it is: the partner's round badge and a sentence, in their colour."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.avatar = QLabel(self)
        self.text = sofa(QLabel(self), "turn", centred=False)
        self.text.setWordWrap(False)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addStretch(1)
        row.addWidget(self.avatar)
        row.addWidget(self.text)
        row.addStretch(1)

    def show_turn(self, name: str, colour: str, sentence: str) -> None:
        self.avatar.setPixmap(avatar_pixmap(name, colour, 36))
        self.text.setText(sentence)
        self.text.setStyleSheet(f"color: {colour};")
        self.setAccessibleName(sentence)


class PlayOverlay(WindowOverlay):
    """A full-window layer with a title, a progress line and "Leave" at the top; subclasses fill `body`."""

    def __init__(self, title: str, names: dict[PartnerSlot, str], colours: dict[PartnerSlot, str],
                 host: QWidget) -> None:
        super().__init__(host, "play", PLAY_STYLE)
        self.names = names
        self.colours = colours
        self.title = sofa(QLabel(title, self), "title", centred=False)
        self.title.setWordWrap(False)
        self.progress = QLabel(self)
        self.progress.setProperty("role", "muted")
        self.leave_button = QPushButton(self.tr("Leave"), self)
        self.leave_button.setObjectName("play-leave")
        self.leave_button.setAccessibleName(self.tr("Leave (Esc)"))
        self.leave_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.leave_button.clicked.connect(self.close_play)
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addSpacing(defs.SPACING)
        top.addWidget(self.progress, 1)
        top.addWidget(self.leave_button)
        self.turn = TurnBadge(self)
        self.body = QVBoxLayout()
        self.body.setSpacing(defs.SPACING)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(defs.MARGIN * 3, defs.MARGIN * 2, defs.MARGIN * 3, defs.MARGIN * 2)
        layout.setSpacing(defs.SPACING)
        layout.addLayout(top)
        layout.addWidget(self.turn)
        layout.addLayout(self.body, 1)
        self.bind("Escape", self.close_play)

    def close_play(self) -> None:
        self.close_overlay()

    def release(self) -> None:
        """On lock: forget what is shown and close."""
        self.close_play()
