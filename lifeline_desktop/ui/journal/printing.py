"""Printing chosen entries through the system print dialog (the document is built off the GUI thread)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from lifeline_desktop.ui.common.safe_text import markdown_document
from lifeline_desktop.ui.workers import Runner

if TYPE_CHECKING:
    from lifeline_desktop.domain.partners import PartnerSlot
    from lifeline_desktop.services.journal.service import JournalService


def print_entries(parent: QWidget, runner: Runner, journal: JournalService, names: dict[PartnerSlot, str],
                  ids: list[int], today: date) -> None:
    def work() -> str:
        from lifeline_desktop.services.journal.export import entries_markdown

        return entries_markdown(journal.export_entries(ids, include_private=True), names, today)

    def ready(markdown: str) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, parent)
        dialog.setWindowTitle(parent.tr("Print entries"))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            markdown_document(markdown).print_(printer)

    runner.run(work, ready, lambda _e: None, owner=parent)
