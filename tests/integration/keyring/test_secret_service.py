"""The real Secret Service (gnome-keyring in a D-Bus session, as scripts/run-tests starts it).

Under CI=true, or when scripts/run-tests says the service is up (LIFELINE_SECRET_SERVICE=1), a missing or broken
Secret Service fails this test: it must never pass by skipping there. Elsewhere (a plain `pytest` on a machine
without gnome-keyring) it skips with the reason.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Iterator

import keyring
import keyring.errors
import pytest
from keyring.backends import SecretService

pytestmark = pytest.mark.secret_service

SERVICE = "Relationship Lifeline"


def _must_run() -> bool:
    return os.environ.get("CI", "").lower() == "true" or os.environ.get("LIFELINE_SECRET_SERVICE") == "1"


@pytest.fixture
def secret_service() -> Iterator[SecretService.Keyring]:
    backend = SecretService.Keyring()
    problem = None
    try:
        # The backend's own check: the secretstorage module, a session bus, and the service answering on it.
        backend.priority  # noqa: B018 - raises when the Secret Service is not usable
    except Exception as error:  # keyring raises RuntimeError, ImportError or a D-Bus error here
        problem = f"{type(error).__name__}: {error}"
    if problem is not None:
        message = (
            f"the Secret Service is not available ({problem}). Run the tests with scripts/run-tests, which "
            "starts gnome-keyring in a private D-Bus session (needs the Debian packages dbus and gnome-keyring)."
        )
        if _must_run():
            pytest.fail(message + " It is required here (CI=true or LIFELINE_SECRET_SERVICE=1).", pytrace=False)
        pytest.skip(message)
    yield backend


def test_the_real_backend_is_in_use(secret_service: SecretService.Keyring) -> None:
    # conftest installs the real backend, not the in-memory one, for tests marked secret_service.
    assert isinstance(keyring.get_keyring(), SecretService.Keyring)
    assert secret_service.priority >= 1


def test_set_read_and_delete_a_password(secret_service: SecretService.Keyring) -> None:
    vault_id = f"test-vault-{uuid.uuid4()}"
    secret = "x'" + os.urandom(32).hex() + "'"
    try:
        secret_service.set_password(SERVICE, vault_id, secret)
        assert secret_service.get_password(SERVICE, vault_id) == secret

        # A second backend object reads it back through D-Bus, not from a cache.
        assert SecretService.Keyring().get_password(SERVICE, vault_id) == secret

        secret_service.set_password(SERVICE, vault_id, secret + "-changed")
        assert secret_service.get_password(SERVICE, vault_id) == secret + "-changed"
    finally:
        with contextlib.suppress(keyring.errors.PasswordDeleteError):
            secret_service.delete_password(SERVICE, vault_id)
    assert secret_service.get_password(SERVICE, vault_id) is None
    with pytest.raises(keyring.errors.PasswordDeleteError):
        secret_service.delete_password(SERVICE, vault_id)


def test_another_vault_is_not_confused_with_ours(secret_service: SecretService.Keyring) -> None:
    ours, theirs = f"test-vault-{uuid.uuid4()}", f"test-vault-{uuid.uuid4()}"
    try:
        secret_service.set_password(SERVICE, ours, "ours")
        assert secret_service.get_password(SERVICE, theirs) is None
        assert secret_service.get_password("Some Other App", ours) is None
    finally:
        secret_service.delete_password(SERVICE, ours)


def test_a_vault_remembered_in_the_real_keyring_opens_without_a_passphrase(
    secret_service: SecretService.Keyring, tmp_path
) -> None:
    """The product path end to end: remember, unlock from the keyring (private space closed), forget."""
    from lifeline_desktop.domain.clock import ManualClock
    from lifeline_desktop.domain.partners import PartnerSlot
    from lifeline_desktop.services.session import VaultGate
    from lifeline_desktop.vault.kdf import KdfPolicy
    from lifeline_desktop.vault.keyfile import read_tiles_key_file
    from lifeline_desktop.vault.remembered_key import RememberedKeys
    from tests.support.vaults import MEI, ROSA

    remembered = RememberedKeys(secret_service)
    assert remembered.state().available
    gate = VaultGate(tmp_path / "vault", ManualClock(), remembered, KdfPolicy.fast_for_tests())
    session, _ = gate.create(ROSA, MEI)
    session.journal.add_entry("Remembered", "opened by the keyring")
    session.set_remembered(True)
    session.lock()
    try:
        reopened = gate.unlock_remembered(PartnerSlot.B)
        assert reopened is not None and not reopened.private_space_open
        assert [e.title for e in reopened.journal.entries()] == ["Remembered"]
        assert gate.keyring_status().remembered
        reopened.set_remembered(False)
        reopened.lock()
        assert gate.unlock_remembered(PartnerSlot.B) is None
    finally:
        vault_id = read_tiles_key_file(tmp_path / "vault").vault_id
        with contextlib.suppress(keyring.errors.PasswordDeleteError):
            secret_service.delete_password(SERVICE, vault_id)
