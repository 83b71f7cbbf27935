"""One check-up question on screen: a five-place line, a choice, or topics to leave out."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QGridLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from lifeline_desktop.content.checkup import Question
from lifeline_desktop.domain.vocabulary import Topic
from lifeline_desktop.services.guide.views import AnswerValue
from lifeline_desktop.ui import defs
from lifeline_desktop.ui.guide.words import scale_label, topic_name


class QuestionView(QWidget):
    answered = Signal(object)  # the value, as the check-up service takes it

    def __init__(self, question: Question, position: str, value: AnswerValue | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        counter = QLabel(position, self)
        counter.setProperty("role", "muted")
        text = QLabel(question.text, self)
        text.setObjectName("question-text")
        text.setWordWrap(True)
        text.setProperty("role", "subtitle")
        text.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.setSpacing(defs.SPACING)
        layout.addWidget(counter)
        layout.addWidget(text)
        if question.help:
            help_text = QLabel(question.help, self)
            help_text.setWordWrap(True)
            help_text.setProperty("role", "muted")
            layout.addWidget(help_text)
        self._group = QButtonGroup(self)
        self._boxes: dict[str, QCheckBox] = {}
        if question.kind == "topics":
            layout.addLayout(self._topic_boxes(value))
        else:
            layout.addLayout(self._buttons(value))
        layout.addStretch(1)

    def _buttons(self, value: AnswerValue | None) -> QGridLayout:
        grid = QGridLayout()
        grid.setSpacing(defs.SMALL_SPACING)
        if self.question.kind == "scale":
            choices = [(str(n), scale_label(n)) for n in range(1, 6)]
        else:
            choices = [(o.id, o.label) for o in self.question.options]
        for index, (key, label) in enumerate(choices):
            button = QRadioButton(label, self)
            button.setObjectName(f"answer-{key}")
            button.setProperty("answer", key)
            button.setChecked(value is not None and str(value) == key)
            self._group.addButton(button, index)
            if self.question.kind == "scale":
                grid.addWidget(button, 0, index)
            else:
                grid.addWidget(button, index, 0)
        self._group.buttonClicked.connect(self._clicked)
        return grid

    def _clicked(self, button: QAbstractButton) -> None:
        key = str(button.property("answer"))
        self.answered.emit(int(key) if self.question.kind == "scale" else key)

    def _topic_boxes(self, value: AnswerValue | None) -> QGridLayout:
        grid = QGridLayout()
        chosen = set(value) if isinstance(value, tuple) else set()
        for index, topic in enumerate(Topic):
            box = QCheckBox(topic_name(topic), self)
            box.setObjectName(f"topic-{topic.value}")
            box.setChecked(topic.value in chosen)
            box.toggled.connect(self._topics_changed)
            self._boxes[topic.value] = box
            grid.addWidget(box, index // 2, index % 2)
        return grid

    def _topics_changed(self) -> None:
        self.answered.emit(tuple(key for key, box in self._boxes.items() if box.isChecked()))

    def choose(self, key: str) -> None:
        """Click the answer `key` (an option id, or "1".."5"), as a person would."""
        for button in self._group.buttons():
            if button.property("answer") == key:
                button.click()
