"""Bring a journal in: Day One (.zip), jrnl (JSON), a folder of Markdown files, or a Lifeline archive.

Two steps, both off the GUI thread: read (nothing written; a clear sentence if the file cannot be imported), then,
once the partner saw what will come in and what will not (photos, other files), write it all in one transaction
under a progress dialog. Cancel stops it and nothing is left behind.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from lifeline_desktop.domain.vocabulary import ImportDestination, ImportFormat
from lifeline_desktop.services.imports.views import ImportBatch, ImportReport
from lifeline_desktop.ui.common.messages import MessageLine, describe
from lifeline_desktop.ui.common.progress import WorkProgress
from lifeline_desktop.ui.common.text import fill
from lifeline_desktop.ui.operations import JOURNAL, PLANNER, Operations, report_progress

if TYPE_CHECKING:
    from lifeline_desktop.services.session import Session

ARCHIVE = "lifeline-archive"
NOT_IMPORTED_SHOWN = 8
IMPORT_DIALOG_WIDTH = 600
ALL_FEATURES = frozenset({JOURNAL, PLANNER})


class ImportDialog(QDialog):
    finished_with = Signal(str)  # the closing sentence, for the page

    def __init__(self, session: Session, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import-dialog")
        self.setWindowTitle(self.tr("Bring a journal in"))
        self.setMinimumWidth(IMPORT_DIALOG_WIDTH)
        self._session = session
        self._ops = ops
        self.batch: ImportBatch | None = None
        self.stop = threading.Event()
        self.progress: WorkProgress | None = None
        form = self._build_source()
        self._build_destination(session.other_name)
        self.summary = QLabel(self)
        self.summary.setObjectName("import-summary")
        self.summary.setWordWrap(True)
        self.message = MessageLine(self)
        self.read_button = QPushButton(self.tr("Look inside"), self)
        self.read_button.setObjectName("import-read")
        self.read_button.clicked.connect(self.read)
        self.import_button = QPushButton(self.tr("Import"), self)
        self.import_button.setObjectName("import-go")
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.write)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.read_button, self.import_button, close):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.to_private)
        layout.addWidget(self.to_shared)
        layout.addWidget(self.summary)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.source.currentIndexChanged.connect(self._forget_batch)
        self.path.textChanged.connect(self._forget_batch)

    def _build_source(self) -> QFormLayout:
        self.source = QComboBox(self)
        self.source.setObjectName("import-source")
        for value, text in ((ImportFormat.DAY_ONE.value, self.tr("Day One (the .zip from Export > JSON)")),
                            (ImportFormat.JRNL.value, self.tr("jrnl (jrnl --export json)")),
                            (ImportFormat.MARKDOWN.value, self.tr("A folder of Markdown files")),
                            (ARCHIVE, self.tr("A Lifeline archive (into a new vault)"))):
            self.source.addItem(text, value)
        self.path = QLineEdit(self)
        self.path.setObjectName("import-path")
        browse = QPushButton(self.tr("Choose…"), self)
        browse.clicked.connect(self._browse)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("From"), self.source)
        form.addRow(self.tr("File or folder"), where)
        return form

    def _build_destination(self, other_name: str) -> None:
        self.to_private = QRadioButton(self.tr("Into my private space (only I can read them)"), self)
        self.to_private.setObjectName("import-private")
        self.to_shared = QRadioButton(fill(self.tr("Into our shared journal (%1 reads them too)"), other_name), self)
        self.to_shared.setObjectName("import-shared")
        self.to_private.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.to_private)
        group.addButton(self.to_shared)

    def _browse(self) -> None:
        if self.source.currentData() == ImportFormat.MARKDOWN.value:
            chosen = QFileDialog.getExistingDirectory(self, self.tr("The folder of Markdown files"))
        else:
            chosen, _ = QFileDialog.getOpenFileName(self, self.tr("The export"), "", "(*.zip *.json)")
        if chosen:
            self.path.setText(chosen)

    def _forget_batch(self) -> None:
        self.batch = None
        self.import_button.setEnabled(False)
        self.summary.setText("")

    def read(self) -> None:
        path, source = Path(self.path.text().strip()), self.source.currentData()
        if not self.path.text().strip():
            self.message.say(self.tr("Choose the file or folder first."))
            return
        self.message.say("")
        if source == ARCHIVE:
            self.summary.setText(self.tr("A Lifeline archive comes back whole into a new, empty vault."))
            self.import_button.setEnabled(True)
            return
        self._ops.query(lambda s: s.imports.read(ImportFormat(source), path), self._read, self._failed)

    def _read(self, batch: ImportBatch) -> None:
        self.batch = batch
        lines = [self.tr("%n entries ready to come in.", "", len(batch.entries))]
        if batch.not_imported:
            more = "…" if len(batch.not_imported) > NOT_IMPORTED_SHOWN else ""
            lines.append(fill(self.tr("Not imported (Lifeline keeps words only): %1"),
                              "; ".join(batch.not_imported[:NOT_IMPORTED_SHOWN]) + more))
        if batch.skipped:
            lines.append(fill(self.tr("Left out: %1"), "; ".join(batch.skipped[:NOT_IMPORTED_SHOWN])))
        self.summary.setText("\n".join(lines))
        self.import_button.setEnabled(bool(batch.entries))

    def write(self) -> None:
        batch = self.batch
        if self.source.currentData() == ARCHIVE:
            path = Path(self.path.text().strip())
            progress = WorkProgress(self, self.tr("Bringing the archive back…"), why_not=self.tr(
                "This cannot stop halfway: the archive goes in as a whole or not at all."))
            self._ops.change(lambda s: s.archive.restore(path), ALL_FEATURES, progress.then(self._restored),
                             progress.then(self._failed), owner=self)
            return
        if batch is None:
            return
        destination = ImportDestination.PRIVATE if self.to_private.isChecked() else ImportDestination.SHARED
        self.stop.clear()
        self.progress = WorkProgress(self, self.tr("Bringing your journal in…"), stop=self.stop)
        self.import_button.setEnabled(False)
        stop = self.stop
        self._ops.change(lambda s: s.imports.write(batch, destination, report_progress, stop.is_set), {JOURNAL},
                         self.progress.then(self._written), self.progress.then(self._failed), owner=self,
                         progress=self.progress.moved)

    def _written(self, report: ImportReport) -> None:
        self.progress = None
        text = report.summary()
        if report.duplicates:
            text += " " + fill(self.tr("Already in your journal: %1"),
                               "; ".join(report.duplicates[:NOT_IMPORTED_SHOWN]))
        self.summary.setText(text)
        self.batch = None
        self.finished_with.emit(text)

    def _restored(self, count: int) -> None:
        text = self.tr("The archive is back: %n items restored.", "", count)
        self.summary.setText(text)
        self.finished_with.emit(text)

    def _failed(self, error: BaseException) -> None:
        self.progress = None
        self.import_button.setEnabled(self.batch is not None)
        self.message.say(describe(error))
