"""The vault's reveal key, in one place for everything sealed until both partners have answered: "both answer"
prompts (services/journal/sealed_answers.py), check-ins (services/checkins/), the check-up, its care marks and the
follow-ups after a hard talk (services/guide/). vault/reveal_keys.py explains what the key protects against and
what not. Also: fixed-size padding, so a sealed item's length says nothing about its content.
"""

from __future__ import annotations

import json

from sqlalchemy.orm import Session as OrmSession

from lifeline_desktop.store.vault_meta import read_or_write_meta
from lifeline_desktop.vault.reveal_keys import REVEAL_KEY_META, new_reveal_key_text, reveal_key_from_text

PADDED_BYTES = 256


def reveal_key(session: OrmSession) -> bytes:
    """The vault's reveal key, made (once, inside the encrypted database) the first time anything is sealed."""
    return reveal_key_from_text(read_or_write_meta(session, REVEAL_KEY_META, new_reveal_key_text))


def padded_json(data: dict[str, object]) -> str:
    """JSON padded with spaces to PADDED_BYTES, so "yes" and "no" seal to ciphertexts of one length."""
    text = json.dumps(data, separators=(",", ":"))
    if len(text.encode("utf-8")) > PADDED_BYTES:
        raise ValueError("a padded item holds at most 256 bytes")
    return text + " " * (PADDED_BYTES - len(text.encode("utf-8")))
