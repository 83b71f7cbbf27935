"""The key that keeps "both answer" prompts sealed until both partners have answered.

Why not the author's personal key: the reveal happens when the *second* partner answers, in their session, and
that session must read the first answer to publish both together. Only the other partner's passphrase opens the
first author's personal key, so a personal-key seal could never be revealed by the second partner.

So each answer is sealed (AES-GCM, associated data binding row id and author) under a random per-vault "reveal
key". That key lives inside the encrypted database (vault_meta, base64), which only an unlocked vault can read,
and it survives a master-key rotation (a key derived from the master key would not). What this buys:
- an answer is never plain text in any column, index, search or export before the reveal;
- the app refuses to show the other partner's answer until both exist, then reveals both in one transaction.

What it does not buy: a guarantee against the other partner. They hold the vault's master key too, so someone
determined, with tools outside Lifeline, could open a sealed answer. This is about not reading over each other's
shoulder on one computer, and the app says so.
"""

from __future__ import annotations

from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.vault.crypto import b64, new_key, open_sealed, seal, unb64

REVEAL_KEY_META = "sealed_answers.reveal_key"


def new_reveal_key_text() -> str:
    return b64(new_key())


def reveal_key_from_text(text: str) -> bytes:
    return unb64(text)


def _associated_data(row_id: int, author: PartnerSlot) -> bytes:
    return f"lifeline-sealed-answer-v1|row={row_id}|author={author.value}".encode()


def seal_answer(reveal_key: bytes, text: str, *, row_id: int, author: PartnerSlot) -> bytes:
    return seal(reveal_key, text.encode("utf-8"), _associated_data(row_id, author))


def open_answer(reveal_key: bytes, sealed: bytes, *, row_id: int, author: PartnerSlot) -> str:
    return open_sealed(reveal_key, sealed, _associated_data(row_id, author)).decode("utf-8")
