"""Round trips of every key operation, for both partners and the recovery key."""

from __future__ import annotations

import dataclasses

import pytest

from lifeline_desktop.domain.errors import InvalidInput, RecoveryKeyTypo, WrongPassphrase, WrongRecoveryKey
from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.vault import master_keys as mk
from lifeline_desktop.vault.kdf import FAST_FOR_TESTS
from lifeline_desktop.vault.keyfile import KeyFileFormatError, parse, serialise
from lifeline_desktop.vault.recovery_key import format_recovery_key, parse_recovery_key

A, B = PartnerSlot.A, PartnerSlot.B


@pytest.fixture
def created():
    partners = [mk.NewPartner(A, "Rosa", "#c0504d", "rosa's passphrase"),
                mk.NewPartner(B, "Mei", "#4f81bd", "眠い猫 and tea")]
    return mk.create_key_file(partners, FAST_FOR_TESTS)


def test_each_partner_opens_the_same_master_key_and_only_their_own_personal_key(created):
    key_file, master, personal = created
    rosa = mk.open_with_passphrase(key_file, A, "rosa's passphrase")
    mei = mk.open_with_passphrase(key_file, B, "眠い猫 and tea")
    assert rosa.master_key == mei.master_key == master
    assert rosa.personal_key == personal[A] and mei.personal_key == personal[B]
    assert personal[A] != personal[B]


def test_a_partner_cannot_open_the_other_slot_with_their_passphrase(created):
    key_file, _, _ = created
    with pytest.raises(WrongPassphrase):
        mk.open_with_passphrase(key_file, B, "rosa's passphrase")


def test_the_key_file_survives_serialisation(created):
    key_file, master, _ = created
    again = parse(serialise(key_file))
    assert again == key_file
    assert mk.open_with_passphrase(again, A, "rosa's passphrase").master_key == master


def test_recovery_key_opens_the_shared_vault_but_no_private_space(created):
    key_file, master, _ = created
    opened = mk.open_with_master_key(key_file, parse_recovery_key(format_recovery_key(master)))
    assert opened.master_key == master
    assert opened.partner is None and opened.personal_key is None


def test_a_wellformed_recovery_key_of_another_vault_is_refused(created):
    key_file, _, _ = created
    _, other_master, _ = mk.create_key_file(
        [mk.NewPartner(A, "x", "#000000", "p1"), mk.NewPartner(B, "y", "#000000", "p2")], FAST_FOR_TESTS)
    with pytest.raises(WrongRecoveryKey):
        mk.open_with_master_key(key_file, other_master)


def test_a_mistyped_recovery_key_is_caught_by_its_checksum(created):
    _, master, _ = created
    text = format_recovery_key(master)
    position = 7
    typo = text[:position] + ("A" if text[position] != "A" else "B") + text[position + 1:]
    with pytest.raises(RecoveryKeyTypo):
        parse_recovery_key(typo)
    with pytest.raises(RecoveryKeyTypo):
        parse_recovery_key(text[:-5])


def test_recovery_key_is_read_leniently(created):
    _, master, _ = created
    text = format_recovery_key(master)
    assert parse_recovery_key("  " + text.lower().replace("-", " ") + "\n") == master
    assert len(text.split("-")) == 14


def test_changing_a_passphrase_keeps_master_and_personal_key(created):
    key_file, master, personal = created
    rosa = mk.open_with_passphrase(key_file, A, "rosa's passphrase")
    changed = mk.change_passphrase(rosa, "rosa's passphrase", "a new one, longer", FAST_FOR_TESTS)
    with pytest.raises(WrongPassphrase):
        mk.open_with_passphrase(changed, A, "rosa's passphrase")
    again = mk.open_with_passphrase(changed, A, "a new one, longer")
    assert again.master_key == master and again.personal_key == personal[A]
    # the other partner's passphrase still works after the generation moved on
    assert mk.open_with_passphrase(changed, B, "眠い猫 and tea").master_key == master
    assert changed.generation == key_file.generation + 1


def test_changing_a_passphrase_asks_for_the_old_one(created):
    key_file, _, _ = created
    rosa = mk.open_with_passphrase(key_file, A, "rosa's passphrase")
    with pytest.raises(WrongPassphrase):
        mk.change_passphrase(rosa, "not it", "new", FAST_FOR_TESTS)


def test_forgotten_passphrase_reset_with_recovery_key_gives_a_new_personal_key(created):
    key_file, master, personal = created
    recovered = mk.open_with_master_key(key_file, master)
    reset, new_personal = mk.reset_forgotten_passphrase(recovered, B, "fresh start", FAST_FOR_TESTS)
    mei = mk.open_with_passphrase(reset, B, "fresh start")
    assert mei.master_key == master
    assert mei.personal_key == new_personal != personal[B]
    assert mk.open_with_passphrase(reset, A, "rosa's passphrase").personal_key == personal[A]


def test_rotation_retires_the_old_master_key_and_keeps_both_passphrases(created):
    key_file, old_master, personal = created
    rosa = mk.open_with_passphrase(key_file, A, "rosa's passphrase")
    midway, new_master = mk.begin_rotation(rosa)
    assert new_master != old_master
    mid = mk.open_with_passphrase(midway, B, "眠い猫 and tea")
    assert mid.master_key == new_master
    assert mk.retiring_master_key(mid) == old_master  # an interrupted rotation can still be finished
    finished = mk.finish_rotation(mid)
    mei = mk.open_with_passphrase(finished, B, "眠い猫 and tea")
    assert mei.master_key == new_master and mei.personal_key == personal[B]
    assert mk.retiring_master_key(mei) is None
    with pytest.raises(WrongRecoveryKey):
        mk.open_with_master_key(finished, old_master)
    assert mk.open_with_master_key(finished, new_master).master_key == new_master


def test_swapped_slots_do_not_open(created):
    key_file, _, _ = created
    a, b = key_file.slot(A), key_file.slot(B)
    swapped = dataclasses.replace(key_file, slots=(dataclasses.replace(b, slot=A), dataclasses.replace(a, slot=B)))
    with pytest.raises(WrongPassphrase):
        mk.open_with_passphrase(swapped, A, "眠い猫 and tea")


def test_a_slot_from_an_older_generation_is_refused(created):
    key_file, _, _ = created
    rosa = mk.open_with_passphrase(key_file, A, "rosa's passphrase")
    newer = mk.change_passphrase(rosa, "rosa's passphrase", "next", FAST_FOR_TESTS)
    rolled_back = newer.with_slot(key_file.slot(B))  # B's slot taken from the older file
    with pytest.raises(KeyFileFormatError):
        mk.open_with_passphrase(rolled_back, B, "眠い猫 and tea")


def test_a_label_changed_outside_lifeline_is_detected(created):
    key_file, _, _ = created
    relabelled = key_file.with_slot(dataclasses.replace(key_file.slot(A), label="Someone else"))
    with pytest.raises(KeyFileFormatError):
        mk.open_with_passphrase(relabelled, A, "rosa's passphrase")


@pytest.mark.parametrize("passphrase", ["", "x" * 5000])
def test_empty_and_oversized_passphrases_are_refused_with_a_message(passphrase):
    with pytest.raises(InvalidInput) as raised:
        mk.create_key_file([mk.NewPartner(A, "x", "#000000", passphrase),
                            mk.NewPartner(B, "y", "#000000", "fine")], FAST_FOR_TESTS)
    assert "passphrase" in str(raised.value)


def test_passphrases_in_any_script_and_normalisation_form(created):
    decomposed = "Zoe\u0301 ❤ мир شكرا"  # é typed as e + combining accent
    composed = "Zoé ❤ мир شكرا"
    key_file, master, _ = mk.create_key_file(
        [mk.NewPartner(A, "Zoé", "#000000", decomposed), mk.NewPartner(B, "y", "#000000", "x" * 4000)],
        FAST_FOR_TESTS)
    assert mk.open_with_passphrase(key_file, A, composed).master_key == master
    assert mk.open_with_passphrase(key_file, B, "x" * 4000).master_key == master
