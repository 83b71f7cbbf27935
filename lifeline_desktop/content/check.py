"""Check every piece of built-in content with the full schema (pydantic), and that the app's trusted loading
builds exactly the same items: what the tests and `scripts/check_content.py` run, never the app itself.

The app loads its shipped content without checking it (content/schema.py); this is what makes that safe.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from lifeline_desktop.content import cards, checkup, guide_rules, ideas, programs, prompts, scripts, sources


def _areas(root: Path | None) -> dict[str, Callable[[bool], object]]:
    def library(checked: bool) -> object:
        loaded = scripts.load_library(root, checked)
        return loaded.all(), loaded.common

    return {
        "prompts": lambda checked: prompts.load_prompts(root, checked),
        "ideas": lambda checked: ideas.load_ideas(root, checked),
        "scripts": library,
        "programs": lambda checked: programs.load_programs(root, checked),
        "sources": lambda checked: sources.load_sources(root, checked=checked),
        "this-or-that cards": lambda checked: cards.load_this_or_that(root, checked),
        "getting-to-know cards": lambda checked: cards.load_getting_to_know(root, checked),
        "check-up questions": lambda checked: checkup.load_questions(root, checked),
        "safety help": lambda checked: checkup.load_safety_help(root, checked),
        "guide rules": lambda checked: guide_rules.load_guide_rules(root, checked),
    }


def check_all_content(root: Path | None = None) -> list[str]:
    """The areas checked, in order; raises ContentError naming the file, item and field of the first problem,
    or AssertionError when the trusted loading of an area differs from the checked one."""
    checked_areas = []
    for area, load in _areas(root).items():
        if load(True) != load(False):
            raise AssertionError(f"{area}: the app's trusted loading differs from the checked one")
        checked_areas.append(area)
    return checked_areas
