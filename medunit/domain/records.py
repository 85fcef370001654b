"""Record kinds of the unit: cases, persons, health entries (plain values, no I/O)."""

from __future__ import annotations

from enum import StrEnum


class CaseType(StrEnum):
    ACCEPTANCE = "acceptance-income"  # acceptatie AOV/inkomensverzekering
    INCAPACITY = "incapacity-claim"  # arbeidsongeschiktheidsclaim
    PERSONAL_INJURY = "personal-injury"  # letselschade


class CaseStatus(StrEnum):
    NEW = "new"
    IN_PROGRESS = "in-progress"
    WAITING = "waiting-for-information"
    ADVISED = "advised"
    CLOSED = "closed"


class EntryKind(StrEnum):
    DECLARATION = "health-declaration-answer"  # gezondheidsverklaring
    NOTE = "note"
    DOCTOR_LETTER = "doctor-letter"
    DOCTOR_ANSWER = "doctor-answer"
    RECORDING = "recording"  # call/chat recording: at most 4 weeks


#: Legal bases a BSN may be stored under (statement: only with a legal basis).
BSN_LEGAL_BASES: tuple[str, ...] = (
    "wet-arbeid-en-inkomen",  # claims that involve the UWV
    "wet-financiering-sociale-verzekeringen",
    "fiscale-verplichting",  # tax obligations (e.g. annuity / income insurance)
)
