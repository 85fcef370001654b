from __future__ import annotations

from pathlib import Path

import pytest

from medunit.crypto.atomic import atomic_write
from medunit.domain.bsn import check_bsn, elfproef, mask_bsn
from medunit.domain.permissions import HEALTH_CONTENT, MATRIX, Action, allowed
from medunit.domain.roles import Role, check_passphrase, check_user_name, parse_role
from medunit.errors import ValidationError


@pytest.mark.parametrize("name", ["a", "Alice", "1bob", "bob smith", "x" * 40])
def test_bad_user_names(name: str) -> None:
    with pytest.raises(ValidationError):
        check_user_name(name)


def test_good_user_name() -> None:
    assert check_user_name("j.de-vries_2") == "j.de-vries_2"


@pytest.mark.parametrize("pw", ["short", " leading space pw", "trailing space pw "])
def test_bad_passphrases(pw: str) -> None:
    with pytest.raises(ValidationError):
        check_passphrase(pw)


def test_parse_role() -> None:
    assert parse_role("unit-staff") is Role.UNIT_STAFF
    with pytest.raises(ValidationError, match="Unknown role"):
        parse_role("doctor")


def test_no_health_content_for_privacy_officer_or_admin() -> None:
    for action in HEALTH_CONTENT:
        assert not allowed(Role.PRIVACY_OFFICER, action)
        assert not allowed(Role.UNIT_ADMIN, action)
    assert set(MATRIX) == set(Action)
    assert allowed(Role.MEDICAL_ADVISOR, Action.ADVICE_SIGN)
    assert not allowed(Role.UNIT_STAFF, Action.ADVICE_SIGN)


@pytest.mark.parametrize("bsn", ["111222333", "123456782"])
def test_valid_bsns(bsn: str) -> None:
    assert check_bsn(bsn).endswith(bsn[-4:])


@pytest.mark.parametrize("bsn", ["123456789", "000000000", "12345678a", "1234", "１２３４５６７８２"])
def test_invalid_bsns(bsn: str) -> None:
    assert not elfproef(bsn.zfill(9) if bsn.isascii() and bsn.isdigit() and len(bsn) == 8 else bsn)
    with pytest.raises(ValidationError, match="eleven-test"):
        check_bsn(bsn)


def test_mask_bsn() -> None:
    assert mask_bsn("111222333") == "*****2333"


def test_atomic_write_replaces_and_cleans_up(tmp_path: Path) -> None:
    folder = tmp_path / "atomic"
    folder.mkdir()
    target = folder / "f"
    atomic_write(target, b"one")
    atomic_write(target, b"two")
    assert target.read_bytes() == b"two"
    assert [p.name for p in folder.iterdir()] == ["f"]
    with pytest.raises(TypeError):
        atomic_write(target, "not bytes")  # type: ignore[arg-type]
    assert target.read_bytes() == b"two"
    assert [p.name for p in folder.iterdir()] == ["f"]
