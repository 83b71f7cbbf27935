"""The guide's words for practices, levels and topics, translatable, in one place."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale

from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.domain.vocabulary import Depth, Practice, Topic
from lifeline_desktop.services.guide.views import Level, PracticeChange
from lifeline_desktop.ui.common.text import QT_TRANSLATE_NOOP, fill, translate


def practice_name(practice: Practice) -> str:
    return {
        Practice.EMOTIONAL_INTIMACY: translate("guide", "Feeling known"),
        Practice.RECONNECTING: translate("guide", "Finding each other again"),
        Practice.TRUST: translate("guide", "Trust"),
        Practice.COMMUNICATION: translate("guide", "Talking and listening"),
        Practice.CLOSENESS: translate("guide", "Closeness"),
    }[practice]


def level_words(level: Level) -> str:
    return {
        Level.TENDER: translate("guide", "feels tender right now"),
        Level.ROOM: translate("guide", "has room to grow"),
        Level.STEADY: translate("guide", "feels steady"),
    }[level]


def depth_words(depth: Depth) -> str:
    return {
        Depth.LIGHT: translate("guide", "Light prompts only"),
        Depth.DEEPER: translate("guide", "Light and deeper prompts"),
        Depth.DEEPEST: translate("guide", "All depths, deepening as you write"),
    }[depth]


def topic_name(topic: Topic) -> str:
    return {
        Topic.SEXUAL_INTIMACY: translate("guide", "Sex and desire"),
        Topic.SPIRITUALITY: translate("guide", "Faith and meaning"),
        Topic.PARENTING: translate("guide", "Parenting"),
        Topic.DISTANCE: translate("guide", "Living apart, shift work"),
        Topic.ILLNESS: translate("guide", "Illness and caring"),
        Topic.GRIEF: translate("guide", "Grief"),
        Topic.MONEY: translate("guide", "Money"),
        Topic.FAMILY: translate("guide", "The wider family"),
        Topic.LATER_LIFE: translate("guide", "Later life"),
        Topic.BETRAYAL: translate("guide", "Betrayal or a broken promise"),
    }[topic]


SCALE_LABELS = (QT_TRANSLATE_NOOP("guide", "Not like us lately"), QT_TRANSLATE_NOOP("guide", "Rarely"),
                QT_TRANSLATE_NOOP("guide", "Sometimes"), QT_TRANSLATE_NOOP("guide", "Often"),
                QT_TRANSLATE_NOOP("guide", "Very like us lately"))


def scale_label(value: int) -> str:
    return translate("guide", SCALE_LABELS[value - 1])


def since_words(since: date, today: date) -> str:
    """When the check-up before was: "in March" (or "in March 2025" another year, "on 2 March" this month)."""
    locale, day = QLocale(), QDate(since.year, since.month, since.day)
    if (since.year, since.month) == (today.year, today.month):
        return fill(translate("guide", "on %1"), locale.toString(day, "d MMMM"))
    month = locale.standaloneMonthName(since.month)
    return fill(translate("guide", "in %1"), month if since.year == today.year else f"{month} {since.year}")


def change_sentence(change: PracticeChange, names: dict[PartnerSlot, str], order: tuple[PartnerSlot, PartnerSlot],
                    when: str) -> str | None:
    """How one practice moved since the check-up before, in words; None when it feels much as it did to both."""
    practice = practice_name(change.practice)
    first, second = (change.moves[slot] for slot in order)
    if first == second == 0:
        return None
    if first == second:
        text = (translate("guide", "%1 feels steadier to both of you than %2.") if first > 0
                else translate("guide", "%1 feels more tender to both of you than %2."))
        return fill(text, practice, when)
    if first and second:  # one steadier, one more tender
        steadier, tender = order if first > 0 else order[::-1]
        return (fill(translate("guide", "%1 feels steadier to %3 and more tender to %4 than %2."),
                     practice, when, names[steadier], names[tender]))
    moved, still = order if first else order[::-1]
    text = (translate("guide", "%1 feels steadier to %3 than %2; to %4 much as it was.") if change.moves[moved] > 0
            else translate("guide", "%1 feels more tender to %3 than %2; to %4 much as it was."))
    return fill(text, practice, when, names[moved], names[still])


def unchanged_sentence(changes: tuple[PracticeChange, ...], when: str) -> str | None:
    """The practices that feel much as they did to both of you, in one sentence (None when there are none)."""
    still = [practice_name(c.practice) for c in changes if not any(c.moves.values())]
    if not still:
        return None
    if len(still) == len(changes):
        return fill(translate("guide", "Every practice feels much as it did %1, to both of you."), when)
    return fill(translate("guide", "Much as %1, to both of you: %2."), when, ", ".join(still))
