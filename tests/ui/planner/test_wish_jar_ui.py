"""The wish jar through the page: my partner's wishes never reach a widget before the draw; a draw reveals one."""

from __future__ import annotations

from lifeline_desktop.domain.partners import PartnerSlot
from tests.ui.conftest import type_text
from tests.ui.planner.conftest import click, every_text, open_planner

MARKER = "ROSA-WISH-MARKER a night at the lighthouse"


def test_wishes_stay_private_until_drawn_and_a_draw_reveals_one_as_a_plan(planner_app, qtbot) -> None:
    page = open_planner(planner_app, PartnerSlot.A)
    page.tabs.setCurrentWidget(page.wishes)
    type_text(qtbot, page.wishes.wish, MARKER)
    click(qtbot, page.wishes.add_button)
    qtbot.waitUntil(lambda: page.wishes.mine_model.rowCount() == 1)
    assert MARKER in every_text(page)
    planner_app.flow.switch_partner()

    page = open_planner(planner_app, PartnerSlot.B)
    qtbot.waitUntil(lambda: "1 of Rosa's" in page.wishes.jar.text())
    for tab in (page.ideas, page.calendar, page.wishes):
        page.tabs.setCurrentWidget(tab)
    assert "ROSA-WISH-MARKER" not in every_text(page)
    assert "ROSA-WISH-MARKER" not in every_text(planner_app.window)
    click(qtbot, page.wishes.draw_button)
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
    type_text(qtbot, page.wishes.wish, "Learn to waltz")
    click(qtbot, page.wishes.add_button)
    qtbot.waitUntil(lambda: page.wishes.draw_button.isEnabled())
    click(qtbot, page.wishes.draw_button)
    qtbot.waitUntil(lambda: "From the jar: “Learn to waltz”" in page.wishes.revealed.text())
    qtbot.waitUntil(lambda: any(o.title == "Learn to waltz" for o in page.calendar.agenda_model.rows()))
    qtbot.waitUntil(lambda: not page.wishes.draw_button.isEnabled())
