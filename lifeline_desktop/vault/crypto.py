"""The two primitives the vault is built from: AES-256-GCM with bound associated data, and random keys.

`cryptography` (about 7 MiB resident) is imported on the first seal or open, or by `load_library` once someone
starts to unlock: the unlock screen reads the key file (base64 and nothing sealed) without it.
"""

from __future__ import annotations

import base64
import os
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

KEY_BYTES = 32
NONCE_BYTES = 12


class AuthenticationFailed(Exception):
    """Ciphertext, key or associated data do not match: wrong key, or the bytes were changed."""


def load_library() -> None:
    """Import the cipher now (off the GUI thread), so the first unlock does not wait for it."""
    _cipher(bytes(KEY_BYTES))


def _cipher(key: bytes) -> AESGCM:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    return AESGCM(key)


def new_key() -> bytes:
    return os.urandom(KEY_BYTES)


def seal(key: bytes, plaintext: bytes, associated_data: bytes) -> bytes:
    """Encrypt and authenticate; the result is nonce || ciphertext || tag."""
    nonce = os.urandom(NONCE_BYTES)
    return nonce + _cipher(key).encrypt(nonce, plaintext, associated_data)


def open_sealed(key: bytes, sealed: bytes, associated_data: bytes) -> bytes:
    if len(sealed) < NONCE_BYTES + 16:
        raise AuthenticationFailed("sealed value is too short")
    from cryptography.exceptions import InvalidTag

    try:
        return _cipher(key).decrypt(sealed[:NONCE_BYTES], sealed[NONCE_BYTES:], associated_data)
    except InvalidTag as error:
        raise AuthenticationFailed("sealed value does not authenticate") from error


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)
