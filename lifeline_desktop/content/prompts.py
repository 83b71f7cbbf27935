"""Journal prompts: resources/content/prompts/*.toml, one `[[prompt]]` table per prompt.

Each prompt has an id (stable, never reused), a version, the text, the practice it serves and a depth; optionally
the topics it touches (a couple may leave a topic out) and whether it reads well aloud.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from lifeline_desktop.content.loading import content_files, load_items, require_unique_ids
from lifeline_desktop.domain.vocabulary import Depth, Practice, Topic


class Prompt(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]{1,63}$")
    version: int = Field(ge=1)
    text: str = Field(min_length=10, max_length=400)
    practice: Practice
    depth: Depth
    topics: tuple[Topic, ...] = ()
    spoken: bool = False  # reads well aloud: the question cards may deal it


def load_prompt_file(path: Path) -> list[Prompt]:
    return load_items(path, "prompt", Prompt)


def load_prompts(root: Path | None = None) -> list[Prompt]:
    """Every built-in prompt, sorted by id; raises ContentError naming the file, item and field."""
    found: list[tuple[Path, Prompt]] = [(path, prompt) for path in content_files("prompts", root)
                                        for prompt in load_prompt_file(path)]
    require_unique_ids([(path, prompt.id) for path, prompt in found])
    return sorted((prompt for _path, prompt in found), key=lambda p: p.id)


@cache
def builtin_prompts() -> tuple[Prompt, ...]:
    return tuple(load_prompts())
