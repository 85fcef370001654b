"""The IT policy file (TOML).

Every key has a safe default. IT sets values in the system policy file (or the file named by
``MEDUNIT_POLICY``); a value written as ``{ value = …, locked = true }`` cannot be loosened by a user's
own settings. An invalid policy stops start-up with a message naming the key and line: never a silent
fallback to defaults, because a typo in a retention period must not quietly keep data longer.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from medunit.config.paths import data_home, system_policy_path
from medunit.errors import MedunitError


class PolicyError(MedunitError):
    pass


def _positive_int(lo: int, hi: int) -> Callable[[Any], str | None]:
    def check(v: Any) -> str | None:
        if isinstance(v, bool) or not isinstance(v, int):
            return "must be a whole number"
        if not lo <= v <= hi:
            return f"must be between {lo} and {hi}"
        return None

    return check


def _bool(v: Any) -> str | None:
    return None if isinstance(v, bool) else "must be true or false"


def _path(v: Any) -> str | None:
    return None if isinstance(v, str) and v.strip() else "must be a non-empty path"


def _lang(v: Any) -> str | None:
    return None if v in ("nl", "en") else 'must be "nl" or "en"'


@dataclass(frozen=True)
class Key:
    name: str
    default: Any
    check: Callable[[Any], str | None]
    #: "up" when a larger value is stricter (KDF cost), "down" when smaller is stricter (idle minutes),
    #: "" when neither (paths, language)
    stricter: str
    doc: str


def _default_store() -> str:
    return str(data_home() / "store")


def _default_export() -> str:
    return str(Path.home() / "medunit-exports")


KEYS: tuple[Key, ...] = (
    Key("store.location", None, _path, "", "Folder of the unit's store."),
    Key("store.workstation_binding", True, _bool, "up", "Bind new stores to this workstation's keychain."),
    Key("session.idle_lock_minutes", 10, _positive_int(1, 240), "down", "Lock after this many idle minutes."),
    Key("session.clipboard_clear_seconds", 30, _positive_int(5, 600), "down", "Clear copied health data after."),
    Key("security.kdf_memory_kib", 196608, _positive_int(8192, 4194304), "up", "Argon2id memory for new slots."),
    Key("security.kdf_iterations", 4, _positive_int(1, 64), "up", "Argon2id passes for new slots."),
    Key(
        "retention.recordings_days", 28, _positive_int(1, 28), "down", "Call/chat recordings (statement: max 4 weeks)."
    ),
    Key("retention.case_years", 7, _positive_int(1, 30), "down", "Closed cases and their health data."),
    Key("retention.contact_log_years", 2, _positive_int(1, 30), "down", "Contact log entries."),
    Key("retention.access_log_years", 5, _positive_int(5, 50), "up", "Access log entries (at least 5 years)."),
    Key("consent.default_validity_days", 180, _positive_int(1, 1095), "down", "Validity of a new consent."),
    Key("attachments.max_mb", 25, _positive_int(1, 500), "down", "Largest attachment accepted."),
    Key("export.folder", None, _path, "", "Default folder for advice exports."),
    Key("ui.language", "nl", _lang, "", "Interface language."),
)
KEY_INDEX: Mapping[str, Key] = {k.name: k for k in KEYS}


@dataclass(frozen=True)
class Setting:
    value: Any
    source: str
    locked: bool = False


@dataclass(frozen=True)
class Policy:
    settings: dict[str, Setting] = field(default_factory=dict)

    def get(self, name: str) -> Any:
        return self.settings[name].value

    @property
    def store_location(self) -> Path:
        return Path(self.get("store.location")).expanduser()

    @property
    def export_folder(self) -> Path:
        return Path(self.get("export.folder")).expanduser()


def _line_of(text: str, section: str, key: str) -> int:
    """Best-effort line number of ``key`` inside ``[section]`` (tomllib reports none for values)."""
    current = ""
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if line.startswith("[") and line.endswith("]"):
            current = line.strip("[] ")
            continue
        head = line.split("=", 1)[0].strip().strip('"')
        if current == section and head == key:
            return number
        if not current and head == f"{section}.{key}":
            return number
    return 0


def _flatten(raw: dict[str, Any]) -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for section, body in raw.items():
        if isinstance(body, dict):
            for key, value in body.items():
                flat[f"{section}.{key}"] = value
        else:
            flat[section] = body
    return flat


def parse_policy_text(text: str, source: str) -> dict[str, Setting]:
    """Validate a policy file's text; raises PolicyError naming the key and line of the first problem."""
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise PolicyError("Policy file {source} is not valid TOML: {detail}", source=source, detail=str(exc)) from exc
    settings: dict[str, Setting] = {}
    for name, value in _flatten(raw).items():
        section, _, key = name.partition(".")
        line = _line_of(text, section, key)
        where = f"{source}, line {line}" if line else source
        spec = KEY_INDEX.get(name)
        if spec is None:
            raise PolicyError("Policy file {where}: unknown key '{key}'.", where=where, key=name)
        locked = False
        if isinstance(value, dict):
            extra = set(value) - {"value", "locked"}
            if "value" not in value or extra or not isinstance(value.get("locked", False), bool):
                raise PolicyError(
                    "Policy file {where}: '{key}' must be a value or {{ value = …, locked = true }}.",
                    where=where,
                    key=name,
                )
            locked = bool(value.get("locked", False))
            value = value["value"]
        problem = spec.check(value)
        if problem:
            raise PolicyError("Policy file {where}: '{key}' {problem}.", where=where, key=name, problem=problem)
        settings[name] = Setting(value, source, locked)
    return settings


def policy_file_path() -> Path:
    env = os.environ.get("MEDUNIT_POLICY")
    return Path(env) if env else system_policy_path()


def load_policy(path: Path | None = None) -> Policy:
    """Defaults, overlaid by the policy file if there is one."""
    path = path or policy_file_path()
    settings: dict[str, Setting] = {}
    for spec in KEYS:
        settings[spec.name] = Setting(spec.default, "default")
    settings["store.location"] = Setting(_default_store(), "default")
    settings["export.folder"] = Setting(_default_export(), "default")
    if os.environ.get("MEDUNIT_POLICY") and not path.exists():
        raise PolicyError("The policy file {path} named by MEDUNIT_POLICY does not exist.", path=path)
    if path.exists():
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise PolicyError("Policy file {path} cannot be read: {detail}", path=path, detail=str(exc)) from exc
        settings.update(parse_policy_text(text, str(path)))
    return Policy(settings)
