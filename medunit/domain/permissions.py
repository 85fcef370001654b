"""The permission matrix: role × action, declared here and nowhere else.

Every service call names its action and asks ``allowed``; tests walk this table to prove each
refusal happens and is logged. The privacy officer and the unit administrator have no action that
returns health content.
"""

from __future__ import annotations

from enum import StrEnum

from medunit.domain.roles import Role


class Action(StrEnum):
    # store administration (no health data)
    USER_MANAGE = "user.manage"
    USER_LIST = "user.list"
    KEY_GRANT = "user.grant-keys"
    RECOVERY_RESET = "recovery.reset"
    STORE_VERIFY = "store.verify"
    STORE_RESTORE = "store.restore"  # accept a restored backup: moves the rollback anchor back
    POLICY_READ = "policy.read"
    DEMO_SEED = "demo.seed"
    PURGE_RUN = "purge.run"
    BACKUP_CREATE = "backup.create"
    BACKUP_RESTORE = "backup.restore"
    # cases and persons (identity, no health content)
    CASE_LIST = "case.list"
    CASE_READ = "case.read"
    CASE_CREATE = "case.create"
    CASE_UPDATE = "case.update"
    BSN_REVEAL = "bsn.reveal"
    BREAK_GLASS = "case.break-glass"
    # health content
    HEALTH_READ = "health.read"
    HEALTH_WRITE = "health.write"
    ATTACHMENT_READ = "attachment.read"
    ATTACHMENT_WRITE = "attachment.write"
    # criminal-record compartment
    CRIMINAL_READ = "criminal.read"
    CRIMINAL_WRITE = "criminal.write"
    # consent workflow
    CONSENT_READ = "consent.read"
    CONSENT_WRITE = "consent.write"
    REQUEST_READ = "request.read"
    REQUEST_WRITE = "request.write"
    ADVICE_READ = "advice.read"
    ADVICE_DRAFT = "advice.draft"
    ADVICE_SIGN = "advice.sign"
    CONTACT_READ = "contact.read"
    CONTACT_WRITE = "contact.write"
    EXPORT_ADVICE = "export.advice"
    EXPORT_ACCESS_REPORT = "export.access-report"
    # access log
    AUDIT_READ = "audit.read"
    AUDIT_EXPORT = "audit.export"
    AUDIT_VERIFY = "audit.verify"
    CASE_LOG_READ = "case.access-log"
    SIGNING_KEY_READ = "signing-key.read"
    SESSION_UNLOCK = "session.unlock"
    CONFIDENTIALITY_ACCEPT = "confidentiality.accept"


MA, ST, CRO, PO, ADM = (
    Role.MEDICAL_ADVISOR,
    Role.UNIT_STAFF,
    Role.CRIMINAL_RECORD_OFFICER,
    Role.PRIVACY_OFFICER,
    Role.UNIT_ADMIN,
)

MATRIX: dict[Action, frozenset[Role]] = {
    Action.USER_MANAGE: frozenset({ADM}),
    Action.USER_LIST: frozenset({ADM, PO}),
    # approving a pending key grant: a holder of the key (advisor: health+glass, officer: criminal
    # record), or the administrator with the recovery code; a role column alone grants nothing
    Action.KEY_GRANT: frozenset({MA, CRO, ADM}),
    Action.RECOVERY_RESET: frozenset({ADM}),
    Action.STORE_VERIFY: frozenset({ADM, PO}),
    Action.STORE_RESTORE: frozenset({ADM}),
    Action.POLICY_READ: frozenset({MA, ST, CRO, PO, ADM}),
    Action.DEMO_SEED: frozenset({ADM}),
    Action.PURGE_RUN: frozenset({ADM, MA}),
    Action.BACKUP_CREATE: frozenset({ADM}),
    Action.BACKUP_RESTORE: frozenset({ADM}),
    Action.CASE_LIST: frozenset({MA, ST, CRO}),
    Action.CASE_READ: frozenset({MA, ST, CRO}),
    Action.CASE_CREATE: frozenset({MA, ST}),
    Action.CASE_UPDATE: frozenset({MA, ST}),
    Action.BSN_REVEAL: frozenset({MA, ST}),
    # another medical advisor only: the glass key that opens a restricted case's envelope is theirs
    Action.BREAK_GLASS: frozenset({MA}),
    Action.HEALTH_READ: frozenset({MA, ST}),
    Action.HEALTH_WRITE: frozenset({MA, ST}),
    Action.ATTACHMENT_READ: frozenset({MA, ST}),
    Action.ATTACHMENT_WRITE: frozenset({MA, ST}),
    Action.CRIMINAL_READ: frozenset({CRO}),
    Action.CRIMINAL_WRITE: frozenset({CRO}),
    Action.CONSENT_READ: frozenset({MA, ST}),
    Action.CONSENT_WRITE: frozenset({MA, ST}),
    Action.REQUEST_READ: frozenset({MA, ST}),
    Action.REQUEST_WRITE: frozenset({MA, ST}),
    Action.ADVICE_READ: frozenset({MA, ST}),
    Action.ADVICE_DRAFT: frozenset({MA}),
    Action.ADVICE_SIGN: frozenset({MA}),
    Action.CONTACT_READ: frozenset({MA, ST}),
    Action.CONTACT_WRITE: frozenset({MA, ST}),
    Action.EXPORT_ADVICE: frozenset({MA}),
    Action.EXPORT_ACCESS_REPORT: frozenset({MA}),
    Action.AUDIT_READ: frozenset({PO}),
    Action.AUDIT_EXPORT: frozenset({PO}),
    Action.AUDIT_VERIFY: frozenset({PO, ADM}),
    Action.CASE_LOG_READ: frozenset({MA, ST}),
    Action.SIGNING_KEY_READ: frozenset({MA, PO, ADM}),
    Action.SESSION_UNLOCK: frozenset({MA, ST, CRO, PO, ADM}),
    Action.CONFIDENTIALITY_ACCEPT: frozenset({MA, ST, CRO, PO, ADM}),
}

#: Actions that return health content: never granted to the privacy officer or the administrator.
HEALTH_CONTENT: frozenset[Action] = frozenset(
    {
        Action.HEALTH_READ,
        Action.ATTACHMENT_READ,
        Action.CRIMINAL_READ,
        Action.CONSENT_READ,
        Action.REQUEST_READ,
        Action.ADVICE_READ,
        Action.CONTACT_READ,
        Action.EXPORT_ACCESS_REPORT,
    }
)


#: Actions whose work reads sealed content of the case (or, for criminal records, the person) it names.
#: On the unit server the guard saves and commits their 'granted' entry BEFORE the work, in a transaction
#: of its own: the server gives a sealed value only to a login with such a committed entry for that case
#: (store/pg/ddl.py LOGGED_READS). Writes are here when their work reads sealed values too (signing reads
#: the draft, answering a request reads the request, a consent's withdrawal reads the grant).
READS_CONTENT: frozenset[Action] = frozenset(
    {
        Action.CASE_READ,
        Action.HEALTH_READ,
        Action.ATTACHMENT_READ,
        Action.CRIMINAL_READ,
        Action.CONSENT_READ,
        Action.CONSENT_WRITE,
        Action.REQUEST_READ,
        Action.REQUEST_WRITE,
        Action.ADVICE_READ,
        Action.ADVICE_DRAFT,
        Action.ADVICE_SIGN,
        Action.EXPORT_ADVICE,
        Action.EXPORT_ACCESS_REPORT,
    }
)

#: Automatic duties (the guard's ``system`` access) that read every sealed value of a compartment to seal
#: it again under a rotated key: the health key's (and the first sealing of an old store) and the
#: criminal-record key's. On the server they too commit their entry first, and read through the server's
#: re-sealing functions, which ask for exactly that entry (store/pg/ddl.py ``need_reseal_entry``).
RESEALS_CONTENT: frozenset[Action] = frozenset({Action.HEALTH_WRITE, Action.CRIMINAL_WRITE})


def allowed(role: Role, action: Action) -> bool:
    return role in MATRIX[action]
