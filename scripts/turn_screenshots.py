"""Screenshots of two people at one screen: set-up in turns, a turn's three steps, answering together and the reveal.

Run under Xvfb:  xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python scripts/turn_screenshots.py [WxH] [suffix]
Writes docs/screenshots/turns-*.png and checkins-turn-*.png (default window size 1000x680). Throwaway vault, fast
key derivation.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QPushButton, QWidget

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from lifeline_desktop.app import build, gate_factory, start_application  # noqa: E402
from lifeline_desktop.config import AppConfig  # noqa: E402
from lifeline_desktop.domain.clock import SystemClock  # noqa: E402
from lifeline_desktop.domain.partners import PartnerSlot  # noqa: E402
from lifeline_desktop.ui import theme  # noqa: E402
from lifeline_desktop.ui.common.passphrase_field import PassphraseField  # noqa: E402
from lifeline_desktop.ui.common.turns import TurnScreen  # noqa: E402
from scripts.screenshots import OUT, settle  # noqa: E402

PASSPHRASES = {PartnerSlot.A: "lantern orbit mossy teapot", PartnerSlot.B: "harbour violin pebble"}


def shoot(widget: QWidget, name: str, suffix: str, prefix: str = "turns") -> None:
    settle()
    path = OUT / f"{prefix}-{name}{suffix}.png"
    widget.grab().save(str(path))
    print("wrote", path.relative_to(ROOT))


def the_turn(window: QWidget) -> TurnScreen:
    settle(lambda: any(t.isVisible() for t in window.findChildren(TurnScreen)))
    return next(t for t in window.findChildren(TurnScreen) if t.isVisible())


def press(turn: TurnScreen) -> None:
    page = turn.cover_page if turn.step == "cover" else turn.end_page
    button = page.findChild(QPushButton, "turn-go")
    assert button is not None
    button.click()


def main() -> int:
    size = tuple(int(n) for n in (sys.argv[1] if len(sys.argv) > 1 else "1000x680").split("x"))
    suffix = sys.argv[2] if len(sys.argv) > 2 else ""
    app = start_application()  # as the app starts: its translation says "1 reply"
    from lifeline_desktop.vault.kdf import KdfPolicy

    with tempfile.TemporaryDirectory(prefix="lifeline-turns-") as folder:
        clock = SystemClock()
        built = build(app, AppConfig.in_folder(Path(folder)), clock,
                      gate_factory(clock, kdf_policy=KdfPolicy.fast_for_tests()))
        theme.apply_theme(app, "light")
        window = built.window
        window.resize(*size)
        window.show()
        built.flow.load()
        wizard = built.flow.wizard
        assert wizard is not None
        wizard.go_next()
        wizard.partners.name_a.setText("Sam")
        wizard.partners.name_b.setText("Alex")
        wizard.partners.colour_b.set_colour("#6A8D73")
        wizard.go_next()
        shoot(window, "setup-passphrases", suffix)
        for slot in PartnerSlot:
            wizard.passphrases.take_turn(slot)
            turn = the_turn(window)
            if slot is PartnerSlot.A:
                shoot(window, "setup-turn-cover", suffix)
            press(turn)
            field = turn.content.findChild(PassphraseField)
            assert field is not None
            field.first.setText(PASSPHRASES[slot] if slot is PartnerSlot.B else "password1")
            field.second.setText("pass")
            if slot is PartnerSlot.A:
                shoot(window, "setup-turn-weak", suffix)
                field.first.setText(PASSPHRASES[slot])
                field.toggle.setChecked(True)
            field.second.setText(PASSPHRASES[slot])
            if slot is PartnerSlot.A:
                shoot(window, "setup-turn-strong-shown", suffix)
            done = turn.content.findChild(QPushButton, "turn-done")
            assert done is not None
            done.click()
            settle(lambda t=turn: t.step == "end")
            if slot is PartnerSlot.A:
                shoot(window, "turn-end", suffix)
            press(turn)
        shoot(window, "setup-both-chosen", suffix)
        wizard.go_next()
        wizard.go_next()
        settle(lambda: wizard.current is wizard.key_page)
        wizard.go_next()
        wizard.confirm.field.setText(wizard.confirm.expected())
        wizard.go_next()
        wizard.go_next()
        unlock = built.flow.unlock
        settle(lambda: window.current_screen is unlock and unlock.tiles.button(PartnerSlot.A).isEnabled())
        shoot(window, "setup-ends-at-unlock", suffix)
        answer_together(built, window, suffix)
        check_in_turns(built, window, suffix)
        window.close()
        built.runner.wait_for_done()
        settle()
    return 0


def open_as(built: object, slot: PartnerSlot, section: str = "journal") -> object:
    flow = built.flow  # type: ignore[attr-defined]
    page = flow.unlock
    settle(lambda: page.tiles.button(slot).isEnabled())
    page.tiles.select(slot)
    page.passphrase.setText(PASSPHRASES[slot])
    page.try_unlock()
    settle(lambda: flow.home is not None)
    home = flow.home
    home.show_section_key(section)
    settle(lambda: not built.runner.is_busy)  # type: ignore[attr-defined]
    return home.pages.currentWidget()


def answer_together(built: object, window: QWidget, suffix: str) -> None:
    flow = built.flow  # type: ignore[attr-defined]
    for slot, text in ((PartnerSlot.A, "The morning we missed the ferry and laughed about it all day."),
                       (PartnerSlot.B, "Your face when the ferry left without us. Then the café by the water.")):
        page = open_as(built, slot)
        if slot is PartnerSlot.A:
            page.both_answer()
        page.tabs.setCurrentWidget(page.sealed)
        settle(lambda p=page: p.sealed.pairs.rowCount() == 1 and p.sealed.answer_button.isVisible())
        page.sealed.take_turn()
        turn = the_turn(window)
        press(turn)
        field = turn.content.findChild(QPlainTextEdit, "turn-text") or turn.content.findChild(QLineEdit)
        field.setPlainText(text)
        if slot is PartnerSlot.B:
            shoot(window, "answer-in-my-turn", suffix)
        turn.content.findChild(QPushButton, "turn-done").click()
        settle(lambda t=turn: t.step == "end")
        press(turn)
        if slot is PartnerSlot.A:
            flow.lock()
            settle(lambda: not built.runner.is_busy)  # type: ignore[attr-defined]
    reveal = page.sealed.reveal
    settle(lambda: reveal.isVisible())
    shoot(window, "reveal-tiles", suffix)
    reveal.tiles[PartnerSlot.B.value].click()
    reveal.tiles[PartnerSlot.A.value].click()
    settle(lambda: reveal.revealed)
    shoot(window, "reveal-side-by-side", suffix)


def check_in_turns(built: object, window: QWidget, suffix: str) -> None:
    """Sam, then Alex, check in in their own turns; then they open both together."""
    flow = built.flow  # type: ignore[attr-defined]
    flow.lock()
    settle(lambda: not built.runner.is_busy)  # type: ignore[attr-defined]
    picks = {PartnerSlot.A: ({"closeness": 8, "communication": 6, "trust": 9, "affection": 7, "fun": 5},
                             "Work has been loud this week; I miss our Sunday walks."),
             PartnerSlot.B: ({"closeness": 7, "communication": 7, "trust": 9, "affection": 8, "fun": 4},
                             "Can we plan one silly thing for the weekend?")}
    for slot, (scores, note) in picks.items():
        page = open_as(built, slot, "checkins")
        settle(lambda p=page: p.this_round.take_turn_button.isVisible())
        page.this_round.take_turn()
        turn = the_turn(window)
        if slot is PartnerSlot.B:
            shoot(window, "cover", suffix, "checkins-turn")
        press(turn)
        for name, score in scores.items():
            turn.content.findChild(QWidget, f"score-{name}").setValue(score)
        turn.content.findChild(QPlainTextEdit, "checkin-note").setPlainText(note)
        if slot is PartnerSlot.B:
            window.activateWindow()
            turn.content.findChild(QWidget, "score-fun").setFocus()
            shoot(window, "chips", suffix, "checkins-turn")
        turn.content.findChild(QPushButton, "turn-done").click()
        settle(lambda t=turn: t.step == "end")
        press(turn)
        if slot is PartnerSlot.A:
            flow.lock()
            settle(lambda: not built.runner.is_busy)  # type: ignore[attr-defined]
    reveal = page.reveal
    settle(lambda: reveal.isVisible())
    shoot(window, "reveal-tiles", suffix, "checkins-turn")
    reveal.tiles[PartnerSlot.B.value].click()
    reveal.tiles[PartnerSlot.A.value].click()
    settle(lambda: reveal.revealed)
    shoot(window, "reveal", suffix, "checkins-turn")


if __name__ == "__main__":
    raise SystemExit(main())
