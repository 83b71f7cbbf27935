from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QPlainTextEdit, QWidget

from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.ui.planner.ideas_tab import IdeasTab
from lifeline_desktop.ui.planner.page import PlannerPage
from tests.ui.conftest import QT_WAIT_MS


def open_planner(app: Any, slot: PartnerSlot = PartnerSlot.A) -> PlannerPage:
    app.unlock_as(slot)
    home = app.flow.home
    home.show_section(2)
    page = home.pages.currentWidget()
    assert isinstance(page, PlannerPage)
    ideas_shown_for_filter(app.qtbot, page.ideas)
    app.wait_idle()
    return page


def ideas_shown_for_filter(qtbot: Any, ideas: IdeasTab, timeout: int = QT_WAIT_MS) -> None:
    """Wait until the list shows the ideas of the filter as the widgets now stand.

    Never a count: after three filter changes the list passes through the first and second filters' results, which
    a "fewer than N" test would accept too. Loads run one after another, so the last one shown is the one asked for.
    """
    wanted = ideas.idea_filter()
    if ideas.shown_filter != wanted:
        with qtbot.waitSignal(ideas.shown, timeout=timeout, check_params_cb=lambda chosen: chosen == wanted):
            pass


def click(qtbot: Any, button: QAbstractButton) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _columns(model: QAbstractItemModel) -> int:
    return 1 if isinstance(model, QAbstractListModel) else model.columnCount(QModelIndex())


def every_text(root: QWidget) -> str:
    """All text a user could see or a screen reader could read in `root`: widgets and every model row."""
    parts: list[str] = []
    for widget in root.findChildren(QWidget):
        if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
            parts.append(widget.text())
        elif isinstance(widget, QPlainTextEdit):
            parts.append(widget.toPlainText())
        parts += [widget.toolTip(), widget.accessibleName()]
    for model in root.findChildren(QAbstractItemModel):
        for row in range(model.rowCount()):
            for column in range(model.columnCount()):
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    parts.append(str(model.index(row, column).data(role)))
    for attribute in ("ideas", "calendar", "wishes"):
        tab = getattr(root, attribute, None)
        for model_name in ("model", "agenda_model", "day_model", "mine_model", "drawn_model", "week_model"):
            model = getattr(tab, model_name, None)
            if model is not None:
                for row in range(model.rowCount()):
                    for column in range(_columns(model)):
                        parts.append(str(model.index(row, column).data(Qt.ItemDataRole.DisplayRole)))
                        parts.append(str(model.index(row, column).data(Qt.ItemDataRole.ToolTipRole)))
    return "\n".join(parts)


@pytest.fixture
def planner_app(make_app, existing_vault):
    return make_app()
