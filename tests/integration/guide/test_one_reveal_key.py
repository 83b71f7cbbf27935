"""One reveal key for everything sealed until both answered: "both answer", check-ins, the check-up and the
follow-ups all use services/vault/sealing.py, so a vault holds exactly one key, made once, whatever seals first."""

from __future__ import annotations

from pathlib import Path

from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.services.checkins.views import Scores
from lifeline_desktop.store.models import VaultMetaRow
from lifeline_desktop.vault.reveal_keys import REVEAL_KEY_META
from tests.integration.guide.conftest import profile, take_checkup

A, B = PartnerSlot.A, PartnerSlot.B
PACKAGE = Path(__file__).resolve().parents[3] / "lifeline_desktop"


def _keys(session) -> list[str]:
    with session._context.transaction() as orm:
        return [row.value for row in orm.query(VaultMetaRow).filter(VaultMetaRow.key == REVEAL_KEY_META)]


def test_every_sealed_kind_shares_the_one_key_and_both_partners_open_it(couple):
    with couple.as_(A) as s:
        take_checkup(s, profile(3), finish=True)  # the first seal makes the key
        [key] = _keys(s)
        s.checkins.answer(Scores(6, 6, 6, 6, 6))
        pair = s.journal.sealed.ask("reconnect-045")
        s.journal.sealed.answer(pair, "Our walk by the river in May.")
        assert _keys(s) == [key]
    with couple.as_(B) as s:
        s.checkins.answer(Scores(7, 7, 7, 7, 7))
        assert s.journal.sealed.answer(pair, "The evening we cooked for friends.").revealed
        take_checkup(s, profile(4))
        assert s.guide.reveal() is not None and len(s.checkins.revealed_rounds()) == 1
        assert _keys(s) == [key]


def test_only_the_shared_helper_makes_or_reads_the_key():
    users = sorted(path.relative_to(PACKAGE).as_posix() for path in PACKAGE.rglob("*.py")
                   if "REVEAL_KEY_META" in path.read_text(encoding="utf-8")
                   or "new_reveal_key_text" in path.read_text(encoding="utf-8"))
    assert users == ["services/vault/sealing.py", "vault/reveal_keys.py"]
