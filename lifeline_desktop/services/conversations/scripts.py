"""Our own scripts as the editor sees them: an editable draft, written out as TOML in the very format of the
built-in files, and validation messages phrased for people ("Step 3: please choose who this step is for").

The draft is checked by writing it out and reading it back with the built-in loader, so what the editor saves,
what Export writes and what Import reads can never disagree. No third-party TOML writer: the format is small,
and every string is written as a TOML basic string with full escaping.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from lifeline_desktop.content.scripts import (
    MAX_TEXT,
    Script,
    ScriptFileError,
    ScriptProblem,
    parse_script,
)
from lifeline_desktop.domain.conversation import MAX_TIMER_SECONDS, MIN_TIMER_SECONDS
from lifeline_desktop.domain.errors import InvalidInput, msg
from lifeline_desktop.domain.text import refuse_unstorable_in
from lifeline_desktop.services.conversations.views import RoundDraft, ScriptDraft, StepDraft

MAX_SCRIPT_FILE_BYTES = 512 * 1024
OWN_ID_PREFIX = "ours-"


class ScriptNotValid(InvalidInput):
    """A script that cannot be saved or imported; `messages` are sentences for people, one per problem."""

    def __init__(self, messages: list[str]) -> None:
        super().__init__(" ".join(messages))
        self.messages = messages


def duplicate_draft(script: Script) -> ScriptDraft:
    """A copy of a script (built-in or ours) to adapt: not saved yet, so it gets its own id on saving."""
    draft = ScriptDraft.from_script(script)
    draft.id, draft.version = "", 1
    draft.title = f"{script.title} (our version)"[:80]
    return draft


# --- writing TOML ---------------------------------------------------------------------------------------------

_ESCAPES = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r"}


def toml_string(text: str) -> str:
    """A TOML basic string: quotes, backslashes and every control character escaped."""
    out = []
    for char in text:
        if char in _ESCAPES:
            out.append(_ESCAPES[char])
        elif ord(char) < 0x20 or ord(char) == 0x7F:
            out.append(f"\\u{ord(char):04X}")
        else:
            out.append(char)
    return '"' + "".join(out) + '"'


def _strings(values: list[str]) -> str:
    return "[" + ", ".join(toml_string(v) for v in values) + "]"


def _step_lines(table: str, step: StepDraft) -> list[str]:
    lines = [f"[[{table}]]", f"for = {toml_string(step.role)}", f"text = {toml_string(step.text)}"]
    if step.timer_seconds is not None:
        lines.append(f"timer_seconds = {int(step.timer_seconds)}")
    if step.note:
        lines.append(f"note = {toml_string(step.note)}")
    if step.checklist:
        lines.append(f"checklist = {_strings(step.checklist)}")
    if step.alternative.strip():
        lines.append(f"alternative = {toml_string(step.alternative)}")
    return [*lines, ""]


def to_toml(draft: ScriptDraft) -> str:
    """The draft as a script file, in the format (and order) of the built-in files."""
    lines = [
        f"id = {toml_string(draft.id)}",
        f"version = {int(draft.version)}",
        f"title = {toml_string(draft.title)}",
        f"summary = {toml_string(draft.summary)}",
        f"helps_when = {toml_string(draft.helps_when)}",
        f"not_for = {toml_string(draft.not_for)}",
        f"practices = {_strings(draft.practices)}",
        f"minutes = {int(draft.minutes)}",
    ]
    if draft.professional_note.strip():
        lines.append(f"professional_note = {toml_string(draft.professional_note)}")
    if draft.topics:
        lines.append(f"topics = {_strings(draft.topics)}")
    if draft.conflict:
        lines.append("conflict = true")
    if draft.first_speaker_question.strip():
        lines.append(f"first_speaker_question = {toml_string(draft.first_speaker_question)}")
    lines.append("")
    for step in draft.opening:
        lines += _step_lines("steps", step)
    for group in draft.rounds:
        lines += ["[[rounds]]"]
        if group.title:
            lines.append(f"title = {toml_string(group.title)}")
        lines += [f"repeat = {int(group.repeat)}", f"swap_roles = {'true' if group.swap_roles else 'false'}", ""]
        for step in group.steps:
            lines += _step_lines("rounds.steps", step)
    for step in draft.closing:
        lines += _step_lines("closing", step)
    return "\n".join(lines).rstrip() + "\n"


# --- reading back, with messages for people -------------------------------------------------------------------

def slug(title: str) -> str:
    """A readable id from a title: small letters, digits and dashes (other scripts fall back to "script")."""
    text = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode().lower()
    text = re.sub(r"[^a-z0-9]+", "-", text).strip("-")[:40].strip("-")
    return text or "script"


def check_draft(draft: ScriptDraft) -> Script:
    """The validated script, or ScriptNotValid with one sentence per problem, numbered as the editor lists."""
    refuse_unstorable_in(draft)
    checked = ScriptDraft(**{**draft.__dict__, "id": draft.id or OWN_ID_PREFIX + "new"})
    try:
        return parse_script(to_toml(checked), "draft")
    except ScriptFileError as error:
        raise ScriptNotValid(people_messages(error, draft)) from error


def read_script_file(data: bytes, name: str) -> tuple[Script, str]:
    """A script file to import: the script and its text, or ScriptNotValid in words for people."""
    if len(data) > MAX_SCRIPT_FILE_BYTES:
        raise ScriptNotValid([msg("“%1” is too large to be a conversation script.", name)])
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ScriptNotValid([msg("“%1” is not a script file: it is not plain text.", name)]) from error
    try:
        script = parse_script(text, name)
    except ScriptFileError as error:
        if isinstance(error.__cause__, RecursionError):
            raise ScriptNotValid([f"“{name}” is not a script file we can read: it is nested too deeply (lists or "
                                  "tables inside each other thousands of times). Script files are the text files "
                                  "that Export writes."]) from error
        if not error.problems:
            where = re.search(r"line (\d+)", str(error))
            at = f" (look near line {where.group(1)})" if where else ""
            raise ScriptNotValid([msg("“%1” is not a script file we can read%2. Script files are the text "
                                      "files that Export writes.", name, at)]) from error
        raise ScriptNotValid([msg("“%1” cannot be imported as it is.", name),
                              *people_messages(error, _shape_of(text))]) from error
    return script, text


def _shape_of(text: str) -> ScriptDraft:
    """Just enough of a broken file's outline to number its steps the way the editor would."""
    import tomllib

    try:
        data: dict[str, Any] = tomllib.loads(text)
    except tomllib.TOMLDecodeError:
        return ScriptDraft()

    def count(value: object) -> list[StepDraft]:
        return [StepDraft() for _ in value] if isinstance(value, list) else []

    rounds = data.get("rounds")
    return ScriptDraft(
        opening=count(data.get("steps")), closing=count(data.get("closing")),
        rounds=[RoundDraft(steps=count(r.get("steps") if isinstance(r, dict) else None))
                for r in (rounds if isinstance(rounds, list) else [])])


_SCRIPT_FIELDS = {
    "title": "please give the script a title (3 to 80 characters)",
    "summary": "please say in a sentence or two what the script is about (at least 10 characters)",
    "helps_when": "please say when this script helps (at least 10 characters)",
    "not_for": "please say when this script is not the right tool (at least 10 characters)",
    "minutes": "please say about how long it takes, from 5 to 180 minutes",
    "id": "the script's name inside the file may only use small letters, digits and dashes",
    "version": "the version must be a whole number, 1 or more",
    "professional_note": "please write the note about a counsellor or couples therapist as plain text",
}


def _for_step(problem: ScriptProblem) -> str:
    kind, name = problem.kind, problem.field
    if name == "for":
        return "please choose who this step is for"
    if name == "text":
        if kind == "string_too_long":
            return f"the words are too long; please keep them under {MAX_TEXT:,} characters"
        return "please write the words to show"
    if name == "timer_seconds":
        return (f"a timer lasts from {MIN_TIMER_SECONDS} seconds to {MAX_TIMER_SECONDS // 60} minutes "
                "(or choose no timer)")
    if name == "note":
        return "a note is either shared or private (or choose no note)"
    if name == "checklist":
        return "a checklist line is empty; please write something on it or remove it"
    return _other(problem)


def _for_round(problem: ScriptProblem) -> str:
    if problem.field == "steps":
        return "please add at least one step to this round"
    if problem.field == "repeat":
        return "a round is played from 1 to 6 times"
    if problem.field == "swap_roles":
        return "swapping roles is either yes or no"
    if problem.field == "title":
        return "please write the round's title as plain text"
    return _other(problem)


def _for_script(problem: ScriptProblem) -> str:
    if problem.field == "practices":
        if "unknown practice" in problem.message:
            return "please choose practices from the list"
        return "please choose at least one practice"
    if "no steps" in problem.message:
        return "please add at least one step"
    if "professional_note" in problem.message:
        return ("a script about trust, a fight, a hurt or another hard topic needs a note saying where outside "
                "help is, such as a counsellor or couples therapist")
    if problem.field in ("steps", "rounds", "closing"):
        return "the steps are not written the way scripts expect"
    if problem.field in _SCRIPT_FIELDS:
        if problem.kind == "string_too_long":
            return f"the {problem.field.replace('_', ' ')} is too long"
        return _SCRIPT_FIELDS[problem.field]
    return _other(problem)


def _other(problem: ScriptProblem) -> str:
    if problem.kind == "extra_forbidden":
        return f"“{problem.field}” is not something scripts know (a typo?)"
    if problem.kind == "missing":
        return f"“{problem.field}” is missing"
    return f"“{problem.field or 'the script'}”: {problem.message}"


def people_message(problem: ScriptProblem, draft: ScriptDraft) -> str:
    number = draft.flat_number(problem)
    if number is not None:
        where = f"Step {number}"
        if problem.part == "round" and problem.round_index is not None:
            where += f" (round {problem.round_index + 1})"
        return f"{where}: {_for_step(problem)}."
    if problem.part == "round" and problem.round_index is not None:
        return f"Round {problem.round_index + 1}: {_for_round(problem)}."
    sentence = _for_script(problem)
    return sentence[:1].upper() + sentence[1:] + "."


def people_messages(error: ScriptFileError, draft: ScriptDraft) -> list[str]:
    messages: list[str] = []
    broken_rounds = {p.round_index for p in error.problems if p.part == "round" and p.step_index is not None}
    for problem in error.problems:
        if problem.part == "round" and problem.step_index is None and problem.round_index in broken_rounds \
                and problem.field == "steps" and problem.kind == "too_short":
            continue  # the validator drops the broken steps, then counts too few: say only what is wrong in them
        message = people_message(problem, draft)
        if message not in messages:
            messages.append(message)
    return messages or [str(error)]
