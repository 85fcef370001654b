"""EntryTableModel over records.entries."""

from __future__ import annotations

from medunit.domain.roles import Role
from medunit.gui.models import EntryTableModel, RowRole
from medunit.services import records
from tests.support.unit import Unit


def test_entries(unit: Unit) -> None:
    session = unit[Role.MEDICAL_ADVISOR]
    records.add_entry(session, "GD-2026-000001", "note", "Eerste regel\nmeer tekst")
    model = EntryTableModel()
    model.set_rows(records.entries(session, "GD-2026-000001"))
    row = model.rowCount() - 1
    assert model.columnCount() == 4
    assert model.data(model.index(row, 1)) == "Note"
    assert model.data(model.index(row, 2)) == "Eerste regel"
    assert model.data(model.index(row, 3)) == "dr.jansen"
    assert model.data(model.index(row, 0), RowRole).text.endswith("meer tekst")
    model.clear()
    assert model.rowCount() == 0
