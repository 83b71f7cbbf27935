"""The agenda of queued topics, as a Qt list model fed by the check-in service."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from lifeline_desktop.services.checkins.views import AgendaTopic

TOPIC_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class AgendaModel(QAbstractListModel):
    def __init__(self, names: dict[str, str] | None = None) -> None:
        super().__init__()
        self._topics: list[AgendaTopic] = []
        self._names = names or {}

    def set_topics(self, topics: Sequence[AgendaTopic], names: dict[str, str] | None = None) -> None:
        self.beginResetModel()
        self._topics = list(topics)
        if names is not None:
            self._names = names
        self.endResetModel()

    def topic(self, row: int) -> AgendaTopic:
        return self._topics[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._topics)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        topic = self._topics[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            who = self._names.get(topic.author.value, "")
            return f"{topic.title}  ({who})" if who else topic.title
        if role == TOPIC_ID_ROLE:
            return topic.id
        return None
