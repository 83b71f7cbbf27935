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

from functools import cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from lifeline_desktop.content.loading import content_dir, load_items, require_unique_ids
from lifeline_desktop.domain.vocabulary import Depth, Topic

THIS_OR_THAT_FILE = "this-or-that.toml"
GETTING_TO_KNOW_FILE = "getting-to-know-you-again.toml"
_ID = r"^[a-z0-9][a-z0-9-]{1,63}$"


def _trimmed(value: str) -> str:
    if value != value.strip() or "  " in value:
        raise ValueError("starts or ends with spaces, or has two spaces in a row")
    return value


class ThisOrThat(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(pattern=_ID)
    version: int = Field(ge=1)
    this: str = Field(min_length=2, max_length=48)
    that: str = Field(min_length=2, max_length=48)
    topics: tuple[Topic, ...] = ()

    @field_validator("this", "that")
    @classmethod
    def _a_choice(cls, value: str) -> str:
        _trimmed(value)
        if value[-1] in ".?!,;:":
            raise ValueError("a choice is a few words, without punctuation at the end (the card adds “or”)")
        return value

    @model_validator(mode="after")
    def _two_choices(self) -> ThisOrThat:
        if self.this.casefold() == self.that.casefold():
            raise ValueError("both choices are the same")
        return self


class GettingToKnowQuestion(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(pattern=_ID)
    version: int = Field(ge=1)
    text: str = Field(min_length=10, max_length=240)
    depth: Depth
    topics: tuple[Topic, ...] = ()

    @field_validator("text")
    @classmethod
    def _a_question(cls, value: str) -> str:
        _trimmed(value)
        if not value.endswith("?"):
            raise ValueError("a card asks a question: end it with a question mark")
        return value


def load_this_or_that(root: Path | None = None) -> list[ThisOrThat]:
    """Every pair in file order; raises ContentError naming the file, the item and the field."""
    path = content_dir("cards", root) / THIS_OR_THAT_FILE
    pairs = load_items(path, "pair", ThisOrThat)
    require_unique_ids([(path, pair.id) for pair in pairs])
    return pairs


def load_getting_to_know(root: Path | None = None) -> list[GettingToKnowQuestion]:
    path = content_dir("cards", root) / GETTING_TO_KNOW_FILE
    questions = load_items(path, "question", GettingToKnowQuestion)
    require_unique_ids([(path, question.id) for question in questions])
    return questions


@cache
def builtin_this_or_that() -> tuple[ThisOrThat, ...]:
    return tuple(load_this_or_that())


@cache
def builtin_getting_to_know() -> tuple[GettingToKnowQuestion, ...]:
    return tuple(load_getting_to_know())
