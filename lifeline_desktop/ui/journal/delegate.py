"""Paints one Journal list row: author colour and name, date, title, mood, tags, replies, the start of the text,
with the words searched for highlighted."""

from __future__ import annotations

import html
import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize
from PySide6.QtGui import QAbstractTextDocumentLayout, QColor, QIcon, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from lifeline_desktop.ui import defs
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


def _short(text: str, limit: int = 110) -> str:
    """Two lines at most in a row of fixed height."""
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + "…"


class EntryDelegate(QStyledItemDelegate):
    def __init__(self, people: dict[PartnerSlot, tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._people = people
        self.query = ""
        self._locks: dict[str, QIcon] = {}  # one lock per text colour, drawn on every private row

    def row_html(self, entry: EntrySummary) -> str:
        name, colour = self._people[entry.author]
        when = entry.created_at.astimezone().strftime("%a %d %b %Y, %H:%M")
        title = highlighted(entry.title or self.tr("Untitled entry"), self.query)
        meta = [f'<span style="color:{colour}">●</span> <b>{html.escape(name)}</b>', html.escape(when)]
        if entry.private:
            meta.append(f"<b>{html.escape(self.tr('Just for me'))}</b>")
        if entry.mood:
            meta.append(html.escape(entry.mood))
        if entry.tags:
            meta.append(" ".join("#" + html.escape(tag) for tag in entry.tags))
        if entry.reply_count:
            replies = self.tr("1 reply") if entry.reply_count == 1 else self.tr("%1 replies").replace(
                "%1", str(entry.reply_count))
            meta.append(html.escape(replies))
        if entry.reactions:
            meta.append(" ".join(REACTION_SYMBOLS.get(r, "•") for r in entry.reactions))
        new = ""
        if entry.unread:
            new = f' <span style="color:{defs.UNREAD_COLOUR}">● {html.escape(self.tr("new"))}</span>'

        return (f'<div style="font-size:small">{" · ".join(meta)}</div>'
                f'<div style="font-size:medium"><b>{title}</b>{new}</div>'
                f'<div>{highlighted(_short(entry.excerpt), self.query)}</div>')

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QTextDocument:
        document = QTextDocument()
        document.setDocumentMargin(defs.SMALL_SPACING)
        document.setDefaultFont(option.font)
        entry = index.data(SummaryRole)
        document.setHtml(self.row_html(entry) if entry is not None else "")
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
        lines = option.fontMetrics.lineSpacing() * 4
        return QSize(200, lines + defs.SMALL_SPACING * 3)
