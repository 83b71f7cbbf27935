"""From two partners' check-up answers to a path: pure functions over the rules in resources/content/checkup/.

`quiet` (services/guide/safety.py) leaves conversations about conflict and trust out of everything proposed, and
never shows why: the proposal looks like any other.
"""

from __future__ import annotations

from lifeline_desktop.content.checkup import Question, builtin_questions
from lifeline_desktop.content.guide_rules import Condition, GuideRules, PathRules
from lifeline_desktop.content.programs import Program, builtin_programs
from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.domain.vocabulary import Practice, Topic
from lifeline_desktop.services.guide.views import (
    Answers,
    FocusChoice,
    Level,
    PathProposal,
    PracticeChange,
    PracticeStanding,
)

BOTH = (PartnerSlot.A, PartnerSlot.B)
_LEVEL_WORDS = {Practice.EMOTIONAL_INTIMACY: "feeling known", Practice.RECONNECTING: "finding each other again",
                Practice.TRUST: "trust", Practice.COMMUNICATION: "talking and listening",
                Practice.CLOSENESS: "closeness"}


def practice_words(practice: Practice) -> str:
    return _LEVEL_WORDS[practice]


def practice_means(answers: Answers, questions: tuple[Question, ...] | None = None) -> dict[Practice, float]:
    """One partner's average per practice (1 to 5, reverse items turned round); practices with no answer left out."""
    sums: dict[Practice, list[int]] = {}
    for question in questions or builtin_questions():
        value = answers.get(question.id)
        if question.kind != "scale" or not isinstance(value, int) or question.practice is None:
            continue
        sums.setdefault(question.practice, []).append(6 - value if question.reverse else value)
    return {practice: sum(values) / len(values) for practice, values in sums.items()}


def level_of(mean: float, rules: PathRules) -> Level:
    if mean < rules.levels.tender_below:
        return Level.TENDER
    return Level.STEADY if mean >= rules.levels.steady_from else Level.ROOM


def standings(answers: dict[PartnerSlot, Answers], rules: PathRules) -> tuple[PracticeStanding, ...]:
    means = {slot: practice_means(answers[slot]) for slot in BOTH}
    found = []
    for practice in Practice:
        if not all(practice in means[slot] for slot in BOTH):
            continue
        a, b = means[PartnerSlot.A][practice], means[PartnerSlot.B][practice]
        found.append(PracticeStanding(practice, {slot: level_of(means[slot][practice], rules) for slot in BOTH},
                                      abs(a - b) >= rules.levels.differ_from))
    return tuple(found)


def practice_changes(before: dict[PartnerSlot, Answers], after: dict[PartnerSlot, Answers], rules: PathRules
                     ) -> tuple[PracticeChange, ...]:
    """How each practice moved for each partner between two check-ups (only practices both asked about)."""
    old = {slot: practice_means(before[slot]) for slot in BOTH}
    new = {slot: practice_means(after[slot]) for slot in BOTH}
    found = []
    for practice in Practice:
        if not all(practice in old[slot] and practice in new[slot] for slot in BOTH):
            continue
        moves = {}
        for slot in BOTH:
            delta = new[slot][practice] - old[slot][practice]
            moves[slot] = 0 if abs(delta) < rules.levels.moved_from else (1 if delta > 0 else -1)
        found.append(PracticeChange(practice, moves))
    return tuple(found)


def left_out_topics(answers: dict[PartnerSlot, Answers]) -> tuple[Topic, ...]:
    chosen: set[str] = set()
    for slot in BOTH:
        value = answers[slot].get("leave-out", ())
        if isinstance(value, tuple):
            chosen.update(value)
    return tuple(t for t in Topic if t.value in chosen)


def holds(condition: Condition, answers: dict[PartnerSlot, Answers], found: tuple[PracticeStanding, ...]) -> bool:
    for question_id, options in condition.either.items():
        if not any(answers[slot].get(question_id) in options for slot in BOTH):
            return False
    for question_id, options in condition.both.items():
        if not all(answers[slot].get(question_id) in options for slot in BOTH):
            return False
    if condition.tender:
        tender = {s.practice for s in found if Level.TENDER in s.levels.values()}
        if not tender & set(condition.tender):
            return False
    return True


def program_allowed(program: Program, left_out: tuple[Topic, ...], hard_talks: set[str], quiet: bool) -> bool:
    if set(program.topics) & set(left_out):
        return False
    return not (quiet and any(step.kind == "script" and step.ref in hard_talks for _u, step in program.steps()))


def _focus(answers: dict[PartnerSlot, Answers], found: tuple[PracticeStanding, ...], rules: PathRules
           ) -> tuple[FocusChoice, ...]:
    means = {slot: practice_means(answers[slot]) for slot in BOTH}
    boosts: dict[Practice, str] = {}
    for boost in rules.focus_boost:
        if boost.practice not in boosts and holds(boost.when, answers, found):
            boosts[boost.practice] = boost.why

    def weight(standing: PracticeStanding) -> tuple[int, float, str]:
        low = min(means[slot][standing.practice] for slot in BOTH)
        gap = abs(means[PartnerSlot.A][standing.practice] - means[PartnerSlot.B][standing.practice])
        return (0 if standing.practice in boosts else 1, low - gap / 2, standing.practice.value)

    ranked = sorted(found, key=weight)
    chosen: list[FocusChoice] = []
    for position, standing in enumerate(ranked):
        tender = [lvl is Level.TENDER for lvl in standing.levels.values()]
        if position >= rules.focus.most or (position >= rules.focus.least and not any(tender)
                                             and standing.practice not in boosts):
            break
        words = practice_words(standing.practice)
        if standing.practice in boosts:
            why = boosts[standing.practice]
        elif all(tender):
            why = rules.focus.why_both_tender
        elif any(tender):
            why = rules.focus.why_one_tender
        elif standing.differ:
            why = rules.focus.why_differ
        else:
            why = rules.focus.why_room
        chosen.append(FocusChoice(standing.practice, _sentence(why.replace("{practice}", words))))
    return tuple(chosen)


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:]


def propose_path(answers: dict[PartnerSlot, Answers], rules: GuideRules, *, quiet: bool = False) -> PathProposal:
    """The path both partners' answers point to. Works with any subset of topics left out, even all of them."""
    paths = rules.paths
    found = standings(answers, paths)
    left_out = left_out_topics(answers)
    programs = {p.id: p for p in builtin_programs()}
    hard = set(paths.hard_talks)
    program_rule = next((rule for rule in paths.program
                         if holds(rule.when, answers, found)
                         and program_allowed(programs[rule.program], left_out, hard, quiet)), None)
    depth_rule = next(rule for rule in paths.depth if holds(rule.when, answers, found))
    program = programs[program_rule.program] if program_rule is not None else None
    return PathProposal(
        program_id=program.id if program is not None else None,
        program_title=program.title if program is not None else "",
        program_why=program_rule.why if program_rule is not None else "",
        focus=_focus(answers, found, paths),
        depth=depth_rule.depth,
        depth_why=depth_rule.why,
        retake_weeks=paths.retake.weeks,
        left_out=left_out,
    )
