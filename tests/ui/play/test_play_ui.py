"""The Play section in the real window: question cards by keyboard, the quiz from shared answers, and lock."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from lifeline_desktop.content.prompts import builtin_prompts
from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.domain.vocabulary import CardDeckKind, Depth, Topic
from lifeline_desktop.ui.play.cards_view import CardsView
from lifeline_desktop.ui.play.page import PlayPage
from lifeline_desktop.ui.play.quiz_view import QuizView
from tests.ui.conftest import NAMES, PASSPHRASES


def _open(app) -> PlayPage:
    app.unlock_as(PartnerSlot.A)
    home = app.flow.home
    home.show_section_key("play")
    page = home.pages.currentWidget()
    assert isinstance(page, PlayPage)
    app.qtbot.waitUntil(lambda: page.quiz_status.text() != "")
    app.wait_idle()
    return page


def _cards(app, page: PlayPage, kind: CardDeckKind) -> CardsView:
    app.qtbot.mouseClick(page.deck_buttons[kind], Qt.MouseButton.LeftButton)
    app.qtbot.waitUntil(lambda: isinstance(page.overlay, CardsView))
    assert isinstance(page.overlay, CardsView)
    return page.overlay


def test_cards_go_forward_and_back_by_keyboard_and_take_turns_to_ask(make_app, existing_vault):
    app = make_app()
    page = _open(app)
    qtbot = app.qtbot
    view = _cards(app, page, CardDeckKind.THIS_OR_THAT)
    cards = view.deck.cards
    assert view.isVisible() and view.size() == app.window.size()
    assert view.shown_text() == f"{cards[0].text} / {cards[0].other}"
    assert view.turn.text.text() == f"{NAMES[PartnerSlot.A]} asks {NAMES[PartnerSlot.B]}"
    assert "Card 1 of" in view.progress.text()

    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert view.shown_text() == f"{cards[1].text} / {cards[1].other}"
    assert view.turn.text.text() == f"{NAMES[PartnerSlot.B]} asks {NAMES[PartnerSlot.A]}"
    assert _shows_colour_of(view, PartnerSlot.B)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.position == 2 and view.asker() is PartnerSlot.A
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert view.shown_text() == f"{cards[1].text} / {cards[1].other}"

    for _ in range(len(cards)):
        qtbot.keyClick(view, Qt.Key.Key_Space)
    assert view.at_end and "last card" in view.shown_text()
    qtbot.mouseClick(view.again_button, Qt.MouseButton.LeftButton)
    assert view.position == 0

    qtbot.keyClick(view, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.overlay is None)
    assert not view.isVisible()


def _shows_colour_of(view: CardsView, slot: PartnerSlot) -> bool:
    colour = view.colours[slot]
    return colour in view.card.styleSheet() and colour in view.turn.text.styleSheet()


def test_questions_for_two_keep_to_the_depth_and_leave_out_topics(make_app, existing_vault):
    app = make_app()
    page = _open(app)
    page.topic_actions[Topic.SEXUAL_INTIMACY].setChecked(True)
    page.card_depth.setCurrentIndex(page.card_depth.findData(Depth.DEEPER.value))
    view = _cards(app, page, CardDeckKind.QUESTIONS_FOR_TWO)
    prompts = {p.id: p for p in builtin_prompts()}
    assert view.deck.cards
    for card in view.deck.cards:
        prompt = prompts[card.id]
        assert prompt.spoken and prompt.depth is Depth.DEEPER and Topic.SEXUAL_INTIMACY not in prompt.topics
    assert view.shown_text() == view.deck.cards[0].text and view.or_label.isHidden()


def test_the_quiz_is_empty_until_there_are_shared_answers(make_app, existing_vault):
    app = make_app()
    page = _open(app)
    assert not page.quiz_button.isEnabled()
    assert "No questions yet" in page.quiz_status.text()


def test_guess_then_reveal_then_keep_a_round(make_app, existing_vault):
    with_gate = existing_vault.gate
    session = with_gate.unlock(PartnerSlot.B, PASSPHRASES[PartnerSlot.B])
    session.journal.add_entry("Before sleep", "Five minutes with the lights off, saying one good thing.",
                              prompt_id="close-007")
    session.journal.add_entry("Mine alone", "A PRIVATE-marker-6612 thought.", private=True, prompt_id="talk-004")
    session.lock()
    app = make_app()
    page = _open(app)
    qtbot = app.qtbot
    assert page.quiz_button.isEnabled() and page.quiz_status.text().startswith("1 question")
    qtbot.mouseClick(page.quiz_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(page.overlay, QuizView))
    view = page.overlay
    assert isinstance(view, QuizView) and len(view.questions) == 1
    mei, rosa = NAMES[PartnerSlot.B], NAMES[PartnerSlot.A]
    assert view.turn.text.text() == f"{rosa} guesses"
    assert view.lead.text().startswith(f"{mei} answered this in ")
    assert view.ask.text() == f"{rosa}, what do you think {mei} said?"
    assert view.answer_card.isHidden() and "lights off" not in view.answer.text()

    view.guess.setFocus()
    qtbot.keyClicks(view.guess, "A walk after dinner")
    assert view.guess.toPlainText() == "A walk after dinner"  # Space typed into the guess, not taken as a key
    qtbot.keyClick(view.guess, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert view.revealed and not view.answer_card.isHidden()
    assert view.answer.text() == "Five minutes with the lights off, saying one good thing."
    assert "PRIVATE-marker" not in view.answer.text()

    qtbot.mouseClick(view.keep_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Kept" in view.kept.text())
    entries = app.run_on_vault_thread(app.flow.reachable_session().journal.entries)
    kept = [e for e in entries if "A walk after dinner" in e.body]
    assert len(kept) == 1 and not kept[0].private and "lights off" in kept[0].body

    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert view.current is None and "Thank you for playing" in view.end_text.text()
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.overlay is None)


def test_locking_closes_a_game_and_forgets_it(make_app, existing_vault):
    app = make_app()
    page = _open(app)
    view = _cards(app, page, CardDeckKind.GETTING_TO_KNOW)
    app.flow.lock()
    app.qtbot.waitUntil(lambda: page.overlay is None and not view.isVisible())


def test_the_today_page_has_a_way_to_play(make_app, existing_vault):
    app = make_app()
    app.unlock_as(PartnerSlot.A)
    home = app.flow.home
    button = home.today.quick["play"]
    assert isinstance(button, QPushButton)
    app.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    app.qtbot.waitUntil(lambda: home.current_section() == "play")
