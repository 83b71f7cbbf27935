"""The rules that turn check-up answers into a path, deepen the prompt of the day and suggest from check-ins:
resources/content/checkup/paths.toml, prompts.toml and suggestions.toml (each file says how to read it).

Every program, script, idea, question and option a rule names is checked at load: a missing one is an error
naming the file, the rule and the field, so a content writer can tune the rules without a programmer.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Annotated, TypeVar

from lifeline_desktop.content.checkup import AREA, Question, load_questions
from lifeline_desktop.content.loading import ContentError, content_dir, load_one, read_toml
from lifeline_desktop.content.schema import FORBID_EXTRA, ID_PATTERN, Check
from lifeline_desktop.domain.vocabulary import Depth, Practice

RulesT = TypeVar("RulesT")


@dataclass(frozen=True, kw_only=True)
class Condition:
    """All must hold: `either` partner chose one of the options, `both` did, a practice is `tender` for one."""

    __pydantic_config__ = FORBID_EXTRA

    either: dict[str, tuple[str, ...]] = field(default_factory=dict)
    both: dict[str, tuple[str, ...]] = field(default_factory=dict)
    tender: tuple[Practice, ...] = ()

    def answers_named(self) -> Iterable[tuple[str, tuple[str, ...]]]:
        yield from self.either.items()
        yield from self.both.items()


@dataclass(frozen=True, kw_only=True)
class Levels:
    __pydantic_config__ = FORBID_EXTRA

    tender_below: Annotated[float, Check(gt=1, lt=5)]
    steady_from: Annotated[float, Check(gt=1, le=5)]
    differ_from: Annotated[float, Check(gt=0, lt=4)]
    moved_from: Annotated[float, Check(gt=0, lt=4)] = 0.5  # a retake: this much change in an average "moved"

    def __post_init__(self) -> None:
        if self.steady_from <= self.tender_below:
            raise ValueError("steady_from must be above tender_below")


@dataclass(frozen=True, kw_only=True)
class FocusWords:
    __pydantic_config__ = FORBID_EXTRA

    least: Annotated[int, Check(ge=1, le=5)]
    most: Annotated[int, Check(ge=1, le=5)]
    why_both_tender: Annotated[str, Check(min_length=10)]
    why_one_tender: Annotated[str, Check(min_length=10)]
    why_differ: Annotated[str, Check(min_length=10)]
    why_room: Annotated[str, Check(min_length=10)]


@dataclass(frozen=True, kw_only=True)
class FocusBoost:
    __pydantic_config__ = FORBID_EXTRA

    practice: Practice
    when: Condition
    why: Annotated[str, Check(min_length=10, max_length=300)]


@dataclass(frozen=True, kw_only=True)
class ProgramRule:
    __pydantic_config__ = FORBID_EXTRA

    id: Annotated[str, Check(pattern=ID_PATTERN)]
    program: str
    when: Condition = field(default_factory=Condition)
    why: Annotated[str, Check(min_length=10, max_length=300)]


@dataclass(frozen=True, kw_only=True)
class DepthRule:
    __pydantic_config__ = FORBID_EXTRA

    id: Annotated[str, Check(pattern=ID_PATTERN)]
    depth: Depth
    when: Condition = field(default_factory=Condition)
    why: Annotated[str, Check(min_length=10, max_length=300)]


@dataclass(frozen=True, kw_only=True)
class Retake:
    __pydantic_config__ = FORBID_EXTRA

    weeks: Annotated[int, Check(ge=4, le=8)]


@dataclass(frozen=True, kw_only=True)
class Rhythm:
    __pydantic_config__ = FORBID_EXTRA

    practice: Practice
    scripts: Annotated[tuple[str, ...], Check(min_length=1)]
    ideas: Annotated[tuple[str, ...], Check(min_length=1)]


@dataclass(frozen=True, kw_only=True)
class PathRules:
    __pydantic_config__ = FORBID_EXTRA

    levels: Levels
    focus: FocusWords
    focus_boost: tuple[FocusBoost, ...] = ()
    program: Annotated[tuple[ProgramRule, ...], Check(min_length=1)]
    depth: Annotated[tuple[DepthRule, ...], Check(min_length=1)]
    retake: Retake
    hard_talks: tuple[str, ...] = ()
    rhythm: tuple[Rhythm, ...]

    def __post_init__(self) -> None:
        if self.program[-1].when != Condition() or self.depth[-1].when != Condition():
            raise ValueError("the last program rule and the last depth rule apply always (no 'when')")
        missing = [p.value for p in Practice if p not in {r.practice for r in self.rhythm}]
        if missing:
            raise ValueError(f"rhythm has no entry for {', '.join(missing)}")

    def rhythm_for(self, practice: Practice) -> Rhythm:
        return next(r for r in self.rhythm if r.practice is practice)


@dataclass(frozen=True, kw_only=True)
class Stage:
    __pydantic_config__ = FORBID_EXTRA

    name: Annotated[str, Check(pattern=ID_PATTERN)]
    weeks: Annotated[int, Check(ge=0)]
    entries: Annotated[int, Check(ge=0)]
    program_week: Annotated[int, Check(ge=1)] | None = None
    mix: tuple[int, int, int]

    def __post_init__(self) -> None:
        if sum(self.mix) != 10 or min(self.mix) < 0:
            raise ValueError("mix gives days in ten: three numbers that add up to 10")


@dataclass(frozen=True, kw_only=True)
class PromptRules:
    __pydantic_config__ = FORBID_EXTRA

    focus_share: Annotated[int, Check(ge=0, le=10)]
    stage: Annotated[tuple[Stage, ...], Check(min_length=1)]

    def __post_init__(self) -> None:
        first = self.stage[0]
        if first.weeks or first.entries or first.mix != (10, 0, 0):
            raise ValueError("the first stage starts at 0 weeks and 0 entries with only light prompts")
        if any(s.mix[2] for s in self.stage if s.weeks < 4):
            raise ValueError("no stage before week 4 may show a deepest prompt")


@dataclass(frozen=True, kw_only=True)
class Suggestion:
    __pydantic_config__ = FORBID_EXTRA

    practice: Practice
    script: str
    gentle_idea: str  # offered instead of the script when hard talks are left out of suggestions


@dataclass(frozen=True, kw_only=True)
class Repair:
    __pydantic_config__ = FORBID_EXTRA

    id: Annotated[str, Check(pattern=ID_PATTERN)]
    text: Annotated[str, Check(min_length=10, max_length=300)]


@dataclass(frozen=True, kw_only=True)
class SuggestionRules:
    __pydantic_config__ = FORBID_EXTRA

    drop_rounds: Annotated[int, Check(ge=2, le=6)]
    widen_rounds: Annotated[int, Check(ge=2, le=6)]
    gap_at_least: Annotated[int, Check(ge=1, le=9)]
    dip_both: str
    dip_one: str
    gap_wider: str
    dimensions: dict[str, Practice]
    suggestion: tuple[Suggestion, ...]
    repair: Annotated[tuple[Repair, ...], Check(min_length=1)]

    def for_practice(self, practice: Practice) -> Suggestion | None:
        return next((s for s in self.suggestion if s.practice is practice), None)


@dataclass(frozen=True, kw_only=True)
class GuideRules:
    __pydantic_config__ = FORBID_EXTRA

    paths: PathRules
    prompts: PromptRules
    suggestions: SuggestionRules


def _rules(path: Path, kind: type[RulesT], item: str, checked: bool) -> RulesT:
    return load_one(kind, read_toml(path), f"{path.name}, {item}", checked)


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


def load_guide_rules(root: Path | None = None, checked: bool = True) -> GuideRules:
    """The three rule files, validated and with every reference checked against the content under `root` (the
    app's own, already loaded content when `root` is None and the files are trusted)."""
    from lifeline_desktop.content.ideas import builtin_ideas, load_ideas
    from lifeline_desktop.content.programs import builtin_programs, load_programs
    from lifeline_desktop.content.scripts import builtin_library, load_library

    folder = content_dir(AREA, root)
    rules = GuideRules(
        paths=_rules(folder / "paths.toml", PathRules, "the path rules", checked),
        prompts=_rules(folder / "prompts.toml", PromptRules, "the prompt stages", checked),
        suggestions=_rules(folder / "suggestions.toml", SuggestionRules, "the suggestion rules", checked),
    )
    if root is None and not checked:
        from lifeline_desktop.content.checkup import builtin_questions

        questions, programs = list(builtin_questions()), builtin_programs()
        scripts, ideas = builtin_library().all(), builtin_ideas()
    else:
        questions, programs = load_questions(root), tuple(load_programs(root))
        scripts, ideas = load_library(root).all(), tuple(load_ideas(root))
    check_rule_references(folder, rules, questions, {p.id for p in programs}, {s.id for s in scripts},
                          {i.id for i in ideas})
    return rules


@cache
def builtin_guide_rules() -> GuideRules:
    return load_guide_rules(checked=False)
