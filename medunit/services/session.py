"""An unlocked session: who is working, in which role, on which store, from which workstation."""

from __future__ import annotations

import contextlib
import socket
from dataclasses import dataclass, field
from datetime import UTC, datetime

from medunit.config.policy import Policy
from medunit.crypto.kdf import KdfCost
from medunit.crypto.personal import LogSigner
from medunit.crypto.workstation import Workstation
from medunit.domain.roles import Role
from medunit.errors import MedunitError
from medunit.store.access_log import ensure_log_key
from medunit.store.users import UserRow, list_users
from medunit.store.vault import Vault


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def kdf_cost(policy: Policy) -> KdfCost:
    return KdfCost(policy.get("security.kdf_memory_kib"), policy.get("security.kdf_iterations"))


@dataclass
class Session:
    vault: Vault
    user: str
    role: Role
    policy: Policy
    workstation: Workstation | None
    demo: bool = False
    open: bool = field(default=True)
    log_key: bytes = b""
    broken_glass: set[str] = field(default_factory=set)
    signer: LogSigner | None = None  # the user's personal access-log key (None on a store that does not sign yet)
    anchored: bool = False  # the rollback anchor was checked at unlock: move it forward at lock and exit
    #: the unit's users by name (display name, role, BIG number), read once at unlock: colleagues' names
    #: are no health data, and showing them (access log, advisor filter, letters) must not log each look
    people: dict[str, UserRow] = field(default_factory=dict)
    #: why the user must accept the confidentiality statement before any data shows (None: accepted)
    acknowledgement_due: str | None = None
    #: the id every log entry of this session names (host name and binding fingerprint), worked out once at
    #: unlock: a SHA-256 and a host-name call per entry were 2 µs of each logged read (issue 15 point 4)
    _workstation_id: str = field(default="", init=False, repr=False)

    def __post_init__(self) -> None:
        ws = self.workstation
        self._workstation_id = ws.workstation_id if ws else f"{socket.gethostname()}/unbound"
        if not self.log_key:
            self.log_key = ensure_log_key(self.vault.db, self.vault.bag.data_key)
        if not self.people:
            self.people = {row.name: row for row in list_users(self.vault.db)}

    def full_name(self, user: str) -> str:
        """The display name of ``user`` (the user name when none is set or the user is gone)."""
        row = self.people.get(user)
        return row.full_name if row else user

    @property
    def workstation_id(self) -> str:
        return self._workstation_id

    @property
    def store_path(self) -> str:
        return self.vault.location

    def close(self) -> None:
        """Close the connection and drop key material and emergency grants."""
        if self.open:
            if self.anchored:
                from medunit.services.rollback import record

                # locking must not fail: the anchor written at unlock (or at the last lock) stays
                with contextlib.suppress(MedunitError, OSError):
                    record(self.vault, self.workstation, self.policy)
            self.vault.close()
            self.open = False
            self.log_key = b""
            self.signer = None
            self.broken_glass.clear()
