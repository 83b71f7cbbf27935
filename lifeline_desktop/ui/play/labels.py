"""Names for people of the card decks and their depths, translatable, in one place (topic names: ui/guide/words)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from lifeline_desktop.domain.vocabulary import CardDeckKind, Depth


def depth_choice(depth: Depth | None) -> str:
    t = QCoreApplication.translate
    if depth is None:
        return t("play", "Light, then gently deeper")
    return {Depth.LIGHT: t("play", "Light questions"), Depth.DEEPER: t("play", "Deeper questions"),
            Depth.DEEPEST: t("play", "The deepest questions")}[depth]


def deck_name(kind: CardDeckKind) -> str:
    t = QCoreApplication.translate
    return {CardDeckKind.QUESTIONS_FOR_TWO: t("play", "Questions for two"),
            CardDeckKind.THIS_OR_THAT: t("play", "This or that"),
            CardDeckKind.GETTING_TO_KNOW: t("play", "Getting to know you again")}[kind]
