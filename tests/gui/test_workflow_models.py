"""The consent, request, advice-version, contact and export-preview models over service results."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush

from medunit.domain.consent import Addressee
from medunit.domain.roles import Role
from medunit.export.documents import EXPORT_FIELDS
from medunit.gui.labels import leak_reason_name
from medunit.gui.models import (
    AdviceVersionModel,
    ConsentTableModel,
    ContactTableModel,
    ExportPreviewModel,
    Pending,
    RequestTableModel,
    RowRole,
)
from medunit.services import advice, consents, contacts
from tests.support.unit import Unit

REF = "GD-2026-000001"
DOCTOR = Addressee("Dr. P. Bakker", "Huisartsenpraktijk Centrum", "huisarts", "01234567")


def _consent(unit: Unit) -> int:
    return consents.record_consent(
        unit[Role.UNIT_STAFF], REF, DOCTOR, ("diagnosis", "treatment"), "digital", digital_reference="PORTAL-1"
    )


def test_consent_model_status_and_events(unit: Unit) -> None:
    staff = unit[Role.UNIT_STAFF]
    first = _consent(unit)
    _consent(unit)
    consents.withdraw_consent(staff, REF, first)
    model = ConsentTableModel()
    model.set_rows(consents.consents(staff, REF))
    assert model.rowCount() == 2 and model.columnCount() == 9
    withdrawn = next(r for r in range(2) if model.data(model.index(r, 0)) == str(first))
    active = 1 - withdrawn
    assert model.data(model.index(withdrawn, 1)) == "Dr. P. Bakker (huisarts) — Huisartsenpraktijk Centrum"
    assert model.data(model.index(withdrawn, 2)) == "Diagnosis, Treatment"
    assert model.data(model.index(withdrawn, 3)) == "Digital"
    assert model.data(model.index(withdrawn, 6)) == "Withdrawn"
    assert model.data(model.index(active, 6)) == "Active"
    assert model.data(model.index(withdrawn, 8)).startswith("withdrawn ")
    assert "staff.smit" in model.data(model.index(withdrawn, 8))
    red = model.data(model.index(withdrawn, ConsentTableModel.COL_STATUS), Qt.ItemDataRole.ForegroundRole)
    green = model.data(model.index(active, ConsentTableModel.COL_STATUS), Qt.ItemDataRole.ForegroundRole)
    assert isinstance(red, QBrush) and red.color().name() == "#b00020"
    assert isinstance(green, QBrush) and green.color().name() == "#1b6e20"
    assert model.data(model.index(active, 0), RowRole).grant.id != first


def test_request_model_flags_a_withdrawn_consent(unit: Unit) -> None:
    staff = unit[Role.UNIT_STAFF]
    consent_id = _consent(unit)
    consents.create_request(staff, REF, DOCTOR, "1. Wat is de diagnose?")
    model = RequestTableModel()
    model.set_rows(consents.requests(staff, REF))
    assert model.data(model.index(0, 2)) == "Draft"
    assert model.data(model.index(0, 3)) == str(consent_id)
    assert model.data(model.index(0, 3), Qt.ItemDataRole.DecorationRole) is None
    consents.withdraw_consent(staff, REF, consent_id)
    model.set_rows(consents.requests(staff, REF))
    assert model.data(model.index(0, 3)) == f"{consent_id} — withdrawn!"
    assert model.data(model.index(0, 3), Qt.ItemDataRole.DecorationRole) is not None
    assert "withdrawn" in model.data(model.index(0, 1), Qt.ItemDataRole.ToolTipRole)


def test_advice_version_model(unit: Unit) -> None:
    ma = unit[Role.MEDICAL_ADVISOR]
    advice.draft_advice(ma, REF, {"decision": "postpone", "postpone_months": 6}, "Opnieuw beoordelen.")
    advice.sign_advice(ma, REF, "19012345678")
    advice.draft_advice(ma, REF, {"decision": "accept"}, "")
    model = AdviceVersionModel()
    model.set_rows(advice.advice_versions(ma, REF))
    assert [model.data(model.index(r, 1)) for r in range(2)] == ["Signed", "Draft"]
    assert model.data(model.index(0, 2)) == "Postpone, 6"
    assert model.data(model.index(0, 4)) == "dr.jansen"
    assert model.data(model.index(0, 0), Qt.ItemDataRole.DecorationRole) is not None
    assert model.data(model.index(1, 0), Qt.ItemDataRole.DecorationRole) is None


def test_contact_model(unit: Unit) -> None:
    staff = unit[Role.UNIT_STAFF]
    contacts.add_contact(staff, REF, "information", "e-mail", "Medisch advies")
    model = ContactTableModel()
    model.set_rows(contacts.contacts(staff, REF))
    assert [model.data(model.index(0, c)) for c in range(1, 6)] == [
        "Information",
        "E-mail",
        "Medisch advies",
        REF,
        "staff.smit",
    ]


def test_export_preview_has_exactly_the_export_fields() -> None:
    model = ExportPreviewModel()
    model.set_values(
        {
            "export_id": Pending("at export"),
            "dossier_reference": REF,
            "case_type": "acceptance-income",
            "outcome": {"decision": "accept-with-premium-loading", "premium_loading_percent": 50},
            "remark": "",
            "advisor_name": Pending("at signing"),
            "advisor_big": Pending("at signing"),
            "signed_at": Pending("at signing"),
            "advice_version": 2,
            "exported_at": Pending("at export"),
            "diagnosis": "never shown",  # not an export field: ignored
        }
    )
    assert model.fields() == list(EXPORT_FIELDS)
    assert model.value_of("Exportnummer") == "at export"
    assert model.value_of("Soort aanvraag") == "Acceptatie inkomensverzekering (AOV)"
    assert model.value_of("Besluit") == "accepteren met premieopslag"
    assert model.value_of("Premieopslag") == "50%"
    assert model.value_of("Toelichting") == "—"
    assert model.value_of("Versie van het advies") == "2"
    assert not any("never shown" in r.value for r in model.rows)
    assert model.data(model.index(4, 0)).startswith("    ")  # outcome lines are indented


def test_leak_reasons_are_translatable() -> None:
    assert leak_reason_name("medical term: medication") == "Medical term: medication"
    assert leak_reason_name("something new") == "something new"


def test_models_are_empty_after_clear(tmp_path: Path) -> None:
    for model in (ConsentTableModel(), RequestTableModel(), AdviceVersionModel(), ContactTableModel()):
        model.clear()
        assert model.rowCount() == 0 and model.headerData(0, Qt.Orientation.Horizontal)
