"""The prompt of the day that deepens with the couple (rules in resources/content/checkup/prompts.toml).

A stage opens when the couple has used Lifeline for its `weeks` and written its `entries` (or a program reached
its `program_week`); the stage's `mix` says on how many days in ten the prompt is light, deeper or deepest. The
path's depth caps it; "lighter today" asks for a light one; topics left out are never shown. The choice is
deterministic for a vault and a day, so both partners see the same prompt all day (entries are counted up to the
start of the day).
"""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass
from datetime import date

from lifeline_desktop.content.guide_rules import PromptRules, Stage
from lifeline_desktop.content.prompts import Prompt
from lifeline_desktop.domain.vocabulary import Depth, Practice, Topic

_DEPTHS = (Depth.LIGHT, Depth.DEEPER, Depth.DEEPEST)


@dataclass(frozen=True)
class Progress:
    weeks: int  # since the couple started using Lifeline
    entries: int  # journal entries either of them wrote before today
    program_week: int = 0  # the week (1-based) a running program has reached; 0 when none


@dataclass(frozen=True)
class PromptChoice:
    focus: tuple[Practice, ...] = ()
    left_out: tuple[Topic, ...] = ()
    depth_cap: Depth = Depth.DEEPEST


def stage_for(progress: Progress, rules: PromptRules) -> Stage:
    reached = [s for s in rules.stage
               if (progress.weeks >= s.weeks and progress.entries >= s.entries)
               or (s.program_week is not None and progress.program_week >= s.program_week
                   and progress.weeks >= min(s.weeks, 4))]
    return reached[-1] if reached else rules.stage[0]


def capped_mix(mix: tuple[int, int, int], cap: Depth) -> tuple[int, int, int]:
    light, deeper, deepest = mix
    if cap is Depth.LIGHT:
        return (10, 0, 0)
    if cap is Depth.DEEPER:
        return (light, deeper + deepest, 0)
    return mix


def _rng(seed: int, day: date, offset: int) -> random.Random:
    digest = hashlib.sha256(f"{seed}|{day.isoformat()}|{offset}".encode()).digest()
    return random.Random(int.from_bytes(digest[:8], "big"))


def choose_prompt(prompts: tuple[Prompt, ...], rules: PromptRules, seed: int, day: date, progress: Progress,
                  choice: PromptChoice, *, offset: int = 0, lighter: bool = False) -> Prompt:
    rng = _rng(seed, day, offset)
    usable = [p for p in prompts if not set(p.topics) & set(choice.left_out)]
    if offset:  # "another one" is never the prompt it replaces
        shown = choose_prompt(prompts, rules, seed, day, progress, choice, offset=offset - 1, lighter=lighter)
        usable = [p for p in usable if p.id != shown.id] or usable
    mix = (10, 0, 0) if lighter else capped_mix(stage_for(progress, rules).mix, choice.depth_cap)
    depth = rng.choices(_DEPTHS, weights=mix)[0]
    pool = [p for p in usable if p.depth is depth] or [p for p in usable if p.depth is Depth.LIGHT] or usable
    if choice.focus and rng.randrange(10) < rules.focus_share:
        pool = [p for p in pool if p.practice in choice.focus] or pool
    if not pool:  # every topic left out and nothing untagged: the gentlest prompt there is
        return sorted(prompts, key=lambda p: (p.depth is not Depth.LIGHT, bool(p.topics), p.id))[0]
    pool.sort(key=lambda p: p.id)
    return pool[rng.randrange(len(pool))]
