"""The couple's path: accepted as proposed, changed in any part, or ignored; and what it asks of this week.

The accepted path lives in `vault_meta` as JSON (inside the encrypted file). This week's conversation and activity
come from the focus practices in turn (paths.toml, `rhythm`), leaving out topics the couple chose to leave out and,
when the care mark asks for it (services/guide/safety.py), conversations about conflict and trust, silently.
"""

from __future__ import annotations

import json
from datetime import date, datetime

from lifeline_desktop.content.guide_rules import GuideRules
from lifeline_desktop.content.ideas import builtin_ideas
from lifeline_desktop.content.scripts import Script
from lifeline_desktop.domain.errors import InvalidInput, msg
from lifeline_desktop.domain.vocabulary import Depth, Practice, Topic
from lifeline_desktop.services.guide.rules import practice_words
from lifeline_desktop.services.guide.views import AcceptedPath, PathProposal, WeekPlan

PATH_META = "guide.path"
IGNORED_META = "guide.path_ignored"
RETAKE_CHOICES = (4, 5, 6, 7, 8)


def path_to_json(path: AcceptedPath) -> str:
    return json.dumps({"checkup": path.checkup_id, "program": path.program_id,
                       "focus": [p.value for p in path.focus], "depth": path.depth.value,
                       "retake_weeks": path.retake_weeks, "accepted_at": path.accepted_at.isoformat(),
                       "changed": list(path.changed)})


def path_from_json(text: str) -> AcceptedPath:
    data = json.loads(text)
    return AcceptedPath(int(data["checkup"]), data["program"], tuple(Practice(p) for p in data["focus"]),
                        Depth(data["depth"]), int(data["retake_weeks"]), datetime.fromisoformat(data["accepted_at"]),
                        tuple(data.get("changed", ())))


def accepted_from(proposal: PathProposal, checkup_id: int, now: datetime, *, program_id: str | bool | None = True,
                  focus: tuple[Practice, ...] | None = None, depth: Depth | None = None,
                  retake_weeks: int | None = None) -> AcceptedPath:
    """The proposal, with any part changed (`program_id` False/None for no program, a string for another)."""
    chosen_program = proposal.program_id if program_id is True else (program_id or None)
    chosen_focus = focus if focus is not None else tuple(f.practice for f in proposal.focus)
    if not 1 <= len(chosen_focus) <= 3 or len(set(chosen_focus)) != len(chosen_focus):
        raise InvalidInput(msg("Choose one to three practices to focus on."))
    weeks = retake_weeks if retake_weeks is not None else proposal.retake_weeks
    if weeks not in RETAKE_CHOICES:
        raise InvalidInput(msg("Choose a check-up every four to eight weeks."))
    changed = [name for name, differs in (
        ("program", chosen_program != proposal.program_id),
        ("focus", chosen_focus != tuple(f.practice for f in proposal.focus)),
        ("depth", depth is not None and depth is not proposal.depth),
        ("retake", weeks != proposal.retake_weeks)) if differs]
    return AcceptedPath(checkup_id, chosen_program, chosen_focus, depth or proposal.depth, weeks, now,
                        tuple(changed))


def _allowed(topics: tuple[Topic, ...], left_out: tuple[Topic, ...]) -> bool:
    return not set(topics) & set(left_out)


def week_plan(path: AcceptedPath, today: date, rules: GuideRules, scripts: dict[str, Script],
              left_out: tuple[Topic, ...], quiet: bool) -> WeekPlan | None:
    """This week's conversation and activity: week n takes focus practice n mod count, and steps through that
    practice's list each time round."""
    if not path.focus:
        return None
    week = max(0, (today - path.accepted_at.astimezone().date()).days // 7)
    practice = path.focus[week % len(path.focus)]
    turn = week // len(path.focus)
    rhythm = rules.paths.rhythm_for(practice)
    hard = set(rules.paths.hard_talks) if quiet else set()
    script_ids = [s for s in rhythm.scripts if s in scripts and s not in hard and _allowed(scripts[s].topics, left_out)]
    ideas = {i.id: i for i in builtin_ideas()}
    idea_ids = [i for i in rhythm.ideas if i in ideas and _allowed(ideas[i].topics, left_out)]
    if not script_ids or not idea_ids:
        return None
    script = scripts[script_ids[turn % len(script_ids)]]
    idea = ideas[idea_ids[turn % len(idea_ids)]]
    return WeekPlan(week + 1, practice, script.id, script.title, script.minutes, idea.id, idea.title, idea.minutes)


def what_changed(before: PathProposal | None, after: PathProposal) -> tuple[str, ...]:
    """In words, how the proposed path moved since the check-up before (how each practice moved is
    `practice_changes`, worded by the screen)."""
    if before is None:
        return ()
    lines = []
    if before.program_id != after.program_id and after.program_title:
        lines.append(f"The program proposed is now “{after.program_title}”.")
    old_focus = [f.practice for f in before.focus]
    new_focus = [f.practice for f in after.focus]
    if old_focus != new_focus:
        lines.append("The focus is now " + ", ".join(practice_words(p) for p in new_focus) + ".")
    return tuple(lines)
