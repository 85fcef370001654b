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

    def __post_init__(self) -> None:
        if not self.log_key:
            self.log_key = ensure_log_key(self.vault.db, self.vault.bag.data_key)

    @property
    def workstation_id(self) -> str:
        return self.workstation.workstation_id if self.workstation else f"{socket.gethostname()}/unbound"

    @property
    def store_path(self) -> str:
        return str(self.vault.layout.root)

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
