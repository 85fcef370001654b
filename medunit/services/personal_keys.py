"""Issuing and loading personal keys: the unit CA, each user's access-log key, and their certificates.

Who holds what (see docs/security.md "Personal keys and signatures"): the unit CA private key only in
unit-administrator slots and the recovery slot; each user's log key only in their own slot. The
database holds public halves and the CA's certificates, which every verifier checks against the CA
public key pinned outside the store (rollback anchor).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from cryptography import x509
from cryptography.hazmat.primitives import serialization

from medunit.crypto import personal
from medunit.crypto.keyslots import RECOVERY_SLOT, user_slot_id
from medunit.domain.roles import Role
from medunit.errors import IntegrityError, ValidationError
from medunit.store import access_log, meta
from medunit.store import log_keys as repo
from medunit.store import users as users_repo
from medunit.store.access_log import KnownKey
from medunit.store.database import Database
from medunit.store.vault import Vault

CA_PUBLIC = "unit_ca_public"
CA_CERT = "unit_ca_cert"  # the unit CA's X.509 certificate (DER hex)
CRL = "unit_crl"  # the unit CA's latest revocation list (DER hex)
SIGNED_FROM = "log_signed_from"
RECOVERY_ACTOR = "recovery"
_PEM = serialization.Encoding.PEM  # the name the recovery slot signs its log entries under


def issue_log_key(vault: Vault, db: Database, user: str) -> tuple[str, bytes]:
    """A fresh log key for ``user`` certified by the CA in this vault's slot; returns (key id, private).

    The caller seals the private key into the user's slot and names ``log-key:<id>`` in the record ids
    of the transaction's log entry, so the key's issue is itself part of the signed history."""
    ca = _ca(vault)
    private = personal.new_log_key()
    public = personal.log_public(private)
    since, _ = access_log.head(db)
    cert = personal.certify_log_key(ca, vault.store_id, user, public, since)
    kid = personal.key_id(public)
    repo.insert(db, repo.LogKeyRow(kid, user, public, since, cert))
    return kid, private


def registered(key_ids: list[str]) -> list[str]:
    """Record ids that name issued log keys in the log entry of the issuing transaction."""
    return [access_log.REGISTERED + k for k in key_ids]


def start_signing(vault: Vault, db: Database, admin_user: str) -> list[str]:
    """Give a store its unit CA and every slot its log key (a new store, or the first unit administrator
    to unlock a store made before personal keys). Returns the issued key ids for the log entry.

    Entries from the next one on must be signed (``SIGNED_FROM``); the CA goes to every unit-administrator
    slot and the recovery slot; every user slot gets a log key; the recovery slot gets one to sign what a
    recovery does."""
    ca = personal.new_ca_key()
    vault.bag.personal[personal.CA_KEY] = ca  # this vault certifies the keys below
    meta.put(db, CA_PUBLIC, personal.ca_public(ca).hex())
    now = datetime.now(UTC)
    ca_cert = personal.ca_certificate(ca, vault.store_id, now)
    meta.put(db, CA_CERT, ca_cert.hex())
    meta.put(db, CRL, personal.revocation_list(ca, ca_cert, [], now).hex())  # empty: nothing revoked yet
    seq, _ = access_log.head(db)
    meta.put(db, SIGNED_FROM, str(seq + 1))
    admins = {u.name for u in users_repo.list_users(db) if u.role == Role.UNIT_ADMIN} | {admin_user}
    issued = []
    for slot in vault.slots.slots:
        actor = slot.user if slot.user is not None else RECOVERY_ACTOR
        kid, private = issue_log_key(vault, db, actor)
        keys = {personal.LOG_KEY: private}
        if slot.user is None or slot.user in admins:
            keys[personal.CA_KEY] = ca
        vault.seal_personal(slot.slot_id, keys)
        issued.append(kid)
    return issued


def ensure_signing(vault: Vault, db: Database, user: str, role: Role) -> list[str]:
    """At unlock: a unit administrator on a store without a CA starts signing; otherwise nothing."""
    if meta.get(db, CA_PUBLIC) is not None or role is not Role.UNIT_ADMIN:
        return []
    return start_signing(vault, db, user)


def load_signer(vault: Vault, actor: str) -> personal.LogSigner | None:
    """The session's log signer, after checking that the key in the slot is the one the CA certified for
    ``actor`` (an envelope swapped into the slot file would otherwise make a user sign with a key an
    insider knows). None on a store that does not sign yet."""
    private = vault.bag.personal.get(personal.LOG_KEY)
    if private is None:
        return None
    signer = personal.LogSigner.from_raw(vault.store_id, private)
    keys, _problems = certified_keys(vault.db, vault.store_id)
    known = keys.get(signer.key_id)
    if known is None or known.user != actor:
        raise IntegrityError(
            "The personal log key in your key slot is not the one the unit CA certified for {user}: the key-slot "
            "file {path} was altered.",
            user=actor,
            path=vault.slots_location,
        )
    return signer


@dataclass(frozen=True)
class SigningState:
    ca_fingerprint: str | None
    signed_from: int | None


def signing_state(db: Database) -> SigningState:
    ca = meta.get(db, CA_PUBLIC)
    since = meta.get(db, SIGNED_FROM)
    return SigningState(
        personal.fingerprint(bytes.fromhex(ca)) if ca else None, int(since) if since is not None else None
    )


def certified_keys(db: Database, store_id: str) -> tuple[dict[str, KnownKey], list[str]]:
    """Every log key whose certificate the store's CA signed; problems name the others."""
    ca = meta.get(db, CA_PUBLIC)
    keys: dict[str, KnownKey] = {}
    problems: list[str] = []
    if ca is None:
        return keys, problems
    ca_der = bytes.fromhex(ca)
    for row in repo.all_keys(db):
        ok = personal.log_key_certified(ca_der, store_id, row.user, row.public_key, row.since_seq, row.certificate)
        if ok and row.key_id == personal.key_id(row.public_key):
            keys[row.key_id] = KnownKey(row.user, row.public_key, row.since_seq)
        else:
            problems.append(f"log key {row.key_id} of {row.user} is not certified by the unit CA")
    return keys, problems


def verify_log(db: Database, store_id: str, log_key: bytes) -> access_log.ChainReport:
    """The chain, the MACs and every transaction's signature (structure; Ed25519 per run of one key)."""
    keys, problems = certified_keys(db, store_id)
    state = signing_state(db)
    report = access_log.verify_chain(db, log_key, store_id=store_id, keys=keys, signed_from=state.signed_from)
    report.problems.extend(problems)
    if problems:
        report.fail(0, problems[0])
    return report


def seal_for_new_slot(vault: Vault, db: Database, user: str, role: Role) -> tuple[str | None, dict[str, bytes]]:
    """The personal keys a new slot of ``user`` receives: a fresh certified log key once the store signs,
    plus the CA for a unit administrator. Returns (key id or None, keys)."""
    if meta.get(db, CA_PUBLIC) is None:
        return None, {}
    kid, private = issue_log_key(vault, db, user)
    keys = {personal.LOG_KEY: private}
    if role is Role.UNIT_ADMIN:
        keys[personal.CA_KEY] = vault.bag.personal[personal.CA_KEY]
    return kid, keys


def _ca(vault: Vault) -> bytes:
    ca = vault.bag.personal.get(personal.CA_KEY)
    if ca is None:
        raise ValidationError("Your key slot holds no unit CA key; only a unit administrator can issue keys.")
    return ca


def issue_document_key(vault: Vault, db: Database, user: str, big: str) -> dict[str, bytes]:
    """A medical advisor's document-signing key and its X.509 certificate (name, BIG number, validity)
    from the unit CA, for their slot; the certificate is recorded for revocation."""
    ca = _ca(vault)
    ca_cert = meta.get(db, CA_CERT)
    if ca_cert is None:
        raise ValidationError("This store has no unit CA certificate yet; a unit administrator's unlock creates it.")
    now = datetime.now(UTC)
    key = personal.new_signing_key()
    cert = personal.issue_advisor_certificate(ca, bytes.fromhex(ca_cert), key, user, big, now)
    repo.insert_signing_cert(db, personal.certificate_serial(cert), user, cert, now.isoformat(timespec="seconds"))
    return {personal.SIGN_KEY: key, personal.SIGN_CERT: cert}


def reissue_document_key(vault: Vault, db: Database, user: str, big: str) -> bool:
    """Make ``user``'s document-signing certificate carry ``big``: revoke a certificate with another BIG
    number and seal a new key and certificate into their slot. Returns whether one was issued (not when the
    current certificate already carries ``big``, nor when this slot holds no unit CA)."""
    if personal.CA_KEY not in vault.bag.personal or meta.get(db, CA_CERT) is None:
        return False
    current = [c for c in repo.signing_certs(db) if c.user == user and c.revoked_at is None]
    if current and all(
        x509.load_der_x509_certificate(c.certificate)
        .subject.get_attributes_for_oid(x509.NameOID.SERIAL_NUMBER)[0]
        .value
        == f"BIG {big}"
        for c in current
    ):
        return False
    revoke_document_keys(vault, db, user)
    vault.seal_personal(user_slot_id(user), issue_document_key(vault, db, user, big), keep=True)
    return True


def revoke_document_keys(vault: Vault, db: Database, user: str) -> int:
    """Revoke every certificate of ``user`` as of now and sign a new revocation list (which keeps every
    earlier revocation of the current, verified list). Returns how many were revoked."""
    now = datetime.now(UTC)
    if not repo.revoke_signing_certs(db, user, now.isoformat(timespec="seconds")):
        return 0
    ca = _ca(vault)
    ca_cert = bytes.fromhex(meta.get(db, CA_CERT) or "")
    revoked = {c.serial: datetime.fromisoformat(c.revoked_at) for c in repo.signing_certs(db) if c.revoked_at}
    old = meta.get(db, CRL)
    if old is not None:
        crl = x509.load_der_x509_crl(bytes.fromhex(old))
        if crl.is_signature_valid(x509.load_der_x509_certificate(ca_cert).public_key()):  # type: ignore[arg-type]
            for entry in crl:
                revoked.setdefault(entry.serial_number, entry.revocation_date_utc)
    meta.put(db, CRL, personal.revocation_list(ca, ca_cert, sorted(revoked.items()), now).hex())
    return len(revoked)


def trust_pem(db: Database) -> str:
    """The unit CA certificate and its latest revocation list as PEM blocks ('' before the store signs)."""
    blocks = []
    ca_cert = meta.get(db, CA_CERT)
    if ca_cert is not None:
        blocks.append(x509.load_der_x509_certificate(bytes.fromhex(ca_cert)).public_bytes(_PEM).decode("ascii"))
    crl = meta.get(db, CRL)
    if crl is not None:
        blocks.append(x509.load_der_x509_crl(bytes.fromhex(crl)).public_bytes(_PEM).decode("ascii"))
    return "".join(blocks)


__all__ = [
    "CA_PUBLIC",
    "RECOVERY_ACTOR",
    "RECOVERY_SLOT",
    "SIGNED_FROM",
    "certified_keys",
    "ensure_signing",
    "issue_document_key",
    "issue_log_key",
    "load_signer",
    "registered",
    "reissue_document_key",
    "revoke_document_keys",
    "seal_for_new_slot",
    "signing_state",
    "start_signing",
    "trust_pem",
    "user_slot_id",
    "verify_log",
]
