"""Screenshots of Play in the demo vault: the page, the quiz before and after the reveal, question cards ("this or
that" and questions for two), and "Where these ideas come from"; at the default window size and at 1920x1080.

Run under Xvfb:  xvfb-run -s "-screen 0 1920x1080x24" .venv/bin/python scripts/play_screenshots.py
Writes docs/screenshots/play-*.png and sources-*.png. Uses a throwaway demo vault (fast key derivation).
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from lifeline_desktop.domain.vocabulary import CardDeckKind  # noqa: E402
from lifeline_desktop.ui import defs  # noqa: E402
from lifeline_desktop.ui.play.cards_view import CardsView  # noqa: E402
from lifeline_desktop.ui.play.page import PlayPage  # noqa: E402
from lifeline_desktop.ui.play.quiz_view import QuizView  # noqa: E402
from lifeline_desktop.ui.sources.page import SourcesPage, open_sources_page  # noqa: E402
from scripts.screenshots import close_window, open_demo, settle, shoot, shots_in_both_modes, unlock_demo  # noqa: E402

SIZES = {"": defs.WINDOW_SIZE, "-1920": (1920, 1080)}


def play_shots(app: QApplication, mode: str, root: Path) -> None:
    built = open_demo(app, root, mode)
    window = built.window
    home = unlock_demo(built)
    home.show_section_key("play")
    page = home.pages.currentWidget()
    assert isinstance(page, PlayPage)
    settle(lambda: page.quiz_button.isEnabled())
    for suffix, size in SIZES.items():
        window.resize(*size)
        settle()
        shoot(window, f"play-page-{mode}{suffix}")
        page.start_quiz()
        settle(lambda: isinstance(page.overlay, QuizView))
        quiz = page.overlay
        assert isinstance(quiz, QuizView)
        shoot(window, f"play-quiz-guess-{mode}{suffix}")
        quiz.guess.setPlainText("Something about the sea, I'm sure of it.")
        quiz.reveal()
        shoot(window, f"play-quiz-reveal-{mode}{suffix}")
        quiz.close_play()
        settle(lambda: page.overlay is None and not built.runner.is_busy)
        for kind, name in ((CardDeckKind.THIS_OR_THAT, "this-or-that"), (CardDeckKind.QUESTIONS_FOR_TWO, "questions")):
            page.start_cards(kind)
            settle(lambda: isinstance(page.overlay, CardsView))
            cards = page.overlay
            assert isinstance(cards, CardsView)
            if kind is CardDeckKind.QUESTIONS_FOR_TWO:
                cards.next()  # the second card: the other partner's turn to ask
            shoot(window, f"play-cards-{name}-{mode}{suffix}")
            cards.close_play()
            settle(lambda: page.overlay is None and not built.runner.is_busy)
    window.resize(*defs.WINDOW_SIZE)
    sources = open_sources_page(page._ops, window)
    settle(lambda: isinstance(sources, SourcesPage) and "Gathering" not in sources.text())
    shoot(sources, f"sources-{mode}")
    sources.close()
    close_window(built)


def main() -> int:
    return shots_in_both_modes(play_shots)


if __name__ == "__main__":
    raise SystemExit(main())
