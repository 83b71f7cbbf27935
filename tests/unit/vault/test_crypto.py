"""AES-256-GCM through Python's own OpenSSL (openssl_gcm.py) and through `cryptography` are one cipher: each writes the
same bytes and reads the other's, and both refuse anything changed."""

from __future__ import annotations

import os
import sys

import pytest
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from lifeline_desktop.vault import crypto, openssl_gcm
from lifeline_desktop.vault.crypto import AuthenticationFailed, CryptographyGcm, open_sealed, seal

LENGTHS = (0, 1, 15, 16, 17, 1000, 1 << 20)
# On Linux, Python's OpenSSL must be reachable (the memory figures count on it); elsewhere cryptography may stand in.
needs_openssl = pytest.mark.skipif(not sys.platform.startswith("linux") and openssl_gcm.load() is None,
                                   reason="this Python's OpenSSL is out of reach here: the vault uses cryptography")


def openssl() -> openssl_gcm.OpenSslGcm:
    cipher = openssl_gcm.load()
    assert cipher is not None, "Python's OpenSSL should be reachable on Linux: without it the vault loads cryptography"
    return cipher


@needs_openssl
def test_this_python_uses_its_own_openssl_for_the_vault() -> None:
    assert isinstance(crypto.cipher(), openssl_gcm.OpenSslGcm)


@needs_openssl
@pytest.mark.parametrize("length", LENGTHS)
def test_openssl_writes_the_bytes_cryptography_writes_and_each_reads_the_other(length: int) -> None:
    key, nonce, plaintext, associated = os.urandom(32), os.urandom(12), os.urandom(length), os.urandom(length % 40)
    reference = AESGCM(key).encrypt(nonce, plaintext, associated)
    assert openssl().seal(key, nonce, plaintext, associated) == reference
    assert openssl().open(key, nonce, reference, associated) == plaintext
    assert AESGCM(key).decrypt(nonce, openssl().seal(key, nonce, plaintext, associated), associated) == plaintext


@needs_openssl
@pytest.mark.parametrize("backend", [openssl, CryptographyGcm], ids=["openssl", "cryptography"])
def test_anything_changed_does_not_open(backend, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(crypto, "cipher", lambda: backend())
    key = os.urandom(32)
    sealed = seal(key, b"our anniversary plans", b"journal|entry-7")
    assert open_sealed(key, sealed, b"journal|entry-7") == b"our anniversary plans"
    changed = [bytes([sealed[0] ^ 1]) + sealed[1:],  # the nonce
               sealed[:12] + bytes([sealed[12] ^ 1]) + sealed[13:],  # the ciphertext
               sealed[:-1] + bytes([sealed[-1] ^ 1]),  # the tag
               sealed[:-1]]  # a byte short
    for value in changed:
        with pytest.raises(AuthenticationFailed):
            open_sealed(key, value, b"journal|entry-7")
    with pytest.raises(AuthenticationFailed):
        open_sealed(key, sealed, b"journal|entry-8")
    with pytest.raises(AuthenticationFailed):
        open_sealed(os.urandom(32), sealed, b"journal|entry-7")
    with pytest.raises(AuthenticationFailed):
        open_sealed(key, sealed[:27], b"journal|entry-7")


def test_without_a_reachable_openssl_the_vault_uses_cryptography(monkeypatch: pytest.MonkeyPatch) -> None:
    def unavailable(_name: str) -> None:
        raise OSError("no such library")

    monkeypatch.setattr(openssl_gcm.ctypes, "CDLL", unavailable)
    assert openssl_gcm.load() is None


@needs_openssl
def test_a_key_of_the_wrong_size_is_refused() -> None:
    with pytest.raises(ValueError):
        openssl().seal(os.urandom(16), os.urandom(12), b"text", b"")
