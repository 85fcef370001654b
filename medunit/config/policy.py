"""The IT policy file (TOML).

Every key has a safe default. IT sets values in the system policy file (or the file named by
``MEDUNIT_POLICY``); a value written as ``{ value = …, locked = true }`` cannot be loosened by a user's
own settings. An invalid policy stops start-up with a message naming the key and line: never a silent
fallback to defaults, because a typo in a retention period must not quietly keep data longer.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, NamedTuple

from medunit.config.paths import config_home, data_home, system_policy_path
from medunit.domain.statement_texts import DEFAULT_STATEMENT_EN, DEFAULT_STATEMENT_NL
from medunit.errors import MedunitError


class PolicyError(MedunitError):
    pass


SETTINGS_FILE = "settings.toml"
POLICY_KIND = "Policy file"
USER_KIND = "User settings"


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


def _optional_path(v: Any) -> str | None:
    return None if isinstance(v, str) else 'must be a path (or "" for none)'


def _lang(v: Any) -> str | None:
    return None if v in ("nl", "en") else 'must be "nl" or "en"'


def _statement(v: Any) -> str | None:
    if not isinstance(v, str) or not v.strip():
        return "must be a non-empty text"
    return None if len(v) <= 4000 else "must be at most 4000 characters"


def _staff_scope(v: Any) -> str | None:
    return None if v in ("team", "unit") else 'must be "team" or "unit"'


#: Directions a key can be made stricter in (``Key.stricter``).
STRICTER_DOWN = "down"  # a smaller value is stricter (idle minutes, retention days)
STRICTER_UP = "up"  # a larger value is stricter (KDF cost, workstation binding true)
STRICTER_NONE = ""  # neither: a locked value cannot be changed at all (paths, language)


# Key, Setting and Policy are NamedTuples rather than frozen dataclasses: this module is loaded before the
# unlock window paints, and ``dataclasses`` with the code it generates per class cost about 4 ms of a
# cold start that a bare PySide6 window does not pay (docs/benchmarks.md, issue 15). Immutable all the same.


class Key(NamedTuple):
    """One policy key: its default, its check, and which way is stricter."""

    name: str
    default: Any
    check: Callable[[Any], str | None]
    #: "up" when a larger value is stricter (KDF cost), "down" when smaller is stricter (idle minutes),
    #: "" when neither (paths, language)
    stricter: str
    doc: str
    #: The effective policy value is a floor/ceiling for user settings even when not locked (KDF cost:
    #: "the cost for new slots, a user cannot lower it").
    always_locked: bool = False

    def is_looser(self, candidate: Any, reference: Any) -> bool:
        """Whether ``candidate`` is looser than ``reference`` (for stricter "" any change is)."""
        if candidate == reference:
            return False
        if self.stricter == STRICTER_DOWN:
            return bool(candidate > reference)
        if self.stricter == STRICTER_UP:
            return bool(candidate < reference)
        return True

    def allowed_change(self) -> str:
        return {
            STRICTER_DOWN: "only a smaller value is allowed",
            STRICTER_UP: "only a larger value is allowed",
        }.get(self.stricter, "it cannot be changed")


def _default_store() -> str:
    return str(data_home() / "store")


def _default_export() -> str:
    return str(Path.home() / "medunit-exports")


KEYS: tuple[Key, ...] = (
    Key("store.location", None, _path, "", "Folder of the unit's store, or the unit server's postgresql:// URL."),
    Key("store.workstation_binding", True, _bool, "up", "Bind new stores to this workstation's keychain."),
    Key(
        "store.sync_every_commit",
        True,
        _bool,
        "up",
        "Every commit (each read's log entry) is on disk before medunit goes on (fsync).",
    ),
    Key(
        "store.read_log_flush_ms",
        200,
        _positive_int(0, 1000),
        "down",
        "A read's log entry is flushed to disk (fsync) at most this many ms after it (0: at once).",
    ),
    Key("session.idle_lock_minutes", 10, _positive_int(1, 240), "down", "Lock after this many idle minutes."),
    Key("session.clipboard_clear_seconds", 30, _positive_int(5, 600), "down", "Clear copied health data after."),
    Key(
        "security.kdf_memory_kib",
        196608,
        _positive_int(8192, 4194304),
        "up",
        "Argon2id memory for new slots.",
        always_locked=True,
    ),
    Key("security.kdf_iterations", 4, _positive_int(1, 64), "up", "Argon2id passes for new slots.", always_locked=True),
    Key(
        "security.sqlcipher_memory_security",
        False,
        _bool,
        "up",
        "SQLCipher mlocks and wipes its own memory (costs 4-10x on store reads).",
    ),
    Key(
        "retention.recordings_days", 28, _positive_int(1, 28), "down", "Call/chat recordings (statement: max 4 weeks)."
    ),
    Key("retention.case_years", 7, _positive_int(1, 30), "down", "Closed cases and their health data."),
    Key("retention.contact_log_years", 2, _positive_int(1, 30), "down", "Contact log entries."),
    Key("retention.access_log_years", 5, _positive_int(5, 50), "up", "Access log entries (at least 5 years)."),
    Key("consent.default_validity_days", 180, _positive_int(1, 1095), "down", "Validity of a new consent."),
    Key("attachments.max_mb", 25, _positive_int(1, 500), "down", "Largest attachment accepted."),
    Key("export.folder", None, _path, "", "Default folder for advice exports."),
    # backups (issue 13): none are taken automatically until IT names a folder
    Key("backup.folder", "", _optional_path, "", "Folder for automatic backups (empty: none are taken)."),
    Key(
        "backup.every_hours", 24, _positive_int(1, 8760), "down", "Automatic backup at lock/exit after this many hours."
    ),
    Key("backup.keep_days", 28, _positive_int(1, 3650), "down", "Backups older than this are deleted."),
    Key("backup.keep_beyond_retention", False, _bool, "", "IT keeps backups longer than recordings' retention."),
    Key(
        "audit.anchor_folder",
        None,
        _path,
        "",
        "Folder (a share IT controls) where each workstation also writes the store's rollback anchor.",
    ),
    Key("ui.language", "nl", _lang, "", "Interface language."),
    # the unit server (issue 12): how often the case list asks whether another workstation changed cases
    Key(
        "ui.refresh_seconds",
        5,
        _positive_int(1, 300),
        "",
        "The case list shows other workstations' changes within this many seconds.",
    ),
    Key(
        "security.acknowledge_every_days",
        365,
        _positive_int(1, 3650),
        "down",
        "Users accept the confidentiality statement again after this many days (and whenever its text changes).",
    ),
    Key(
        "confidentiality.statement_nl",
        DEFAULT_STATEMENT_NL,
        _statement,
        "",
        "The unit's confidentiality statement in Dutch, accepted by every user before any data shows.",
        always_locked=True,
    ),
    Key(
        "confidentiality.statement_en",
        DEFAULT_STATEMENT_EN,
        _statement,
        "",
        "The same statement in English.",
        always_locked=True,
    ),
    Key(
        "access.staff_scope",
        "team",
        _staff_scope,
        "",
        'Unit staff see the cases of the advisors they support ("team") or every case ("unit").',
        always_locked=True,
    ),
)
KEY_INDEX: Mapping[str, Key] = {k.name: k for k in KEYS}

SOURCE_DEFAULT = "default"


class Setting(NamedTuple):
    """A key's effective value and where it came from."""

    value: Any
    #: "default", or the path of the policy file or of the user settings file the value came from
    source: str
    #: locked by the policy: a user's settings may only make it stricter
    locked: bool = False
    #: when a user tightened a locked value: the policy file and the value it locked
    locked_by: str = ""
    locked_value: Any = None


class Policy(NamedTuple):
    """Every key's effective setting, and which files were read."""

    settings: dict[str, Setting]
    #: the policy file and user settings file looked at, and whether each was there
    policy_file: str = ""
    policy_file_present: bool = False
    settings_file: str = ""
    settings_file_present: bool = False

    def get(self, name: str) -> Any:
        return self.settings[name].value

    @property
    def store_location(self) -> Path | str:
        """The store's folder, or a unit server's ``postgresql://`` URL (kept as text)."""
        value = str(self.get("store.location"))
        if "://" not in value:  # a folder, known without loading the URL parser (start-up, issue 15)
            return Path(value).expanduser()
        from medunit.store.pg.url import is_server_url

        return value if is_server_url(value) else Path(value).expanduser()

    @property
    def export_folder(self) -> Path:
        return Path(self.get("export.folder")).expanduser()

    @property
    def anchor_folder(self) -> Path | None:
        value = self.get("audit.anchor_folder")
        return Path(value).expanduser() if value else None


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


def _where(source: str, line: int) -> str:
    return f"{source}, line {line}" if line else source


#: Characters TOML allows nowhere outside strings, comments included (tab, LF and CR-LF aside).
_CONTROL = frozenset(map(chr, [*range(0x09), *range(0x0B, 0x0D), *range(0x0E, 0x20), 0x7F]))
#: The characters of a bare TOML key.
_BARE_KEY = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")


def _holds_no_key(text: str) -> bool:
    """Whether ``text`` is valid TOML that sets no key: nothing but blank lines, comments and distinct
    ``[table]`` headers with a bare name, which ``tomllib`` reads as empty tables (no settings). The
    installed policy file is this until IT sets a value (every key commented out), and parsing it cost
    about 5 ms of a cold start (tomllib and datetime imported, 106 lines parsed). Anything else, including
    whatever tomllib would refuse here (control characters, a lone CR, a repeated table), returns False
    and goes to the parser, so what is accepted and refused is unchanged (tests/unit/test_policy.py)."""
    if _CONTROL.intersection(text) or text.count("\r") != text.count("\r\n"):
        return False
    tables: set[str] = set()
    for line in text.split("\n"):
        body = line.partition("#")[0].rstrip("\r").strip(" \t")
        if not body:
            continue
        name = body[1:-1].strip(" \t") if body[0] == "[" and body[-1] == "]" else ""
        if not name or not _BARE_KEY.issuperset(name) or name in tables:
            return False
        tables.add(name)
    return True


def parse_policy_text(text: str, source: str, *, kind: str = "Policy file") -> dict[str, Setting]:
    """Validate a policy (or user settings) file's text; raises PolicyError naming the key and line of
    the first problem. ``kind`` starts each message ("Policy file" / "User settings")."""
    if _holds_no_key(text):
        return {}  # no settings, known without loading the TOML parser (issue 15, cold start)
    import tomllib  # with datetime, about 5 ms of a cold start: only when a file sets something (issue 15)

    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise PolicyError(
            "{kind} {source} is not valid TOML: {detail}", kind=kind, source=source, detail=str(exc)
        ) from exc
    settings: dict[str, Setting] = {}
    for name, value in _flatten(raw).items():
        section, _, key = name.partition(".")
        where = _where(source, _line_of(text, section, key))
        spec = KEY_INDEX.get(name)
        if spec is None:
            raise PolicyError("{kind} {where}: unknown key '{key}'.", kind=kind, where=where, key=name)
        locked = False
        if isinstance(value, dict):
            extra = set(value) - {"value", "locked"}
            if "value" not in value or extra or not isinstance(value.get("locked", False), bool):
                raise PolicyError(
                    "{kind} {where}: '{key}' must be a value or {{ value = …, locked = true }}.",
                    kind=kind,
                    where=where,
                    key=name,
                )
            locked = bool(value.get("locked", False))
            value = value["value"]
        problem = spec.check(value)
        if problem:
            raise PolicyError("{kind} {where}: '{key}' {problem}.", kind=kind, where=where, key=name, problem=problem)
        settings[name] = Setting(value, source, locked)
    return settings


def policy_file_path() -> Path:
    env = os.environ.get("MEDUNIT_POLICY")
    return Path(env) if env else system_policy_path()


def user_settings_path() -> Path:
    """The user's own settings: same keys as the policy, applied on top of it (``settings.toml``)."""
    return config_home() / SETTINGS_FILE


def _read(path: Path, kind: str) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise PolicyError("{kind} {path} cannot be read: {detail}", kind=kind, path=path, detail=str(exc)) from exc


def _apply_user_settings(settings: dict[str, Setting], text: str, source: str) -> None:
    """Overlay the user's settings; refuse (PolicyError naming key, file and line) any that would
    loosen a locked value, lock anything, or lower a floor such as the KDF cost."""
    for name, user in parse_policy_text(text, source, kind=USER_KIND).items():
        section, _, key = name.partition(".")
        where = _where(source, _line_of(text, section, key))
        if user.locked:
            raise PolicyError(
                "User settings {where}: '{key}' cannot be locked here; only the policy file locks values.",
                where=where,
                key=name,
            )
        spec = KEY_INDEX[name]
        current = settings[name]
        if current.locked or spec.always_locked:
            if spec.is_looser(user.value, current.value):
                by = current.source if current.source != SOURCE_DEFAULT else "the default policy"
                raise PolicyError(
                    "User settings {where}: '{key}' = {value} would loosen {current} set by {by}{how}; {allowed}.",
                    where=where,
                    key=name,
                    value=_show(user.value),
                    current=_show(current.value),
                    by=by,
                    how=" (locked)" if current.locked else " (a minimum)",
                    allowed=spec.allowed_change(),
                )
            if current.locked:
                settings[name] = Setting(user.value, source, True, current.source, current.value)
                continue
        settings[name] = Setting(user.value, source, False)


def _show(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return f'"{value}"'
    return str(value)


def load_policy(path: Path | None = None, settings_path: Path | None = None) -> Policy:
    """Defaults, overlaid by the policy file if there is one, then by the user's settings file.

    Precedence: default < policy file < user settings, except that a value the policy locks (and the
    KDF cost, always) can only be made stricter by the user's settings; anything else stops start-up.
    """
    named_by_env = path is None and bool(os.environ.get("MEDUNIT_POLICY"))
    path = path or policy_file_path()
    settings_path = settings_path or user_settings_path()
    settings: dict[str, Setting] = {}
    for spec in KEYS:
        settings[spec.name] = Setting(spec.default, SOURCE_DEFAULT)
    settings["store.location"] = Setting(_default_store(), SOURCE_DEFAULT)
    settings["export.folder"] = Setting(_default_export(), SOURCE_DEFAULT)
    if named_by_env and not path.exists():
        raise PolicyError("The policy file {path} named by MEDUNIT_POLICY does not exist.", path=path)
    policy_present = path.exists()
    if policy_present:
        settings.update(parse_policy_text(_read(path, POLICY_KIND), str(path)))
    settings_present = settings_path.exists()
    if settings_present:
        _apply_user_settings(settings, _read(settings_path, USER_KIND), str(settings_path))
    _check_backup_keep(settings)
    return Policy(settings, str(path), policy_present, str(settings_path), settings_present)


def _check_backup_keep(settings: dict[str, Setting]) -> None:
    """Backups must not keep a purged recording alive: ``backup.keep_days`` is at most the recordings'
    retention, unless IT raises it knowingly with ``backup.keep_beyond_retention = true``."""
    keep, recordings = settings["backup.keep_days"], settings["retention.recordings_days"]
    if keep.value > recordings.value and not settings["backup.keep_beyond_retention"].value:
        raise PolicyError(
            "{source}: 'backup.keep_days' = {keep} is longer than 'retention.recordings_days' = {days}, so "
            "backups would keep recordings past their retention; lower it, or set "
            "'backup.keep_beyond_retention' = true to do so knowingly.",
            source=keep.source,
            keep=keep.value,
            days=recordings.value,
        )


def describe_setting(name: str, setting: Setting) -> str:
    """Where a value came from, for ``policy show``: "default" or a file, plus "locked" / "minimum"."""
    parts = [setting.source]
    if setting.locked_by:
        parts.append(f"locked at {_show(setting.locked_value)} by {setting.locked_by}, made stricter here")
    elif setting.locked:
        parts.append("locked")
    spec = KEY_INDEX.get(name)
    if spec is not None and spec.always_locked and not setting.locked:
        parts.append("user settings may only raise it")
    return "; ".join(parts)


def format_value(value: Any) -> str:
    return _show(value)
