"""A new passphrase, typed twice: the one field every screen that sets a passphrase uses (set-up, the new-passphrase
pages of the unlock screen, Settings, the key-file rescue).

It shows a strength meter (zxcvbn, see strength.py), a Show/Hide toggle, a Caps Lock warning, and whether the two
copies match on a line of its own. A very weak passphrase (score 0–1) is allowed after "Use it anyway?":
`confirm_weak()` asks, and calls back only on yes.

Qt cannot read the Caps Lock state portably, so it is inferred from what is typed, as KeePassXC does on some
platforms: a capital letter without Shift (or a small one with Shift) means Caps Lock is on.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from lifeline_desktop.ui import defs
from lifeline_desktop.ui.common.dialogs import ask
from lifeline_desktop.ui.common.strength import VERY_WEAK, is_long_enough, strength_score, strength_text
from lifeline_desktop.ui.common.text import fill

METER_COLOURS = ("#C0392B", "#D9822B", "#D4A72C", "#6A9A4F", "#3F8A5A")
METER_SEGMENTS = 4
METER_HEIGHT = 6


def caps_lock_from_key(event: QKeyEvent) -> bool | None:
    """True or False when a typed letter tells the Caps Lock state, None when it cannot tell (digits, keys)."""
    text = event.text()
    if len(text) != 1 or not text.isalpha() or text.upper() == text.lower():
        return None
    shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
    return text.isupper() != shift


class StrengthMeter(QWidget):
    """Four segments filled by the score (0 shows one red segment once something is typed)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.score = -1  # nothing typed
        self.setFixedHeight(METER_HEIGHT)
        self.setAccessibleName(self.tr("Passphrase strength"))

    def set_score(self, score: int, description: str) -> None:
        self.score = score
        self.setAccessibleDescription(description)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(defs.FIELD_WIDTH, METER_HEIGHT)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        gap = 4.0
        width = (self.width() - gap * (METER_SEGMENTS - 1)) / METER_SEGMENTS
        filled = 0 if self.score < 0 else max(1, self.score)
        empty = QColor(self.palette().mid().color())
        empty.setAlphaF(0.35)
        for n in range(METER_SEGMENTS):
            colour = QColor(METER_COLOURS[max(0, self.score)]) if n < filled else empty
            painter.setBrush(colour)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawRoundedRect(QRectF(n * (width + gap), 0, width, self.height()), 3, 3)
        painter.end()


def _line(parent: QWidget, role: str, name: str) -> QLabel:
    label = QLabel(parent)
    label.setProperty("role", role)
    label.setWordWrap(True)
    label.setAccessibleName(name)
    label.setMinimumHeight(label.fontMetrics().lineSpacing() + 4)  # room for descenders (g, y, p)
    return label


class PassphraseField(QWidget):
    changed = Signal()

    def __init__(self, who: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._related: tuple[str, ...] = ()
        self._score = 0
        self.first = self._edit()
        self.second = self._edit()
        self.toggle = QPushButton(self.tr("Show"), self)
        self.toggle.setObjectName("passphrase-show")
        self.toggle.setCheckable(True)
        self.toggle.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.toggle.setAccessibleName(self.tr("Show the passphrase"))
        self.toggle.toggled.connect(self._show_text)
        self.meter = StrengthMeter(self)
        self.hint = _line(self, "muted", self.tr("Passphrase strength"))
        self.caps = _line(self, "warning", self.tr("Caps Lock warning"))
        self.caps.setText(self.tr("Caps Lock seems to be on."))
        self.caps.hide()
        self.match = _line(self, "muted", self.tr("Whether the two match"))
        self.first_label = QLabel(self.tr("&Passphrase"), self)
        self.first_label.setBuddy(self.first)
        second_label = QLabel(self.tr("Type it &again"), self)
        second_label.setBuddy(self.second)
        row = QHBoxLayout()
        row.setSpacing(defs.SMALL_SPACING)
        row.addWidget(self.first, 1)
        row.addWidget(self.toggle)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(defs.SMALL_SPACING)
        for item in (self.first_label, row, self.meter, self.hint, self.caps, second_label, self.second, self.match):
            layout.addLayout(item) if isinstance(item, QHBoxLayout) else layout.addWidget(item)
        self.set_who(who)
        self.first.textChanged.connect(self._update)
        self.second.textChanged.connect(self._update)
        self._update()

    def _edit(self) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        edit.setMinimumWidth(defs.FIELD_WIDTH)
        edit.installEventFilter(self)
        return edit

    def set_who(self, who: str) -> None:
        """Whose passphrase this is, for screen readers ("Passphrase for Sam")."""
        if who:
            self.first.setAccessibleName(fill(self.tr("Passphrase for %1"), who))
            self.second.setAccessibleName(fill(self.tr("Passphrase for %1, again"), who))
        else:
            self.first.setAccessibleName(self.tr("New passphrase"))
            self.second.setAccessibleName(self.tr("New passphrase, again"))

    def set_related(self, *words: str) -> None:
        """Words that make a passphrase easy to guess here: the partners' names."""
        self._related = tuple(words)
        self._update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched in (self.first, self.second) and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            caps = caps_lock_from_key(event)
            if caps is not None:
                self.caps.setVisible(caps)
        return False

    def _show_text(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.first.setEchoMode(mode)
        self.second.setEchoMode(mode)
        self.toggle.setText(self.tr("Hide") if shown else self.tr("Show"))
        self.toggle.setAccessibleName(self.tr("Hide the passphrase") if shown else self.tr("Show the passphrase"))

    def _update(self) -> None:
        text, again = self.first.text(), self.second.text()
        self._score = strength_score(text, self._related) if is_long_enough(text) else 0
        if not text:
            self.hint.setText(self.tr("A few words you can remember are easier to type and harder to guess."))
            self.meter.set_score(-1, self.hint.text())
        else:
            self.hint.setText(strength_text(text, self._score))
            self.meter.set_score(self._score, self.hint.text())
        if not again:
            self.match.setText("")
        elif again == text:
            self.match.setText(self.tr("✓ The two match."))
        else:
            self.match.setText(self.tr("The two do not match yet."))
        self.changed.emit()

    # --- what callers ask -------------------------------------------------------------------------------------
    def passphrase(self) -> str:
        return self.first.text()

    def score(self) -> int:
        return self._score

    def matches(self) -> bool:
        return self.first.text() == self.second.text()

    def is_acceptable(self) -> bool:
        """Long enough and typed the same twice; a weak one is still acceptable after `confirm_weak`."""
        return is_long_enough(self.first.text()) and self.matches()

    def is_very_weak(self) -> bool:
        return self._score <= VERY_WEAK

    def confirm_weak(self, on_yes: Callable[[], None]) -> None:
        """Calls `on_yes` now for a passphrase that is not very weak; otherwise after "Use it anyway?"."""
        if not self.is_very_weak():
            on_yes()
            return
        ask(self, self.tr("Use it anyway?"), self.tr("This passphrase would be easy to guess."), self.tr(
            "Use it anyway"), on_yes, informative=self.tr(
            "Anyone who tries common words and names could open your vault with it. A phrase of four or five "
            "unrelated words is much safer and still easy to remember."), no_text=self.tr("Choose another"))

    def clear(self) -> None:
        self.first.clear()
        self.second.clear()
        self.toggle.setChecked(False)
        self.caps.hide()

    def focus_first(self) -> None:
        self.first.setFocus()
