"""Run medunit-admin in-process and capture what it printed."""

from __future__ import annotations

import pytest

from medunit.cli.main import run


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = run(list(args))
    out, err = capsys.readouterr()
    return code, out, err
