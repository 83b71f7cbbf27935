"""What every service of an open vault shares: the engine, who is using it, their keys and the clock.

Services hold the context, never the engine itself, so one `close()` (on lock) makes every service refuse
further work at once instead of quietly using a disposed engine or a dropped key.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session as OrmSession

from lifeline_desktop.domain.clock import Clock
from lifeline_desktop.domain.errors import LifelineError, StorageFull, msg
from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.store.engine import dispose_engine
from lifeline_desktop.store.errors import is_disk_full


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

        A full disk (SQLITE_FULL) becomes StorageFull: the transaction was rolled back and nothing changed.
        """
        try:
            with OrmSession(self.engine, expire_on_commit=False) as session, session.begin():
                yield session
        except OperationalError as error:
            if is_disk_full(error):
                raise StorageFull() from error
            raise

    def close(self) -> None:
        """Dispose the engine and drop the personal key; idempotent."""
        state, self._state = self._state, None
        if state is not None:
            state.personal_key = None
            dispose_engine(state.engine)
