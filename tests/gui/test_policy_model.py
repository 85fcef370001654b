"""PolicyTableModel over policy.settings: key, value, source, locked."""

from __future__ import annotations

from pathlib import Path

from medunit.config.policy import load_policy
from tests.gui.conftest import write_policy


def test_policy_rows(gui_env: Path) -> None:
    from medunit.gui.models import PolicyTableModel

    write_policy(gui_env, "[session]\nidle_lock_minutes = { value = 5, locked = true }\n")
    policy = load_policy()
    model = PolicyTableModel()
    model.set_settings(policy.settings)
    rows = {model.data(model.index(r, 0)): r for r in range(model.rowCount())}
    idle = rows["session.idle_lock_minutes"]
    assert model.data(model.index(idle, 1)) == "5"
    assert model.data(model.index(idle, 2)) == str(gui_env)
    assert model.data(model.index(idle, 3)) == "yes"
    clip = rows["session.clipboard_clear_seconds"]
    assert model.data(model.index(clip, 2)) == "default"
    assert model.data(model.index(clip, 3)) == "no"
    assert model.data(model.index(rows["store.workstation_binding"], 1)) == "yes"
