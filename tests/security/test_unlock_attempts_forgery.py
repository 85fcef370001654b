"""Someone guessing passphrases edits the unlock-attempts file beside the store to hide it (delete their
lines, the whole file) or to blame someone else (invent a line). The next unlock on this workstation
reports it in the access log; the growing delay survives the deletion; the CLI applies the same delay."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from medunit.cli import main as cli_main
from medunit.errors import AuthenticationError
from medunit.services import admin, audit, stores
from medunit.store.access_log import LogFilter
from medunit.store.unlock_attempts import FILE_NAME
from tests.conftest import PASS
from tests.support.cli import cli
from tests.support.unit import accept_confidentiality

PO_PASS = "privacy passphrase"


def _setup(created, store_dir: Path, policy, failures: int) -> list[str]:  # type: ignore[no-untyped-def]
    session, _ = created
    admin.add_user(session, "po", "privacy-officer", PO_PASS)
    session.close()
    for _ in range(failures):
        with pytest.raises(AuthenticationError):
            stores.unlock(store_dir, "mallory", "guessing a passphrase", policy)
    path = store_dir / FILE_NAME
    return path.read_text().splitlines() if path.exists() else []


def _refused_unlocks(store_dir: Path, policy) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    po = stores.unlock(store_dir, "po", PO_PASS, policy)
    accept_confidentiality(po)  # the privacy officer's first unlock
    try:
        found = audit.entries(po, LogFilter())
        assert audit.verify_log(po).ok
    finally:
        po.close()
    return [(e.user, e.basis or "") for e in found if e.action == "session.unlock" and e.outcome == "refused"]


def test_lines_carry_a_mac(created, store_dir: Path, policy) -> None:  # type: ignore[no-untyped-def]
    lines = _setup(created, store_dir, policy, 2)
    assert [json.loads(line)["n"] for line in lines] == [1, 2]
    assert all(len(json.loads(line)["mac"]) == 64 for line in lines)
    assert _refused_unlocks(store_dir, policy) == [("mallory", "unlock failed: wrong passphrase or unknown user")] * 2


def test_a_forged_line_is_reported(created, store_dir: Path, policy) -> None:  # type: ignore[no-untyped-def]
    lines = _setup(created, store_dir, policy, 1)
    framed = json.loads(lines[0])
    framed["user"] = "dr.jansen"  # blame someone else
    (store_dir / FILE_NAME).write_text(json.dumps(framed) + "\n")
    assert _refused_unlocks(store_dir, policy) == [
        ("dr.jansen", "unlock failed: forged or altered line in the unlock-attempts file"),
        ("?", "unlock failed: 1 line(s) deleted from the unlock-attempts file"),  # mallory's real line
    ]


def test_an_invented_line_without_mac_is_reported(created, store_dir: Path, policy) -> None:  # type: ignore[no-untyped-def]
    _setup(created, store_dir, policy, 0)
    ws = stores._workstation(required=True)
    assert ws is not None
    line = {"at": "2026-11-25T10:00:00+00:00", "user": "bob", "workstation": ws.workstation_id, "why": "x"}
    (store_dir / FILE_NAME).write_text(json.dumps(line) + "\n")
    assert _refused_unlocks(store_dir, policy) == [
        ("bob", "unlock failed: forged or altered line in the unlock-attempts file")
    ]


def test_a_deleted_line_is_reported(created, store_dir: Path, policy) -> None:  # type: ignore[no-untyped-def]
    lines = _setup(created, store_dir, policy, 3)
    (store_dir / FILE_NAME).write_text(lines[0] + "\n" + lines[2] + "\n")
    refused = _refused_unlocks(store_dir, policy)
    assert ("?", "unlock failed: 1 line(s) deleted from the unlock-attempts file") in refused
    assert refused.count(("mallory", "unlock failed: wrong passphrase or unknown user")) == 2


def test_a_deleted_file_is_reported_and_keeps_the_delay(created, store_dir: Path, policy) -> None:  # type: ignore[no-untyped-def]
    _setup(created, store_dir, policy, 4)
    (store_dir / FILE_NAME).unlink()
    assert stores.failed_unlocks(store_dir) == 4  # the growing delay is not reset by deleting the file
    assert stores.delay_units(stores.failed_unlocks(store_dir)) == 2
    assert _refused_unlocks(store_dir, policy) == [
        ("?", "unlock failed: 4 line(s) deleted from the unlock-attempts file")
    ]
    assert stores.failed_unlocks(store_dir) == 0  # the successful unlock started a new count


def test_the_cli_waits_like_the_window(
    created,
    store_dir: Path,
    policy,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    _setup(created, store_dir, policy, 0)
    slept: list[float] = []
    monkeypatch.setattr(cli_main.time, "sleep", slept.append)
    monkeypatch.setenv("MEDUNIT_PASSPHRASE", "a wrong passphrase")
    for _ in range(5):
        assert cli(capsys, "user", "list", "--store", str(store_dir), "--as", "alice")[0] == 3
    assert slept == [1, 2]  # after the 3rd and 4th failure: 1 s, then 2 s, as the unlock window holds back
    monkeypatch.setenv("MEDUNIT_PASSPHRASE", PASS)
    code, _, err = cli(capsys, "user", "list", "--store", str(store_dir), "--as", "alice")
    assert code == 0
    assert "5 failed unlocks since the last successful one; waiting 4 s." in err
    assert slept == [1, 2, 4]


def test_shared_unbound_store_checks_what_it_can(
    store_dir: Path,
    policy,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    from tests.conftest import switch_workstation

    session, _ = stores.create_store(store_dir, "alice", PASS, policy, binding=False)
    session.close()
    switch_workstation(monkeypatch, tmp_path / "workstation-b.keyring")  # another workstation of the share
    with pytest.raises(AuthenticationError):
        stores.unlock(store_dir, "alice", "guessing on b", policy)
    switch_workstation(monkeypatch, tmp_path / "workstation-a.keyring")
    for _ in range(2):
        with pytest.raises(AuthenticationError):
            stores.unlock(store_dir, "alice", "guessing on a", policy)
    lines = (store_dir / FILE_NAME).read_text().splitlines()
    (store_dir / FILE_NAME).write_text(lines[0] + "\n" + lines[2] + "\n")  # a's first line removed
    again = stores.unlock(store_dir, "alice", PASS, policy)
    try:
        rows = again.vault.db.execute(
            "SELECT user_name, basis FROM access_log WHERE outcome = 'refused' ORDER BY seq"
        ).fetchall()
    finally:
        again.close()
    assert rows == [
        (
            "alice",
            "unlock failed: wrong passphrase or unknown user"
            " (recorded on another workstation or without a keychain; not verified)",
        ),
        ("alice", "unlock failed: wrong passphrase or unknown user"),
    ]  # a shared store's numbering may start anywhere: a removed first line cannot be told here


def test_a_flood_of_attempts_stops_growing_the_file(created, store_dir: Path, policy) -> None:  # type: ignore[no-untyped-def]
    from medunit.store import unlock_attempts

    session, _ = created
    session.close()
    (store_dir / FILE_NAME).write_bytes(b"x" * (unlock_attempts.MAX_LINES * 400 + 1))
    with pytest.raises(AuthenticationError):
        stores.unlock(store_dir, "alice", "guessing a passphrase", policy)
    assert (store_dir / FILE_NAME).stat().st_size == unlock_attempts.MAX_LINES * 400 + 1


def test_keychain_notes_without_a_keychain() -> None:
    import keyring.core

    from medunit.crypto.workstation import read_note, write_note

    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
        keyring.core.init_backend()
        assert read_note("unlock-attempts/x") is None
        write_note("unlock-attempts/x", "3")  # nothing to keep it in: no error either
    keyring.core.init_backend()


def test_without_a_keychain_lines_are_logged_unverified(
    store_dir: Path,
    policy,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    import keyring.core

    session, _ = stores.create_store(store_dir, "alice", PASS, policy, binding=False)
    session.close()
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")  # no keychain at all
    keyring.core.init_backend()
    with pytest.raises(AuthenticationError):
        stores.unlock(store_dir, "alice", "guessing a passphrase", policy)
    assert "mac" not in json.loads((store_dir / FILE_NAME).read_text())
    again = stores.unlock(store_dir, "alice", PASS, policy)
    try:
        rows = again.vault.db.execute("SELECT basis FROM access_log WHERE outcome = 'refused'").fetchall()
    finally:
        again.close()
    assert rows == [
        (
            "unlock failed: wrong passphrase or unknown user"
            " (recorded on another workstation or without a keychain; not verified)",
        )
    ]
