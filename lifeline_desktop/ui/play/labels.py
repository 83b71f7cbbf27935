"""Names for people of the card decks and their depths, translatable, in one place (topic names: ui/guide/words)."""

from __future__ import annotations

from lifeline_desktop.domain.vocabulary import CardDeckKind, Depth
from lifeline_desktop.ui.common.text import translate


def depth_choice(depth: Depth | None) -> str:
    if depth is None:
        return translate("play", "Light, then gently deeper")
    return {Depth.LIGHT: translate("play", "Light questions"), Depth.DEEPER: translate("play", "Deeper questions"),
            Depth.DEEPEST: translate("play", "The deepest questions")}[depth]


def deck_name(kind: CardDeckKind) -> str:
    return {CardDeckKind.QUESTIONS_FOR_TWO: translate("play", "Questions for two"),
            CardDeckKind.THIS_OR_THAT: translate("play", "This or that"),
            CardDeckKind.GETTING_TO_KNOW: translate("play", "Getting to know you again")}[kind]
