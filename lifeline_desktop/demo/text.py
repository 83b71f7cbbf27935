"""The demo's words, read from resources/demo/*.toml: what the demo couple wrote, planned and said.

The demo code decides when things happen and how they connect; every sentence lives in those files. Each file is
read and checked once (pydantic, unknown keys refused), and a mistake names the file and the field.
"""

from __future__ import annotations

import tomllib
from functools import cache
from typing import TypeVar

from pydantic import BaseModel, ConfigDict, ValidationError

from lifeline_desktop.content.loading import ContentError
from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.resource_paths import resources_dir


class _Text(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class DemoPartner(_Text):
    name: str
    passphrase: str
    colour: str


class DemoEntry(_Text):
    days_ago: int
    title: str
    body: str
    mood: str
    private: bool = False


class DemoPromptedEntry(_Text):
    days_ago: int
    prompt: str
    title: str
    body: str
    mood: str
    tags: tuple[str, ...] = ()


class DemoReply(_Text):
    to: str  # the title of the entry replied to
    text: str


class DemoReaction(_Text):
    to: str  # the title of the entry reacted to
    reaction: str


class DemoAgendaItem(_Text):
    to: str  # the title of the entry put on the agenda


class DemoNote(_Text):
    days_ago: int
    text: str


class JournalText(_Text):
    sealed_answer: str
    appreciation: DemoNote
    entries: tuple[DemoEntry, ...] = ()
    prompted: tuple[DemoPromptedEntry, ...] = ()
    replies: tuple[DemoReply, ...] = ()
    reactions: tuple[DemoReaction, ...] = ()
    agenda: tuple[DemoAgendaItem, ...] = ()


class DemoJournal(_Text):
    sealed_prompt: str
    a: JournalText
    b: JournalText

    def of(self, slot: PartnerSlot) -> JournalText:
        return self.a if slot is PartnerSlot.A else self.b


class PlanText(_Text):
    title: str
    place: str
    notes: str = ""
    reflection: str = ""


class PlannerTextA(_Text):
    wish: str
    weekly: PlanText
    picnic: PlanText
    market: PlanText


class PlannerTextB(_Text):
    wish: str
    pottery: PlanText


class DemoPlanner(_Text):
    a: PlannerTextA
    b: PlannerTextB


class CheckInTextA(_Text):
    notes: tuple[str, ...]
    this_week: str


class CheckInTextB(_Text):
    notes: tuple[str, ...]
    agenda_topic: str


class DemoCheckIns(_Text):
    a: CheckInTextA
    b: CheckInTextB

    def notes(self, slot: PartnerSlot) -> tuple[str, ...]:
        return self.a.notes if slot is PartnerSlot.A else self.b.notes


class StepNote(_Text):
    step: int
    text: str


class DemoConversations(_Text):
    check_in_notes: tuple[StepNote, ...]


TextT = TypeVar("TextT", bound=_Text)


def _load(name: str, model: type[TextT]) -> TextT:
    path = resources_dir() / "demo" / f"{name}.toml"
    try:
        return model.model_validate(tomllib.loads(path.read_text(encoding="utf-8")))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise ContentError(f"demo/{path.name}: cannot be read as TOML ({error}).") from error
    except ValidationError as error:
        problems = "; ".join(f"field {'.'.join(str(part) for part in issue['loc']) or '?'}: {issue['msg']}"
                             for issue in error.errors())
        raise ContentError(f"demo/{path.name}: {problems}.") from error


class _Couple(_Text):
    a: DemoPartner
    b: DemoPartner


@cache
def demo_couple() -> dict[PartnerSlot, DemoPartner]:
    raw = _load("couple", _Couple)
    return {PartnerSlot.A: raw.a, PartnerSlot.B: raw.b}


@cache
def demo_journal() -> DemoJournal:
    return _load("journal", DemoJournal)


@cache
def demo_planner() -> DemoPlanner:
    return _load("planner", DemoPlanner)


@cache
def demo_checkins() -> DemoCheckIns:
    return _load("checkins", DemoCheckIns)


@cache
def demo_conversations() -> DemoConversations:
    return _load("conversations", DemoConversations)


class EarlierEntry(_Text):
    years_ago: int
    hour: int
    title: str
    body: str


class EarlierText(_Text):
    earlier: tuple[EarlierEntry, ...] = ()


class LastYearPlan(_Text):
    title: str
    place: str
    reflection: str


class DemoMilestone(_Text):
    years_ago: int
    days_before: int
    kind: str
    title: str
    note: str


class DemoStory(_Text):
    a: EarlierText
    b: EarlierText
    last_year_plan: LastYearPlan
    milestones: tuple[DemoMilestone, ...]

    def of(self, slot: PartnerSlot) -> EarlierText:
        return self.a if slot is PartnerSlot.A else self.b


@cache
def demo_story() -> DemoStory:
    return _load("story", DemoStory)
