"""“Remember on this computer”: the master key in the OS keyring, never a personal key.

Only real keyrings count (Windows Credential Locker, macOS Keychain, Secret Service, KWallet). The fail and
null backends and the plaintext-file backends of keyrings.alt mean “not available”. Any keyring error falls
back to the passphrase: a broken keyring must never stand between a couple and their vault.
"""

from __future__ import annotations

import contextlib
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # keyring itself is imported on first real use: about 15 MB the unlock screen rarely needs
    import keyring.backend

SERVICE_NAME = "Relationship Lifeline"
_log = logging.getLogger(__name__)

_REFUSED_BACKEND_MODULES = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")
_REFUSED_BACKEND_NAMES = ("PlaintextKeyring", "EncryptedKeyring", "Null", "Fail")


@dataclass(frozen=True)
class KeyringState:
    available: bool
    reason: str


class RememberedKeys:
    """Reads and writes master keys in whatever keyring `keyring` chose (or was given, in tests)."""

    def __init__(self, backend: keyring.backend.KeyringBackend | None = None, *,
                 disabled_reason: str | None = None, hints_dir: Path | None = None) -> None:
        self._backend = backend
        self._disabled_reason = disabled_reason  # e.g. the demo vault: never offered, whatever the keyring
        # A per-account note of which vault ids were remembered (ids only, no key). Without it, merely asking
        # "is this vault remembered?" at the unlock screen reads the keyring, and a Secret Service with no
        # login keyring yet then pops up "choose a password for the new keyring" before anyone asked for it.
        self._hints_dir = hints_dir

    def _hint(self, vault_id: str) -> Path | None:
        return self._hints_dir / f"{vault_id}.remembered" if self._hints_dir else None

    def _keyring(self) -> keyring.backend.KeyringBackend:
        import keyring

        return self._backend or keyring.get_keyring()

    def state(self) -> KeyringState:
        if self._disabled_reason:
            return KeyringState(False, self._disabled_reason)
        try:
            backend = self._keyring()
        except Exception as error:  # any backend may fail in its own way at start-up
            return KeyringState(False, f"The system keyring could not be reached ({type(error).__name__}).")
        for real in _chained(backend):
            module = type(real).__module__
            name = type(real).__name__
            if module.startswith(_REFUSED_BACKEND_MODULES) or name in _REFUSED_BACKEND_NAMES:
                continue
            try:
                if real.priority <= 0:  # keyring's own way of saying "I do not work here"
                    continue
            except Exception:
                continue
            return KeyringState(True, "")
        return KeyringState(False, "No system keyring is running for this computer account, so Lifeline "
                                   "cannot remember the vault here. Your passphrase always works.")

    def remember(self, vault_id: str, master_key: bytes) -> None:
        state = self.state()
        if not state.available:
            import keyring.errors

            raise keyring.errors.KeyringError(state.reason)
        self._keyring().set_password(SERVICE_NAME, vault_id, master_key.hex())
        hint = self._hint(vault_id)
        if hint is not None:
            hint.parent.mkdir(parents=True, exist_ok=True)
            hint.touch()

    def recall(self, vault_id: str) -> bytes | None:
        """The remembered master key, or None on any trouble (not remembered, locked, broken, changed)."""
        hint = self._hint(vault_id)
        if hint is not None and not hint.exists():
            return None  # never remembered from this account: do not touch the keyring at all
        if not self.state().available:
            return None
        try:
            stored = self._keyring().get_password(SERVICE_NAME, vault_id)
        except Exception as error:  # a locked or broken keyring: fall back to the passphrase
            _log.warning("keyring read failed: %s", type(error).__name__)
            return None
        if not stored:
            return None
        try:
            key = bytes.fromhex(stored)
        except ValueError:
            return None
        return key if len(key) == 32 else None

    def forget(self, vault_id: str) -> None:
        hint = self._hint(vault_id)
        if hint is not None:
            hint.unlink(missing_ok=True)
        import keyring.errors

        with contextlib.suppress(keyring.errors.PasswordDeleteError):  # nothing was remembered
            self._keyring().delete_password(SERVICE_NAME, vault_id)

    def known_not_remembered(self, vault_id: str) -> bool:
        """True when this account's hints say the vault was never remembered here (no keyring needed)."""
        hint = self._hint(vault_id)
        return hint is not None and not hint.exists()

    def is_remembered(self, vault_id: str) -> bool:
        """Answered from the hint when there is one (no keyring access); the key itself is read on use."""
        hint = self._hint(vault_id)
        if hint is not None:
            return hint.exists() and self.state().available
        return self.recall(vault_id) is not None


def _chained(backend: keyring.backend.KeyringBackend) -> list[keyring.backend.KeyringBackend]:
    """The backends behind keyring's ChainerBackend, or the backend itself."""
    inner = getattr(backend, "backends", None)
    if isinstance(inner, list | tuple):
        return list(inner)
    return [backend]
