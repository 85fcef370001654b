"""The words people see for the codes medunit stores: one home for every enum label (Dutch first, English).

Each ``*_name`` function turns a stored value (a role, a case type, an access-log action, a legal basis, a
file's media type ...) into the interface language. An unknown value falls back to the value itself, so a
new code shows up as a code in review rather than as a blank. Views, models and messages import from here;
this module imports nothing from the GUI, so there is no import cycle.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from medunit.domain.records import CaseStatus, CaseType, EntryKind
from medunit.domain.retention import DataKind
from medunit.domain.roles import Role


def case_type_name(value: str) -> str:
    names = {
        CaseType.ACCEPTANCE.value: QCoreApplication.translate("labels", "Acceptance income insurance"),
        CaseType.INCAPACITY.value: QCoreApplication.translate("labels", "Incapacity claim"),
        CaseType.PERSONAL_INJURY.value: QCoreApplication.translate("labels", "Personal injury"),
    }
    return names.get(value, value)


def case_status_name(value: str) -> str:
    names = {
        CaseStatus.NEW.value: QCoreApplication.translate("labels", "New"),
        CaseStatus.IN_PROGRESS.value: QCoreApplication.translate("labels", "In progress"),
        CaseStatus.WAITING.value: QCoreApplication.translate("labels", "Waiting for information"),
        CaseStatus.ADVISED.value: QCoreApplication.translate("labels", "Advised"),
        CaseStatus.CLOSED.value: QCoreApplication.translate("labels", "Closed"),
    }
    return names.get(value, value)


def entry_kind_name(value: str) -> str:
    names = {
        EntryKind.DECLARATION.value: QCoreApplication.translate("labels", "Health declaration answer"),
        EntryKind.NOTE.value: QCoreApplication.translate("labels", "Note"),
        EntryKind.DOCTOR_LETTER.value: QCoreApplication.translate("labels", "Letter from doctor"),
        EntryKind.DOCTOR_ANSWER.value: QCoreApplication.translate("labels", "Answer from doctor"),
        EntryKind.RECORDING.value: QCoreApplication.translate("labels", "Recording"),
    }
    return names.get(value, value)


def role_name(value: str) -> str:
    names = {
        Role.MEDICAL_ADVISOR.value: QCoreApplication.translate("labels", "Medical advisor"),
        Role.UNIT_STAFF.value: QCoreApplication.translate("labels", "Unit staff"),
        Role.CRIMINAL_RECORD_OFFICER.value: QCoreApplication.translate("labels", "Criminal-record officer"),
        Role.PRIVACY_OFFICER.value: QCoreApplication.translate("labels", "Privacy officer"),
        Role.UNIT_ADMIN.value: QCoreApplication.translate("labels", "Unit administrator"),
    }
    return names.get(value, value)


def category_name(value: str) -> str:
    names = {
        "diagnosis": QCoreApplication.translate("labels", "Diagnosis"),
        "treatment": QCoreApplication.translate("labels", "Treatment"),
        "medication": QCoreApplication.translate("labels", "Medication"),
        "prognosis": QCoreApplication.translate("labels", "Prognosis"),
        "functional-limitations": QCoreApplication.translate("labels", "Functional limitations"),
        "medical-history": QCoreApplication.translate("labels", "Medical history"),
    }
    return names.get(value, value)


def method_name(value: str) -> str:
    names = {
        "signed-form": QCoreApplication.translate("labels", "Signed form"),
        "digital": QCoreApplication.translate("labels", "Digital"),
    }
    return names.get(value, value)


def consent_status_name(value: str) -> str:
    names = {
        "active": QCoreApplication.translate("labels", "Active"),
        "withdrawn": QCoreApplication.translate("labels", "Withdrawn"),
        "expired": QCoreApplication.translate("labels", "Expired"),
        "not-yet-valid": QCoreApplication.translate("labels", "Not yet valid"),
    }
    return names.get(value, value)


def request_state_name(value: str) -> str:
    names = {
        "draft": QCoreApplication.translate("labels", "Draft"),
        "sent": QCoreApplication.translate("labels", "Sent"),
        "answered": QCoreApplication.translate("labels", "Answered"),
        "overdue": QCoreApplication.translate("labels", "Overdue"),
        "cancelled": QCoreApplication.translate("labels", "Cancelled"),
    }
    return names.get(value, value)


def advice_state_name(value: str) -> str:
    names = {
        "draft": QCoreApplication.translate("labels", "Draft"),
        "signed": QCoreApplication.translate("labels", "Signed"),
    }
    return names.get(value, value)


def subject_name(value: str) -> str:
    names = {
        "product": QCoreApplication.translate("labels", "Product"),
        "advice": QCoreApplication.translate("labels", "Advice"),
        "offer": QCoreApplication.translate("labels", "Offer"),
        "service-call": QCoreApplication.translate("labels", "Service call"),
        "message": QCoreApplication.translate("labels", "Message"),
        "complaint": QCoreApplication.translate("labels", "Complaint"),
        "information": QCoreApplication.translate("labels", "Information"),
    }
    return names.get(value, value)


def channel_name(value: str) -> str:
    names = {
        "post": QCoreApplication.translate("labels", "Post"),
        "chat": QCoreApplication.translate("labels", "Chat"),
        "website": QCoreApplication.translate("labels", "Website"),
        "e-mail": QCoreApplication.translate("labels", "E-mail"),
        "newsletter": QCoreApplication.translate("labels", "Newsletter"),
        "app": QCoreApplication.translate("labels", "App"),
        "advisor": QCoreApplication.translate("labels", "Advisor"),
        "webcare": QCoreApplication.translate("labels", "Webcare"),
        "phone": QCoreApplication.translate("labels", "Phone"),
    }
    return names.get(value, value)


def outcome_value_name(field: str, value: str) -> str:
    """The wording of an enumerated outcome value in the editor's combo boxes (interface language)."""
    names = {
        "accept": QCoreApplication.translate("labels", "Accept"),
        "accept-with-exclusion": QCoreApplication.translate("labels", "Accept with exclusion"),
        "accept-with-premium-loading": QCoreApplication.translate("labels", "Accept with premium loading"),
        "postpone": QCoreApplication.translate("labels", "Postpone"),
        "decline": QCoreApplication.translate("labels", "Decline"),
        "yes": QCoreApplication.translate("labels", "Yes"),
        "partial": QCoreApplication.translate("labels", "Partly"),
        "no": QCoreApplication.translate("labels", "No"),
        "undetermined": QCoreApplication.translate("labels", "Cannot be determined"),
        "reached": QCoreApplication.translate("labels", "Reached"),
        "not-yet-reached": QCoreApplication.translate("labels", "Not yet reached"),
        "none": QCoreApplication.translate("labels", "None"),
        "more-information": QCoreApplication.translate("labels", "Request more medical information"),
        "independent-medical-expert": QCoreApplication.translate("labels", "Independent medical expert"),
    }
    return names.get(value, value)


def leak_reason_name(reason: str) -> str:
    """The leak check's reason (``medunit.domain.leakcheck`` REASON_*) in the interface language."""
    names = {
        "medical term: diagnosis or condition": QCoreApplication.translate(
            "labels", "Medical term: diagnosis or condition"
        ),
        "medical term: medication": QCoreApplication.translate("labels", "Medical term: medication"),
        "medical term: specialism or specialist": QCoreApplication.translate(
            "labels", "Medical term: specialism or specialist"
        ),
        "rare word that also occurs in the case's health entries": QCoreApplication.translate(
            "labels", "Rare word that also occurs in this case's health entries"
        ),
    }
    return names.get(reason, reason)


def outcome_name(outcome: str) -> str:
    return (
        QCoreApplication.translate("labels", "granted")
        if outcome == "granted"
        else QCoreApplication.translate("labels", "refused")
        if outcome == "refused"
        else outcome
    )


def setting_value_text(value: object) -> str:
    if isinstance(value, bool):
        return QCoreApplication.translate("labels", "yes") if value else QCoreApplication.translate("labels", "no")
    return str(value)


def retention_kind_name(kind: str) -> str:
    """A retention data kind (``medunit.domain.retention.DataKind``)."""
    names = {
        DataKind.RECORDING.value: QCoreApplication.translate("labels", "Call and chat recordings (max. 4 weeks)"),
        DataKind.CLOSED_CASE.value: QCoreApplication.translate("labels", "Closed cases"),
        DataKind.CONTACT.value: QCoreApplication.translate("labels", "Contact moments"),
    }
    return names.get(kind, kind)


def legal_basis_name(value: str) -> str:
    """The legal basis a BSN is recorded under (``medunit.domain.records.BSN_LEGAL_BASES``)."""
    names = {
        "wet-arbeid-en-inkomen": QCoreApplication.translate("labels", "Work and Income Act (Wet WIA)"),
        "wet-financiering-sociale-verzekeringen": QCoreApplication.translate(
            "labels", "Social Insurance Financing Act (Wfsv)"
        ),
        "fiscale-verplichting": QCoreApplication.translate("labels", "Tax obligation"),
    }
    return names.get(value, value)


def media_type_name(value: str) -> str:
    """A file's media type as people call it ("PDF document", not ``application/pdf``)."""
    names = {
        "application/pdf": QCoreApplication.translate("labels", "PDF document"),
        "image/png": QCoreApplication.translate("labels", "PNG image"),
        "image/jpeg": QCoreApplication.translate("labels", "JPEG image"),
        "application/json": QCoreApplication.translate("labels", "JSON file"),
    }
    return names.get(value, value)


#: Fixed reasons the services write into access-log entries, for people. Reasons with details (a folder,
#: a count, a filter) are shown as written: they are the record, not a label.
REASON_NAMES: dict[str, object] = {
    "leak check while writing the advice": QT_TRANSLATE_NOOP("labels", "leak check while writing the advice"),
    "leak check before export": QT_TRANSLATE_NOOP("labels", "leak check before export"),
    "advisors with cases": QT_TRANSLATE_NOOP("labels", "advisors with cases"),
    "access report": QT_TRANSLATE_NOOP("labels", "access report"),
    "dry run": QT_TRANSLATE_NOOP("labels", "dry run (nothing deleted)"),
}


def reason_name(value: str | None) -> str:
    """An access-log reason in the interface language when it is one of the fixed ones."""
    if not value:
        return ""
    source = REASON_NAMES.get(value)
    return QCoreApplication.translate("labels", str(source)) if source else value


#: What each access-log action means, for people (refusal messages, the privacy officer's log).
ACTION_NAMES: dict[str, object] = {
    "user.manage": QT_TRANSLATE_NOOP("actions", "manage users"),
    "user.list": QT_TRANSLATE_NOOP("actions", "list users"),
    "user.grant-keys": QT_TRANSLATE_NOOP("actions", "approve a key grant"),
    "recovery.reset": QT_TRANSLATE_NOOP("actions", "reset the recovery code"),
    "store.verify": QT_TRANSLATE_NOOP("actions", "verify the store"),
    "store.restore": QT_TRANSLATE_NOOP("actions", "accept a restored backup"),
    "log.alarm": QT_TRANSLATE_NOOP("actions", "access-log alarm"),
    "policy.read": QT_TRANSLATE_NOOP("actions", "read the policy"),
    "demo.seed": QT_TRANSLATE_NOOP("actions", "add synthetic data"),
    "purge.run": QT_TRANSLATE_NOOP("actions", "apply retention periods"),
    "backup.create": QT_TRANSLATE_NOOP("actions", "make a backup"),
    "backup.restore": QT_TRANSLATE_NOOP("actions", "restore a backup"),
    "case.list": QT_TRANSLATE_NOOP("actions", "list cases"),
    "case.read": QT_TRANSLATE_NOOP("actions", "open a case"),
    "case.create": QT_TRANSLATE_NOOP("actions", "import a case"),
    "case.update": QT_TRANSLATE_NOOP("actions", "change a case"),
    "bsn.reveal": QT_TRANSLATE_NOOP("actions", "show the BSN"),
    "case.break-glass": QT_TRANSLATE_NOOP("actions", "break the glass"),
    "health.read": QT_TRANSLATE_NOOP("actions", "read health data"),
    "health.write": QT_TRANSLATE_NOOP("actions", "write health data"),
    "attachment.read": QT_TRANSLATE_NOOP("actions", "view attachments"),
    "attachment.write": QT_TRANSLATE_NOOP("actions", "add attachments"),
    "criminal.read": QT_TRANSLATE_NOOP("actions", "read criminal-record data"),
    "criminal.write": QT_TRANSLATE_NOOP("actions", "write criminal-record data"),
    "consent.read": QT_TRANSLATE_NOOP("actions", "read consents"),
    "consent.write": QT_TRANSLATE_NOOP("actions", "record consents"),
    "request.read": QT_TRANSLATE_NOOP("actions", "read information requests"),
    "request.write": QT_TRANSLATE_NOOP("actions", "write information requests"),
    "advice.read": QT_TRANSLATE_NOOP("actions", "read advice"),
    "advice.draft": QT_TRANSLATE_NOOP("actions", "draft advice"),
    "advice.sign": QT_TRANSLATE_NOOP("actions", "sign advice"),
    "contact.read": QT_TRANSLATE_NOOP("actions", "read contact moments"),
    "contact.write": QT_TRANSLATE_NOOP("actions", "record contact moments"),
    "export.advice": QT_TRANSLATE_NOOP("actions", "export advice"),
    "export.access-report": QT_TRANSLATE_NOOP("actions", "write an access report"),
    "audit.read": QT_TRANSLATE_NOOP("actions", "read the access log"),
    "audit.export": QT_TRANSLATE_NOOP("actions", "export the access log"),
    "audit.verify": QT_TRANSLATE_NOOP("actions", "verify the access log"),
    "case.access-log": QT_TRANSLATE_NOOP("actions", "read a case's access log"),
    "signing-key.read": QT_TRANSLATE_NOOP("actions", "read the signing key"),
    "session.unlock": QT_TRANSLATE_NOOP("actions", "unlock"),
    "confidentiality.accept": QT_TRANSLATE_NOOP("actions", "accept the confidentiality statement"),
}


def action_name(value: str) -> str:
    source = ACTION_NAMES.get(value)
    return QCoreApplication.translate("actions", str(source)) if source else value
