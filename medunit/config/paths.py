"""Per-user folders (XDG on Linux); medunit keeps no health data in any of them."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def _xdg(var: str, fallback: str) -> Path:
    value = os.environ.get(var)
    return Path(value) if value else Path.home() / fallback


def data_home() -> Path:
    if sys.platform == "win32":
        return Path(os.environ.get("LOCALAPPDATA", Path.home())) / "medunit"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / "medunit"
    return _xdg("XDG_DATA_HOME", ".local/share") / "medunit"


def config_home() -> Path:
    if sys.platform == "win32":
        return Path(os.environ.get("APPDATA", Path.home())) / "medunit"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Preferences" / "medunit"
    return _xdg("XDG_CONFIG_HOME", ".config") / "medunit"


def system_policy_path() -> Path:
    if sys.platform == "win32":
        return Path(os.environ.get("PROGRAMDATA", "C:/ProgramData")) / "medunit" / "policy.toml"
    if sys.platform == "darwin":
        return Path("/Library/Application Support/medunit/policy.toml")
    return Path("/etc/medunit/policy.toml")
