"""Finds layout faults in a shown window: clipped text, squashed fields, overlapping siblings and sideways scrolling.

Used by tests/ui/test_layouts_fit.py and scripts/fit_screenshots.py. Only visible widgets count. A widget's text
"fits" when the font's horizontal advance of its visible text is no wider than the room inside its margins.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QRubberBand,
    QScrollBar,
    QSizeGrip,
    QStyle,
    QStyleOptionButton,
    QStyleOptionComboBox,
    QStyleOptionFrame,
    QTabBar,
    QTabWidget,
    QToolButton,
    QWidget,
)

SLACK = 1  # a pixel of rounding
_DIRECT = Qt.FindChildOption.FindDirectChildrenOnly
_IGNORED_OVERLAY = (QRubberBand, QSizeGrip, QScrollBar)


def _name(widget: QWidget) -> str:
    chain = []
    w: QWidget | None = widget
    while w is not None and len(chain) < 4:
        chain.append(w.objectName() or type(w).__name__)
        w = w.parentWidget()
    return "/".join(reversed(chain))


def _visible(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0 and widget.height() > 0


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _button_room(button: QAbstractButton) -> tuple[int, int]:
    """(needed, had) for a button's text, counting the room its icon and frame take."""
    text = _plain(button.text())
    metrics = button.fontMetrics()
    needed = metrics.horizontalAdvance(text)
    style = button.style()
    if isinstance(button, QToolButton):
        if button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly:
            return 0, 0
        extra = 4
        if not button.icon().isNull() and button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon:
            extra += button.iconSize().width() + 4
        return needed + extra, button.width()
    if isinstance(button, (QCheckBox, QRadioButton)):
        indicator = style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, button)
        spacing = style.pixelMetric(QStyle.PixelMetric.PM_CheckBoxLabelSpacing, None, button)
        return needed + indicator + spacing, button.width()
    option = QStyleOptionButton()
    if isinstance(button, QPushButton):
        button.initStyleOption(option)
    margin = style.pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, option, button)
    icon = button.iconSize().width() + 4 if not button.icon().isNull() else 0
    # a push button's size hint counts the style sheet's padding, which the style's metrics leave out
    return max(needed + icon + margin, button.sizeHint().width()), button.width()


def _line_edit_room(edit: QLineEdit) -> tuple[int, int]:
    """(needed, had) for the text a line edit shows (or its placeholder when empty)."""
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    contents = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit)
    margins = edit.textMargins()
    text = edit.displayText() or edit.placeholderText()
    # QLineEdit keeps a 2px margin either side of its text inside the contents rect
    return edit.fontMetrics().horizontalAdvance(text), contents.width() - margins.left() - margins.right() - 4


def _clipped(widget: QWidget) -> str | None:
    if isinstance(widget, QAbstractButton):
        if not widget.text():
            return None
        needed, had = _button_room(widget)
        text = widget.text()
    elif isinstance(widget, QLabel):
        text = widget.text()
        has_picture = not widget.pixmap().isNull()
        if not text or widget.wordWrap() or "\n" in text or "<" in text or has_picture:
            return None
        margins = widget.contentsMargins()
        needed = widget.fontMetrics().horizontalAdvance(text) + 2 * widget.margin()
        had = widget.width() - margins.left() - margins.right()
    elif isinstance(widget, QComboBox):
        text = widget.currentText()
        if not text:
            return None
        option = QStyleOptionComboBox()
        widget.initStyleOption(option)
        field = widget.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                              QStyle.SubControl.SC_ComboBoxEditField, widget)
        needed, had = widget.fontMetrics().horizontalAdvance(text), field.width()
    elif isinstance(widget, QLineEdit):
        text = widget.displayText() or widget.placeholderText()
        if not text:
            return None
        needed, had = _line_edit_room(widget)
    else:
        return None
    if needed > had + SLACK:
        return f"{type(widget).__name__} {_name(widget)} {text!r}: needs {needed}px, has {had}px"
    return None


def _squashed(widget: QWidget) -> str | None:
    """A field or button pressed lower than it can draw itself (a page taller than the window, with no scrolling)."""
    if not isinstance(widget, QLineEdit | QAbstractButton | QComboBox):
        return None
    needed = widget.minimumSizeHint().height()
    if widget.height() + SLACK < needed:
        return f"{type(widget).__name__} {_name(widget)}: squashed to {widget.height()}px, needs {needed}px"
    return None


def _tabs_clipped(bar: QTabBar) -> Iterator[str]:
    if bar.elideMode().value != 3 or bar.usesScrollButtons():  # ElideNone; scroll arrows mean hidden tabs
        scroller = [b for b in bar.findChildren(QToolButton) if b.isVisible()]
        if scroller:
            yield f"QTabBar {_name(bar)}: tabs do not fit, scroll arrows shown"
    for index in range(bar.count()):
        text = _plain(bar.tabText(index))
        needed = bar.fontMetrics().horizontalAdvance(text)
        had = bar.tabRect(index).width() - 8
        if not bar.tabIcon(index).isNull():
            had -= bar.iconSize().width()
        if needed > had + SLACK:
            yield f"QTabBar tab {_name(bar)} {text!r}: needs {needed}px, has {had}px"


def _overlaps(parent: QWidget) -> Iterator[str]:
    children = [c for c in parent.findChildren(QWidget, options=_DIRECT) if _visible(c) and not c.isWindow()]
    children = [c for c in children if c.parentWidget() is parent and not isinstance(c, _IGNORED_OVERLAY)]
    for i, first in enumerate(children):
        for second in children[i + 1:]:
            shared: QRect = first.geometry().intersected(second.geometry())
            if shared.width() > SLACK and shared.height() > SLACK:
                yield (f"overlap in {_name(parent)}: {type(first).__name__} {first.objectName()!r} and "
                       f"{type(second).__name__} {second.objectName()!r} share {shared.width()}x{shared.height()}")


def faults(root: QWidget) -> list[str]:
    """Every layout fault among root's visible descendants (root included)."""
    found: list[str] = []
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if not _visible(widget) or widget.window() is not root.window():
            continue
        found.extend(problem for problem in (_clipped(widget), _squashed(widget)) if problem is not None)
        if isinstance(widget, QTabBar):
            found.extend(_tabs_clipped(widget))
        if isinstance(widget, QAbstractScrollArea) and widget.horizontalScrollBar().isVisible():
            found.append(f"horizontal scrollbar on {type(widget).__name__} {_name(widget)}")
        if not isinstance(widget, (QAbstractScrollArea, QTabBar, QComboBox)):
            found.extend(_overlaps(widget))
    return found


def tab_widgets(root: QWidget) -> list[QTabWidget]:
    return [t for t in root.findChildren(QTabWidget) if t.isVisible()]


def walk_tabs(root: QWidget) -> Iterator[str]:
    """Shows each tab of each visible tab widget in turn (nested ones too); yields a label for each state."""
    yield "first tab"
    seen: set[int] = set()
    pending = tab_widgets(root)
    while pending:
        tabs = pending.pop(0)
        if id(tabs) in seen:
            continue
        seen.add(id(tabs))
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            QApplication.processEvents()
            yield f"tab {_plain(tabs.tabText(index))!r}"
            pending.extend(t for t in tab_widgets(tabs) if id(t) not in seen)




def select_first_items(root: QWidget) -> None:
    """Selects the first row of each visible list or table under root that has none, so detail panes show."""
    for view in root.findChildren(QAbstractItemView):
        model = view.model()
        if view.isVisible() and model is not None and model.rowCount() > 0 and not view.currentIndex().isValid():
            view.setCurrentIndex(model.index(0, 0))
    QApplication.processEvents()
