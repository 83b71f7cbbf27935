"""Typesets the keepsake's HTML into an A5 PDF, in memory (safe off the GUI thread: no widgets, nothing loaded)."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter

from lifeline_desktop.ui.common.safe_text import SafeDocument

PAGE_MARGINS_MM = 16


def keepsake_pdf_bytes(html: str, title: str) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A5))
    writer.setPageMargins(QMarginsF(PAGE_MARGINS_MM, PAGE_MARGINS_MM, PAGE_MARGINS_MM, PAGE_MARGINS_MM),
                          QPageLayout.Unit.Millimeter)
    writer.setTitle(title)
    writer.setCreator("Lifeline")
    document = SafeDocument()
    document.setDefaultFont(QFont("DejaVu Serif", 10))
    document.setHtml(html)
    document.print_(writer)
    del writer
    data: QByteArray = buffer.data()
    return bytes(data.data())
