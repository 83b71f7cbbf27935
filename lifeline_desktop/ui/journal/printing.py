"""Printing chosen entries through the system print dialog (the document is built off the GUI thread)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from lifeline_desktop.ui.common.safe_text import markdown_document
from lifeline_desktop.ui.operations import Operations

if TYPE_CHECKING:
    from lifeline_desktop.domain.partners import PartnerSlot
    from lifeline_desktop.services.session import Session


def print_entries(parent: QWidget, ops: Operations, names: dict[PartnerSlot, str], ids: list[int],
                  today: date, failed: Callable[[BaseException], None] | None = None) -> None:
    """Builds the document off the GUI thread, then opens the print dialog. A failure goes to `failed`, or else
    to the page's message line (the operations' fallback)."""

    def work(session: Session) -> str:
        from lifeline_desktop.services.journal.export import entries_markdown

        return entries_markdown(session.journal.export_entries(ids, include_private=True), names, today)

    def ready(markdown: str) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, parent)
        dialog.setWindowTitle(parent.tr("Print entries"))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            markdown_document(markdown).print_(printer)

    ops.query(work, ready, failed, owner=parent)
