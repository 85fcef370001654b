"""``medunit/i18n.py``: the command line reads the same compiled translations as the GUI, without Qt, and
falls back to English (never to an error) when it cannot."""

from __future__ import annotations

from pathlib import Path

import pytest

from medunit import i18n
from medunit.gui import i18n_build


@pytest.fixture(scope="module", autouse=True)
def compiled() -> None:
    i18n_build.build()
    i18n.catalogue.cache_clear()


def test_the_qm_reader_finds_what_qt_finds() -> None:
    """Every (context, source) the Dutch .ts translates is read back from the .qm, with the same text."""
    import xml.etree.ElementTree as ET

    found = i18n.catalogue("nl", i18n.translations_dir())
    root = ET.parse(i18n.translations_dir() / "medunit_nl.ts").getroot()  # noqa: S314 - the project's own file
    expected = {
        (ctx.findtext("name") or "", m.findtext("source") or ""): m.findtext("translation") or ""
        for ctx in root.iter("context")
        for m in ctx.iter("message")
        if m.get("numerus") != "yes"
    }
    assert expected and all(found.get(key) == text for key, text in expected.items())


def test_dutch_first_then_english() -> None:
    template = "Unlock failed: unknown user or wrong passphrase."
    assert i18n.bilingual("errors", template, {}, "nl") == (
        "Ontgrendelen mislukt: onbekende gebruiker of onjuiste wachtwoordzin.\n  (English) " + template
    )
    assert i18n.bilingual("errors", template, {}, "en") == template  # not twice
    assert i18n.bilingual("errors", "No such template {x}.", {"x": 1}, "nl") == "No such template 1."


def test_a_missing_or_damaged_catalogue_means_english(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MEDUNIT_RESOURCES", str(tmp_path))
    (tmp_path / "translations").mkdir()
    template = "Unlock failed: unknown user or wrong passphrase."
    assert i18n.translate("errors", template, "nl") == template  # no .qm there
    (tmp_path / "translations" / "medunit_nl.qm").write_bytes(b"not a translation file")
    i18n.catalogue.cache_clear()
    assert i18n.translate("errors", template, "nl") == template
    with pytest.raises(ValueError, match="not a Qt translation file"):
        i18n.parse_qm(b"junk")


def test_a_translation_that_lost_a_placeholder_shows_the_english(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(i18n, "translate", lambda _ctx, _text, _lang: "Kapot {other}")
    assert i18n.bilingual("errors", "Broken {one}", {"one": 1}, "nl") == "Broken 1"
