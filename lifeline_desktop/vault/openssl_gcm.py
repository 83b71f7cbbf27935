"""AES-256-GCM from the OpenSSL that Python's own `hashlib` is linked against, called through ctypes.

Why: `cryptography` brings a second, statically linked OpenSSL, about 7 MiB resident once loaded, only for the one
cipher the vault uses. The OpenSSL behind `hashlib` is already in memory (the key file's checksum uses it), and its
EVP interface is the same code `cryptography` calls. The algorithm, the 96-bit nonce, the 128-bit tag and the byte
layout (ciphertext || tag) are the same, so every sealed value reads back either way (tests/unit/vault/test_crypto.py
checks both directions byte for byte).

`load()` answers None when this Python's OpenSSL cannot be reached that way (a Python whose `_hashlib` hides its
OpenSSL, Windows, where a DLL does not lend out the symbols of the DLLs it uses) or does not pass a known-answer test;
`crypto.py` then uses `cryptography`, as before.
"""

from __future__ import annotations

import ctypes

from lifeline_desktop.vault.aead import TagMismatch

TAG_BYTES = 16
_SET_IVLEN, _GET_TAG, _SET_TAG = 0x9, 0x10, 0x11  # EVP_CTRL_AEAD_* (the same numbers since OpenSSL 1.0)
_MAX_LENGTH = 2**31 - 1 - TAG_BYTES  # lengths are C ints

# AES-256-GCM(key 00..1f, nonce 00..0b, "Lifeline self-test", associated "associated"), as `cryptography` seals it.
_SELF_TEST = (bytes(range(32)), bytes(range(12)), b"Lifeline self-test", b"associated",
              bytes.fromhex("0b6bb07ea98cac7ead32f2e7d7c40c08f0a2889f58024f97c4cedbe13e3561975143"))


class OpenSslGcm:
    """AES-256-GCM through OpenSSL's EVP interface; each call has a context of its own (safe from any thread)."""

    def __init__(self, lib: ctypes.CDLL) -> None:
        pointer, size = ctypes.c_void_p, ctypes.c_int
        lib.EVP_CIPHER_CTX_new.argtypes, lib.EVP_CIPHER_CTX_new.restype = [], pointer
        lib.EVP_CIPHER_CTX_free.argtypes, lib.EVP_CIPHER_CTX_free.restype = [pointer], None
        lib.EVP_aes_256_gcm.argtypes, lib.EVP_aes_256_gcm.restype = [], pointer
        lib.EVP_CIPHER_CTX_ctrl.argtypes, lib.EVP_CIPHER_CTX_ctrl.restype = [pointer, size, size, pointer], size
        for direction in ("Encrypt", "Decrypt"):
            init, update, final = (getattr(lib, f"EVP_{direction}{step}") for step in ("Init_ex", "Update", "Final_ex"))
            init.argtypes, init.restype = [pointer, pointer, pointer, ctypes.c_char_p, ctypes.c_char_p], size
            update.argtypes, update.restype = [pointer, pointer, ctypes.POINTER(size), ctypes.c_char_p, size], size
            final.argtypes, final.restype = [pointer, pointer, ctypes.POINTER(size)], size
        self._lib = lib

    def seal(self, key: bytes, nonce: bytes, plaintext: bytes, associated_data: bytes) -> bytes:
        """ciphertext || tag"""
        return self._run("Encrypt", key, nonce, plaintext, associated_data, None)

    def open(self, key: bytes, nonce: bytes, sealed: bytes, associated_data: bytes) -> bytes:
        """The plaintext, or TagMismatch; nothing of an unauthenticated plaintext is returned."""
        if len(sealed) < TAG_BYTES:
            raise TagMismatch()
        return self._run("Decrypt", key, nonce, sealed[:-TAG_BYTES], associated_data, sealed[-TAG_BYTES:])

    def _run(self, direction: str, key: bytes, nonce: bytes, data: bytes, associated_data: bytes,
             tag: bytes | None) -> bytes:
        if len(key) != 32 or not nonce or max(len(data), len(associated_data), len(nonce)) > _MAX_LENGTH:
            raise ValueError("AES-256-GCM takes a 32-byte key, a nonce and inputs under 2 GiB")
        lib = self._lib
        init, update, final = (getattr(lib, f"EVP_{direction}{step}") for step in ("Init_ex", "Update", "Final_ex"))
        context = lib.EVP_CIPHER_CTX_new()
        if not context:
            raise MemoryError("OpenSSL could not make a cipher context")
        try:
            written = ctypes.c_int(0)
            _check(init(context, lib.EVP_aes_256_gcm(), None, None, None))
            _check(lib.EVP_CIPHER_CTX_ctrl(context, _SET_IVLEN, len(nonce), None))
            _check(init(context, None, None, key, nonce))
            if associated_data:
                _check(update(context, None, ctypes.byref(written), associated_data, len(associated_data)))
            out = ctypes.create_string_buffer(len(data) + TAG_BYTES)
            _check(update(context, out, ctypes.byref(written), data, len(data)))
            length = written.value
            if tag is not None:
                expected = ctypes.create_string_buffer(tag, TAG_BYTES)
                _check(lib.EVP_CIPHER_CTX_ctrl(context, _SET_TAG, TAG_BYTES, expected))
            if final(context, ctypes.byref(out, length), ctypes.byref(written)) != 1:  # the tag, on open
                ctypes.memset(out, 0, len(out))  # what was decrypted without its tag does not linger
                raise TagMismatch()
            length += written.value
            if tag is not None:
                return out.raw[:length]
            made = ctypes.create_string_buffer(TAG_BYTES)
            _check(lib.EVP_CIPHER_CTX_ctrl(context, _GET_TAG, TAG_BYTES, made))
            return out.raw[:length] + made.raw
        finally:
            lib.EVP_CIPHER_CTX_free(context)


def _check(result: int) -> None:
    if result != 1:  # a step before the tag: OpenSSL itself failed, which is not a wrong key or changed bytes
        raise RuntimeError("OpenSSL's AES-256-GCM refused a step")


def load() -> OpenSslGcm | None:
    """The cipher from the OpenSSL Python's hashlib uses, checked against a known answer; None when unavailable."""
    try:
        import _hashlib  # the OpenSSL-backed half of hashlib: it loads the library whose symbols we look up

        cipher = OpenSslGcm(ctypes.CDLL(_hashlib.__file__))  # dlsym also searches the libraries it was linked to
        key, nonce, plaintext, associated, sealed = _SELF_TEST
        if cipher.seal(key, nonce, plaintext, associated) != sealed or cipher.open(key, nonce, sealed, associated) \
                != plaintext:
            return None
        return cipher
    except (ImportError, OSError, AttributeError, TypeError, ValueError, RuntimeError, TagMismatch):
        return None
