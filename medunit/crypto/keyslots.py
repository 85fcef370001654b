"""The key-slot file: who can unwrap the store's data key, and how.

Layout (JSON, no secret in clear):

* ``slots``: one per user plus one recovery slot. Each holds an X25519 private key sealed (AES-256-GCM)
  under a key-encryption key from Argon2id(passphrase or recovery code, salt, workstation secret for
  bound slots), and the public half.
* ``generations``: the key bag (data key + compartment keys) sealed to each slot's public key. The
  first generation is current; a second one is *pending* only while a data-key rotation is under way,
  so a crash between re-keying the database and rewriting this file leaves a key that opens it.
* ``personal``: per slot, that holder's personal keys (their access-log key; the unit CA for unit
  administrators and the recovery slot) sealed to the slot's public key. Never derivable from the data key.
* ``page_hmac``: SQLCipher's page MAC of the database (``HMAC_SHA256`` for stores created since issue 15;
  absent in older files, whose databases use SQLCipher 4's default ``HMAC_SHA512``). SQLCipher does not
  record it in the clear and every opener needs it before the first page is read, so it lives here,
  covered by ``mac``: an edit makes the store refuse to open (altered slot file), never open it otherwise.
* ``mac``: HMAC under a key derived from the data key, so edits by someone without the key are caught
  after unlock; ``checksum``: plain SHA-256, so accidental damage is named before any unlock attempt.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from medunit.crypto.aead import DecryptionFailed, open_sealed, seal
from medunit.crypto.atomic import atomic_write
from medunit.crypto.envelope import new_keypair, open_envelope, seal_to
from medunit.crypto.kdf import KdfCost, KdfParams, derive_key
from medunit.crypto.page_hmac import LEGACY_PAGE_HMAC, PAGE_HMACS
from medunit.errors import IntegrityError

FORMAT = "medunit-keyslots"
VERSION = 1
RECOVERY_SLOT = "recovery"


_DAMAGED = "The key-slot file {path} is damaged or was altered ({detail})."


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object) -> bytes:
    if not isinstance(text, str):
        raise ValueError("expected base64 text")
    return base64.b64decode(text.encode("ascii"), validate=True)


def user_slot_id(user: str) -> str:
    return f"user:{user}"


@dataclass(frozen=True)
class KeyBag:
    """What a slot unwraps: the database key and the compartment keys this slot's holder may use."""

    data_key: bytes
    compartments: dict[str, bytes] = field(default_factory=dict)
    personal: dict[str, bytes] = field(default_factory=dict)


@dataclass(frozen=True)
class Slot:
    slot_id: str
    kind: str  # "user" | "recovery"
    user: str | None
    bound: bool
    tag: str | None  # workstation tag for bound slots
    kdf: KdfParams
    public_key: bytes
    wrapped_private: bytes

    def aad(self, store_id: str) -> bytes:
        return f"medunit-slot-v1|{store_id}|{self.slot_id}|{self.kind}|{self.user}|{self.public_key.hex()}".encode()

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.slot_id,
            "kind": self.kind,
            "user": self.user,
            "bound": self.bound,
            "tag": self.tag,
            "kdf": self.kdf.to_json(),
            "public_key": _b64(self.public_key),
            "wrapped_private": _b64(self.wrapped_private),
        }

    @classmethod
    def from_json(cls, obj: dict[str, Any]) -> Slot:
        kind = obj["kind"]
        if kind not in ("user", "recovery"):
            raise ValueError("unknown slot kind")
        return cls(
            slot_id=str(obj["id"]),
            kind=kind,
            user=obj["user"],
            bound=bool(obj["bound"]),
            tag=obj["tag"],
            kdf=KdfParams.from_json(obj["kdf"]),
            public_key=_unb64(obj["public_key"]),
            wrapped_private=_unb64(obj["wrapped_private"]),
        )


def make_slot(
    store_id: str,
    slot_id: str,
    kind: str,
    user: str | None,
    secret: bytes,
    cost: KdfCost,
    pepper: bytes | None,
    tag: str | None,
) -> tuple[Slot, bytes]:
    """A new slot with a fresh key pair; returns the slot and its private key (for immediate use)."""
    private, public = new_keypair()
    params = KdfParams.fresh(cost)
    unsealed = Slot(slot_id, kind, user, pepper is not None, tag, params, public, b"")
    kek = derive_key(secret, params, pepper)
    return replace(unsealed, wrapped_private=seal(kek, private, unsealed.aad(store_id))), private


def unwrap_private(store_id: str, slot: Slot, secret: bytes, pepper: bytes | None) -> bytes:
    """Raises DecryptionFailed for a wrong passphrase/code or a wrong workstation."""
    kek = derive_key(secret, slot.kdf, pepper if slot.bound else None)
    return open_sealed(kek, slot.wrapped_private, slot.aad(store_id))


def _envelope_aad(store_id: str, generation: int, slot_id: str) -> bytes:
    return f"medunit-keybag-v1|{store_id}|{generation}|{slot_id}".encode()


def _compartment_aad(store_id: str, name: str, slot_id: str) -> bytes:
    return f"medunit-compartment-v1|{store_id}|{name}|{slot_id}".encode()


def _personal_aad(store_id: str, slot_id: str, name: str) -> bytes:
    return f"medunit-personal-v1|{store_id}|{slot_id}|{name}".encode()


def seal_compartment_key(store_id: str, name: str, holder: str, public_key: bytes, key: bytes) -> bytes:
    """A content key sealed to one holder's X25519 public key, bound to store, key name and holder.

    The one envelope for every content key: the slot file's compartments (criminal-record, health,
    glass) and the restricted-case keys kept beside their case in the database."""
    return seal_to(public_key, key, _compartment_aad(store_id, name, holder))


def open_compartment_key(store_id: str, name: str, holder: str, private_key: bytes, blob: bytes) -> bytes:
    return open_envelope(private_key, blob, _compartment_aad(store_id, name, holder))


@dataclass(frozen=True)
class Generation:
    number: int
    envelopes: dict[str, bytes]


@dataclass(frozen=True)
class SlotFile:
    store_id: str
    binding: bool
    slots: tuple[Slot, ...]
    generations: tuple[Generation, ...]
    compartments: dict[str, dict[str, bytes]] = field(default_factory=dict)
    mac: bytes = b""
    personal: dict[str, dict[str, bytes]] = field(default_factory=dict)  # slot id -> key name -> envelope
    page_hmac: str = LEGACY_PAGE_HMAC  # SQLCipher's page MAC of the database (module docstring)

    # -- queries ---------------------------------------------------------------------------------------
    def slot(self, slot_id: str) -> Slot | None:
        return next((s for s in self.slots if s.slot_id == slot_id), None)

    def user_names(self) -> list[str]:
        return sorted(s.user for s in self.slots if s.kind == "user" and s.user is not None)

    @property
    def current(self) -> Generation:
        return self.generations[0]

    @property
    def pending(self) -> Generation | None:
        return self.generations[1] if len(self.generations) > 1 else None

    def open_keybags(self, slot: Slot, private: bytes) -> list[tuple[int, KeyBag]]:
        """Every generation's key bag this slot can open (current first).

        Raises DecryptionFailed when an envelope addressed to this slot does not open (tampering)."""
        held = {}
        for name, envelopes in self.compartments.items():
            blob = envelopes.get(slot.slot_id)
            if blob is not None:
                held[name] = open_compartment_key(self.store_id, name, slot.slot_id, private, blob)
        personal = {
            name: open_envelope(private, blob, _personal_aad(self.store_id, slot.slot_id, name))
            for name, blob in self.personal.get(slot.slot_id, {}).items()
        }
        found = []
        for gen in self.generations:
            blob = gen.envelopes.get(slot.slot_id)
            if blob is None:
                continue
            key = open_envelope(private, blob, _envelope_aad(self.store_id, gen.number, slot.slot_id))
            found.append((gen.number, KeyBag(key, held, personal)))
        return found

    # -- building --------------------------------------------------------------------------------------
    def with_slot(self, slot: Slot) -> SlotFile:
        others = tuple(s for s in self.slots if s.slot_id != slot.slot_id)
        return replace(self, slots=(*others, slot))

    def without_slot(self, slot_id: str) -> SlotFile:
        gens = tuple(
            Generation(g.number, {k: v for k, v in g.envelopes.items() if k != slot_id}) for g in self.generations
        )
        comps = {n: {k: v for k, v in e.items() if k != slot_id} for n, e in self.compartments.items()}
        return replace(
            self,
            slots=tuple(s for s in self.slots if s.slot_id != slot_id),
            generations=gens,
            compartments=comps,
            personal={k: v for k, v in self.personal.items() if k != slot_id},
        )

    def _public_key(self, slot_id: str) -> bytes:
        slot = self.slot(slot_id)
        if slot is None:
            raise KeyError(slot_id)
        return slot.public_key

    def seal_generation(self, number: int, data_key: bytes, slot_ids: list[str]) -> Generation:
        """The data key sealed to each of ``slot_ids``."""
        return Generation(
            number,
            {
                sid: seal_to(self._public_key(sid), data_key, _envelope_aad(self.store_id, number, sid))
                for sid in slot_ids
            },
        )

    def with_compartment_key(self, name: str, key: bytes, slot_id: str) -> SlotFile:
        """Seal compartment ``name``'s key to one more slot."""
        blob = seal_compartment_key(self.store_id, name, slot_id, self._public_key(slot_id), key)
        comps = {n: dict(e) for n, e in self.compartments.items()}
        comps.setdefault(name, {})[slot_id] = blob
        return replace(self, compartments=comps)

    def with_personal(self, slot_id: str, keys: dict[str, bytes], *, keep: bool = False) -> SlotFile:
        """Seal each of ``keys`` to the slot as its holder's personal keys, replacing what the slot held
        (or, with ``keep``, adding to it: an administrator can add a key without reading the others)."""
        public = self._public_key(slot_id)
        sealed = {name: seal_to(public, key, _personal_aad(self.store_id, slot_id, name)) for name, key in keys.items()}
        held = {**self.personal.get(slot_id, {}), **sealed} if keep else sealed
        return replace(self, personal={**self.personal, slot_id: held})

    def without_compartment_key(self, name: str, slot_id: str) -> SlotFile:
        """Take compartment ``name``'s envelope away from one slot (a role change); the key itself
        must then be rotated, since the slot's holder may have kept a copy."""
        comps = {n: dict(e) for n, e in self.compartments.items()}
        comps.get(name, {}).pop(slot_id, None)
        return replace(self, compartments=comps)

    def holders(self, name: str) -> list[str]:
        return sorted(self.compartments.get(name, {}))

    # -- (de)serialisation -----------------------------------------------------------------------------
    def _body(self) -> dict[str, Any]:
        body: dict[str, Any] = {
            "format": FORMAT,
            "version": VERSION,
            "store_id": self.store_id,
            "binding": self.binding,
            "slots": [s.to_json() for s in sorted(self.slots, key=lambda s: s.slot_id)],
            "generations": [
                {"number": g.number, "envelopes": {k: _b64(v) for k, v in sorted(g.envelopes.items())}}
                for g in self.generations
            ],
            "compartments": {
                name: {k: _b64(v) for k, v in sorted(env.items())} for name, env in sorted(self.compartments.items())
            },
        }
        if self.personal:  # absent from files written before personal keys, so their MAC still holds
            body["personal"] = {
                sid: {n: _b64(v) for n, v in sorted(keys.items())} for sid, keys in sorted(self.personal.items())
            }
        if self.page_hmac != LEGACY_PAGE_HMAC:  # absent from files of older stores, so their MAC still holds
            body["page_hmac"] = self.page_hmac
        return body

    def _canonical(self) -> bytes:
        return json.dumps(self._body(), sort_keys=True, separators=(",", ":")).encode()

    def compute_mac(self, data_key: bytes) -> bytes:
        mac_key = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"medunit-slotfile-mac").derive(data_key)
        return hmac.new(mac_key, self._canonical(), hashlib.sha256).digest()

    def signed(self, data_key: bytes) -> SlotFile:
        return replace(self, mac=self.compute_mac(data_key))

    def mac_valid(self, data_key: bytes) -> bool:
        return hmac.compare_digest(self.mac, self.compute_mac(data_key))

    def to_bytes(self) -> bytes:
        body = self._body()
        body["mac"] = _b64(self.mac)
        text = json.dumps(body, sort_keys=True, indent=1)
        checksum = hashlib.sha256(text.encode()).hexdigest()
        return (text + "\n" + f"checksum {checksum}\n").encode()

    @classmethod
    def parse(cls, raw: bytes, path: Path | str) -> SlotFile:
        """The slot document read from ``path`` (a file, or the unit server's table: named in messages only)."""
        try:
            text = raw.decode("utf-8")
            body_text, _, trailer = text.rstrip("\n").rpartition("\n")
            if not trailer.startswith("checksum "):
                raise ValueError("checksum line missing (file truncated?)")
            if hashlib.sha256(body_text.encode()).hexdigest() != trailer[len("checksum ") :]:
                raise ValueError("checksum mismatch")
            obj = json.loads(body_text)
            if obj.get("format") != FORMAT:
                raise ValueError("not a medunit key-slot file")
            if obj.get("version") != VERSION:
                raise ValueError(f"unsupported version {obj.get('version')}")
            slots = tuple(Slot.from_json(s) for s in obj["slots"])
            gens = tuple(
                Generation(int(g["number"]), {k: _unb64(v) for k, v in g["envelopes"].items()})
                for g in obj["generations"]
            )
            if not gens or len(gens) > 2:
                raise ValueError("wrong number of key generations")
            comps = {
                str(name): {str(k): _unb64(v) for k, v in env.items()} for name, env in obj["compartments"].items()
            }
            personal = {
                str(sid): {str(n): _unb64(v) for n, v in keys.items()} for sid, keys in obj.get("personal", {}).items()
            }
            page_hmac = obj.get("page_hmac", LEGACY_PAGE_HMAC)
            if page_hmac not in PAGE_HMACS:
                raise ValueError(f"unknown page MAC {page_hmac!r}")
            return cls(
                str(obj["store_id"]), bool(obj["binding"]), slots, gens, comps, _unb64(obj["mac"]), personal, page_hmac
            )
        except (ValueError, KeyError, TypeError, UnicodeDecodeError, AttributeError) as exc:
            raise IntegrityError(_DAMAGED, path=path, detail=str(exc) or type(exc).__name__) from exc

    def write(self, path: Path) -> None:
        atomic_write(path, self.to_bytes())


def read_slot_file(path: Path) -> SlotFile:
    return SlotFile.parse(path.read_bytes(), path)


__all__ = [
    "RECOVERY_SLOT",
    "DecryptionFailed",
    "Generation",
    "KeyBag",
    "Slot",
    "SlotFile",
    "make_slot",
    "open_compartment_key",
    "read_slot_file",
    "seal_compartment_key",
    "unwrap_private",
    "user_slot_id",
]
