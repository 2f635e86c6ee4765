"""The interface language: Qt translators for BriefingBook's strings and Qt's own (standard
buttons, dialogs), and dates written the way each language writes them.

The interface language is a setting (Edit → Preferences); the language of a book's content
(issue titles, summaries, packets) is the book's own and can differ.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QSettings, QTranslator

LANGUAGES = {"en": "English", "es": "Español"}
SETTING = "ui/language"
_installed: list[QTranslator] = []


def ui_language(settings: QSettings) -> str:
    """The chosen interface language; on first run, Spanish when the system is Spanish."""
    value = settings.value(SETTING)
    if value in LANGUAGES:
        return value
    return "es" if QLocale.system().language() == QLocale.Language.Spanish else "en"


def locale_for(lang: str) -> QLocale:
    if lang == "es":
        return QLocale(QLocale.Language.Spanish, QLocale.Country.Mexico)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


def install(lang: str) -> bool:
    """Use ``lang`` for every string shown from now on; True when its translations loaded
    (always for English, the source language)."""
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("the interface language is installed on the application: create it first")
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(locale_for(lang))
    loaded = _load(app, lang)
    if lang == "en":
        # English is the source language; its file holds only the plural forms of strings with
        # a count ("%n days" → "1 day"), made by lupdate -pluralonly.
        return True
    qt = QTranslator(app)
    if qt.load(locale_for(lang), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return loaded


def _load(app: QCoreApplication, lang: str) -> bool:
    from briefingbook.resources import ResourceMissing, resource_path

    translator = QTranslator(app)
    try:
        loaded = translator.load(str(resource_path("resources", "translations", f"briefingbook_{lang}.qm")))
    except ResourceMissing:
        return False
    if loaded:
        app.installTranslator(translator)
        _installed.append(translator)
    return loaded


def language_tag(text_lang: str, ui_lang: str) -> str:
    """The small tag that follows the book's own text where its language is not the interface's
    ("in English" in the English interface is never needed): "en inglés", "in Spanish"; empty
    when the two are the same (issue 19: the book's text shows as written, labelled)."""
    if text_lang == ui_lang:
        return ""
    return {
        "en": QCoreApplication.translate("Language", "in English"),
        "es": QCoreApplication.translate("Language", "in Spanish"),
    }.get(text_lang, text_lang)


def long_date(day: dt.date, lang: str) -> str:
    """``1 March 2027`` / ``1 de marzo de 2027``."""
    fmt = "d 'de' MMMM 'de' yyyy" if lang == "es" else "d MMMM yyyy"
    return locale_for(lang).toString(QDate(day.year, day.month, day.day), fmt)


def short_date(day: dt.date, lang: str) -> str:
    """``1 Mar 2027`` / ``1 mar 2027``."""
    return locale_for(lang).toString(QDate(day.year, day.month, day.day), "d MMM yyyy").replace(".", "")


def moment_label(moment: dt.datetime, lang: str) -> str:
    """A moment in this computer's time zone, the one way the window writes times:
    ``4 Dec 2026 17:05 CET`` (24-hour clock, the zone's abbreviation). Naive moments are UTC."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.timezone.utc)
    local = moment.astimezone()
    zone = local.tzname() or local.strftime("%z")
    return f"{short_date(local.date(), lang)} {local:%H:%M} {zone}"
