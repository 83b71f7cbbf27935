"""The wish jar through the page: my partner's wishes never reach a widget before the draw; a draw reveals one."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QPushButton

from lifeline_desktop.domain.partners import PartnerSlot
from tests.ui.conftest import click_turn_button, type_text, visible_turn
from tests.ui.planner.conftest import click, every_text, open_planner

MARKER = "ROSA-WISH-MARKER a night at the lighthouse"


def wish_in_my_turn(app, page, text: str) -> None:
    """A wish is written in its author's own turn, on a screen in their colour, with a clear end."""
    click(app.qtbot, page.wishes.add_button)
    turn = visible_turn(app.qtbot, app.window)
    assert turn.geometry() == app.window.rect()
    click_turn_button(app.qtbot, turn)
    type_text(app.qtbot, turn.content.findChild(QLineEdit, "turn-text"), text)
    click(app.qtbot, turn.content.findChild(QPushButton, "turn-done"))
    app.qtbot.waitUntil(lambda: turn.step == "end")
    click_turn_button(app.qtbot, turn)


def draw_together(qtbot, page) -> None:
    """Nothing is drawn until both have confirmed on their own tile."""
    rows = page.wishes.drawn_model.rowCount()
    click(qtbot, page.wishes.draw_button)
    together = page.wishes.together
    qtbot.waitUntil(together.isVisible)
    tiles = list(together.tiles.values())
    click(qtbot, tiles[0])
    assert together.isVisible() and page.wishes.drawn_model.rowCount() == rows, "drawn by one partner alone"
    click(qtbot, tiles[1])
    qtbot.waitUntil(lambda: not together.isVisible())


def test_wishes_stay_private_until_drawn_and_a_draw_reveals_one_as_a_plan(planner_app, qtbot) -> None:
    page = open_planner(planner_app, PartnerSlot.A)
    page.tabs.setCurrentWidget(page.wishes)
    wish_in_my_turn(planner_app, page, MARKER)
    qtbot.waitUntil(lambda: page.wishes.mine_model.rowCount() == 1)
    assert MARKER in every_text(page)
    planner_app.flow.switch_partner()

    page = open_planner(planner_app, PartnerSlot.B)
    qtbot.waitUntil(lambda: "1 of Rosa's" in page.wishes.jar.text())
    for tab in (page.ideas, page.calendar, page.wishes):
        page.tabs.setCurrentWidget(tab)
    assert "ROSA-WISH-MARKER" not in every_text(page)
    assert "ROSA-WISH-MARKER" not in every_text(planner_app.window)
    draw_together(qtbot, page)
    qtbot.waitUntil(lambda: "one of Rosa's wishes" in page.wishes.revealed.text())
    assert "ROSA-WISH-MARKER" not in every_text(planner_app.window)
    planner_app.flow.switch_partner()

    # Rosa's next unlock reveals it to both of them, as a plan.
    page = open_planner(planner_app, PartnerSlot.A)
    qtbot.waitUntil(lambda: any(w.text == MARKER for w in page.wishes.drawn_model.rows()))
    qtbot.waitUntil(lambda: any(o.from_wish for o in page.calendar.agenda_model.rows()))
    planner_app.flow.switch_partner()
    page = open_planner(planner_app, PartnerSlot.B)
    qtbot.waitUntil(lambda: any(w.text == MARKER for w in page.wishes.drawn_model.rows()))


def test_drawing_my_own_wish_reveals_it_at_once(planner_app, qtbot) -> None:
    page = open_planner(planner_app)
    page.tabs.setCurrentWidget(page.wishes)
    assert page.wishes.drawn_empty.showing and "Nothing drawn yet" in page.wishes.drawn_empty.text()
    wish_in_my_turn(planner_app, page, "Learn to waltz")
    qtbot.waitUntil(lambda: page.wishes.draw_button.isEnabled())
    draw_together(qtbot, page)
    qtbot.waitUntil(lambda: "From the jar: “Learn to waltz”" in page.wishes.revealed.text())
    qtbot.waitUntil(lambda: any(o.title == "Learn to waltz" for o in page.calendar.agenda_model.rows()))
    qtbot.waitUntil(lambda: not page.wishes.drawn_empty.showing)
    qtbot.waitUntil(lambda: not page.wishes.draw_button.isEnabled())
