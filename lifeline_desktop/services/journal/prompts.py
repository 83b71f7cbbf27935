"""Writing prompts for the journal: the prompt of the day, another one, and lookup by id.

Prompt of the day: the built-in prompts (sorted by id) are shuffled once per vault, with a seed drawn at random
the first time and kept in `vault_meta` (inside the encrypted file). Day N of the calendar shows position
N mod count of that order, so every day shows one prompt, both partners see the same one, and with at least 365
prompts no prompt comes back within a year. "Another prompt" steps further along the same order.
"""

from __future__ import annotations

import random
import secrets
from datetime import date

from lifeline_desktop.content.prompts import Prompt, builtin_prompts
from lifeline_desktop.services.journal.views import PromptView
from lifeline_desktop.services.vault.context import VaultContext
from lifeline_desktop.store.vault_meta import read_or_write_meta

SEED_KEY = "journal.prompt_order_seed"
_EPOCH = date(2000, 1, 1)


def _view(prompt: Prompt) -> PromptView:
    return PromptView(prompt.id, prompt.text, prompt.practice.value, prompt.depth.value)


def daily_order(prompts: tuple[Prompt, ...], seed: int) -> list[Prompt]:
    order = sorted(prompts, key=lambda p: p.id)
    random.Random(seed).shuffle(order)
    return order


class PromptService:
    def __init__(self, context: VaultContext) -> None:
        self._context = context
        self._order: list[Prompt] | None = None

    def today(self) -> date:
        return self._context.clock.now().astimezone().date()

    def prompt_of_the_day(self, day: date | None = None, offset: int = 0) -> PromptView:
        """The prompt for `day` (today by default); `offset` n gives the n-th "another prompt" after it."""
        order = self._daily_order()
        index = ((day or self.today()) - _EPOCH).days + offset
        return _view(order[index % len(order)])

    def prompt(self, prompt_id: str) -> PromptView | None:
        found = next((p for p in builtin_prompts() if p.id == prompt_id), None)
        return _view(found) if found is not None else None

    def all_prompts(self, practice: str | None = None) -> list[PromptView]:
        return [_view(p) for p in builtin_prompts() if practice is None or p.practice.value == practice]

    def order_seed(self) -> int:
        """The vault's own random seed for the daily prompts (the guide's deepening prompt uses it too)."""
        return self._seed()

    def _daily_order(self) -> list[Prompt]:
        if self._order is None:
            self._order = daily_order(builtin_prompts(), self._seed())
        return self._order

    def _seed(self) -> int:
        with self._context.transaction() as session:
            return int(read_or_write_meta(session, SEED_KEY, lambda: str(secrets.randbits(63))))


