"""What a partner sees in their turn (ui/common/turns.py): a calm card on their colour, with the app's own look inside
(fields, muted and warning lines); and the turns built on it: a passphrase, a sealed answer, a wish.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from lifeline_desktop.ui import defs
from lifeline_desktop.ui.common.passphrase_field import PassphraseField
from lifeline_desktop.ui.common.text import fill
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


class CardTurn(QWidget):
    """A turn whose input is a card with fields and one "done" button. `done` fires with what was written once the
    subclass says it is acceptable; the caller then calls `end_turn()` (at once, or after saving it off the GUI
    thread) or `set_busy(False, message)` to say what went wrong."""

    done = Signal(str)
    cancelled = Signal()

    def __init__(self, party: TurnParty, title: str, explain: str, button: str, purpose: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.party = party
        self.card, self.card_layout = turn_card(title, explain)
        self.message = QLabel(self.card)
        self.message.setObjectName("turn-message")
        self.message.setProperty("role", "error")
        self.message.setWordWrap(True)
        self.done_button = QPushButton(button, self.card)
        self.done_button.setObjectName("turn-done")
        self.done_button.setProperty("role", "primary")
        self.done_button.setDefault(True)
        self.done_button.clicked.connect(self._done)
        self.turn_screen = TurnScreen(party, self.card, purpose=purpose)
        self.turn_screen.started.connect(self.focus_input)
        self.turn_screen.cancelled.connect(self.cancelled)
        self._busy = False

    def finish_layout(self, field: QWidget) -> None:
        """Adds the subclass's field, then the message and the button."""
        self.card_layout.addWidget(field)
        self.card_layout.addWidget(self.message)
        self.card_layout.addWidget(self.done_button, 0, Qt.AlignmentFlag.AlignRight)
        self.update_button()

    def cover(self, window: QWidget) -> TurnScreen:
        self.setParent(window)
        self.hide()
        self.turn_screen.cover(window)
        self.turn_screen.destroyed.connect(self.deleteLater)
        return self.turn_screen

    def set_busy(self, busy: bool, message: str = "") -> None:
        self._busy = busy
        self.message.setText(message)
        self.update_button()

    def update_button(self) -> None:
        self.done_button.setEnabled(self.is_acceptable() and not self._busy)

    def _done(self) -> None:
        if self.done_button.isEnabled():
            self.confirm(lambda: self.done.emit(self.value()))

    def end_turn(self) -> None:
        self.clear_input()
        self.turn_screen.end_turn()

    # --- what a subclass fills in ---------------------------------------------------------------------------
    def value(self) -> str:
        raise NotImplementedError

    def is_acceptable(self) -> bool:
        return bool(self.value().strip())

    def confirm(self, go_on: Callable[[], None]) -> None:
        go_on()

    def focus_input(self) -> None:
        """Puts the focus in the field when the partner says it is them."""

    def clear_input(self) -> None:
        """Forgets what was typed when the turn ends."""


class PassphraseTurn(CardTurn):
    """One partner chooses a passphrase in their own turn; `done` carries it (a very weak one only after "Use it
    anyway?")."""

    def __init__(self, party: TurnParty, explain: str, button: str, *, related: tuple[str, ...] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(party, fill(self.tr("Your new passphrase, %1"), party.name), explain, button,
                         self.tr("%1 is about to type a passphrase only they should know.").replace(
                             "%1", party.name), parent)
        self.field = PassphraseField(party.name, self.card)
        self.field.set_related(party.name, party.other_name, *related)
        self.field.changed.connect(self.update_button)
        self.field.second.returnPressed.connect(self._done)
        self.finish_layout(self.field)

    def value(self) -> str:
        return self.field.passphrase()

    def is_acceptable(self) -> bool:
        return self.field.is_acceptable()

    def confirm(self, go_on: Callable[[], None]) -> None:
        self.field.confirm_weak(go_on)

    def focus_input(self) -> None:
        self.field.focus_first()

    def clear_input(self) -> None:
        self.field.clear()


class TextTurn(CardTurn):
    """One partner writes something the other must not see yet: a sealed answer, a wish."""

    def __init__(self, party: TurnParty, title: str, explain: str, button: str, *, text: str = "",
                 placeholder: str = "", one_line: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(party, title, explain, button, parent=parent)
        self.field: QLineEdit | QPlainTextEdit
        if one_line:
            self.field = QLineEdit(text, self.card)
            self.field.textChanged.connect(self.update_button)
            self.field.returnPressed.connect(self._done)
        else:
            self.field = QPlainTextEdit(text, self.card)
            self.field.setMinimumHeight(self.fontMetrics().lineSpacing() * 6)
            self.field.textChanged.connect(self.update_button)
        self.field.setObjectName("turn-text")
        self.field.setPlaceholderText(placeholder)
        self.field.setAccessibleName(title)
        self.finish_layout(self.field)

    def value(self) -> str:
        field = self.field
        return field.text() if isinstance(field, QLineEdit) else field.toPlainText()

    def focus_input(self) -> None:
        self.field.setFocus()

    def clear_input(self) -> None:
        self.field.clear()
