"""The two primitives the vault is built from: AES-256-GCM with bound associated data, and random keys.

The cipher is OpenSSL's, reached through the library Python's own hashlib uses (openssl_gcm.py: well under 1 MiB,
where importing `cryptography` costs about 7 MiB resident), or `cryptography`'s where that cannot be reached. Both
are AES-256-GCM with a random 96-bit nonce and a 128-bit tag, and write the same bytes. The choice is made on the
first seal or open, or by `load_library` once someone starts to unlock: the unlock screen reads the key file (base64
and nothing sealed) without either.
"""

from __future__ import annotations

import base64
import functools
import os

from lifeline_desktop.vault.aead import Aead, TagMismatch

KEY_BYTES = 32
NONCE_BYTES = 12


class AuthenticationFailed(Exception):
    """Ciphertext, key or associated data do not match: wrong key, or the bytes were changed."""


class CryptographyGcm:
    """AES-256-GCM from `cryptography`, where Python's own OpenSSL cannot be reached (see openssl_gcm.py)."""

    def seal(self, key: bytes, nonce: bytes, plaintext: bytes, associated_data: bytes) -> bytes:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        return AESGCM(key).encrypt(nonce, plaintext, associated_data)

    def open(self, key: bytes, nonce: bytes, sealed: bytes, associated_data: bytes) -> bytes:
        from cryptography.exceptions import InvalidTag
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        try:
            return AESGCM(key).decrypt(nonce, sealed, associated_data)
        except InvalidTag as error:
            raise TagMismatch() from error


@functools.cache
def cipher() -> Aead:
    """The AES-256-GCM this process uses: OpenSSL through hashlib's library when it passes its self-test."""
    from lifeline_desktop.vault import openssl_gcm  # ctypes too: not before the first seal or open

    return openssl_gcm.load() or CryptographyGcm()


def load_library() -> None:
    """Choose and load the cipher now (off the GUI thread), so the first unlock does not wait for it."""
    cipher()


def new_key() -> bytes:
    return os.urandom(KEY_BYTES)


def seal(key: bytes, plaintext: bytes, associated_data: bytes) -> bytes:
    """Encrypt and authenticate; the result is nonce || ciphertext || tag."""
    _check_key(key)
    nonce = os.urandom(NONCE_BYTES)
    return nonce + cipher().seal(key, nonce, plaintext, associated_data)


def open_sealed(key: bytes, sealed: bytes, associated_data: bytes) -> bytes:
    if len(sealed) < NONCE_BYTES + 16:
        raise AuthenticationFailed("sealed value is too short")
    _check_key(key)
    try:
        return cipher().open(key, sealed[:NONCE_BYTES], sealed[NONCE_BYTES:], associated_data)
    except TagMismatch as error:
        raise AuthenticationFailed("sealed value does not authenticate") from error


def _check_key(key: bytes) -> None:
    if len(key) != KEY_BYTES:  # both ciphers: AES-256 only, never a shorter key by mistake
        raise ValueError(f"A vault key is {KEY_BYTES} bytes, not {len(key)}.")


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)
