"""The demo's words, read from resources/demo/*.toml: what the demo couple wrote, planned and said.

The demo code decides when things happen and how they connect; every sentence lives in those files. Each file is
read once into frozen dataclasses (content/schema.py: the app builds them from the field types without pydantic;
tests/integration/demo checks every file with the full schema, unknown keys refused), and a mistake names the
file and the field.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TypeVar

from lifeline_desktop.content.loading import load_one, read_toml
from lifeline_desktop.content.schema import FORBID_EXTRA
from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.resource_paths import resources_dir


class _Text:
    __pydantic_config__ = FORBID_EXTRA


@dataclass(frozen=True, kw_only=True)
class DemoPartner(_Text):
    name: str
    passphrase: str
    colour: str


@dataclass(frozen=True, kw_only=True)
class DemoEntry(_Text):
    days_ago: int
    title: str
    body: str
    mood: str
    private: bool = False


@dataclass(frozen=True, kw_only=True)
class DemoPromptedEntry(_Text):
    days_ago: int
    prompt: str
    title: str
    body: str
    mood: str
    tags: tuple[str, ...] = ()


@dataclass(frozen=True, kw_only=True)
class DemoReply(_Text):
    to: str  # the title of the entry replied to
    text: str


@dataclass(frozen=True, kw_only=True)
class DemoReaction(_Text):
    to: str  # the title of the entry reacted to
    reaction: str


@dataclass(frozen=True, kw_only=True)
class DemoAgendaItem(_Text):
    to: str  # the title of the entry put on the agenda


@dataclass(frozen=True, kw_only=True)
class DemoNote(_Text):
    days_ago: int
    text: str


@dataclass(frozen=True, kw_only=True)
class JournalText(_Text):
    sealed_answer: str
    appreciation: DemoNote
    entries: tuple[DemoEntry, ...] = ()
    prompted: tuple[DemoPromptedEntry, ...] = ()
    replies: tuple[DemoReply, ...] = ()
    reactions: tuple[DemoReaction, ...] = ()
    agenda: tuple[DemoAgendaItem, ...] = ()


@dataclass(frozen=True, kw_only=True)
class DemoJournal(_Text):
    sealed_prompt: str
    a: JournalText
    b: JournalText

    def of(self, slot: PartnerSlot) -> JournalText:
        return self.a if slot is PartnerSlot.A else self.b


@dataclass(frozen=True, kw_only=True)
class PlanText(_Text):
    title: str
    place: str
    notes: str = ""
    reflection: str = ""


@dataclass(frozen=True, kw_only=True)
class PlannerTextA(_Text):
    wish: str
    weekly: PlanText
    picnic: PlanText
    market: PlanText


@dataclass(frozen=True, kw_only=True)
class PlannerTextB(_Text):
    wish: str
    pottery: PlanText


@dataclass(frozen=True, kw_only=True)
class DemoPlanner(_Text):
    a: PlannerTextA
    b: PlannerTextB


@dataclass(frozen=True, kw_only=True)
class CheckInTextA(_Text):
    notes: tuple[str, ...]
    this_week: str


@dataclass(frozen=True, kw_only=True)
class CheckInTextB(_Text):
    notes: tuple[str, ...]
    agenda_topic: str


@dataclass(frozen=True, kw_only=True)
class DemoCheckIns(_Text):
    a: CheckInTextA
    b: CheckInTextB

    def notes(self, slot: PartnerSlot) -> tuple[str, ...]:
        return self.a.notes if slot is PartnerSlot.A else self.b.notes


@dataclass(frozen=True, kw_only=True)
class StepNote(_Text):
    step: int
    text: str


@dataclass(frozen=True, kw_only=True)
class DemoConversations(_Text):
    check_in_notes: tuple[StepNote, ...]


TextT = TypeVar("TextT", bound=_Text)


def load_demo_text(name: str, model: type[TextT], checked: bool = False) -> TextT:
    """resources/demo/<name>.toml as `model`; `checked` (the tests) checks it with the full schema."""
    path = resources_dir() / "demo" / f"{name}.toml"
    return load_one(model, read_toml(path), f"demo/{path.name}", checked)



@dataclass(frozen=True, kw_only=True)
class _Couple(_Text):
    a: DemoPartner
    b: DemoPartner


@cache
def demo_couple() -> dict[PartnerSlot, DemoPartner]:
    raw = load_demo_text("couple", _Couple)
    return {PartnerSlot.A: raw.a, PartnerSlot.B: raw.b}


@cache
def demo_journal() -> DemoJournal:
    return load_demo_text("journal", DemoJournal)


@cache
def demo_planner() -> DemoPlanner:
    return load_demo_text("planner", DemoPlanner)


@cache
def demo_checkins() -> DemoCheckIns:
    return load_demo_text("checkins", DemoCheckIns)


@cache
def demo_conversations() -> DemoConversations:
    return load_demo_text("conversations", DemoConversations)


@dataclass(frozen=True, kw_only=True)
class EarlierEntry(_Text):
    years_ago: int
    hour: int
    title: str
    body: str


@dataclass(frozen=True, kw_only=True)
class EarlierText(_Text):
    earlier: tuple[EarlierEntry, ...] = ()


@dataclass(frozen=True, kw_only=True)
class LastYearPlan(_Text):
    title: str
    place: str
    reflection: str


@dataclass(frozen=True, kw_only=True)
class DemoMilestone(_Text):
    years_ago: int
    days_before: int
    kind: str
    title: str
    note: str


@dataclass(frozen=True, kw_only=True)
class DemoStory(_Text):
    a: EarlierText
    b: EarlierText
    last_year_plan: LastYearPlan
    milestones: tuple[DemoMilestone, ...]

    def of(self, slot: PartnerSlot) -> EarlierText:
        return self.a if slot is PartnerSlot.A else self.b


@cache
def demo_story() -> DemoStory:
    return load_demo_text("story", DemoStory)


DEMO_TEXTS: dict[str, type[_Text]] = {"couple": _Couple, "journal": DemoJournal, "planner": DemoPlanner,
                                      "checkins": DemoCheckIns, "conversations": DemoConversations,
                                      "story": DemoStory}  # every file under resources/demo, for the tests
