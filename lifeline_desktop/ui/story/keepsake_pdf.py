"""Typesets the keepsake's HTML into an A5 PDF, in memory (safe off the GUI thread: no widgets, nothing loaded).

Pages are laid out by hand, so that the foot of every page can say the file is not encrypted (and its number)."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPageLayout, QPageSize, QPainter, QPdfWriter

from lifeline_desktop.services.reports.keepsake import PAGE_FOOTER
from lifeline_desktop.ui.common.safe_text import SafeDocument

PAGE_MARGINS_MM = 16
FOOTER_POINTS = 7


def keepsake_pdf_bytes(html: str, title: str, footer: str = PAGE_FOOTER) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A5))
    writer.setPageMargins(QMarginsF(PAGE_MARGINS_MM, PAGE_MARGINS_MM, PAGE_MARGINS_MM, PAGE_MARGINS_MM),
                          QPageLayout.Unit.Millimeter)
    writer.setTitle(title)
    writer.setCreator("Lifeline")
    document = SafeDocument()
    document.documentLayout().setPaintDevice(writer)  # points are the printer's points, not the screen's
    document.setDefaultFont(QFont("DejaVu Serif", 10))
    document.setHtml(html)
    footer_font = QFont("DejaVu Serif", FOOTER_POINTS)
    footer_font.setItalic(True)
    area = writer.pageLayout().paintRectPixels(writer.resolution())
    footer_height = QFontMetricsF(footer_font, writer).height() * 2.5
    page = QSizeF(area.width(), area.height() - footer_height)
    document.setPageSize(page)
    painter = QPainter(writer)
    try:
        for number in range(document.pageCount()):
            if number:
                writer.newPage()
            _paint_page(painter, document, page, number)
            painter.setFont(footer_font)
            painter.setPen(QColor("#6b6257"))
            foot = QRectF(0, page.height(), page.width(), footer_height)
            painter.drawText(foot, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom), footer)
            painter.drawText(foot, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom), str(number + 1))
    finally:
        painter.end()
    del writer
    data: QByteArray = buffer.data()
    return bytes(data.data())


def _paint_page(painter: QPainter, document: SafeDocument, page: QSizeF, number: int) -> None:
    painter.save()
    top = number * page.height()
    painter.translate(0, -top)
    document.drawContents(painter, QRectF(0, top, page.width(), page.height()))
    painter.restore()
