"""The Journal's filter fields: a combo box with an "any" first row and a date field that may be left empty."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QWidget

from lifeline_desktop.ui.common.text import fill

NO_DATE = QDate(2000, 1, 1)


def any_combo(parent: QWidget, name: str, any_text: str) -> QComboBox:
    combo = QComboBox(parent)
    combo.setAccessibleName(name)
    combo.addItem(any_text, None)
    return combo


def optional_date(parent: QWidget, name: str) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setAccessibleName(name)
    edit.setCalendarPopup(True)
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText(fill(QCoreApplication.translate("JournalPage", "%1: any"), name))
    edit.setDate(NO_DATE)
    return edit


def chosen_date(edit: QDateEdit) -> date | None:
    value = edit.date()
    return None if value == NO_DATE else date(value.year(), value.month(), value.day())
