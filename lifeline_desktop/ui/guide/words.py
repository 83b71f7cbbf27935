"""The guide's words for practices, levels and topics, translatable, in one place."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from lifeline_desktop.domain.vocabulary import Depth, Practice, Topic
from lifeline_desktop.services.guide.views import Level


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
