"""Errors a user may meet, each with a message written for them. Every layer raises these; the UI shows them."""

from __future__ import annotations


class LifelineError(Exception):
    """Base class: `str(error)` is a sentence a user can read."""


class WrongPassphrase(LifelineError):
    def __init__(self, message: str = "That passphrase does not open this vault. Check it and try again.") -> None:
        super().__init__(message)


class RecoveryKeyTypo(LifelineError):
    """The recovery key's checksum does not match: a typo, caught before any slow work."""


class WrongRecoveryKey(LifelineError):
    def __init__(self, message: str = "This recovery key is well formed but belongs to another vault "
                 "or to an older key of this one.") -> None:
        super().__init__(message)


class KeyFileProblem(LifelineError):
    """The key file (and its backup copy) cannot be read. The recovery key still opens the shared vault."""


class VaultDamaged(LifelineError):
    """The database failed an integrity check; nothing was deleted, a backup can be restored."""

    def __init__(self, message: str, findings: list[str] | None = None) -> None:
        super().__init__(message)
        self.findings = findings or []


class VaultInUse(LifelineError):
    """Another Lifeline window (maybe of another computer account) has this vault open."""


class StorageFull(LifelineError):
    def __init__(self, message: str = "The disk is full, so nothing was changed. Free some space and try "
                 "again; your vault is safe.") -> None:
        super().__init__(message)


class KeyringUnavailable(LifelineError):
    """The OS keyring cannot be used; the passphrase still works."""


class InvalidInput(LifelineError):
    """Input refused with a message saying why (an empty passphrase, a title left blank, …)."""
