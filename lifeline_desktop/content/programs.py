"""Multi-week programs: resources/content/programs/*.toml, one program per file.

A program is a list of units (days or weeks), each with steps. A step points to a journal prompt, an activity idea
or a conversation script by id, or is a plain "do" step with its own words. Every reference is checked at load
against the built-in prompts, ideas and scripts: a missing one is an error naming the file, the step and the id.
"""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from lifeline_desktop.content.ideas import builtin_ideas
from lifeline_desktop.content.loading import ContentError, content_files, require_unique_ids
from lifeline_desktop.content.prompts import builtin_prompts
from lifeline_desktop.content.scripts import builtin_library
from lifeline_desktop.domain.vocabulary import Practice, Topic

StepKind = Literal["prompt", "idea", "script", "do"]
_ID = r"^[a-z0-9][a-z0-9-]{1,63}$"


class ProgramStep(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(pattern=_ID)
    kind: StepKind
    ref: str | None = None  # the prompt, idea or script id; none for "do"
    text: str = Field(min_length=10, max_length=600)

    @model_validator(mode="after")
    def _ref_matches_kind(self) -> ProgramStep:
        if self.kind == "do" and self.ref is not None:
            raise ValueError("a 'do' step has no ref")
        if self.kind != "do" and not self.ref:
            raise ValueError(f"a {self.kind!r} step needs a ref")
        return self


class ProgramUnit(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    title: str = Field(min_length=3, max_length=80)
    intro: str = Field(min_length=10, max_length=800)
    steps: tuple[ProgramStep, ...] = Field(min_length=1)


class Program(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(pattern=_ID)
    version: int = Field(ge=1)
    title: str = Field(min_length=3, max_length=80)
    summary: str = Field(min_length=20, max_length=600)
    unit: Literal["day", "week"]
    practices: tuple[Practice, ...] = Field(min_length=1)
    topics: tuple[Topic, ...] = ()
    with_counsellor: bool = False
    counsellor_note: str | None = Field(default=None, min_length=20, max_length=800)
    units: tuple[ProgramUnit, ...] = Field(min_length=2)

    @model_validator(mode="after")
    def _unique_steps(self) -> Program:
        seen: set[str] = set()
        for unit in self.units:
            for step in unit.steps:
                if step.id in seen:
                    raise ValueError(f"step id {step.id!r} is used twice")
                seen.add(step.id)
        if self.with_counsellor and not self.counsellor_note:
            raise ValueError("a program meant to run alongside a counsellor says so in counsellor_note")
        return self

    def steps(self) -> list[tuple[int, ProgramStep]]:
        """(unit index, step) in order."""
        return [(index, step) for index, unit in enumerate(self.units) for step in unit.steps]

    @property
    def unit_days(self) -> int:
        return 1 if self.unit == "day" else 7


def load_program_file(path: Path) -> Program:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise ContentError(f"{path.name}: cannot be read as TOML ({error}).") from error
    try:
        return Program.model_validate(data)
    except ValidationError as error:
        problems = "; ".join(f"field {'.'.join(str(p) for p in issue['loc']) or '?'}: {issue['msg']}"
                             for issue in error.errors())
        raise ContentError(f"{path.name}, program {data.get('id', '?')!r}: {problems}.") from error


def check_references(path: Path, program: Program, prompts: set[str], ideas: set[str], scripts: set[str]) -> None:
    known = {"prompt": prompts, "idea": ideas, "script": scripts}
    for _unit, step in program.steps():
        if step.kind != "do" and step.ref not in known[step.kind]:
            raise ContentError(f"{path.name}, program {program.id!r}, step {step.id!r}: "
                               f"no built-in {step.kind} has the id {step.ref!r}.")


def load_programs(root: Path | None = None) -> list[Program]:
    """Every built-in program, sorted by id, with every reference checked."""
    found = [(path, load_program_file(path)) for path in content_files("programs", root)]
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
    return tuple(load_programs())
