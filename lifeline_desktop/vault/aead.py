"""What the vault asks of an AES-256-GCM implementation (crypto.py chooses one), and how one says no."""

from __future__ import annotations

from typing import Protocol


class TagMismatch(Exception):
    """The ciphertext, key, nonce or associated data are not the ones sealed together (crypto.open_sealed says it
    as AuthenticationFailed)."""


class Aead(Protocol):
    def seal(self, key: bytes, nonce: bytes, plaintext: bytes, associated_data: bytes) -> bytes:
        """ciphertext || 16-byte tag"""
        ...

    def open(self, key: bytes, nonce: bytes, sealed: bytes, associated_data: bytes) -> bytes:
        """The plaintext, or TagMismatch."""
        ...
