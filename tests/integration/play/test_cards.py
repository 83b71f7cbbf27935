"""Question-card decks: what each deals, in what order, and that left-out topics never appear."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from lifeline_desktop.content.cards import load_getting_to_know, load_this_or_that
from lifeline_desktop.content.loading import ContentError
from lifeline_desktop.content.prompts import builtin_prompts
from lifeline_desktop.domain.vocabulary import CardDeckKind, Depth, Topic
from lifeline_desktop.services.play.cards import EVENING_CARDS_PER_DEPTH, CardService

DEPTH_RANK = {Depth.LIGHT: 0, Depth.DEEPER: 1, Depth.DEEPEST: 2}


def test_our_own_card_content_loads_with_enough_cards() -> None:
    assert len(load_this_or_that()) >= 60
    assert len(load_getting_to_know()) >= 40


def test_questions_for_two_are_spoken_prompts_of_the_chosen_depth() -> None:
    spoken = {p.id: p for p in builtin_prompts() if p.spoken}
    deck = CardService().deck(CardDeckKind.QUESTIONS_FOR_TWO, Depth.DEEPER, rng=random.Random(1))
    assert deck.cards and all(card.id in spoken and card.depth is Depth.DEEPER for card in deck.cards)
    assert len(deck.cards) == sum(1 for p in spoken.values() if p.depth is Depth.DEEPER)


def test_an_evening_of_every_depth_goes_gently_deeper() -> None:
    deck = CardService().deck(CardDeckKind.QUESTIONS_FOR_TWO, None, rng=random.Random(2))
    ranks = [DEPTH_RANK[card.depth] for card in deck.cards if card.depth is not None]
    depths = CardService().spoken_depths()
    assert depths and set(depths) == {card.depth for card in deck.cards}
    assert ranks == sorted(ranks) and len(ranks) == len(depths) * EVENING_CARDS_PER_DEPTH


def test_left_out_topics_are_never_dealt() -> None:
    tagged = {p.id for p in builtin_prompts() if Topic.SEXUAL_INTIMACY in p.topics and p.spoken}
    assert tagged  # the check below can fail
    service = CardService()
    everything = {card.id for depth in Depth
                  for card in service.deck(CardDeckKind.QUESTIONS_FOR_TWO, depth).cards}
    assert tagged <= everything
    kept = {card.id for depth in Depth for card in service.deck(
        CardDeckKind.QUESTIONS_FOR_TWO, depth, excluded_topics=[Topic.SEXUAL_INTIMACY]).cards}
    assert not tagged & kept
    family = service.deck(CardDeckKind.GETTING_TO_KNOW, excluded_topics=[Topic.FAMILY]).cards
    assert all("family" not in card.text for card in family)


def test_this_or_that_cards_carry_both_choices() -> None:
    deck = CardService().deck(CardDeckKind.THIS_OR_THAT, rng=random.Random(3))
    assert len(deck.cards) == len(load_this_or_that())
    assert all(card.other for card in deck.cards)


@pytest.mark.parametrize(("table", "problem"), [
    ('id = "x-1"\nversion = 1\nthis = "Tea"\nthat = "tea"', "same"),
    ('id = "x-1"\nversion = 1\nthis = "Tea?"\nthat = "Coffee"', "punctuation"),
])
def test_a_broken_pair_is_refused_with_a_reason(tmp_path: Path, table: str, problem: str) -> None:
    folder = tmp_path / "content" / "cards"
    folder.mkdir(parents=True)
    (folder / "this-or-that.toml").write_text(f"[[pair]]\n{table}\n", encoding="utf-8")
    with pytest.raises(ContentError, match=problem):
        load_this_or_that(tmp_path)


def test_a_getting_to_know_card_must_ask_a_question(tmp_path: Path) -> None:
    folder = tmp_path / "content" / "cards"
    folder.mkdir(parents=True)
    (folder / "getting-to-know-you-again.toml").write_text(
        '[[question]]\nid = "again-x"\nversion = 1\ntext = "Tell me about your week."\ndepth = "light"\n',
        encoding="utf-8")
    with pytest.raises(ContentError, match="question mark"):
        load_getting_to_know(tmp_path)
