"""The Check-ins page in the real window: both partners answer in turn, sealed until both; agenda; trends data."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QPlainTextEdit, QPushButton

from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.ui.checkins.page import CheckInsPage
from lifeline_desktop.ui.common.score_chips import ScoreChips
from tests.support.vaults import MEI, ROSA
from tests.ui.conftest import click_turn_button, type_text, visible_turn

MARKER = "NARWHAL-NOTE-2290"


def _open(app, slot) -> CheckInsPage:
    app.unlock_as(slot)
    home = app.flow.home
    home.show_section_key("checkins")
    page = home.pages.currentWidget()
    assert isinstance(page, CheckInsPage)
    app.qtbot.waitUntil(lambda: page.round_label.text() != "")
    app.wait_idle()
    return page


def _visible_text(app) -> str:
    return " ".join(w.text() for w in app.window.findChildren(QLabel) if w.isVisible()) + " ".join(
        w.toPlainText() for w in app.window.findChildren(QPlainTextEdit) if w.isVisible())


def _check_in_my_turn(app, page: CheckInsPage, scores: dict[str, int], note: str, *, before=None) -> None:
    """Takes my turn: the hand-over screen in my colour first, then the chips and the note, then a clear end."""
    qtbot = app.qtbot
    qtbot.mouseClick(page.this_round.take_turn_button, Qt.MouseButton.LeftButton)
    turn = visible_turn(qtbot, app.window)
    assert turn.step == "cover" and turn.geometry() == app.window.rect()
    assert turn.party.colour in turn.styleSheet()
    other = turn.party.other_name
    assert f"{other}, please look away" in _visible_text(app)
    click_turn_button(qtbot, turn)
    assert turn.step == "input"
    if before is not None:
        before(turn)
    for name, score in scores.items():
        qtbot.mouseClick(turn.content.findChild(ScoreChips, f"score-{name}").chip(score), Qt.MouseButton.LeftButton)
    field = turn.content.findChild(QPlainTextEdit, "checkin-note")
    field.setFocus()
    qtbot.keyClicks(field, note)
    qtbot.keyClick(field, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # seals, like the button
    qtbot.waitUntil(lambda: turn.step == "end")
    assert f"{other}, you can look again." in _visible_text(app)
    click_turn_button(qtbot, turn)
    qtbot.waitUntil(lambda: not turn.isVisible() if shiboken6.isValid(turn) else True)


def test_each_checks_in_in_their_own_turn_and_both_open_only_together(make_app, existing_vault):
    app = make_app()
    page = _open(app, PartnerSlot.A)
    qtbot = app.qtbot
    assert "is due" in page.round_label.text()
    assert not page.reveal.isVisible()
    _check_in_my_turn(app, page, {"trust": 9}, MARKER)
    qtbot.waitUntil(lambda: "sealed" in page.round_label.text())
    assert page.this_round.take_turn_button.text() == "Change my answer"
    assert not page.reveal.isVisible()
    assert page.past.rowCount() == 0  # a round only one of them answered is not a past round yet
    app.flow.lock()

    page = _open(app, PartnerSlot.B)
    assert "Rosa has checked in" in page.round_label.text()
    assert MARKER not in _visible_text(app)

    def nothing_of_rosas(turn) -> None:  # Mei's turn starts fresh: Rosa's sealed answer is nowhere
        assert turn.party.name == "Mei" and MARKER not in _visible_text(app)
        assert turn.content.findChild(ScoreChips, "score-trust").value() == 5

    _check_in_my_turn(app, page, {"fun": 3}, "", before=nothing_of_rosas)
    qtbot.waitUntil(lambda: "both checked in" in page.round_label.text())
    assert not page.this_round.take_turn_button.isVisible()

    # Revealed together: nothing shows until each has confirmed on their own tile.
    reveal = page.reveal
    qtbot.waitUntil(lambda: reveal.isVisible() and not reveal.revealed)
    assert MARKER not in _visible_text(app)
    qtbot.mouseClick(reveal.tiles[PartnerSlot.A.value], Qt.MouseButton.LeftButton)
    assert not reveal.revealed and MARKER not in _visible_text(app)
    qtbot.mouseClick(reveal.tiles[PartnerSlot.B.value], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: reveal.revealed)
    rosa, mei = reveal.answer_text(PartnerSlot.A.value), reveal.answer_text(PartnerSlot.B.value)
    assert "Trust: 9" in rosa and MARKER in rosa
    assert "Fun: 3" in mei and "Trust: 5" in mei
    cards = [reveal.answers_page.findChild(QFrame, f"reveal-answer-{slot.value}") for slot in (PartnerSlot.B,
                                                                                               PartnerSlot.A)]
    assert cards[0].geometry().right() < cards[1].geometry().left(), "side by side, mine first"
    assert MEI.colour in cards[0].styleSheet() and ROSA.colour in cards[1].styleSheet()

    # "What surprised you?" is one click from the agenda.
    assert reveal.surprise.text().startswith("What surprised us in our check-in of")
    qtbot.mouseClick(reveal.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "agenda" in reveal.added.text() and page.agenda.rowCount() == 1)
    assert "What surprised us" in page.agenda.index(0).data()

    assert page.past.rowCount() == 1  # the round both answered, with what each said
    past = page.past.index(0).data()
    assert "Mei: 4.6" in past and f"Rosa: 5.8 · “{MARKER}”" in past
    data = page.chart.data
    assert data is not None and len(data.points) == 1
    point = data.points[0]
    assert point.a == (5 + 5 + 9 + 5 + 5) / 5 and point.b == (5 + 5 + 5 + 5 + 3) / 5
    page.dimension.setCurrentIndex(page.dimension.findData("trust"))
    assert page.chart.data.points[0].gap == 4
    assert page.chart.describe().startswith("One check-in on")


def test_stepping_back_from_the_turn_seals_nothing(make_app, existing_vault):
    app = make_app()
    page = _open(app, PartnerSlot.A)
    app.qtbot.mouseClick(page.this_round.take_turn_button, Qt.MouseButton.LeftButton)
    turn = visible_turn(app.qtbot, app.window)
    app.qtbot.mouseClick(turn.cover_page.findChild(QPushButton, "turn-back"), Qt.MouseButton.LeftButton)
    app.qtbot.waitUntil(lambda: page.this_round.turn is None)
    assert "is due" in page.round_label.text()
    session = app.flow._session
    assert not app.run_on_vault_thread(lambda: session.checkins.status().i_answered)


def test_agenda_topic_and_the_weekly_check_in_conversation(make_app, existing_vault):
    app = make_app()
    page = _open(app, PartnerSlot.A)
    qtbot = app.qtbot
    type_text(qtbot, page.topic, "Evening routine")
    qtbot.keyClick(page.topic, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.agenda.rowCount() == 1)
    assert "Evening routine" in page.agenda.index(0).data()
    qtbot.mouseClick(page.talk, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: app.flow.home.current_section() == "conversations")
    conversations = app.flow.home.pages.currentWidget()
    qtbot.waitUntil(lambda: conversations.resume_banner.isVisibleTo(conversations))
