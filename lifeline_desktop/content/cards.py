"""Question cards of our own: resources/content/cards/.

Two files, each validated at load:
- `this-or-that.toml`: light either/or pairs, one `[[pair]]` table each (`this`, `that`: a few words, no ending
  punctuation, not the same choice twice);
- `getting-to-know-you-again.toml`: questions for couples who have been together a while, one `[[question]]`
  table each (a question that ends with a question mark, and a depth).
Both carry a stable id, a version and, optionally, the topics they touch, so a couple who left a topic out never
sees them. The prompts marked `spoken` make the third deck ("Questions for two"); they live with the prompts.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Annotated

from lifeline_desktop.content.loading import content_dir, load_items, require_unique_ids
from lifeline_desktop.content.schema import FORBID_EXTRA, ID_PATTERN, Check
from lifeline_desktop.domain.vocabulary import Depth, Topic

THIS_OR_THAT_FILE = "this-or-that.toml"
GETTING_TO_KNOW_FILE = "getting-to-know-you-again.toml"


def _trimmed(value: str) -> str:
    if value != value.strip() or "  " in value:
        raise ValueError("starts or ends with spaces, or has two spaces in a row")
    return value


@dataclass(frozen=True)
class ThisOrThat:
    __pydantic_config__ = FORBID_EXTRA

    id: Annotated[str, Check(pattern=ID_PATTERN)]
    version: Annotated[int, Check(ge=1)]
    this: Annotated[str, Check(min_length=2, max_length=48)]
    that: Annotated[str, Check(min_length=2, max_length=48)]
    topics: tuple[Topic, ...] = ()

    def __post_init__(self) -> None:
        for choice in (self.this, self.that):
            _trimmed(choice)
            if choice[-1:] in tuple(".?!,;:"):
                raise ValueError("a choice is a few words, without punctuation at the end (the card adds “or”)")
        if self.this.casefold() == self.that.casefold():
            raise ValueError("both choices are the same")


@dataclass(frozen=True)
class GettingToKnowQuestion:
    __pydantic_config__ = FORBID_EXTRA

    id: Annotated[str, Check(pattern=ID_PATTERN)]
    version: Annotated[int, Check(ge=1)]
    text: Annotated[str, Check(min_length=10, max_length=240)]
    depth: Depth
    topics: tuple[Topic, ...] = ()

    def __post_init__(self) -> None:
        _trimmed(self.text)
        if not self.text.endswith("?"):
            raise ValueError("a card asks a question: end it with a question mark")


def load_this_or_that(root: Path | None = None, checked: bool = True) -> list[ThisOrThat]:
    """Every pair in file order; raises ContentError naming the file, the item and the field."""
    path = content_dir("cards", root) / THIS_OR_THAT_FILE
    pairs = load_items(path, "pair", ThisOrThat, checked)
    require_unique_ids([(path, pair.id) for pair in pairs])
    return pairs


def load_getting_to_know(root: Path | None = None, checked: bool = True) -> list[GettingToKnowQuestion]:
    path = content_dir("cards", root) / GETTING_TO_KNOW_FILE
    questions = load_items(path, "question", GettingToKnowQuestion, checked)
    require_unique_ids([(path, question.id) for question in questions])
    return questions


@cache
def builtin_this_or_that() -> tuple[ThisOrThat, ...]:
    return tuple(load_this_or_that(checked=False))


@cache
def builtin_getting_to_know() -> tuple[GettingToKnowQuestion, ...]:
    return tuple(load_getting_to_know(checked=False))
