"""“Where these ideas come from”: the research whose shapes our scripts follow, in our words, with references.

Plain text only: a reference is something to look up, never a link the app opens (the app has no network).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from lifeline_desktop.services.credits.views import CreditedSource
from lifeline_desktop.ui import defs
from lifeline_desktop.ui.common.text import fill
from lifeline_desktop.ui.operations import Operations
from lifeline_desktop.ui.workers import user_message


class SourcesPage(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sources-page")
        self.setWindowTitle(self.tr("Where these ideas come from"))
        self.body = QWidget()
        self.rows = QVBoxLayout(self.body)
        self.rows.setSpacing(defs.SPACING)
        self.labels: list[QLabel] = []
        self.rows.addStretch(1)  # every label goes in above it
        self._label(self.tr("Where these ideas come from"), "title")
        self._label(self.tr(
            "Every word in our conversation scripts is our own. Many of their shapes, though, follow what "
            "researchers learned by listening to couples for years. Here is whose work they draw on, in a few "
            "plain lines each, with a reference for anyone who would like to read further."))
        self.loading = self._label(self.tr("Gathering the sources…"), "muted")
        scroll = QScrollArea(self)
        scroll.setWidget(self.body)
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # arrows and Page Down scroll the text
        scroll.setAccessibleName(self.tr("Sources"))
        self.scroller = scroll
        close = QPushButton(self.tr("Close"), self)
        close.setAccessibleName(self.tr("Close the sources page"))
        close.setDefault(True)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(close)
        outer = QVBoxLayout(self)
        outer.addWidget(scroll, 1)
        outer.addLayout(buttons)
        self.resize(760, 640)

    def _label(self, text: str, role: str = "") -> QLabel:
        label = QLabel(text, self.body)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)  # never a clickable link
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if role:
            label.setProperty("role", role)
        self.rows.insertWidget(self.rows.count() - 1, label)
        self.labels.append(label)
        return label

    def show_sources(self, sources: list[CreditedSource]) -> None:
        self.loading.hide()
        for source in sources:
            self.rows.insertSpacing(self.rows.count() - 1, defs.SMALL_SPACING)
            self._label(source.title, "subtitle")
            self._label(source.about)
            if source.script_titles:
                self._label(fill(self.tr("In Lifeline: %1"),
                                 ", ".join(f"“{title}”" for title in source.script_titles)), "muted")
            self._label(fill(self.tr("Reference: %1"), source.reference), "muted")

    def show_problem(self, error: BaseException) -> None:
        self.loading.setText(user_message(error))

    def text(self) -> str:
        return "\n".join(label.text() for label in self.labels
                         if label is not self.loading or not self.loading.isHidden())


def open_sources_page(ops: Operations, parent: QWidget) -> SourcesPage:
    """Open the page at once and fill it when the content is read (off the GUI thread)."""
    from lifeline_desktop.services.credits.service import credited_sources

    page = SourcesPage(parent)
    page.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    ops.query(lambda _session: credited_sources(), page.show_sources, page.show_problem)
    page.open()
    page.scroller.setFocus()
    return page
