"""Guided conversation scripts: resources/content/scripts/<id>.toml, one script per file.

A file holds the script's id, version, title, summary, `helps_when`, `not_for`, practices and minutes, then its
steps in three parts, in order: `[[steps]]` (the opening), `[[rounds]]` (each with its own `[[rounds.steps]]`,
a `repeat` count and `swap_roles`), and `[[closing]]`. A step has `for` (both, speaker, listener, a, b), `text`,
and optionally `timer_seconds`, `note` ("shared" or "private"), `checklist` (lines for the listener) and
`alternative`: another way to do the step for whoever would rather not, shown under its words. Every step that
asks for eye contact or touch offers one (sitting side by side, a hand on the table, a written note).

Optional script fields: `topics` (from the one Topic list), `conflict = true` for a script about a fight, a hurt,
a complaint or a boundary, and `first_speaker_question`, the question the start screen asks instead of its
generic "who speaks first" when the roles carry weight ("Who was hurt, and will speak first?"): roles are chosen
before the first step, never inside the script.

A `professional_note` (where outside help is, in a sentence or two) is required on every script about trust,
conflict, hurt, money or boundaries: practice `trust`, `conflict = true`, or a topic in NOTE_TOPICS.

`_common.toml` holds what every script shares: the safety note and the ideas offered during a break.

Every error names the file, the step (by its place: "opening step 2", "round 1, step 3", "closing step 1") and
the field, in a sentence a writer who is not a programmer can act on.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Annotated, Any, Literal, TypeVar

from lifeline_desktop.content.loading import ContentError, content_dir, require_unique_ids
from lifeline_desktop.content.schema import FORBID_EXTRA, ID_PATTERN, Check, Rule, build, validate
from lifeline_desktop.domain.conversation import (
    MAX_TIMER_SECONDS,
    MIN_TIMER_SECONDS,
    NoteKind,
    Role,
    RoundOutline,
    ScriptOutline,
    StepOutline,
)
from lifeline_desktop.domain.vocabulary import Practice, Topic

AREA = "scripts"
COMMON_FILE = "_common.toml"
MAX_TEXT = 2_000
MAX_ALTERNATIVE = 400
ModelT = TypeVar("ModelT")
NOTE_TOPICS = frozenset({Topic.BETRAYAL, Topic.MONEY, Topic.FAMILY, Topic.SEXUAL_INTIMACY, Topic.GRIEF,
                         Topic.ILLNESS})


@dataclass(frozen=True)
class ScriptProblem:
    """One thing wrong in a script, by place: `part` is "opening", "round", "closing" or "" (the whole script);
    `round_index` and `step_index` are 0-based (None when not about a round or a step); `kind` is the
    validator's error type ("missing", "literal_error", …) and `message` the loader's own words."""

    part: str
    round_index: int | None
    step_index: int | None
    field: str
    kind: str
    message: str


class ScriptFileError(ContentError):
    """A script file that cannot be used, with the file, the step and the field named.

    `problems` lists each issue by place (empty when the file is not TOML at all), for screens that phrase them
    in their own words."""

    def __init__(self, message: str, problems: tuple[ScriptProblem, ...] = ()) -> None:
        super().__init__(message)
        self.problems = problems


TOO_DEEP = "is nested too deeply to be a script (lists or tables inside each other thousands of times)."


def _words(value: str) -> str:
    if not value.strip():
        raise ValueError("the words to show are empty")
    return value.strip()


def _checklist(value: tuple[str, ...]) -> tuple[str, ...]:
    if any(not line.strip() for line in value):
        raise ValueError("a checklist line is empty")
    return tuple(line.strip() for line in value)


def _alternative(value: str) -> str:
    if value and not value.strip():
        raise ValueError("the alternative is empty; leave it out or write another way to do the step")
    return value.strip()


def _known_practices(value: tuple[str, ...]) -> tuple[str, ...]:
    unknown = [p for p in value if p not in set(Practice)]
    if unknown:
        raise ValueError(f"unknown practice {unknown[0]!r}; use one of: {', '.join(Practice)}")
    return value


_STEP_CONFIG = {**FORBID_EXTRA, "alias_generator": lambda name: name.rstrip("_")}  # the field for_ is `for` in TOML


@dataclass(frozen=True, kw_only=True)
class StepModel:
    __pydantic_config__ = _STEP_CONFIG

    for_: Literal["both", "speaker", "listener", "a", "b"]
    text: Annotated[str, Check(min_length=1, max_length=MAX_TEXT), Rule(_words)]
    timer_seconds: Annotated[int, Check(ge=MIN_TIMER_SECONDS, le=MAX_TIMER_SECONDS, strict=True)] | None = None
    note: Literal["shared", "private"] | None = None
    checklist: Annotated[tuple[str, ...], Rule(_checklist)] = ()
    alternative: Annotated[str, Check(max_length=MAX_ALTERNATIVE), Rule(_alternative)] = ""

    def outline(self) -> StepOutline:
        return StepOutline(Role(self.for_), self.text, self.timer_seconds,
                           NoteKind(self.note) if self.note else None, self.checklist, self.alternative)


@dataclass(frozen=True, kw_only=True)
class RoundModel:
    __pydantic_config__ = FORBID_EXTRA

    title: str = ""
    repeat: Annotated[int, Check(ge=1, le=6, strict=True)] = 2
    swap_roles: bool = True
    steps: Annotated[tuple[StepModel, ...], Check(min_length=1)]


@dataclass(frozen=True, kw_only=True)
class ScriptModel:
    __pydantic_config__ = FORBID_EXTRA

    id: Annotated[str, Check(pattern=ID_PATTERN)]
    version: Annotated[int, Check(ge=1, strict=True)]
    title: Annotated[str, Check(min_length=3, max_length=80)]
    summary: Annotated[str, Check(min_length=10, max_length=600)]
    helps_when: Annotated[str, Check(min_length=10, max_length=600)]
    not_for: Annotated[str, Check(min_length=10, max_length=600)]
    practices: Annotated[tuple[str, ...], Check(min_length=1), Rule(_known_practices)]
    minutes: Annotated[int, Check(ge=5, le=180, strict=True)]
    professional_note: str = ""
    topics: tuple[Topic, ...] = ()
    conflict: bool = False
    first_speaker_question: Annotated[str, Check(max_length=120)] = ""
    steps: tuple[StepModel, ...] = ()
    rounds: tuple[RoundModel, ...] = ()
    closing: tuple[StepModel, ...] = ()

    def __post_init__(self) -> None:
        if not (self.steps or self.rounds or self.closing):
            raise ValueError("the script has no steps")
        if "trust" in self.practices and not self.professional_note.strip():
            raise ValueError("a script about trust needs a professional_note saying it is meant alongside a "
                             "counsellor or couples therapist")
        if self.needs_professional_note and not self.professional_note.strip():
            raise ValueError("a script about conflict, hurt, money, boundaries or a topic like "
                             f"{', '.join(sorted(NOTE_TOPICS))} needs a professional_note saying where outside "
                             "help is")
        question = self.first_speaker_question.strip()
        if question and not question.endswith("?"):
            raise ValueError("first_speaker_question is a question for the start screen; end it with “?”")

    @property
    def needs_professional_note(self) -> bool:
        return "trust" in self.practices or self.conflict or bool(NOTE_TOPICS.intersection(self.topics))


@dataclass(frozen=True)
class Script:
    """A validated script: what the library shows and what the runner plays."""

    id: str
    version: int
    title: str
    summary: str
    helps_when: str
    not_for: str
    practices: tuple[str, ...]
    minutes: int
    professional_note: str
    outline: ScriptOutline
    source: str
    ours: bool = False  # written, duplicated or imported by the couple (stored in the vault, not a file)
    topics: tuple[Topic, ...] = ()
    first_speaker_question: str = ""  # asked on the start screen instead of "who speaks first", when set
    conflict: bool = False

    @classmethod
    def from_model(cls, model: ScriptModel, source: str) -> Script:
        outline = ScriptOutline(
            opening=tuple(step.outline() for step in model.steps),
            rounds=tuple(RoundOutline(tuple(step.outline() for step in r.steps), r.repeat, r.swap_roles, r.title)
                         for r in model.rounds),
            closing=tuple(step.outline() for step in model.closing),
        )
        return cls(model.id, model.version, model.title, model.summary, model.helps_when, model.not_for,
                   model.practices, model.minutes, model.professional_note.strip(), outline, source,
                   topics=model.topics, first_speaker_question=model.first_speaker_question.strip(),
                   conflict=model.conflict)


@dataclass(frozen=True)
class CommonModel:
    __pydantic_config__ = FORBID_EXTRA

    safety_note: Annotated[str, Check(min_length=20)]
    break_ideas: Annotated[tuple[str, ...], Check(min_length=3)]
    break_words: Annotated[str, Check(min_length=10)]


# --- errors that name the file, the step and the field --------------------------------------------------------

_FIELD_NAMES = {"for_": "for"}
_KINDS = {"unexpected_keyword_argument": "extra_forbidden"}  # a dataclass's word for an unknown key


def _place(loc: tuple[int | str, ...]) -> tuple[str, tuple[int | str, ...]]:
    """('rounds', 0, 'steps', 2, 'text') -> ('round 1, step 3', ('text',))."""
    parts = list(loc)
    if len(parts) >= 2 and parts[0] in ("steps", "closing") and isinstance(parts[1], int):
        word = "opening step" if parts[0] == "steps" else "closing step"
        return f"{word} {parts[1] + 1}", tuple(parts[2:])
    if len(parts) >= 2 and parts[0] == "rounds" and isinstance(parts[1], int):
        where = f"round {parts[1] + 1}"
        if len(parts) >= 4 and parts[2] == "steps" and isinstance(parts[3], int):
            return f"{where}, step {parts[3] + 1}", tuple(parts[4:])
        return where, tuple(parts[2:])
    return "", tuple(parts)


def _describe(issue: dict[str, Any]) -> str:
    place, rest = _place(tuple(issue.get("loc", ())))
    field = ".".join(_FIELD_NAMES.get(str(p), str(p)) for p in rest if not isinstance(p, int))
    message = str(issue.get("msg", "is not valid")).removeprefix("Value error, ")
    if issue.get("type") == "missing":
        message = "is missing"
    elif _KINDS.get(issue.get("type", ""), issue.get("type")) == "extra_forbidden":
        message = "is not a field scripts know (a typo?)"
    elif issue.get("type") == "literal_error" and field == "for":
        message = "must be one of both, speaker, listener, a, b"
    pieces = [p for p in (place, f"field “{field}”" if field else "") if p]
    return f"{', '.join(pieces) or 'the script'}: {message}"


def _problem(issue: dict[str, Any]) -> ScriptProblem:
    loc = tuple(issue.get("loc", ()))
    part, round_index, step_index, rest = "", None, None, loc
    if len(loc) >= 2 and loc[0] in ("steps", "closing") and isinstance(loc[1], int):
        part, step_index, rest = ("opening" if loc[0] == "steps" else "closing"), loc[1], loc[2:]
    elif len(loc) >= 2 and loc[0] == "rounds" and isinstance(loc[1], int):
        part, round_index, rest = "round", loc[1], loc[2:]
        if len(loc) >= 4 and loc[2] == "steps" and isinstance(loc[3], int):
            step_index, rest = loc[3], loc[4:]
    field = ".".join(_FIELD_NAMES.get(str(p), str(p)) for p in rest if not isinstance(p, int))
    message = str(issue.get("msg", "is not valid")).removeprefix("Value error, ")
    kind = _KINDS.get(str(issue.get("type", "")), str(issue.get("type", "")))
    return ScriptProblem(part, round_index, step_index, field, kind, message)


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError as error:
        raise ScriptFileError(f"{path.name}: is not UTF-8 text ({error.reason}).") from error
    except tomllib.TOMLDecodeError as error:
        raise ScriptFileError(f"{path.name}: is not valid TOML ({error}).") from error
    except RecursionError as error:
        raise ScriptFileError(f"{path.name}: {TOO_DEEP}") from error
    except OSError as error:
        raise ScriptFileError(f"{path.name}: cannot be read ({error.strerror or error}).") from error


def parse_script(text: str, name: str) -> Script:
    """A script from TOML text; `name` (a file name) is used in every error message."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ScriptFileError(f"{name}: is not valid TOML ({error}).") from error
    except RecursionError as error:  # lists or inline tables inside each other thousands of times
        raise ScriptFileError(f"{name}: {TOO_DEEP}") from error
    return _validate(data, name)


def _validate(data: dict[str, Any], name: str, checked: bool = True) -> Script:
    """`data` as a Script: checked with pydantic (a couple's own scripts always are), or built trusting it."""
    return Script.from_model(_model(ScriptModel, data, name, checked), name)


def _model(kind: type[ModelT], data: dict[str, Any], name: str, checked: bool) -> ModelT:
    if not checked:
        try:
            return build(kind, data)
        except (TypeError, ValueError, LookupError, StopIteration) as error:
            raise ScriptFileError(f"{name}: cannot be used ({error}).") from error
    from pydantic import ValidationError

    try:
        return validate(kind, data)
    except ValidationError as error:
        issues = [dict(issue) for issue in error.errors()]
        problems = "; ".join(_describe(issue) for issue in issues)
        raise ScriptFileError(f"{name}: {problems}.", tuple(_problem(issue) for issue in issues)) from error
    except (TypeError, ValueError, RecursionError) as error:  # pragma: no cover - pydantic wraps these
        raise ScriptFileError(f"{name}: cannot be used ({error}).") from error


def load_script_file(path: Path, checked: bool = True) -> Script:
    return _validate(_read_toml(path), path.name, checked)


def script_files(root: Path | None = None) -> list[Path]:
    return sorted(p for p in content_dir(AREA, root).glob("*.toml") if not p.name.startswith("_"))


def load_scripts(root: Path | None = None, checked: bool = True) -> list[Script]:
    """Every built-in script, sorted by title; ScriptFileError names the file, step and field."""
    scripts = [load_script_file(path, checked) for path in script_files(root)]
    require_unique_ids([(Path(script.source), script.id) for script in scripts])
    return sorted(scripts, key=lambda s: s.title.casefold())


def load_common(root: Path | None = None, checked: bool = True) -> CommonModel:
    path = content_dir(AREA, root) / COMMON_FILE
    return _model(CommonModel, _read_toml(path), path.name, checked)


class ScriptLibrary:
    """The built-in scripts and the words every script shares."""

    def __init__(self, scripts: list[Script], common: CommonModel) -> None:
        self._scripts = {script.id: script for script in scripts}
        self.common = common

    def all(self) -> list[Script]:
        return list(self._scripts.values())

    def get(self, script_id: str) -> Script | None:
        return self._scripts.get(script_id)


def load_library(root: Path | None = None, checked: bool = True) -> ScriptLibrary:
    return ScriptLibrary(load_scripts(root, checked), load_common(root, checked))


@cache
def builtin_library() -> ScriptLibrary:
    """Loaded once, on first use (off the GUI thread, by the conversation service), trusting the shipped files
    that the tests check (content/schema.py)."""
    return load_library(checked=False)
