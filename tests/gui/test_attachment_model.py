"""AttachmentTableModel over records.attachments."""

from __future__ import annotations

import io

from medunit.domain.roles import Role
from medunit.gui.formats import size_text
from medunit.gui.models import AttachmentTableModel
from medunit.services import records
from tests.gui.helpers import make_png
from tests.support.unit import Unit


def test_attachments(unit: Unit) -> None:
    session = unit[Role.MEDICAL_ADVISOR]
    png = make_png()
    records.add_attachment(session, "GD-2026-000001", "scan.png", io.BytesIO(png))
    model = AttachmentTableModel()
    model.set_rows(records.attachments(session, "GD-2026-000001"))
    assert model.rowCount() == 1
    assert model.data(model.index(0, 0)) == "scan.png"
    assert model.data(model.index(0, 1)) == "PNG image"  # words, not the media type code
    assert model.data(model.index(0, 2)) == size_text(len(png))
    assert size_text(10) == "10 B" and size_text(2048) == "2.0 KB" and size_text(3 * 1024 * 1024) == "3.0 MB"
