"""Question cards: decks to ask aloud on the sofa, dealt from built-in content only (no vault data).

- "Questions for two": the prompts marked `spoken`, of one depth, or an evening that goes gently deeper;
- "This or that": our light either/or pairs;
- "Getting to know you again": our questions for couples who have been together a while, lightest first.
Cards touching a topic the couple left out are never dealt.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence
from typing import Protocol, TypeVar

from lifeline_desktop.content.cards import builtin_getting_to_know, builtin_this_or_that
from lifeline_desktop.content.prompts import builtin_prompts
from lifeline_desktop.domain.vocabulary import CardDeckKind, Depth, Topic
from lifeline_desktop.services.play.views import Card, CardDeck

EVENING_CARDS_PER_DEPTH = 8  # "every depth": an evening of light, then deeper, then deepest questions
DEPTH_ORDER = (Depth.LIGHT, Depth.DEEPER, Depth.DEEPEST)


class _Tagged(Protocol):
    @property
    def topics(self) -> tuple[Topic, ...]: ...


TaggedT = TypeVar("TaggedT", bound=_Tagged)


def _allowed(items: Iterable[TaggedT], excluded: frozenset[Topic]) -> list[TaggedT]:
    return [item for item in items if not excluded.intersection(item.topics)]


def _gently_deeper(cards: Sequence[Card], rng: random.Random, per_depth: int | None) -> list[Card]:
    """Shuffled within each depth, lightest first; at most `per_depth` of each when given."""
    dealt: list[Card] = []
    for depth in DEPTH_ORDER:
        pile = [card for card in cards if card.depth is depth]
        rng.shuffle(pile)
        dealt += pile if per_depth is None else pile[:per_depth]
    return dealt


class CardService:
    def spoken_depths(self) -> tuple[Depth, ...]:
        """The depths "Questions for two" can deal (the deepest prompts may all be meant for writing)."""
        present = {prompt.depth for prompt in builtin_prompts() if prompt.spoken}
        return tuple(depth for depth in DEPTH_ORDER if depth in present)

    def deck(self, kind: CardDeckKind, depth: Depth | None = None, excluded_topics: Iterable[Topic] = (),
             rng: random.Random | None = None) -> CardDeck:
        """A freshly shuffled deck. `depth` matters for "Questions for two" only: one depth, or None for an
        evening that goes gently deeper. `excluded_topics`: topics the couple left out."""
        rng = rng or random.Random()
        excluded = frozenset(excluded_topics)
        if kind is CardDeckKind.THIS_OR_THAT:
            cards = [Card(pair.id, pair.this, pair.that) for pair in _allowed(builtin_this_or_that(), excluded)]
            rng.shuffle(cards)
        elif kind is CardDeckKind.GETTING_TO_KNOW:
            cards = _gently_deeper([Card(q.id, q.text, depth=q.depth)
                                    for q in _allowed(builtin_getting_to_know(), excluded)], rng, None)
        else:
            spoken = [Card(p.id, p.text, depth=p.depth) for p in _allowed(builtin_prompts(), excluded)
                      if p.spoken and (depth is None or p.depth is depth)]
            cards = _gently_deeper(spoken, rng, EVENING_CARDS_PER_DEPTH if depth is None else None)
        return CardDeck(kind, tuple(cards))
