"""Filling translated templates, and dates, times and numbers written the way the user's locale writes them.

Translators move placeholders around, so templates say %1, %2, … (as Qt does) and `fill` puts the values in,
all at once: a value that itself contains "%2" is never filled a second time.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from lifeline_desktop.domain.errors import Sentence, substitute

# For code outside a QObject: `translate("planner", "Some words")` (lupdate collects this spelling too).
translate = QCoreApplication.translate


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for translation in `context` and returns it untranslated (Qt's own is typed `object`)."""
    return text


def fill(template: str, *values: object) -> str:
    """`template` with %1 … %n replaced by `values` (numbers through the locale); unknown placeholders stay."""
    return substitute(template, [as_text(value) for value in values])


def sentence(text: str) -> str:
    """A sentence raised below the UI (domain.errors.msg), in the user's language (context "errors")."""
    if isinstance(text, Sentence):
        return fill(translate("errors", text.template), *(sentence(value) for value in text.values))
    return translate("errors", text)


def as_text(value: object) -> str:
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return QLocale().toString(value)
    return str(value)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def short_date(day: date, *, with_year: bool = False) -> str:
    """Day and short month, like "30 Nov" or "30 Nov 2025" (in the order and words of the user's locale)."""
    return QLocale().toString(_qdate(day), _DAY_MONTH + " yyyy" if with_year else _DAY_MONTH)


def weekday_date(day: date) -> str:
    """Short weekday, day and month, like "Sat 30 Nov"."""
    return QLocale().toString(_qdate(day), "ddd " + _DAY_MONTH)


def weekday_day(day: date) -> str:
    """Short weekday and day of the month, like "Sat 30" (a week's column heading)."""
    return QLocale().toString(_qdate(day), "ddd d")


def medium_date(day: date) -> str:
    """Day, short month and year, like "30 Nov 2024"."""
    return QLocale().toString(_qdate(day), _DAY_MONTH + " yyyy")


def long_date(day: date) -> str:
    """The full date the locale writes, like "Saturday, 30 November 2024"."""
    return QLocale().toString(_qdate(day), QLocale.FormatType.LongFormat)


def weekday_time(moment: datetime) -> str:
    """Short weekday and time, like "Sat 19:30"."""
    return QLocale().toString(_qdate(moment.date()), "ddd") + " " + clock_time(moment)


def date_time(moment: datetime, *, weekday: bool = False, year: bool = True) -> str:
    """A date with its time, like "30 Nov 2024, 19:30" (or "Sat 30 Nov, 19:30")."""
    day = moment.date()
    text = weekday_date(day) if weekday else short_date(day)
    if year:
        text += QLocale().toString(_qdate(day), " yyyy")
    return text + ", " + clock_time(moment)


def clock_time(moment: datetime) -> str:
    """Hours and minutes as the locale writes them, like "19:30" or "7:30 PM"."""
    return QLocale().toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)


_DAY_MONTH = "d MMM"


def points(value: float | None) -> str:
    """A score difference with one decimal, like "1.5" (or "1,5" where the locale says so)."""
    return QLocale().toString(float(value or 0), "f", 1)
