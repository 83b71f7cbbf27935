"""The guide's words for practices, levels and topics, translatable, in one place."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.domain.vocabulary import Depth, Practice, Topic
from lifeline_desktop.services.guide.views import Level, PracticeChange
from lifeline_desktop.ui.common.text import fill


def _tr(text: str) -> str:
    return QCoreApplication.translate("guide", text)


def practice_name(practice: Practice) -> str:
    return {Practice.EMOTIONAL_INTIMACY: _tr("Feeling known"), Practice.RECONNECTING: _tr("Finding each other again"),
            Practice.TRUST: _tr("Trust"), Practice.COMMUNICATION: _tr("Talking and listening"),
            Practice.CLOSENESS: _tr("Closeness")}[practice]


def level_words(level: Level) -> str:
    return {Level.TENDER: _tr("feels tender right now"), Level.ROOM: _tr("has room to grow"),
            Level.STEADY: _tr("feels steady")}[level]


def depth_words(depth: Depth) -> str:
    return {Depth.LIGHT: _tr("Light prompts only"), Depth.DEEPER: _tr("Light and deeper prompts"),
            Depth.DEEPEST: _tr("All depths, deepening as you write")}[depth]


def topic_name(topic: Topic) -> str:
    return {Topic.SEXUAL_INTIMACY: _tr("Sex and desire"), Topic.SPIRITUALITY: _tr("Faith and meaning"),
            Topic.PARENTING: _tr("Parenting"), Topic.DISTANCE: _tr("Living apart, shift work"),
            Topic.ILLNESS: _tr("Illness and caring"), Topic.GRIEF: _tr("Grief"), Topic.MONEY: _tr("Money"),
            Topic.FAMILY: _tr("The wider family"), Topic.LATER_LIFE: _tr("Later life"),
            Topic.BETRAYAL: _tr("Betrayal or a broken promise")}[topic]


SCALE_LABELS = ("Not like us lately", "Rarely", "Sometimes", "Often", "Very like us lately")


def scale_label(value: int) -> str:
    return _tr(SCALE_LABELS[value - 1])


def since_words(since: date, today: date) -> str:
    """When the check-up before was: "in March" (or "in March 2025" another year, "on 2 March" this month)."""
    locale, day = QLocale(), QDate(since.year, since.month, since.day)
    if (since.year, since.month) == (today.year, today.month):
        return fill(_tr("on %1"), locale.toString(day, "d MMMM"))
    month = locale.standaloneMonthName(since.month)
    return fill(_tr("in %1"), month if since.year == today.year else f"{month} {since.year}")


def change_sentence(change: PracticeChange, names: dict[PartnerSlot, str], order: tuple[PartnerSlot, PartnerSlot],
                    when: str) -> str | None:
    """How one practice moved since the check-up before, in words; None when it feels much as it did to both."""
    practice = practice_name(change.practice)
    first, second = (change.moves[slot] for slot in order)
    if first == second == 0:
        return None
    if first == second:
        text = (_tr("%1 feels steadier to both of you than %2.") if first > 0
                else _tr("%1 feels more tender to both of you than %2."))
        return fill(text, practice, when)
    if first and second:  # one steadier, one more tender
        steadier, tender = order if first > 0 else order[::-1]
        return (fill(_tr("%1 feels steadier to %3 and more tender to %4 than %2."),
                     practice, when, names[steadier], names[tender]))
    moved, still = order if first else order[::-1]
    text = (_tr("%1 feels steadier to %3 than %2; to %4 much as it was.") if change.moves[moved] > 0
            else _tr("%1 feels more tender to %3 than %2; to %4 much as it was."))
    return fill(text, practice, when, names[moved], names[still])


def unchanged_sentence(changes: tuple[PracticeChange, ...], when: str) -> str | None:
    """The practices that feel much as they did to both of you, in one sentence (None when there are none)."""
    still = [practice_name(c.practice) for c in changes if not any(c.moves.values())]
    if not still:
        return None
    if len(still) == len(changes):
        return fill(_tr("Every practice feels much as it did %1, to both of you."), when)
    return fill(_tr("Much as %1, to both of you: %2."), when, ", ".join(still))
