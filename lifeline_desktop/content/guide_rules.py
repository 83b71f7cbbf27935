"""The rules that turn check-up answers into a path, deepen the prompt of the day and suggest from check-ins:
resources/content/checkup/paths.toml, prompts.toml and suggestions.toml (each file says how to read it).

Every program, script, idea, question and option a rule names is checked at load: a missing one is an error
naming the file, the rule and the field, so a content writer can tune the rules without a programmer.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from lifeline_desktop.content.checkup import AREA, Question, load_questions, read_toml, validation_message
from lifeline_desktop.content.loading import ContentError, content_dir
from lifeline_desktop.domain.vocabulary import Depth, Practice

_ID = r"^[a-z0-9][a-z0-9-]{1,63}$"
_FROZEN = ConfigDict(frozen=True, extra="forbid")


class Condition(BaseModel):
    """All must hold: `either` partner chose one of the options, `both` did, a practice is `tender` for one."""

    model_config = _FROZEN

    either: dict[str, tuple[str, ...]] = {}
    both: dict[str, tuple[str, ...]] = {}
    tender: tuple[Practice, ...] = ()

    def answers_named(self) -> Iterable[tuple[str, tuple[str, ...]]]:
        yield from self.either.items()
        yield from self.both.items()


class Levels(BaseModel):
    model_config = _FROZEN

    tender_below: float = Field(gt=1, lt=5)
    steady_from: float = Field(gt=1, le=5)
    differ_from: float = Field(gt=0, lt=4)
    moved_from: float = Field(default=0.5, gt=0, lt=4)  # a retake: this much change in an average "moved"

    @model_validator(mode="after")
    def _ordered(self) -> Levels:
        if self.steady_from <= self.tender_below:
            raise ValueError("steady_from must be above tender_below")
        return self


class FocusWords(BaseModel):
    model_config = _FROZEN

    least: int = Field(ge=1, le=5)
    most: int = Field(ge=1, le=5)
    why_both_tender: str = Field(min_length=10)
    why_one_tender: str = Field(min_length=10)
    why_differ: str = Field(min_length=10)
    why_room: str = Field(min_length=10)


class FocusBoost(BaseModel):
    model_config = _FROZEN

    practice: Practice
    when: Condition
    why: str = Field(min_length=10, max_length=300)


class ProgramRule(BaseModel):
    model_config = _FROZEN

    id: str = Field(pattern=_ID)
    program: str
    when: Condition = Condition()
    why: str = Field(min_length=10, max_length=300)


class DepthRule(BaseModel):
    model_config = _FROZEN

    id: str = Field(pattern=_ID)
    depth: Depth
    when: Condition = Condition()
    why: str = Field(min_length=10, max_length=300)


class Retake(BaseModel):
    model_config = _FROZEN

    weeks: int = Field(ge=4, le=8)


class Rhythm(BaseModel):
    model_config = _FROZEN

    practice: Practice
    scripts: tuple[str, ...] = Field(min_length=1)
    ideas: tuple[str, ...] = Field(min_length=1)


class PathRules(BaseModel):
    model_config = _FROZEN

    levels: Levels
    focus: FocusWords
    focus_boost: tuple[FocusBoost, ...] = ()
    program: tuple[ProgramRule, ...] = Field(min_length=1)
    depth: tuple[DepthRule, ...] = Field(min_length=1)
    retake: Retake
    hard_talks: tuple[str, ...] = ()
    rhythm: tuple[Rhythm, ...]

    @model_validator(mode="after")
    def _complete(self) -> PathRules:
        if self.program[-1].when != Condition() or self.depth[-1].when != Condition():
            raise ValueError("the last program rule and the last depth rule apply always (no 'when')")
        missing = [p.value for p in Practice if p not in {r.practice for r in self.rhythm}]
        if missing:
            raise ValueError(f"rhythm has no entry for {', '.join(missing)}")
        return self

    def rhythm_for(self, practice: Practice) -> Rhythm:
        return next(r for r in self.rhythm if r.practice is practice)


class Stage(BaseModel):
    model_config = _FROZEN

    name: str = Field(pattern=_ID)
    weeks: int = Field(ge=0)
    entries: int = Field(ge=0)
    program_week: int | None = Field(default=None, ge=1)
    mix: tuple[int, int, int]

    @model_validator(mode="after")
    def _ten_days(self) -> Stage:
        if sum(self.mix) != 10 or min(self.mix) < 0:
            raise ValueError("mix gives days in ten: three numbers that add up to 10")
        return self


class PromptRules(BaseModel):
    model_config = _FROZEN

    focus_share: int = Field(ge=0, le=10)
    stage: tuple[Stage, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _first_stage_light(self) -> PromptRules:
        first = self.stage[0]
        if first.weeks or first.entries or first.mix != (10, 0, 0):
            raise ValueError("the first stage starts at 0 weeks and 0 entries with only light prompts")
        if any(s.mix[2] for s in self.stage if s.weeks < 4):
            raise ValueError("no stage before week 4 may show a deepest prompt")
        return self


class Suggestion(BaseModel):
    model_config = _FROZEN

    practice: Practice
    script: str
    gentle_idea: str  # offered instead of the script when hard talks are left out of suggestions


class Repair(BaseModel):
    model_config = _FROZEN

    id: str = Field(pattern=_ID)
    text: str = Field(min_length=10, max_length=300)


class SuggestionRules(BaseModel):
    model_config = _FROZEN

    drop_rounds: int = Field(ge=2, le=6)
    widen_rounds: int = Field(ge=2, le=6)
    gap_at_least: int = Field(ge=1, le=9)
    dip_both: str
    dip_one: str
    gap_wider: str
    dimensions: dict[str, Practice]
    suggestion: tuple[Suggestion, ...]
    repair: tuple[Repair, ...] = Field(min_length=1)

    def for_practice(self, practice: Practice) -> Suggestion | None:
        return next((s for s in self.suggestion if s.practice is practice), None)


class GuideRules(BaseModel):
    model_config = _FROZEN

    paths: PathRules
    prompts: PromptRules
    suggestions: SuggestionRules


def _model(path: Path, model: type[BaseModel], item: str) -> BaseModel:
    try:
        return model.model_validate(read_toml(path))
    except ValidationError as error:
        raise ContentError(validation_message(path, item, error)) from error


def _check(path: Path, where: str, ref: str, known: set[str], what: str) -> None:
    if ref not in known:
        raise ContentError(f"{path.name}, {where}: no built-in {what} has the id {ref!r}.")


def check_rule_references(folder: Path, rules: GuideRules, questions: list[Question], programs: set[str],
                          scripts: set[str], ideas: set[str]) -> None:
    paths_file, tips_file = folder / "paths.toml", folder / "suggestions.toml"
    asked = {q.id: q for q in questions}
    conditions = [(f"focus_boost for {b.practice.value!r}", b.when) for b in rules.paths.focus_boost]
    conditions += [(f"program rule {r.id!r}", r.when) for r in rules.paths.program]
    conditions += [(f"depth rule {r.id!r}", r.when) for r in rules.paths.depth]
    for where, condition in conditions:
        for question_id, options in condition.answers_named():
            question = asked.get(question_id)
            if question is None or question.kind != "choice":
                raise ContentError(f"{paths_file.name}, {where}, field when: no choice question has the id "
                                   f"{question_id!r}.")
            for option in options:
                if option not in question.option_ids():
                    raise ContentError(f"{paths_file.name}, {where}, field when.{question_id}: "
                                       f"{option!r} is not one of its options.")
    for rule in rules.paths.program:
        _check(paths_file, f"program rule {rule.id!r}, field program", rule.program, programs, "program")
    for name in rules.paths.hard_talks:
        _check(paths_file, "field hard_talks", name, scripts, "script")
    for rhythm in rules.paths.rhythm:
        for name in rhythm.scripts:
            _check(paths_file, f"rhythm for {rhythm.practice.value!r}, field scripts", name, scripts, "script")
        for name in rhythm.ideas:
            _check(paths_file, f"rhythm for {rhythm.practice.value!r}, field ideas", name, ideas, "idea")
    for tip in rules.suggestions.suggestion:
        where = f"suggestion for {tip.practice.value!r}"
        _check(tips_file, f"{where}, field script", tip.script, scripts, "script")
        _check(tips_file, f"{where}, field gentle_idea", tip.gentle_idea, ideas, "idea")


def load_guide_rules(root: Path | None = None) -> GuideRules:
    """The three rule files, validated and with every reference checked against the content under `root`."""
    from lifeline_desktop.content.ideas import load_ideas
    from lifeline_desktop.content.programs import load_programs
    from lifeline_desktop.content.scripts import load_library

    folder = content_dir(AREA, root)
    rules = GuideRules(
        paths=_model(folder / "paths.toml", PathRules, "the path rules"),  # type: ignore[arg-type]
        prompts=_model(folder / "prompts.toml", PromptRules, "the prompt stages"),  # type: ignore[arg-type]
        suggestions=_model(folder / "suggestions.toml", SuggestionRules, "the suggestion rules"),  # type: ignore[arg-type]
    )
    check_rule_references(folder, rules, load_questions(root), {p.id for p in load_programs(root)},
                          {s.id for s in load_library(root).all()}, {i.id for i in load_ideas(root)})
    return rules


@cache
def builtin_guide_rules() -> GuideRules:
    return load_guide_rules()
