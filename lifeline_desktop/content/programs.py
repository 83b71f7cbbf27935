"""Multi-week programs: resources/content/programs/*.toml, one program per file.

A program is a list of units (days or weeks), each with steps. A step points to a journal prompt, an activity idea
or a conversation script by id, or is a plain "do" step with its own words. Every reference is checked at load
against the built-in prompts, ideas and scripts: a missing one is an error naming the file, the step and the id.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Annotated, Literal

from lifeline_desktop.content.ideas import builtin_ideas
from lifeline_desktop.content.loading import ContentError, content_files, load_one, read_toml, require_unique_ids
from lifeline_desktop.content.prompts import builtin_prompts
from lifeline_desktop.content.schema import FORBID_EXTRA, ID_PATTERN, Check
from lifeline_desktop.content.scripts import builtin_library
from lifeline_desktop.domain.vocabulary import Practice, Topic

StepKind = Literal["prompt", "idea", "script", "do"]


@dataclass(frozen=True, kw_only=True)
class ProgramStep:
    __pydantic_config__ = FORBID_EXTRA

    id: Annotated[str, Check(pattern=ID_PATTERN)]
    kind: StepKind
    ref: str | None = None  # the prompt, idea or script id; none for "do"
    text: Annotated[str, Check(min_length=10, max_length=600)]

    def __post_init__(self) -> None:
        if self.kind == "do" and self.ref is not None:
            raise ValueError("a 'do' step has no ref")
        if self.kind != "do" and not self.ref:
            raise ValueError(f"a {self.kind!r} step needs a ref")


@dataclass(frozen=True)
class ProgramUnit:
    __pydantic_config__ = FORBID_EXTRA

    title: Annotated[str, Check(min_length=3, max_length=80)]
    intro: Annotated[str, Check(min_length=10, max_length=800)]
    steps: Annotated[tuple[ProgramStep, ...], Check(min_length=1)]


@dataclass(frozen=True, kw_only=True)
class Program:
    __pydantic_config__ = FORBID_EXTRA

    id: Annotated[str, Check(pattern=ID_PATTERN)]
    version: Annotated[int, Check(ge=1)]
    title: Annotated[str, Check(min_length=3, max_length=80)]
    summary: Annotated[str, Check(min_length=20, max_length=600)]
    unit: Literal["day", "week"]
    practices: Annotated[tuple[Practice, ...], Check(min_length=1)]
    topics: tuple[Topic, ...] = ()
    with_counsellor: bool = False
    counsellor_note: Annotated[str, Check(min_length=20, max_length=800)] | None = None
    units: Annotated[tuple[ProgramUnit, ...], Check(min_length=2)]

    def __post_init__(self) -> None:
        seen: set[str] = set()
        for unit in self.units:
            for step in unit.steps:
                if step.id in seen:
                    raise ValueError(f"step id {step.id!r} is used twice")
                seen.add(step.id)
        if self.with_counsellor and not self.counsellor_note:
            raise ValueError("a program meant to run alongside a counsellor says so in counsellor_note")

    def steps(self) -> list[tuple[int, ProgramStep]]:
        """(unit index, step) in order."""
        return [(index, step) for index, unit in enumerate(self.units) for step in unit.steps]

    @property
    def unit_days(self) -> int:
        return 1 if self.unit == "day" else 7


def load_program_file(path: Path, checked: bool = True) -> Program:
    data = read_toml(path)
    return load_one(Program, data, f"{path.name}, program {data.get('id', '?')!r}", checked)


def check_references(path: Path, program: Program, prompts: set[str], ideas: set[str], scripts: set[str]) -> None:
    known = {"prompt": prompts, "idea": ideas, "script": scripts}
    for _unit, step in program.steps():
        if step.kind != "do" and step.ref not in known[step.kind]:
            raise ContentError(f"{path.name}, program {program.id!r}, step {step.id!r}: "
                               f"no built-in {step.kind} has the id {step.ref!r}.")


def load_programs(root: Path | None = None, checked: bool = True) -> list[Program]:
    """Every built-in program, sorted by id, with every reference checked."""
    found = [(path, load_program_file(path, checked)) for path in content_files("programs", root)]
    if not found:
        raise ContentError("programs: no program files found under resources/content/programs.")
    require_unique_ids([(path, program.id) for path, program in found])
    if root is None:
        prompts = {p.id for p in builtin_prompts()}
        ideas = {i.id for i in builtin_ideas()}
        scripts = {s.id for s in builtin_library().all()}
    else:
        from lifeline_desktop.content.ideas import load_ideas
        from lifeline_desktop.content.prompts import load_prompts
        from lifeline_desktop.content.scripts import load_library

        prompts = {p.id for p in load_prompts(root)}
        ideas = {i.id for i in load_ideas(root)}
        scripts = {s.id for s in load_library(root).all()}
    for path, program in found:
        check_references(path, program, prompts, ideas, scripts)
    return sorted((program for _path, program in found), key=lambda p: p.id)


@cache
def builtin_programs() -> tuple[Program, ...]:
    return tuple(load_programs(checked=False))
