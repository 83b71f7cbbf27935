"""Paints one Journal list row: author colour and name, date, title, mood, tags, replies, the start of the text,
with the words searched for highlighted."""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetrics,
    QIcon,
    QPainter,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from lifeline_desktop.ui import defs
from lifeline_desktop.ui.common.text import date_time, fill
from lifeline_desktop.ui.icons import icon
from lifeline_desktop.ui.journal.list_model import SummaryRole

if TYPE_CHECKING:
    from lifeline_desktop.domain.partners import PartnerSlot
    from lifeline_desktop.services.journal.views import EntrySummary

REACTION_SYMBOLS = {"heart": "♥", "thank-you": "Thanks", "hug": "Hug", "smile": "☺"}


def highlighted(text: str, query: str) -> str:
    """`text` as HTML with each word of `query` marked (case-insensitive, any script)."""
    words = sorted({w for w in query.split() if w}, key=len, reverse=True)
    if not words:
        return html.escape(text)
    pattern = re.compile("|".join(re.escape(w) for w in words), re.IGNORECASE)
    out, last = [], 0
    for match in pattern.finditer(text):
        out.append(html.escape(text[last:match.start()]))
        out.append(f'<span style="background-color:{defs.HIGHLIGHT_COLOUR}; color:#000">'
                   f"{html.escape(match.group())}</span>")
        last = match.end()
    out.append(html.escape(text[last:]))
    return "".join(out)


def reactions_html(reactions: Iterable[Any], people: dict[PartnerSlot, tuple[str, str]]) -> tuple[str, str]:
    """Each reaction drawn in its sender's colour (the colour says who), and the same said in words."""
    t = QCoreApplication.translate
    words = {"heart": t("reactions", "a heart from %1"), "thank-you": t("reactions", "a thank-you from %1"),
             "hug": t("reactions", "a hug from %1"), "smile": t("reactions", "a smile from %1")}
    shown, said = [], []
    for reaction in reactions:
        name, colour = people[reaction.author]
        symbol = html.escape(REACTION_SYMBOLS.get(reaction.reaction, "•"))
        shown.append(f'<span style="color:{colour}; font-size:x-large; font-weight:600">{symbol}</span>')
        said.append(fill(words.get(reaction.reaction, "%1"), name))
    return "&nbsp;&nbsp;".join(shown), ", ".join(said)


def _short(text: str, limit: int = 110) -> str:
    """Two lines at most in a row of fixed height."""
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + "…"
def _fitted(text: str, metrics: QFontMetrics, width: int, lines: int) -> str:
    """At most `lines` lines of `text` at `width` (a row has one fixed height, so nothing may spill out of it)."""
    room = max(40, width) * lines - metrics.averageCharWidth() * 4 * (lines - 1)  # word wrapping wastes a little
    return metrics.elidedText(" ".join(text.split()), Qt.TextElideMode.ElideRight, room)


class EntryDelegate(QStyledItemDelegate):
    def __init__(self, people: dict[PartnerSlot, tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._people = people
        self.query = ""
        self._locks: dict[str, QIcon] = {}  # one lock per text colour, drawn on every private row

    def row_html(self, entry: EntrySummary, font: QFont | None = None, width: int = 10_000) -> str:
        name, colour = self._people[entry.author]
        when = date_time(entry.created_at.astimezone(), weekday=True)
        metrics = QFontMetrics(font or QFont())
        bold = QFont(font or QFont())
        bold.setBold(True)
        title_text = _fitted(entry.title or self.tr("Untitled entry"), QFontMetrics(bold), width - 60 * entry.unread, 1)
        title = highlighted(title_text, self.query)
        meta = [f'<span style="color:{colour}">●</span> <b>{html.escape(name)}</b>', html.escape(when)]
        if entry.private:
            meta.append(f"<b>{html.escape(self.tr('Just for me'))}</b>")
        if entry.mood:
            meta.append(html.escape(entry.mood))
        if entry.tags:
            meta.append(" ".join("#" + html.escape(tag) for tag in entry.tags))
        if entry.reply_count:
            replies = self.tr("%n replies", "", entry.reply_count)
            meta.append(html.escape(replies))
        if entry.reactions:
            meta.append(" ".join(REACTION_SYMBOLS.get(r, "•") for r in entry.reactions))
        new = ""
        if entry.unread:
            new = f' <span style="color:{defs.UNREAD_COLOUR}">● {html.escape(self.tr("new"))}</span>'

        return (f'<div style="font-size:small">{" · ".join(meta)}</div>'
                f'<div style="font-size:medium"><b>{title}</b>{new}</div>'
                f'<div>{highlighted(_fitted(entry.excerpt, metrics, width, 2), self.query)}</div>')

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QTextDocument:
        document = QTextDocument()
        document.setDocumentMargin(defs.SMALL_SPACING)
        document.setDefaultFont(option.font)
        entry = index.data(SummaryRole)
        width = option.rect.width() - 2 * defs.SMALL_SPACING
        document.setHtml(self.row_html(entry, option.font, width) if entry is not None else "")
        document.setTextWidth(max(100, option.rect.width()))
        return document

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget is not None else None
        option.text = ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        entry = index.data(SummaryRole)
        if entry is not None and entry.private:
            self._paint_private(painter, option)
        document = self._document(option, index)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        painter.save()
        rect = option.rect
        painter.translate(rect.topLeft())
        painter.setClipRect(QRectF(0, 0, rect.width(), rect.height()))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def _paint_private(self, painter: QPainter, option: QStyleOptionViewItem) -> None:
        """A tinted card with a lock in its corner: private is seen at a glance, not read in small print."""
        rect = option.rect
        if not option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(rect, QColor(*defs.PRIVATE_TINT))
        side = defs.SMALL_ICON_SIZE
        colour = option.palette.color(QPalette.ColorRole.Text).name()
        if colour not in self._locks:
            self._locks[colour] = icon("lock", colour)
        lock = self._locks[colour]
        corner = QRect(rect.right() - side - defs.SMALL_SPACING, rect.top() + defs.SMALL_SPACING, side, side)
        lock.paint(painter, corner)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        # one fixed height (the view uses uniform sizes): ten years of rows scroll without measuring each one
        lines = option.fontMetrics.lineSpacing() * 4  # who and when, the title, two lines of the entry
        return QSize(200, lines + defs.SMALL_SPACING * 4)
