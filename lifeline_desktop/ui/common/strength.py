"""A passphrase strength hint from length and variety only (no external library, no word lists)."""

from __future__ import annotations

from lifeline_desktop.ui import defs
from lifeline_desktop.ui.common.text import translate


def strength_score(passphrase: str) -> int:
    """0 (too short) … 4 (strong). Length counts most; variety of character kinds helps."""
    length = len(passphrase)
    if length < defs.MIN_PASSPHRASE_LENGTH:
        return 0
    kinds = sum(
        (
            any(ch.islower() for ch in passphrase),
            any(ch.isupper() for ch in passphrase),
            any(ch.isdigit() for ch in passphrase),
            any(ch.isspace() for ch in passphrase),
            any(not ch.isalnum() and not ch.isspace() for ch in passphrase),
            any(ord(ch) > 127 and ch.isalpha() for ch in passphrase),
        )
    )
    distinct = len(set(passphrase))
    score = 1
    if length >= 12 and kinds >= 2 and distinct >= 6:
        score = 2
    if length >= 16 and kinds >= 2 and distinct >= 8:
        score = 3
    if (length >= 20 and kinds >= 3 and distinct >= 10) or (length >= 28 and distinct >= 12):
        score = 4
    return score


def strength_text(score: int) -> str:
    return (
        translate("strength", "Too short: use at least %n characters.", "", defs.MIN_PASSPHRASE_LENGTH),
        translate("strength", "Weak: a longer phrase of a few words is much harder to guess."),
        translate("strength", "Fair: a few more words would make it strong."),
        translate("strength", "Good."),
        translate("strength", "Strong."),
    )[max(0, min(score, 4))]
