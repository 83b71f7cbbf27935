"""UI test fixtures: the whole app built by the composition root, on real SQLCipher vaults in tmp_path.

Fast key derivation (KdfPolicy.fast_for_tests) keeps the suite quick; everything else is the real thing.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import gc
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from lifeline_desktop import watchdog
from lifeline_desktop.app import Built, build, gate_factory, install_translator
from lifeline_desktop.config import AppConfig
from lifeline_desktop.domain.clock import ManualClock
from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.services.session import Session, VaultGate
from lifeline_desktop.ui import defs
from lifeline_desktop.ui.common.dialogs import ConfirmDialog
from lifeline_desktop.ui.common.passphrase_field import PassphraseField
from lifeline_desktop.ui.common.turns import TurnScreen
from lifeline_desktop.vault.kdf import KdfPolicy
from tests.support.vaults import MEI, ROSA

PASSPHRASES = {PartnerSlot.A: ROSA.passphrase, PartnerSlot.B: MEI.passphrase}
NAMES = {PartnerSlot.A: ROSA.name, PartnerSlot.B: MEI.name}

# pytest-qt gives up waiting after 5 s unless told otherwise. On a busy machine (CI sharing two cores, a newcomer's
# first run beside a build) a vault call plus a repaint can take longer, so a wait for the right state failed for
# want of time, not of the state. The waits still end the moment the state is there; only giving up takes longer.
# LIFELINE_QT_WAIT_MS overrides it (a developer hunting a hang may want it short).
QT_WAIT_MS = int(os.environ.get("LIFELINE_QT_WAIT_MS", "30000"))
for _wait in (QtBot.waitUntil, QtBot.waitSignal, QtBot.waitSignals, QtBot.waitExposed, QtBot.waitActive,
              QtBot.waitCallback):
    _wait.__kwdefaults__["timeout"] = QT_WAIT_MS


UI_CODE = (f"{os.sep}lifeline_desktop{os.sep}ui{os.sep}", f"{os.sep}lifeline_desktop{os.sep}app.py")


@pytest.fixture(scope="session", autouse=True)
def english(qapp: QApplication) -> Iterator[None]:
    """The app as an English-speaking user sees it: with the English translation and its plurals loaded."""
    translator = install_translator(qapp, QLocale(QLocale.Language.English))
    assert translator is not None, "resources/translations/lifeline_en.qm is missing: run scripts/update-translations"
    yield
    qapp.removeTranslator(translator)


@pytest.fixture(autouse=True)
def no_vault_work_on_the_gui_thread() -> Iterator[list[str]]:
    """Fails a test whose UI made a database call, derived a key or wrote a file on the GUI thread.

    Only calls made from UI code count: a test may set up its data directly (on the main thread) as it likes.
    """
    seen: list[str] = []

    def heard(kind: str) -> None:
        stack = traceback.extract_stack()[:-1]
        if any(marker in frame.filename for frame in stack for marker in UI_CODE):
            seen.append(f"{kind} on the GUI thread, from the UI:\n{''.join(traceback.format_list(stack[-14:]))}")

    stop = watchdog.listen(heard)
    yield seen
    stop()
    assert not seen, seen[0]


@pytest.fixture
def open_gate(clock: ManualClock) -> Callable[[Path], VaultGate]:
    return gate_factory(clock, kdf_policy=KdfPolicy.fast_for_tests())


@dataclass
class ExistingVault:
    folder: Path
    recovery_key: str
    gate: VaultGate


@pytest.fixture
def existing_vault(tmp_config: AppConfig, open_gate: Callable[[Path], VaultGate]) -> ExistingVault:
    """A vault for Rosa and Mei in the config's default folder, locked again."""
    gate = open_gate(tmp_config.default_vault_dir)
    session, recovery_key = gate.create(ROSA, MEI)
    session.lock()
    return ExistingVault(tmp_config.default_vault_dir, recovery_key, gate)


class App:
    """The built app plus small helpers that drive it the way a user would."""

    def __init__(self, built: Built, qtbot: object, clock: ManualClock) -> None:
        self.built = built
        self.window = built.window
        self.flow = built.flow
        self.qtbot = qtbot
        self.clock = clock

    def wait_idle(self) -> None:
        self.qtbot.waitUntil(lambda: not self.built.runner.is_busy)  # type: ignore[attr-defined]

    def wait_ready(self) -> None:
        self.qtbot.waitUntil(lambda: self.flow.unlock.tiles.button(PartnerSlot.A).isEnabled())  # type: ignore[attr-defined]

    def unlock_as(self, slot: PartnerSlot, passphrase: str | None = None) -> Session:
        qtbot = self.qtbot
        self.wait_ready()
        page = self.flow.unlock
        qtbot.mouseClick(page.tiles.button(slot), Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
        page.passphrase.clear()
        type_text(qtbot, page.passphrase, passphrase or PASSPHRASES[slot])
        qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)  # type: ignore[attr-defined]
        qtbot.waitUntil(lambda: self.flow.is_open)  # type: ignore[attr-defined]
        session = self.flow.reachable_session()
        assert session is not None
        return session

    def run_on_vault_thread(self, fn: Callable[[], object]) -> object:
        """Runs `fn` where the app runs its vault work (the engine is used from that thread only)."""
        results: list[object] = []
        self.built.runner.run(fn, results.append)
        self.qtbot.waitUntil(lambda: bool(results))  # type: ignore[attr-defined]
        return results[0]


def type_text(qtbot: object, field: QLineEdit, text: str) -> None:
    """Types like a keyboard; QTest cannot synthesise non-ASCII keys, so those arrive as an input method would."""
    if text.isascii():
        qtbot.keyClicks(field, text)  # type: ignore[attr-defined]
    else:
        field.insert(text)


def click_confirm(qtbot: object, parent: QWidget) -> None:
    """Clicks the "yes" button of the confirmation box open over `parent`."""
    boxes: list[ConfirmDialog] = []

    def found() -> bool:
        boxes[:] = [b for b in parent.findChildren(ConfirmDialog, "confirm") if b.isVisible()]
        return bool(boxes)

    qtbot.waitUntil(found)  # type: ignore[attr-defined]
    yes = boxes[-1].findChild(QWidget, "confirm-yes")
    assert yes is not None
    qtbot.mouseClick(yes, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]


@pytest.fixture
def make_app(qtbot, qapp: QApplication, tmp_config: AppConfig, clock: ManualClock,
             open_gate: Callable[[Path], VaultGate], monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[..., App]]:
    apps: list[App] = []
    # The idle lock reads the test's manual clock. Its 5-second timer would look at that clock whenever the timer
    # happens to fire: after a test moves the clock on by minutes (a reminder coming due, a talk's timer), a busy
    # machine let it fire before the test saw its state, and the app locked under the test. Tests that mean the
    # idle lock call idle.check() themselves, at the moment they mean.
    monkeypatch.setattr(defs, "IDLE_CHECK_MS", 2**31 - 1)

    def make(*, demo: bool = False, gate: Callable[[Path], VaultGate] | None = None) -> App:
        built = build(qapp, tmp_config, clock, gate or open_gate, demo=demo)
        qtbot.addWidget(built.window)
        built.window.show()
        qtbot.waitExposed(built.window)
        built.flow.load()
        app = App(built, qtbot, clock)
        apps.append(app)
        return app

    yield make
    for app in apps:
        app.flow.lock()
        app.built.runner.wait_for_done()
        app.built.idle.stop()
    gc.collect()


def visible_turn(qtbot: object, window: QWidget) -> TurnScreen:
    """The turn screen covering `window` (waits for it)."""
    turns: list[TurnScreen] = []

    def found() -> bool:
        turns[:] = [t for t in window.findChildren(TurnScreen) if t.isVisible()]
        return bool(turns)

    qtbot.waitUntil(found)  # type: ignore[attr-defined]
    return turns[-1]


def click_turn_button(qtbot: object, turn: TurnScreen) -> None:
    """Presses the big button on the turn's cover or end page ("I'm Alex, go on" / "Go on")."""
    page = turn.cover_page if turn.step == "cover" else turn.end_page
    button = page.findChild(QPushButton, "turn-go")
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]


def take_passphrase_turn(qtbot: object, window: QWidget, passphrase: str, *, weak: bool = False) -> None:
    """One partner's whole passphrase turn: the cover, the passphrase twice, "use it anyway" if weak, the end."""
    turn = visible_turn(qtbot, window)
    assert turn.step == "cover"
    click_turn_button(qtbot, turn)
    assert turn.step == "input"
    field = turn.content.findChild(PassphraseField)
    assert field is not None
    type_text(qtbot, field.first, passphrase)
    type_text(qtbot, field.second, passphrase)
    done = turn.content.findChild(QPushButton, "turn-done")
    assert done is not None and done.isEnabled(), field.match.text()
    qtbot.mouseClick(done, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    if weak:
        click_confirm(qtbot, window)
    qtbot.waitUntil(lambda: turn.step == "end")  # type: ignore[attr-defined]
    click_turn_button(qtbot, turn)
    qtbot.waitUntil(lambda: not turn.isVisible())  # type: ignore[attr-defined]
