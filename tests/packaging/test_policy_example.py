"""The example policy shipped by every installer documents every key, and parses when uncommented."""

from __future__ import annotations

import re
from pathlib import Path

from medunit.config.policy import KEY_INDEX, KEYS, parse_policy_text

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "packaging" / "common" / "policy.toml"


def test_example_is_fully_commented() -> None:
    assert parse_policy_text(EXAMPLE.read_text(encoding="utf-8"), "example") == {}


def test_example_uncommented_covers_every_key_with_valid_values() -> None:
    text = re.sub(r"^# (\w+ = )", r"\1", EXAMPLE.read_text(encoding="utf-8"), flags=re.MULTILINE)
    settings = parse_policy_text(text, "example")
    assert set(settings) == set(KEY_INDEX)
    for key in KEYS:
        if key.default is not None:
            assert settings[key.name].value == key.default, key.name


def test_docs_describe_every_key() -> None:
    docs = (ROOT / "docs" / "policy.md").read_text(encoding="utf-8")
    for key in KEYS:
        assert f"`{key.name}`" in docs, key.name


def test_installers_ship_the_same_example_and_locations() -> None:
    iss = (ROOT / "packaging" / "windows" / "medunit.iss").read_text(encoding="utf-8")
    assert r"..\common\policy.toml" in iss and r"{commonappdata}\medunit" in iss
    mac = (ROOT / "packaging" / "macos" / "README.md").read_text(encoding="utf-8")
    assert "/Library/Application Support/medunit/policy.toml" in mac
    deb = (ROOT / "packaging" / "linux" / "build-deb.sh").read_text(encoding="utf-8")
    assert "packaging/common/policy.toml" in deb and "etc/medunit/policy.toml" in deb
