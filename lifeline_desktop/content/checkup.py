"""The "Where are we" check-up: resources/content/checkup/questions.toml (the questions) and safety.toml (what a
partner who is sometimes afraid sees, alone).

A question has an id, a version, a section, a kind and its text:
- "scale": a sentence rated 1 (not like us lately) to 5 (very like us lately), for one practice; `reverse` when
  agreeing means things are harder;
- "choice": one of its `options`; "topics": any of the topics a couple may leave out (domain Topic);
- "safety": one of its `options`, kept in the asker's private space and never shown to the other partner.
A question may carry `topics`: a partner who leaves one of them out is not asked it.
Errors name the file, the item and the field (content/loading.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Annotated, Literal

from lifeline_desktop.content.loading import (
    ContentError,
    content_dir,
    load_items,
    load_one,
    read_toml,
    require_unique_ids,
)
from lifeline_desktop.content.schema import FORBID_EXTRA, ID_PATTERN, Check
from lifeline_desktop.domain.vocabulary import Practice, Topic

AREA = "checkup"
QuestionKind = Literal["scale", "choice", "topics", "safety"]
SAFETY_YES = ("sometimes", "unsure")  # the safety answers that show help and quieten hard talks


@dataclass(frozen=True)
class Option:
    __pydantic_config__ = FORBID_EXTRA

    id: Annotated[str, Check(pattern=ID_PATTERN)]
    label: Annotated[str, Check(min_length=2, max_length=120)]


@dataclass(frozen=True)
class Question:
    __pydantic_config__ = FORBID_EXTRA

    id: Annotated[str, Check(pattern=ID_PATTERN)]
    version: Annotated[int, Check(ge=1)]
    section: Literal["circumstances", "just-you", "practices"]
    kind: QuestionKind
    text: Annotated[str, Check(min_length=10, max_length=300)]
    practice: Practice | None = None
    reverse: bool = False
    options: tuple[Option, ...] = ()
    topics: tuple[Topic, ...] = ()
    help: Annotated[str, Check(min_length=10, max_length=400)] | None = None

    def __post_init__(self) -> None:
        if self.kind == "scale" and self.practice is None:
            raise ValueError("a 'scale' question names the practice it speaks for")
        if self.kind != "scale" and (self.practice is not None or self.reverse):
            raise ValueError(f"a {self.kind!r} question has no practice and no reverse")
        if self.kind in ("choice", "safety") and len(self.options) < 2:
            raise ValueError(f"a {self.kind!r} question needs at least two options")
        if self.kind in ("scale", "topics") and self.options:
            raise ValueError(f"a {self.kind!r} question has no options")
        if len({o.id for o in self.options}) != len(self.options):
            raise ValueError("an option id is used twice")
        if self.kind == "safety" and not {o.id for o in self.options} >= {"no", *SAFETY_YES}:
            raise ValueError("the safety question offers 'no', 'sometimes' and 'unsure'")

    def option_ids(self) -> tuple[str, ...]:
        return tuple(o.id for o in self.options)

    def label(self, option_id: str) -> str:
        return next((o.label for o in self.options if o.id == option_id), option_id)


@dataclass(frozen=True)
class SafetyHelp:
    __pydantic_config__ = FORBID_EXTRA

    title: Annotated[str, Check(min_length=3, max_length=80)]
    intro: Annotated[str, Check(min_length=20, max_length=600)]
    places: Annotated[tuple[str, ...], Check(min_length=2)]
    closing: Annotated[str, Check(min_length=10, max_length=400)]


def load_questions(root: Path | None = None, checked: bool = True) -> list[Question]:
    """The questions in file order; exactly one safety question, every practice asked about."""
    path = content_dir(AREA, root) / "questions.toml"
    questions = load_items(path, "question", Question, checked)
    require_unique_ids([(path, q.id) for q in questions])
    if sum(1 for q in questions if q.kind == "safety") != 1:
        raise ContentError(f"{path.name}: the check-up asks exactly one 'safety' question.")
    for kind in ("topics",):
        if sum(1 for q in questions if q.kind == kind) > 1:
            raise ContentError(f"{path.name}: only one {kind!r} question.")
    missing = [p.value for p in Practice if not any(q.practice is p for q in questions)]
    if missing:
        raise ContentError(f"{path.name}: no 'scale' question for {', '.join(missing)}.")
    return questions


def load_safety_help(root: Path | None = None, checked: bool = True) -> SafetyHelp:
    path = content_dir(AREA, root) / "safety.toml"
    return load_one(SafetyHelp, read_toml(path), f"{path.name}, the help text", checked)


@cache
def builtin_questions() -> tuple[Question, ...]:
    return tuple(load_questions(checked=False))


@cache
def builtin_safety_help() -> SafetyHelp:
    return load_safety_help(checked=False)
