"""Suggestions from check-ins (rules in resources/content/checkup/suggestions.toml), worked out on this computer
from revealed rounds only: a practice whose score dropped `drop_rounds` rounds in a row for either partner, or
whose gap between the partners widened `widen_rounds` rounds in a row, gets one conversation (or, when hard talks
are left out, a gentle activity) suggested on Today.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

from lifeline_desktop.content.guide_rules import SuggestionRules
from lifeline_desktop.content.ideas import builtin_ideas
from lifeline_desktop.content.scripts import Script
from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.domain.vocabulary import Practice
from lifeline_desktop.services.checkins.views import DIMENSIONS, RevealedRound
from lifeline_desktop.services.guide.rules import practice_words
from lifeline_desktop.services.guide.views import GuideSuggestion


def _falling(values: list[int], rounds: int) -> bool:
    tail = values[-(rounds + 1):]
    return len(tail) == rounds + 1 and all(later < earlier for earlier, later in itertools.pairwise(tail))


def _widening(gaps: list[int], rounds: int, at_least: int) -> bool:
    return _falling([-g for g in gaps], rounds) and gaps[-1] >= at_least


def dips(rounds: list[RevealedRound], rules: SuggestionRules) -> list[tuple[Practice, str, PartnerSlot | None]]:
    """(practice, "both" / "one" / "gap", whose) for each check-in dimension that dipped, in dimension order."""
    found: list[tuple[Practice, str, PartnerSlot | None]] = []
    for dimension in DIMENSIONS:
        practice = rules.dimensions.get(dimension)
        if practice is None:
            continue
        series = {slot: [r.answers[slot].scores.get(dimension) for r in rounds] for slot in PartnerSlot}
        falling = [slot for slot in PartnerSlot if _falling(series[slot], rules.drop_rounds)]
        gaps = [abs(a - b) for a, b in zip(series[PartnerSlot.A], series[PartnerSlot.B], strict=True)]
        if len(falling) == 2:
            found.append((practice, "both", None))
        elif falling:
            found.append((practice, "one", falling[0]))
        elif _widening(gaps, rules.widen_rounds, rules.gap_at_least):
            found.append((practice, "gap", None))
    return found


def suggestion_from(rounds: list[RevealedRound], rules: SuggestionRules, scripts: Callable[[str], Script | None],
                    names: dict[PartnerSlot, str], hard_talks: set[str], quiet: bool) -> GuideSuggestion | None:
    ideas = {i.id: i for i in builtin_ideas()}
    for practice, kind, whose in dips(rounds, rules):
        tip = rules.for_practice(practice)
        if tip is None:
            continue
        script = scripts(tip.script)
        if script is not None and not (quiet and script.id in hard_talks):
            title, minutes, ref, ref_kind = script.title, script.minutes, script.id, "script"
        else:
            idea = ideas[tip.gentle_idea]
            title, minutes, ref, ref_kind = idea.title, idea.minutes, idea.id, "idea"
        template = {"both": rules.dip_both, "one": rules.dip_one, "gap": rules.gap_wider}[kind]
        text = (template.replace("{practice}", practice_words(practice)).replace("{title}", title)
                .replace("{minutes}", str(minutes)).replace("{name}", names[whose] if whose else ""))
        return GuideSuggestion(practice, text[:1].upper() + text[1:], ref_kind, ref)
    return None
