"""Text widgets and documents that load nothing: an image or link in an entry stays a placeholder or text.

Lifeline never goes online (no QtNetwork). Qt would not fetch http URLs by itself, but it would read a local
file an entry points at; these classes refuse every resource, so an entry cannot show (or probe for) anything
outside the vault.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QColor, QImage, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QTextEdit, QWidget


def placeholder_image() -> QImage:
    image = QImage(48, 32, QImage.Format.Format_ARGB32)
    image.fill(QColor("#d9d2c5"))
    return image


class _LoadsNothing:
    """Mixed in before the Qt class, so Qt's virtual loadResource reaches this one."""

    def loadResource(self, resource_type: int, name: QUrl) -> Any:
        kind = int(getattr(resource_type, "value", resource_type))
        return placeholder_image() if kind == QTextDocument.ResourceType.ImageResource.value else None


class SafeDocument(_LoadsNothing, QTextDocument):  # type: ignore[misc]
    pass


class SafeTextEdit(_LoadsNothing, QTextEdit):  # type: ignore[misc]
    pass


class SafeTextBrowser(_LoadsNothing, QTextBrowser):  # type: ignore[misc]
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)


def markdown_document(markdown: str) -> SafeDocument:
    document = SafeDocument()
    document.setMarkdown(markdown)
    return document
