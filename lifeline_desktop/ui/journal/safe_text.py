"""Text widgets and documents that never load anything: images and links from the web stay text or a placeholder.

Lifeline never goes online (no QtNetwork), and Qt would not fetch http URLs by itself; these classes also refuse
local files, so an entry cannot show (or probe for) anything outside the vault.
"""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QColor, QImage, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QTextEdit


def placeholder_image() -> QImage:
    image = QImage(48, 32, QImage.Format.Format_ARGB32)
    image.fill(QColor("#d9d2c5"))
    return image


def _resource(resource_type: int) -> object:
    if resource_type == QTextDocument.ResourceType.ImageResource.value:
        return placeholder_image()
    return None


def _type_value(resource_type: object) -> int:
    value: int = int(getattr(resource_type, "value", resource_type))  # type: ignore[call-overload]
    return value


class SafeDocument(QTextDocument):
    def loadResource(self, resource_type: int, name: QUrl) -> object:  # type: ignore[override]
        return _resource(_type_value(resource_type))


class SafeTextEdit(QTextEdit):
    def loadResource(self, resource_type: int, name: QUrl) -> object:  # type: ignore[override]
        return _resource(_type_value(resource_type))


class SafeTextBrowser(QTextBrowser):
    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)

    def loadResource(self, resource_type: int, name: QUrl) -> object:  # type: ignore[override]
        return _resource(_type_value(resource_type))


def markdown_document(markdown: str) -> SafeDocument:
    document = SafeDocument()
    document.setMarkdown(markdown)
    return document
