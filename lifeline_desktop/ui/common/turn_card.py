"""What a partner sees in their turn (ui/common/turns.py): a calm card on their colour, with the app's own look inside
(fields, muted and warning lines), and the one turn everyone who chooses a passphrase takes.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from lifeline_desktop.ui import defs
from lifeline_desktop.ui.common.passphrase_field import PassphraseField
from lifeline_desktop.ui.common.turns import TurnParty, TurnScreen


def turn_card(title: str, explain: str = "") -> tuple[QFrame, QVBoxLayout]:
    """A card for a turn's input. The turn screen paints its labels in the partner's ink; inside the card the app's
    own style applies again (a widget's own style sheet wins over its parents')."""
    frame = QFrame()
    frame.setObjectName("turn-card")
    app = QApplication.instance()
    base = app.styleSheet() if isinstance(app, QApplication) else ""
    frame.setStyleSheet(base + "\n#turn-card { background: palette(base); border-radius: 12px; }"
                               "\n#turn-card QLabel { color: palette(text); }"
                               "\n#turn-card QLabel[role=\"muted\"] { color: palette(placeholder-text); }")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(defs.MARGIN, defs.MARGIN, defs.MARGIN, defs.MARGIN)
    layout.setSpacing(defs.SPACING)
    heading = QLabel(title, frame)
    heading.setObjectName("turn-card-title")
    heading.setProperty("role", "subtitle")
    heading.setWordWrap(True)
    layout.addWidget(heading)
    if explain:
        text = QLabel(explain, frame)
        text.setWordWrap(True)
        text.setProperty("role", "muted")
        layout.addWidget(text)
    return frame, layout


class PassphraseTurn(QWidget):
    """One partner chooses a passphrase in their own turn. `chosen` carries it once it is acceptable (and, when very
    weak, confirmed); the caller then calls `end_turn()` (at once, or after checking something off the GUI thread).
    """

    chosen = Signal(str)
    cancelled = Signal()

    def __init__(self, party: TurnParty, explain: str, button: str, *, related: tuple[str, ...] = (),
                 extra: QWidget | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        card, layout = turn_card(self.tr("Your new passphrase, %1").replace("%1", party.name), explain)
        if extra is not None:
            layout.addWidget(extra)
        self.field = PassphraseField(party.name, card)
        self.field.set_related(party.name, party.other_name, *related)
        self.message = QLabel(card)
        self.message.setObjectName("turn-message")
        self.message.setProperty("role", "error")
        self.message.setWordWrap(True)
        self.done_button = QPushButton(button, card)
        self.done_button.setObjectName("passphrase-done")
        self.done_button.setProperty("role", "primary")
        self.done_button.setDefault(True)
        layout.addWidget(self.field)
        layout.addWidget(self.message)
        layout.addWidget(self.done_button, 0, Qt.AlignmentFlag.AlignRight)
        self.field.changed.connect(self._update)
        self.field.second.returnPressed.connect(self._done)
        self.done_button.clicked.connect(self._done)
        self.screen = TurnScreen(party, card, purpose=self.tr(
            "%1 is about to type a passphrase only they should know.").replace("%1", party.name))
        self.screen.started.connect(self.field.focus_first)
        self.screen.cancelled.connect(self.cancelled)
        self._busy = False
        self._update()

    def cover(self, window: QWidget) -> TurnScreen:
        self.setParent(window)
        self.hide()
        self.screen.cover(window)
        self.screen.destroyed.connect(self.deleteLater)
        return self.screen

    def set_busy(self, busy: bool, message: str = "") -> None:
        self._busy = busy
        self.message.setText(message)
        self._update()

    def _update(self) -> None:
        self.done_button.setEnabled(self.field.is_acceptable() and not self._busy)

    def _done(self) -> None:
        if self.done_button.isEnabled():
            self.field.confirm_weak(lambda: self.chosen.emit(self.field.passphrase()))

    def end_turn(self) -> None:
        self.field.clear()
        self.screen.end_turn()
