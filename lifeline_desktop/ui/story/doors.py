"""The doors in and out of the vault, on the Our story page: the keepsake book, bringing a journal in, and taking
everything out. What leaves the encryption asks for consent first: both partners for the book and the shared
archive, the owner alone for their private space."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lifeline_desktop.services.vault.consent import ConsentPurpose
from lifeline_desktop.ui import defs
from lifeline_desktop.ui.common.consent import ConsentFlow, ConsentParty
from lifeline_desktop.ui.common.flow import flow_box
from lifeline_desktop.ui.common.layout import hbox
from lifeline_desktop.ui.common.progress import file_progress
from lifeline_desktop.ui.common.text import fill, medium_date
from lifeline_desktop.ui.operations import Operations
from lifeline_desktop.ui.story.import_dialog import ImportDialog

if TYPE_CHECKING:
    from lifeline_desktop.services.session import Session

TITLE_CHARS = 14  # the keepsake title field shows about this many characters before it gives way

PathChooser = Callable[[str, str], Path | None]  # (suggested file name, filter) -> chosen path or None


def ask_for_path(parent: QWidget) -> PathChooser:
    def choose(name: str, file_filter: str) -> Path | None:
        chosen, _ = QFileDialog.getSaveFileName(parent, parent.tr("Save as"), str(Path.home() / name), file_filter)
        return Path(chosen) if chosen else None

    return choose


class StoryDoors(QGroupBox):
    said = Signal(str)

    def __init__(self, session: Session, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(self_title(), parent)
        self._session: Session | None = session
        self._ops = ops
        self.choose_path: PathChooser = ask_for_path(self)
        today = session.milestones.today()
        self.since = QDateEdit(QDate(today.year - 1, today.month, min(today.day, 28)), self)
        self.until = QDateEdit(QDate(today.year, today.month, today.day), self)
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d MMM yyyy")
        self.book_title = QLineEdit(self.tr("Our year"), self)
        self.book_title.setObjectName("keepsake-title")
        self.book_title.setAccessibleName(self.tr("The keepsake book's title"))
        self.keepsake = QPushButton(self.tr("Make our keepsake book…"), self)
        self.keepsake.setObjectName("keepsake-make")
        self.keepsake.clicked.connect(self.make_keepsake)
        self.bring_in = QPushButton(self.tr("Bring a journal in…"), self)
        self.bring_in.setObjectName("import-open")
        self.bring_in.clicked.connect(self.open_import)
        self.take_all = QPushButton(self.tr("Take everything with you…"), self)
        self.take_all.setObjectName("export-shared")
        self.take_all.clicked.connect(lambda: self.export(private=False))
        self.take_mine = QPushButton(self.tr("Export my private space…"), self)
        self.take_mine.setObjectName("export-private")
        self.take_mine.clicked.connect(lambda: self.export(private=True))
        self.book_title.setMinimumWidth(self.book_title.fontMetrics().averageCharWidth() * TITLE_CHARS)
        layout = QVBoxLayout(self)
        layout.addWidget(flow_box(self, _labelled(self, self.tr("From"), self.since),
                                  _labelled(self, self.tr("to"), self.until),
                                  self.book_title, self.keepsake))
        layout.addWidget(flow_box(self, self.bring_in, self.take_all, self.take_mine))
        self.flow: ConsentFlow | None = None

    # --- consent ------------------------------------------------------------------------------------------------

    def _parties(self, both: bool) -> list[ConsentParty]:
        session = self._session
        assert session is not None
        me = ConsentParty(session.partner, session.partner_name, session.other_name, session.partner_colour)
        other = ConsentParty(session.partner.other, session.other_name, session.partner_name, session.other_colour)
        return sorted([me, other], key=lambda p: p.slot.value) if both else [me]

    def _with_consent(self, purpose: ConsentPurpose, what: str, then: Callable[[tuple[Any, ...]], None]) -> None:
        session = self._session
        if session is None:
            return
        flow = ConsentFlow(self._ops, self._parties(purpose is not ConsentPurpose.PRIVATE_EXPORT), what,
                           lambda slot, passphrase: session.verify_partner_passphrase(slot, passphrase, purpose),
                           self)
        flow.agreed.connect(then)
        flow.declined.connect(lambda: self.said.emit(self.tr("Nothing was made: one of you said not now.")))
        self.flow = flow
        flow.start(self.window())

    # --- the doors ----------------------------------------------------------------------------------------------

    def make_keepsake(self) -> None:
        since, until = _day(self.since.date()), _day(self.until.date())
        title = self.book_title.text()
        what = fill(self.tr("A printable book of what you shared from %1 to %2: entries, notes, plans that happened, "
                       "conversations and milestones, nothing private. The PDF file is not encrypted: anyone who "
                       "can open it can read it."), medium_date(since), medium_date(until))
        self._with_consent(ConsentPurpose.KEEPSAKE, what, lambda consents: self._save_keepsake(
            consents, since, until, title))

    def _save_keepsake(self, consents: tuple[Any, ...], since: date, until: date, title: str) -> None:
        session, path = self._session, self.choose_path("our-year.pdf", "PDF (*.pdf)")
        if session is None or path is None:
            return

        def work(session: Session) -> Path:
            from lifeline_desktop.services.journal.export import write_export
            from lifeline_desktop.services.reports.keepsake import collect_keepsake, keepsake_html
            from lifeline_desktop.ui.story.keepsake_pdf import keepsake_pdf_bytes

            book = collect_keepsake(session, since, until, consents, title)
            write_export(path, keepsake_pdf_bytes(keepsake_html(book), book.title))
            return path

        self.said.emit(self.tr("Making the book…"))
        progress = file_progress(self, self.tr("Making the book…"))
        self._ops.query(work, progress.then(self._saved), progress.then(self._failed), owner=self)

    def export(self, *, private: bool) -> None:
        purpose = ConsentPurpose.PRIVATE_EXPORT if private else ConsentPurpose.SHARED_EXPORT
        what = (self.tr("Your private entries, as JSON and Markdown in a .zip. Only yours: nobody else's words. "
                        "The file is not encrypted.") if private else
                self.tr("Everything you share in Lifeline, as JSON and Markdown in a .zip, to keep or to take "
                        "elsewhere. Nobody's private space is in it. The file is not encrypted."))
        self._with_consent(purpose, what, lambda consents: self._save_archive(consents, private))

    def _save_archive(self, consents: tuple[Any, ...], private: bool) -> None:
        session = self._session
        path = self.choose_path("lifeline-private.zip" if private else "lifeline-archive.zip", "Zip (*.zip)")
        if session is None or path is None:
            return
        progress = file_progress(self, self.tr("Writing the file…"))
        self._ops.query(lambda s: s.archive.export(path, consents, private=private, as_zip=True),
                        progress.then(self._saved), progress.then(self._failed), owner=self)

    def open_import(self) -> ImportDialog | None:
        session = self._session
        if session is None:
            return None
        dialog = ImportDialog(session, self._ops, self)
        dialog.finished_with.connect(self.said)
        dialog.open()
        self.import_dialog = dialog
        return dialog

    def _saved(self, path: Path) -> None:
        self.said.emit(fill(self.tr("Saved to %1. Remember: this file is not encrypted."), str(path)))

    def _failed(self, error: BaseException) -> None:
        from lifeline_desktop.ui.common.messages import describe

        self.said.emit(describe(error))

    def release(self) -> None:
        self._session = None


def self_title() -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("StoryDoors", "Keep it, bring it in, take it with you")


def _labelled(parent: QWidget, text: str, field: QWidget) -> QWidget:
    """A field with its label before it, kept together when a flow row wraps."""
    pair = QWidget(parent)
    hbox(defs.SMALL_SPACING, QLabel(text, pair), field, parent=pair)
    return pair


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())

