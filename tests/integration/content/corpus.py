"""Every built-in item of every kind, as (kind, id, text) rows the content checks read: prompts, ideas, script
steps (one row per step, by place), programs, sources and
question cards. Loaded once per test session through the real loaders."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from lifeline_desktop.content.cards import (
    GettingToKnowQuestion,
    ThisOrThat,
    load_getting_to_know,
    load_this_or_that,
)
from lifeline_desktop.content.ideas import Idea, load_ideas
from lifeline_desktop.content.programs import Program, load_programs
from lifeline_desktop.content.prompts import Prompt, load_prompts
from lifeline_desktop.content.scripts import Script, load_scripts
from lifeline_desktop.content.sources import Source, load_sources
from lifeline_desktop.domain.conversation import StepOutline


@dataclass(frozen=True)
class Content:
    prompts: tuple[Prompt, ...]
    ideas: tuple[Idea, ...]
    scripts: tuple[Script, ...]
    programs: tuple[Program, ...]
    sources: tuple[Source, ...]
    this_or_that: tuple[ThisOrThat, ...]
    getting_to_know: tuple[GettingToKnowQuestion, ...]


@cache
def content() -> Content:
    scripts = tuple(load_scripts())
    return Content(tuple(load_prompts()), tuple(load_ideas()), scripts, tuple(load_programs()),
                   tuple(load_sources(script_ids={s.id for s in scripts})), tuple(load_this_or_that()),
                   tuple(load_getting_to_know()))


def script_steps(script: Script) -> Iterator[tuple[str, StepOutline]]:
    """(place, step) for every step as written (rounds once, not repeated): "opening 1", "round 2.1", "closing 1"."""
    outline = script.outline
    for number, step in enumerate(outline.opening, start=1):
        yield f"opening {number}", step
    for round_number, group in enumerate(outline.rounds, start=1):
        for number, step in enumerate(group.steps, start=1):
            yield f"round {round_number}.{number}", step
    for number, step in enumerate(outline.closing, start=1):
        yield f"closing {number}", step


def texts() -> Iterator[tuple[str, str]]:
    """(label, words) for every prompt, idea and script step: the items the duplicate checks compare."""
    data = content()
    for prompt in data.prompts:
        yield f"prompt {prompt.id}", prompt.text
    for idea in data.ideas:
        yield f"idea {idea.id}", idea.description
    for script in data.scripts:
        for place, step in script_steps(script):
            yield f"script {script.id} {place}", step.text
    for question in data.getting_to_know:
        yield f"card {question.id}", question.text


WORD = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")


def words(text: str) -> list[str]:
    return WORD.findall(text.lower())
