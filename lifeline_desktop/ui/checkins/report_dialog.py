"""The counsellor report: choose what goes in, preview it, save it as a PDF (not encrypted, and it says so)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from lifeline_desktop.services.checkins.views import ReportChoice, TrendRange
from lifeline_desktop.services.journal.export import write_export
from lifeline_desktop.services.reports.counsellor import NOT_ENCRYPTED, counsellor_markdown, report_choices
from lifeline_desktop.ui.common.messages import describe
from lifeline_desktop.ui.common.progress import file_progress
from lifeline_desktop.ui.common.safe_text import markdown_document
from lifeline_desktop.ui.common.text import fill, sentence
from lifeline_desktop.ui.journal.export_dialog import pdf_bytes
from lifeline_desktop.ui.operations import Operations

if TYPE_CHECKING:
    from lifeline_desktop.services.session import Session


class ChoiceModel(QAbstractListModel):
    def __init__(self) -> None:
        super().__init__()
        self._rows: list[tuple[int, str]] = []
        self._checked: set[int] = set()

    def set_rows(self, rows: Sequence[tuple[int, str]]) -> None:
        self.beginResetModel()
        self._rows, self._checked = list(rows), set()
        self.endResetModel()

    def chosen(self) -> tuple[int, ...]:
        return tuple(item_id for item_id, _label in self._rows if item_id in self._checked)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        item_id, label = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return label
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if item_id in self._checked else Qt.CheckState.Unchecked
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: object,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        item_id = self._rows[index.row()][0]
        if value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value):
            self._checked.add(item_id)
        else:
            self._checked.discard(item_id)
        self.dataChanged.emit(index, index, [role])
        return True


class CounsellorReportDialog(QDialog):
    saved = Signal(object)

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("A report for your counsellor"))
        self._ops = ops
        self.markdown = ""
        intro = QLabel(self.tr("Choose what goes in. Only shared things can be chosen; private entries and private "
                               "notes never go into this report. Look at the preview before you save."), self)
        intro.setWordWrap(True)
        warning = QLabel(sentence(NOT_ENCRYPTED), self)
        warning.setWordWrap(True)
        warning.setProperty("role", "warning")
        warning.setObjectName("not-encrypted")
        self.range = QComboBox(self)
        self.range.setAccessibleName(self.tr("Check-in period"))
        for value, text in ((TrendRange.THREE_MONTHS, self.tr("Check-ins of the last 3 months")),
                            (TrendRange.YEAR, self.tr("Check-ins of the last year")),
                            (TrendRange.ALL, self.tr("All check-ins"))):
            self.range.addItem(text, value.value)
        self.entries = ChoiceModel()
        self.conversations = ChoiceModel()
        lists = self._choice_lists()  # made here, so Tab goes range, lists, preview, save
        self.preview_button = QPushButton(self.tr("Preview"), self)
        self.preview_button.setAccessibleName(self.tr("Preview the report"))
        self.preview_button.clicked.connect(self.preview)
        self.preview_view = QTextBrowser(self)
        self.preview_view.setOpenLinks(False)
        self.preview_view.setAccessibleName(self.tr("Report preview"))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(warning)
        layout.addWidget(self.range)
        layout.addLayout(lists, 1)
        layout.addWidget(self.preview_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.preview_view, 2)
        layout.addLayout(self._save_row())
        layout.addWidget(self.message)
        self.resize(820, 720)
        ops.query(report_choices, self._choices, self._failed)

    def _choice_lists(self) -> QHBoxLayout:
        lists = QHBoxLayout()
        for model, label in ((self.entries, self.tr("Shared journal entries")),
                             (self.conversations, self.tr("Conversations (shared notes)"))):
            column = QVBoxLayout()
            column.addWidget(QLabel(label, self))
            view = QListView(self)
            view.setModel(model)
            view.setAccessibleName(label)
            column.addWidget(view)
            lists.addLayout(column)
        return lists

    def _save_row(self) -> QHBoxLayout:
        self.path = QLineEdit(self)
        self.path.setPlaceholderText(self.tr("Where to save the PDF"))
        self.path.setAccessibleName(self.tr("PDF file"))
        browse = QPushButton(self.tr("Choose…"), self)
        browse.clicked.connect(self._choose)
        self.save_button = QPushButton(self.tr("Save PDF"), self)
        self.save_button.setAccessibleName(self.tr("Save the report as PDF"))
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save)
        save_row = QHBoxLayout()
        save_row.addWidget(self.path, 1)
        save_row.addWidget(browse)
        save_row.addWidget(self.save_button)
        return save_row

    def _choices(self, choices: tuple[Sequence[tuple[int, str]], Sequence[tuple[int, str]]]) -> None:
        self.entries.set_rows(choices[0])
        self.conversations.set_rows(choices[1])

    def choice(self) -> ReportChoice:
        return ReportChoice(TrendRange(self.range.currentData()), self.entries.chosen(), self.conversations.chosen())

    def preview(self) -> None:
        choice = self.choice()
        self._ops.query(lambda s: counsellor_markdown(s, choice), self._previewed, self._failed)

    def _previewed(self, markdown: str) -> None:
        self.markdown = markdown
        self.preview_view.setDocument(markdown_document(markdown))
        self.save_button.setEnabled(True)

    def _choose(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save the report"), "counsellor-report.pdf",
                                                    self.tr("PDF (*.pdf)"))
        if path:
            self.path.setText(path)

    def save(self) -> None:
        text = self.path.text().strip()
        if not text or not self.markdown:
            self.message.setText(self.tr("Preview the report and choose where to save it first."))
            return
        path = Path(text)
        markdown = self.markdown

        def work(_session: Session) -> Path:
            write_export(path, pdf_bytes(markdown))
            return path

        progress = file_progress(self, self.tr("Writing the file…"))
        self._ops.query(work, progress.then(self._saved), progress.then(self._failed), owner=self)

    def _saved(self, path: Path) -> None:
        self.message.setText(fill(self.tr("Saved to %1. Remember: this file is not encrypted."), str(path)))
        self.saved.emit(path)

    def _failed(self, error: BaseException) -> None:
        self.message.setText(describe(error))
