"""How hard a passphrase is to guess, from zxcvbn (Dropbox's estimator: dictionaries, names, keyboard patterns,
dates and repeats), in our own words. Only the 0–4 score is used; zxcvbn's English advice is not shown.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from lifeline_desktop.ui import defs

# zxcvbn's time grows with length; the first characters decide the score long before this many.
ESTIMATE_LIMIT = 100
VERY_WEAK = 1  # a score at or below this asks "use it anyway?"


def strength_score(passphrase: str, related: Iterable[str] = ()) -> int:
    """0 (guessed at once) … 4 (strong); `related` words (the partners' names) count as easy to guess."""
    if not passphrase:
        return 0
    from zxcvbn import zxcvbn  # imported on first use: not on the start-up path

    words = [word for word in related if word]
    return int(zxcvbn(passphrase[:ESTIMATE_LIMIT], user_inputs=words)["score"])


def is_long_enough(passphrase: str) -> bool:
    return len(passphrase) >= defs.MIN_PASSPHRASE_LENGTH


def strength_text(passphrase: str, score: int) -> str:
    t = QCoreApplication.translate
    if not is_long_enough(passphrase):
        return t("strength", "Too short: use at least %n characters.", "", defs.MIN_PASSPHRASE_LENGTH)
    return (
        t("strength", "Very weak: this one is among the first anyone would try."),
        t("strength", "Weak: a phrase of a few unrelated words is much harder to guess."),
        t("strength", "Fair: one or two more words would make it strong."),
        t("strength", "Good: hard to guess."),
        t("strength", "Strong: very hard to guess."),
    )[max(0, min(score, 4))]
