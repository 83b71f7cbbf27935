"""Entries never load what they point at: a local image an entry names is not read, a web one not fetched."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QColor, QImage, QTextDocument

from lifeline_desktop.ui.common.safe_text import SafeTextBrowser, SafeTextEdit, markdown_document


def _image_shown(document: QTextDocument, url: str) -> QImage:
    document.documentLayout().documentSize()  # laying the text out is when Qt asks for images
    return document.resource(QTextDocument.ResourceType.ImageResource, QUrl(url))


def test_images_named_in_an_entry_are_never_loaded(qtbot, tmp_path):
    local = tmp_path / "private.png"
    real = QImage(7, 7, QImage.Format.Format_ARGB32)
    real.fill(QColor("red"))
    assert real.save(str(local))
    for url in (QUrl.fromLocalFile(str(local)).toString(), "http://example.invalid/tracker.png"):
        text = f"Before ![a picture]({url}) after"
        shown = [_image_shown(markdown_document(text), url)]
        for widget_class in (SafeTextEdit, SafeTextBrowser):
            widget = widget_class()
            qtbot.addWidget(widget)
            widget.setMarkdown(text)
            shown.append(_image_shown(widget.document(), url))
        for image in shown:
            assert image.size().width() == 48, url  # the placeholder, never the file or the web image
