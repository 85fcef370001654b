"""The criminal-record officer opens cases for their compartment; the case question is health content
and reaches them only if the permission matrix grants their role health reads."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from medunit.domain import permissions
from medunit.domain.permissions import Action
from medunit.domain.roles import Role
from tests.support.cli import cli
from tests.support.unit import USER_PASS, make_unit

QUESTION = "Kan aanvrager worden geaccepteerd voor een AOV?"


def test_criminal_record_officer_does_not_read_the_question(
    store_dir: Path,
    policy,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    make_unit(store_dir, policy).close()
    monkeypatch.setenv("MEDUNIT_PASSPHRASE", USER_PASS)
    show = ("case", "show", "GD-2026-000001", "--store", str(store_dir))
    code, out, _ = cli(capsys, *show, "--as", "cro.visser", "--json")
    assert code == 0
    detail = json.loads(out)
    assert QUESTION not in out
    assert (detail["question"], detail["question_shown"]) == ("", False)
    assert detail["person"]["name"] == "Anna de Vries"  # the case itself still opens for the compartment
    code, out, _ = cli(capsys, *show, "--as", "cro.visser")
    assert "Question: (not shown to your role)" in out and QUESTION not in out
    # the advisor still reads it
    assert QUESTION in cli(capsys, *show, "--as", "dr.jansen")[1]
    # the matrix alone no longer decides (issue 11, capabilities are keys): granting the role health reads
    # lets the officer ask, but their slot holds no health key, so the question stays sealed
    granted = {
        **permissions.MATRIX,
        Action.HEALTH_READ: permissions.MATRIX[Action.HEALTH_READ] | {Role.CRIMINAL_RECORD_OFFICER},
    }
    monkeypatch.setattr(permissions, "MATRIX", granted)
    code, out, err = cli(capsys, *show, "--as", "cro.visser")
    assert code == 1 and "does not hold the health key" in err and QUESTION not in out
