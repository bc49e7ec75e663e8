"""This computer's printing choices (QSettings): direct receipt printing, paper, document language, labels."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QLocale, QSettings

from desktop_app.documents.paper_sizes import DEFAULT_LABEL_SIZE, LABEL_SIZES, PAPERS

RECEIPT_DIRECT_KEY = "printing/receipt_direct"
RECEIPT_PAGE_SIZE_KEY = "printing/receipt_page_size"
DOCUMENT_LANGUAGE_KEY = "documents/language"
LABEL_SIZE_KEY = "printing/label_size"
LABEL_AT_INTAKE_KEY = "printing/label_at_intake"
LABEL_PRINTER_KEY = "printing/label_printer"
PAGE_SIZES = PAPERS  # A4, A5, 58mm and 80mm roll: the receipt's and the pickup slip's paper
DOCUMENT_LANGUAGES = ("zh_CN", "en")


def interface_language() -> str:
    """The language the interface was started in (install_translations sets the default locale)."""
    return "en" if QLocale().language() == QLocale.Language.English else "zh_CN"


@dataclass(frozen=True)
class PrintSettings:
    """Per counter, not per database: each desk has its own printer and paper."""

    receipt_direct: bool = False  # busy counters: straight to the default printer, no preview
    receipt_page_size: str = "A4"  # also the pickup slip's paper
    document_language: str | None = None  # None: the interface language
    label_size: str = DEFAULT_LABEL_SIZE
    label_at_intake: bool = False  # a unit label as soon as a claim is saved
    label_printer: str | None = None  # labels go straight to this printer; None: preview first

    @property
    def language(self) -> str:
        return self.document_language or interface_language()

    @classmethod
    def load(cls, settings: QSettings | None = None) -> PrintSettings:
        settings = settings or QSettings()
        direct = settings.value(RECEIPT_DIRECT_KEY, False)
        size = str(settings.value(RECEIPT_PAGE_SIZE_KEY, "A4"))
        language = settings.value(DOCUMENT_LANGUAGE_KEY, None)
        label = str(settings.value(LABEL_SIZE_KEY, DEFAULT_LABEL_SIZE))
        printer = settings.value(LABEL_PRINTER_KEY, None)
        return cls(receipt_direct=_as_bool(direct), receipt_page_size=size if size in PAGE_SIZES else "A4",
                   document_language=language if language in DOCUMENT_LANGUAGES else None,
                   label_size=label if label in LABEL_SIZES else DEFAULT_LABEL_SIZE,
                   label_at_intake=_as_bool(settings.value(LABEL_AT_INTAKE_KEY, False)),
                   label_printer=str(printer) if printer else None)

    def save(self, settings: QSettings | None = None) -> None:
        settings = settings or QSettings()
        settings.setValue(RECEIPT_DIRECT_KEY, self.receipt_direct)
        settings.setValue(RECEIPT_PAGE_SIZE_KEY, self.receipt_page_size)
        if self.document_language is None:
            settings.remove(DOCUMENT_LANGUAGE_KEY)
        else:
            settings.setValue(DOCUMENT_LANGUAGE_KEY, self.document_language)
        settings.setValue(LABEL_SIZE_KEY, self.label_size)
        settings.setValue(LABEL_AT_INTAKE_KEY, self.label_at_intake)
        if self.label_printer:
            settings.setValue(LABEL_PRINTER_KEY, self.label_printer)
        else:
            settings.remove(LABEL_PRINTER_KEY)
        settings.sync()


def document_language() -> str:
    return PrintSettings.load().language


def _as_bool(value: object) -> bool:
    """An INI file gives back "true"/"false" strings; the registry gives bools or ints."""
    if isinstance(value, str):
        return value.strip().lower() in ("true", "1", "yes", "on")
    return bool(value)
