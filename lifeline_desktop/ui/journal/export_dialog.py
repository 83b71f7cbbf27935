"""Export chosen entries (or a date range) to Markdown or PDF, or print them. The file is not encrypted: the
dialog says so before anything is written, and private entries need an explicit second yes."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QDate, QIODevice, QMarginsF, Signal
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QWidget,
)

from lifeline_desktop.ui import defs
from lifeline_desktop.ui.common.dialogs import ask
from lifeline_desktop.ui.common.layout import STRETCH, form, hbox, vbox
from lifeline_desktop.ui.common.messages import describe
from lifeline_desktop.ui.common.progress import file_progress
from lifeline_desktop.ui.common.safe_text import markdown_document
from lifeline_desktop.ui.common.text import fill
from lifeline_desktop.ui.operations import Operations

if TYPE_CHECKING:
    from lifeline_desktop.domain.partners import PartnerSlot
    from lifeline_desktop.services.journal.service import JournalService
    from lifeline_desktop.services.session import Session


def pdf_bytes(markdown: str) -> bytes:
    """Typesets Markdown to PDF in memory (safe off the GUI thread: no widgets, nothing loaded from outside)."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout.Unit.Millimeter)
    writer.setTitle("Journal")
    writer.setCreator("Lifeline")
    document = markdown_document(markdown)
    document.print_(writer)
    del writer
    data: QByteArray = buffer.data()
    return bytes(data.data())


def export_work(journal: JournalService, names: dict[PartnerSlot, str], ids: list[int], include_private: bool,
                path: Path, as_pdf: bool, today: date) -> Path:
    from lifeline_desktop.services.journal.export import entries_markdown, write_export

    markdown = entries_markdown(journal.export_entries(ids, include_private=include_private), names, today)
    write_export(path, pdf_bytes(markdown) if as_pdf else markdown.encode("utf-8"))
    return path


class ExportDialog(QDialog):
    exported = Signal(object)

    def __init__(self, ops: Operations, journal: JournalService, names: dict[PartnerSlot, str],
                 selected_ids: list[int], private_space_open: bool, today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export entries"))
        self._ops, self._journal, self._names = ops, journal, names
        self._selected_ids, self._today = selected_ids, today
        dates = self._which_entries(selected_ids, today)
        self.format = QComboBox(self)
        self.format.addItem(self.tr("PDF document"), "pdf")
        self.format.addItem(self.tr("Markdown text"), "md")
        self.format.setAccessibleName(self.tr("File format"))
        self.include_private = QCheckBox(self.tr("Include my private entries"), self)
        self.include_private.setEnabled(private_space_open)
        where = self._save_as_row()
        self.warning = QLabel(self.tr("The exported file is not encrypted: anyone who can open the file can read "
                                      "it. Keep it somewhere private, or delete it when you are done."), self)
        self.warning.setWordWrap(True)
        self.warning.setProperty("role", "warning")
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        buttons = self._buttons()
        file_fields = form((self.tr("Format"), self.format), (self.tr("Save as"), where))
        layout = vbox(defs.SPACING, self.selected, dates, self.include_private, file_fields, self.warning,
                      self.status, buttons, parent=self)
        layout.unsetContentsMargins()  # the style's dialog margins
        self.setMinimumWidth(defs.FIELD_WIDTH * 2)

    def _which_entries(self, selected_ids: list[int], today: date) -> QHBoxLayout:
        """The entries chosen in the list, or every entry between two dates (this year so far, to begin with)."""
        self.selected = QRadioButton(fill(self.tr("The selected entries (%1)"), str(len(selected_ids))), self)
        self.selected.setEnabled(bool(selected_ids))
        self.by_dates = QRadioButton(self.tr("Every entry between"), self)
        (self.selected if selected_ids else self.by_dates).setChecked(True)
        self.since = QDateEdit(QDate(today.year, 1, 1), self)
        self.until = QDateEdit(QDate(today.year, today.month, today.day), self)
        for edit, name in ((self.since, self.tr("From")), (self.until, self.tr("Until"))):
            edit.setCalendarPopup(True)
            edit.setAccessibleName(name)
        return hbox(defs.SPACING, self.by_dates, self.since, QLabel(self.tr("and"), self), self.until)

    def _save_as_row(self) -> QHBoxLayout:
        self.path = QLineEdit(self)
        self.path.setAccessibleName(self.tr("Save as"))
        self.path.setPlaceholderText(self.tr("Where to save the file"))
        browse = QPushButton(self.tr("Choose…"), self)
        browse.clicked.connect(self.choose_path)
        return hbox(defs.SPACING, (self.path, 1), browse)

    def _buttons(self) -> QHBoxLayout:
        self.export_button = QPushButton(self.tr("Export"), self)
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start_export)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.reject)
        return hbox(defs.SPACING, STRETCH, close, self.export_button)

    def choose_path(self) -> None:
        pdf = self.format.currentData() == "pdf"
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export entries"), f"journal.{'pdf' if pdf else 'md'}",
                                              self.tr("PDF (*.pdf)") if pdf else self.tr("Markdown (*.md)"))
        if name:
            self.path.setText(name)

    def start_export(self) -> None:
        if not self.path.text().strip():
            self.status.setText(self.tr("Choose where to save the file first."))
            return
        if self.include_private.isChecked():
            ask(self, self.tr("Export private entries?"),
                self.tr("Your private entries will be written to a file that is not encrypted."),
                self.tr("Export them"), self.export, no_text=self.tr("Go back"))
        else:
            self.export()

    def export(self) -> None:
        from lifeline_desktop.services.journal.views import JournalFilter

        names, today = self._names, self._today
        path, as_pdf = Path(self.path.text().strip()), self.format.currentData() == "pdf"
        include_private = self.include_private.isChecked()
        chosen = list(self._selected_ids) if self.selected.isChecked() else None
        since = date(self.since.date().year(), self.since.date().month(), self.since.date().day())
        until = date(self.until.date().year(), self.until.date().month(), self.until.date().day())

        def work(s: Session) -> Path:
            ids = chosen if chosen is not None else s.journal.entry_ids(JournalFilter(since=since, until=until))
            return export_work(s.journal, names, ids, include_private, path, as_pdf, today)

        self.export_button.setEnabled(False)
        self.status.setText(self.tr("Writing the file…"))
        self.progress = file_progress(self, self.tr("Writing the file…"))
        self._ops.query(work, self.progress.then(self._done), self.progress.then(self._failed), owner=self,
                        progress=self.progress.moved)

    def _done(self, path: Path) -> None:
        self.export_button.setEnabled(True)
        self.status.setText(fill(self.tr("Saved to %1. Remember: this file is not encrypted."), str(path)))
        self.exported.emit(path)

    def _failed(self, error: BaseException) -> None:
        self.export_button.setEnabled(True)
        self.status.setText(describe(error))
