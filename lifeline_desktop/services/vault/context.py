"""What every service of an open vault shares: the engine, who is using it, their keys and the clock.

Services hold the context, never the engine itself, so one `close()` (on lock) makes every service refuse
further work at once instead of quietly using a disposed engine or a dropped key.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import Engine
from sqlalchemy.orm import Session as OrmSession

from lifeline_desktop.domain.clock import Clock
from lifeline_desktop.domain.errors import LifelineError, StorageFull, VaultDamaged, msg
from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.domain.text import UnstorableText
from lifeline_desktop.store.engine import dispose_engine
from lifeline_desktop.store.errors import STORAGE_ERRORS, is_damage, is_disk_full

DAMAGED_WHILE_OPEN = ("Lifeline met damage in this vault's database while reading it, so it stopped. Nothing was "
                      "deleted. You can restore the latest backup, which keeps the damaged file aside.")


class VaultLocked(LifelineError):
    def __init__(self) -> None:
        super().__init__(msg("The vault is locked. Unlock it to go on."))


class PrivateSpaceClosed(LifelineError):
    def __init__(self) -> None:
        super().__init__(msg("Your private space opens with your own passphrase."))


@dataclass
class _OpenState:
    engine: Engine
    personal_key: bytes | None


class VaultContext:
    def __init__(self, engine: Engine, partner: PartnerSlot, personal_key: bytes | None, clock: Clock) -> None:
        self.partner = partner
        self.clock = clock
        self._state: _OpenState | None = _OpenState(engine, personal_key)

    @property
    def is_open(self) -> bool:
        return self._state is not None

    def _open_state(self) -> _OpenState:
        if self._state is None:
            raise VaultLocked()
        return self._state

    @property
    def engine(self) -> Engine:
        return self._open_state().engine

    @property
    def personal_key(self) -> bytes:
        key = self._open_state().personal_key
        if key is None:
            raise PrivateSpaceClosed()
        return key

    @property
    def private_space_open(self) -> bool:
        return self._state is not None and self._state.personal_key is not None

    def open_private_space(self, personal_key: bytes) -> None:
        self._open_state().personal_key = personal_key

    def replace_engine(self, engine: Engine) -> None:
        self._open_state().engine = engine

    @contextmanager
    def transaction(self) -> Iterator[OrmSession]:
        """One ORM session and transaction; commits on success, rolls back on any error.

        Every service reads and writes through here, so storage errors become the user's errors once, here (see
        `storage_errors`).
        """
        with storage_errors(), OrmSession(self.engine, expire_on_commit=False) as session, session.begin():
            yield session

    def close(self) -> None:
        """Dispose the engine and drop the personal key; idempotent."""
        state, self._state = self._state, None
        if state is not None:
            state.personal_key = None
            dispose_engine(state.engine)


@contextmanager
def storage_errors() -> Iterator[None]:
    """Storage errors as the errors a user meets, for any work on the open vault's database.

    - a full disk (SQLITE_FULL): StorageFull; the transaction was rolled back and nothing changed;
    - damage (a page failing its HMAC, "database disk image is malformed", a file no longer a database):
      VaultDamaged, with what SQLite said as the finding; nothing is deleted, the window offers a backup;
    - text the driver cannot encode (a lone surrogate): UnstorableText; nothing was written.
    """
    try:
        yield
    except UnicodeEncodeError as error:
        raise UnstorableText() from error
    except STORAGE_ERRORS as error:
        if is_disk_full(error):
            raise StorageFull() from error
        if is_damage(error):
            raise VaultDamaged(DAMAGED_WHILE_OPEN, [str(getattr(error, "orig", None) or error)]) from error
        raise
