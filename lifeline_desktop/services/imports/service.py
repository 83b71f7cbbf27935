"""Import, in two steps the UI can run off the GUI thread: read (nothing written), then write (all or nothing)."""

from __future__ import annotations

from pathlib import Path

from lifeline_desktop.domain.vocabulary import ImportDestination, ImportFormat
from lifeline_desktop.services.imports.dayone import read_day_one_export
from lifeline_desktop.services.imports.jrnl import read_jrnl_export
from lifeline_desktop.services.imports.markdown_folder import read_markdown_folder
from lifeline_desktop.services.imports.views import ImportBatch, ImportReport, Progress, ShouldStop
from lifeline_desktop.services.imports.writer import JournalImporter
from lifeline_desktop.services.vault.context import VaultContext

READERS = {ImportFormat.DAY_ONE: read_day_one_export, ImportFormat.JRNL: read_jrnl_export,
           ImportFormat.MARKDOWN: read_markdown_folder}


class ImportService:
    def __init__(self, context: VaultContext) -> None:
        self._writer = JournalImporter(context)

    def read(self, source: ImportFormat, path: Path) -> ImportBatch:
        """Reads the export and checks it; raises ImportRefused with a sentence when it cannot be imported."""
        return READERS[source](path)

    def write(self, batch: ImportBatch, destination: ImportDestination, progress: Progress | None = None,
              should_stop: ShouldStop | None = None) -> ImportReport:
        return self._writer.write(batch, destination, progress, should_stop)

    def import_file(self, source: ImportFormat, path: Path, destination: ImportDestination,
                    progress: Progress | None = None, should_stop: ShouldStop | None = None) -> ImportReport:
        return self.write(self.read(source, path), destination, progress, should_stop)
