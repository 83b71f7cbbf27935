"""Answering the check-up as one partner, for the guide's tests."""

from __future__ import annotations

from lifeline_desktop.content.checkup import builtin_questions
from lifeline_desktop.services.guide.checkup import questions_for
from lifeline_desktop.services.session import Session

CALM = {"together-how-long": "2-to-10", "children-at-home": "none", "time-apart": "together",
        "recent-hurt": "no", "counsellor": "no", "leave-out": (), "safety": "no"}


def profile(scale: int | dict[str, int] = 4, **circumstances: object) -> dict[str, object]:
    """Every answer: `scale` for every scale question (or per practice), circumstances by name (- for _)."""
    answers: dict[str, object] = dict(CALM)
    answers.update({key.replace("_", "-"): value for key, value in circumstances.items()})
    for question in builtin_questions():
        if question.kind == "scale":
            level = scale if isinstance(scale, int) else scale.get(str(question.practice), 4)
            answers[question.id] = 6 - level if question.reverse else level
    return answers


def take_checkup(session: Session, answers: dict[str, object], *, finish: bool = True) -> None:
    session.guide.checkup.start()
    asked = questions_for({"leave-out": answers.get("leave-out", ())})  # type: ignore[dict-item]
    for question in asked:
        session.guide.checkup.save_answer(question.id, answers[question.id])  # type: ignore[arg-type]
    if finish:
        session.guide.checkup.finish_turn()
