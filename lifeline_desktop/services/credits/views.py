"""What the "Where these ideas come from" page shows: plain frozen data."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CreditedSource:
    id: str
    title: str
    about: str  # in our words: what the idea is and how our scripts use it
    reference: str  # authors, year, title, where published: text to look up, never a link the app opens
    script_titles: tuple[str, ...]  # the built-in scripts that follow it
