"""Shared loading of built-in content: TOML files under resources/content/<area>/, as the dataclasses of each
area (content/schema.py says how one schema is both checked and trusted).

`checked=True` (the default of every load_* function: tests, scripts/check_content.py) checks each item with
pydantic; the app's own builtin_* loaders pass `checked=False` and build the items without importing pydantic.
Every error names the file, the item (by its id, or its position) and the field, in a sentence a content writer
can act on.
"""

from __future__ import annotations

import tomllib
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TypeVar

from lifeline_desktop.content.schema import build, describe_issues, validate
from lifeline_desktop.domain.errors import LifelineError
from lifeline_desktop.resource_paths import resources_dir

ItemT = TypeVar("ItemT")


class ContentError(LifelineError):
    """Built-in content that does not match its schema (a packaging or writing mistake, never user data)."""


def content_dir(area: str, root: Path | None = None) -> Path:
    return (root or resources_dir()) / "content" / area


def content_files(area: str, root: Path | None = None) -> list[Path]:
    return sorted(content_dir(area, root).glob("*.toml"))


def read_toml(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise ContentError(f"{path.name}: cannot be read as TOML ({error}).") from error


def load_one(cls: type[ItemT], data: object, where: str, checked: bool) -> ItemT:
    """`data` as `cls`: checked with pydantic, or built trusting it; a problem is a ContentError naming `where`
    (the file and the item)."""
    if not checked:
        try:
            return build(cls, data)
        except (TypeError, ValueError, LookupError, StopIteration) as error:
            raise ContentError(f"{where}: {error}.") from error
    from pydantic import ValidationError

    try:
        return validate(cls, data)
    except ValidationError as error:
        raise ContentError(f"{where}: {describe_issues([dict(e) for e in error.errors()])}.") from error


def load_items(path: Path, table: str, model: type[ItemT], checked: bool = True) -> list[ItemT]:
    """The items of one file: the array of tables `[[table]]`, each made into (and, if `checked`, checked as)
    `model`."""
    data = read_toml(path)
    raw_items = data.get(table)
    if not isinstance(raw_items, list) or not raw_items:
        raise ContentError(f"{path.name}: expected at least one [[{table}]] item.")
    items: list[ItemT] = []
    for position, raw in enumerate(raw_items, start=1):
        label = f"item {position}"
        if isinstance(raw, dict) and isinstance(raw.get("id"), str):
            label = f"item {raw['id']!r}"
        items.append(load_one(model, raw, f"{path.name}, {label}", checked))
    return items


def require_unique_ids(items: Sequence[tuple[Path, str]]) -> None:
    """(file, id) pairs: an id used twice anywhere in an area is an error naming both files."""
    seen: dict[str, Path] = {}
    for path, item_id in items:
        if item_id in seen:
            raise ContentError(f"{path.name}, item {item_id!r}: id already used in {seen[item_id].name}.")
        seen[item_id] = path
