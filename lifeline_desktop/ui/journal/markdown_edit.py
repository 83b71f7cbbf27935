"""A Markdown editor with live formatting: QTextEdit editing rich text, saved and loaded as Markdown."""

from __future__ import annotations

from PySide6.QtGui import (
    QFont,
    QKeySequence,
    QShortcut,
    QTextBlockFormat,
    QTextCharFormat,
    QTextFormat,
    QTextListFormat,
)
from PySide6.QtWidgets import QHBoxLayout, QToolButton, QWidget

from lifeline_desktop.ui.common.safe_text import SafeTextEdit


class MarkdownEdit(SafeTextEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptRichText(False)  # pasted HTML arrives as text, never with remote images
        self.setTabChangesFocus(True)
        for keys, action in (("Ctrl+B", self.toggle_bold), ("Ctrl+I", self.toggle_italic),
                             ("Ctrl+Shift+H", self.toggle_heading), ("Ctrl+Shift+L", self.toggle_list),
                             ("Ctrl+Shift+Q", self.toggle_quote)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(action)

    def markdown(self) -> str:
        return self.document().toMarkdown().strip()

    def set_markdown(self, text: str) -> None:
        self.document().setMarkdown(text)

    def toggle_bold(self) -> None:
        bold = self.fontWeight() < QFont.Weight.Bold
        self.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)

    def toggle_italic(self) -> None:
        self.setFontItalic(not self.fontItalic())

    def toggle_heading(self) -> None:
        cursor = self.textCursor()
        block = cursor.blockFormat()
        level = 0 if block.headingLevel() else 2
        block.setHeadingLevel(level)
        cursor.setBlockFormat(block)
        char = QTextCharFormat()
        char.setProperty(QTextFormat.Property.FontSizeAdjustment, 2 if level else 0)
        char.setFontWeight(QFont.Weight.Bold if level else QFont.Weight.Normal)
        cursor.select(cursor.SelectionType.BlockUnderCursor)
        cursor.mergeCharFormat(char)

    def toggle_list(self) -> None:
        cursor = self.textCursor()
        current = cursor.currentList()
        if current is not None:
            current.remove(cursor.block())
            block = cursor.blockFormat()
            block.setIndent(0)
            cursor.setBlockFormat(block)
        else:
            cursor.createList(QTextListFormat.Style.ListDisc)

    def toggle_quote(self) -> None:
        cursor = self.textCursor()
        block = QTextBlockFormat(cursor.blockFormat())
        quoted = block.property(QTextFormat.Property.BlockQuoteLevel)
        block.setProperty(QTextFormat.Property.BlockQuoteLevel, 0 if quoted else 1)
        block.setLeftMargin(0 if quoted else 24)
        cursor.setBlockFormat(block)


def format_bar(edit: MarkdownEdit, parent: QWidget) -> QWidget:
    bar = QWidget(parent)
    layout = QHBoxLayout(bar)
    layout.setContentsMargins(0, 0, 0, 0)
    for text, name, tip, action in (
            ("B", bar.tr("Bold"), bar.tr("Bold (Ctrl+B)"), edit.toggle_bold),
            ("I", bar.tr("Italic"), bar.tr("Italic (Ctrl+I)"), edit.toggle_italic),
            ("H", bar.tr("Heading"), bar.tr("Heading (Ctrl+Shift+H)"), edit.toggle_heading),
            ("•", bar.tr("List"), bar.tr("Bulleted list (Ctrl+Shift+L)"), edit.toggle_list),
            ("❝", bar.tr("Quote"), bar.tr("Quote (Ctrl+Shift+Q)"), edit.toggle_quote)):
        button = QToolButton(bar)
        button.setText(text)
        button.setAccessibleName(name)
        button.setToolTip(tip)
        button.setObjectName(f"format-{name.lower()}")
        button.clicked.connect(action)
        button.clicked.connect(edit.setFocus)
        layout.addWidget(button)
    layout.addStretch(1)
    return bar
