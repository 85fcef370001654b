"""Fixtures for the CLI tests: a unit whose sessions are closed, as a command-line user finds it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.unit import Unit, make_cli_unit


@pytest.fixture
def unit(store_location: Path | str, policy, monkeypatch: pytest.MonkeyPatch) -> Iterator[Unit]:  # type: ignore[no-untyped-def]
    """Once per backend: a folder, and a unit server (``--store URL``)."""
    yield make_cli_unit(store_location, policy, monkeypatch)
