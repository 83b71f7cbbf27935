"""Our own scripts, kept in the encrypted vault (table `user_scripts`, the TOML text of a script file).

Shared between the partners (both may use, edit and export them). A script that no longer validates (written by a
newer release, or damaged) never stops the library from loading: it is left out with a sentence saying so.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from sqlalchemy import select

from lifeline_desktop.content.scripts import Script, ScriptFileError, parse_script
from lifeline_desktop.domain.errors import InvalidInput, msg
from lifeline_desktop.services.conversations.scripts import (
    OWN_ID_PREFIX,
    ScriptNotValid,
    check_draft,
    read_script_file,
    slug,
    to_toml,
)
from lifeline_desktop.services.conversations.views import ScriptDraft
from lifeline_desktop.services.vault.context import VaultContext
from lifeline_desktop.store.models import UserScriptRow


@dataclass(frozen=True)
class OwnScripts:
    scripts: list[Script]
    problems: list[str]  # one sentence per script left out


class OwnScriptStore:
    def __init__(self, context: VaultContext, builtin_ids: Callable[[], Iterable[str]],
                 changed: Callable[[], None]) -> None:
        self._context = context
        self._builtin_ids = builtin_ids
        self._changed = changed

    def load(self) -> OwnScripts:
        reserved = set(self._builtin_ids())
        scripts: list[Script] = []
        problems: list[str] = []
        with self._context.transaction() as session:
            rows = session.scalars(select(UserScriptRow).order_by(UserScriptRow.id)).all()
            for number, row in enumerate(rows, start=1):
                try:
                    script = parse_script(row.toml, f"our script {number}")
                except ScriptFileError:
                    problems.append(f"One of our own scripts (number {number}) could not be read and is left out "
                                    "of the library. The others are fine.")
                    continue
                if script.id != row.script_id or script.id in reserved:
                    problems.append(f"Our own script “{script.title}” has a name already used by another script, "
                                    "so it is left out of the library.")
                    continue
                reserved.add(script.id)
                scripts.append(replace(script, ours=True, source="ours"))
        return OwnScripts(scripts, problems)

    def save(self, draft: ScriptDraft) -> Script:
        """Creates (empty id) or updates one of our scripts; ScriptNotValid lists what to fix, nothing is saved."""
        check_draft(draft)
        now = self._context.clock.now()
        with self._context.transaction() as session:
            if draft.id:
                row = session.scalars(select(UserScriptRow).where(UserScriptRow.script_id == draft.id)).first()
                if row is None:
                    raise InvalidInput(msg("This script is no longer in the vault; save it as a new one instead."))
                stored = replace_draft(draft, version=row.version + 1)
                row.version, row.toml, row.updated_at = stored.version, to_toml(stored), now
            else:
                stored = replace_draft(draft, id=self._free_id(session.scalars(select(UserScriptRow.script_id)),
                                                               draft.title), version=1)
                row = UserScriptRow(script_id=stored.id, version=1, toml=to_toml(stored), created_at=now,
                                    updated_at=now, created_by=self._context.partner)
                session.add(row)
        self._changed()
        return replace(check_draft(stored), ours=True, source="ours")

    def import_file(self, data: bytes, name: str) -> Script:
        """A script file added to our scripts (always as a new one, with an id of its own)."""
        script, _text = read_script_file(data, name)
        draft = ScriptDraft.from_script(script)
        draft.id = ""
        return self.save(draft)

    def delete(self, script_id: str) -> None:
        with self._context.transaction() as session:
            row = session.scalars(select(UserScriptRow).where(UserScriptRow.script_id == script_id)).first()
            if row is None:
                raise InvalidInput(msg("This script is no longer in the vault."))
            session.delete(row)
        self._changed()

    def _free_id(self, taken_ids: Iterable[str], title: str) -> str:
        taken = set(taken_ids) | set(self._builtin_ids())
        base = (OWN_ID_PREFIX + slug(title))[:56].rstrip("-")
        candidate, number = base, 2
        while candidate in taken:
            candidate, number = f"{base}-{number}", number + 1
        return candidate


def replace_draft(draft: ScriptDraft, **changes: object) -> ScriptDraft:
    return ScriptDraft(**{**draft.__dict__, **changes})


def export_text(script: Script) -> str:
    """A script as a file anyone can import (ours or built-in)."""
    return to_toml(ScriptDraft.from_script(script))


__all__ = ["OwnScriptStore", "OwnScripts", "ScriptNotValid", "export_text"]
