"""Loading the interface translations (Dutch first)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from medunit.i18n import DEFAULT_LANGUAGE, resources_dir, translations_dir

_installed: list[QTranslator] = []


def install_translator(app: QCoreApplication, language: str | None = DEFAULT_LANGUAGE) -> bool:
    """Install medunit's translator for ``language`` (and Qt's own for standard buttons).

    Returns whether medunit's ``medunit_<language>.qm`` was found and loaded; without it the English
    source strings show. Replaces translators installed by an earlier call.
    """
    language = language or DEFAULT_LANGUAGE
    remove_translators(app)
    QLocale.setDefault(QLocale(language))
    qt_own = QTranslator(app)
    # Qt's own dialogs: the copy shipped with medunit first, else the Qt installation's
    if qt_own.load(f"qtbase_{language}", str(translations_dir())) or qt_own.load(
        f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    ours = QTranslator(app)
    loaded = ours.load(str(translations_dir() / f"medunit_{language}.qm"))
    if loaded:
        app.installTranslator(ours)
        _installed.append(ours)
    return loaded


def remove_translators(app: QCoreApplication) -> None:
    while _installed:
        app.removeTranslator(_installed.pop())


__all__ = ["DEFAULT_LANGUAGE", "install_translator", "remove_translators", "resources_dir", "translations_dir"]
