"""The vault's reveal key, in one place for everything sealed until both partners have answered: "both answer"
prompts (services/journal/sealed_answers.py), check-ins (services/checkins/), the check-up, its care marks and the
follow-ups after a hard talk (services/guide/). vault/reveal_keys.py explains what the key protects against and
what not. Also: fixed-size padding, so a sealed item's length says nothing about its content, and the small
vault_meta reads and writes these use.
"""

from __future__ import annotations

import json

from sqlalchemy.orm import Session as OrmSession

from lifeline_desktop.store.models import VaultMetaRow
from lifeline_desktop.vault.reveal_keys import REVEAL_KEY_META, new_reveal_key_text, reveal_key_from_text

PADDED_BYTES = 256


def reveal_key(session: OrmSession) -> bytes:
    """The vault's reveal key, made (once, inside the encrypted database) the first time anything is sealed."""
    meta = session.get(VaultMetaRow, REVEAL_KEY_META)
    if meta is None:
        meta = VaultMetaRow(key=REVEAL_KEY_META, value=new_reveal_key_text())
        session.add(meta)
        session.flush()
    return reveal_key_from_text(meta.value)


def padded_json(data: dict[str, object]) -> str:
    """JSON padded with spaces to PADDED_BYTES, so "yes" and "no" seal to ciphertexts of one length."""
    text = json.dumps(data, separators=(",", ":"))
    if len(text.encode("utf-8")) > PADDED_BYTES:
        raise ValueError("a padded item holds at most 256 bytes")
    return text + " " * (PADDED_BYTES - len(text.encode("utf-8")))


def read_meta(session: OrmSession, key: str) -> str | None:
    row = session.get(VaultMetaRow, key)
    return row.value if row is not None else None


def write_meta(session: OrmSession, key: str, value: str) -> None:
    row = session.get(VaultMetaRow, key)
    if row is None:
        session.add(VaultMetaRow(key=key, value=value))
    else:
        row.value = value
