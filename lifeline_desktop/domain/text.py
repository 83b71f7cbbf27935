"""Text that cannot be stored: a lone surrogate ("\\ud800", half of an emoji's UTF-16 pair) has no UTF-8 form.

Some pastes (and some input methods) leave one behind. It must never reach the database driver as a crash, and it
must never be stored in a form that breaks an export later. Writes refuse it with `UnstorableText`; searches
treat it as a character that matches nothing (`searchable`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import fields, is_dataclass
from typing import Any

from lifeline_desktop.domain.errors import InvalidInput

_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
REPLACEMENT_CHARACTER = "\ufffd"


class UnstorableText(InvalidInput):
    def __init__(self) -> None:
        super().__init__("Some of this text holds a broken character that cannot be saved (often half of an emoji, "
                         "left behind by a copy and paste). Delete it or type it again; nothing was saved.")


def has_unstorable_characters(text: str) -> bool:
    return _LONE_SURROGATE.search(text) is not None


def refuse_unstorable(*texts: str) -> None:
    """Raise UnstorableText if any of `texts` holds a character UTF-8 cannot encode."""
    if any(has_unstorable_characters(text) for text in texts):
        raise UnstorableText()


def refuse_unstorable_in(value: object) -> None:
    """Like `refuse_unstorable`, for every text inside `value`: a dataclass, a mapping, a list or a tuple."""
    if isinstance(value, str):
        refuse_unstorable(value)
    elif is_dataclass(value) and not isinstance(value, type):
        refuse_unstorable_in([getattr(value, f.name) for f in fields(value)])
    elif isinstance(value, Mapping):
        refuse_unstorable_in(list(value.keys()) + list(value.values()))
    elif isinstance(value, list | tuple | set | frozenset):
        for item in value:
            refuse_unstorable_in(item)


def searchable(text: str) -> str:
    """`text` with every unstorable character replaced by U+FFFD, which no stored text holds: it matches nothing."""
    return _LONE_SURROGATE.sub(REPLACEMENT_CHARACTER, text)


def storable_json(content: Any) -> str:
    """`content` as JSON for sealing, refused (UnstorableText) when it holds an unstorable character.

    json.dumps would otherwise hide a lone surrogate as a `\\ud800` escape that decodes into the same trouble
    when the sealed item is opened, shown or exported."""
    text = json.dumps(content, ensure_ascii=False)
    refuse_unstorable(text)
    return text
