"""Sheets on paper: a PDF through ``QPdfWriter``, or a printer through ``QPrintDialog``.

The dialogs are reached through :func:`choose_pdf_path` and :func:`choose_printer` so tests can
replace them; nothing here blocks when they are monkeypatched.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QSizeF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from .html import BODY_PT, to_html
from .sheets import Sheet

MARGIN_MM = 15


def document(sheet: Sheet) -> QTextDocument:
    doc = QTextDocument()
    font = QFont(QApplication.font())
    font.setPointSizeF(BODY_PT)
    doc.setDefaultFont(font)
    doc.setHtml(to_html(sheet))
    return doc


def write_pdf(sheet: Sheet, path: Path | str) -> int:
    """Write the sheet as an A4 PDF; returns the number of pages."""
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter)
    writer.setResolution(300)
    writer.setTitle(sheet.title)
    writer.setCreator("FamilyPool")
    doc = document(sheet)
    doc.documentLayout().setPaintDevice(writer)  # lay out in the PDF's own units, so points are points
    doc.setPageSize(QSizeF(writer.pageLayout().paintRectPixels(writer.resolution()).size()))
    doc.print_(writer)
    del writer  # flush and close the file
    return pdf_page_count(Path(path))


def pdf_page_count(path: Path) -> int:
    """Pages in a PDF written by Qt (each page object says ``/Type /Page``)."""
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", Path(path).read_bytes()))


def print_sheet(sheet: Sheet, printer) -> None:
    document(sheet).print_(printer)


def choose_pdf_path(parent: QWidget | None, suggested: str) -> Path | None:
    """Ask where to save; None when cancelled (tests replace this)."""
    name, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("Sheets", "Save the sheet as PDF"),
                                          suggested, "PDF (*.pdf)")
    if not name:
        return None
    return Path(name if name.lower().endswith(".pdf") else name + ".pdf")


def choose_printer(parent: QWidget | None):
    """A printer chosen in the system dialog, or None when cancelled (tests replace this)."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    return printer if dialog.exec() == QPrintDialog.DialogCode.Accepted else None


def save_pdf(parent: QWidget | None, sheet: Sheet, suggested: str) -> Path | None:
    path = choose_pdf_path(parent, suggested)
    if path is None:
        return None
    write_pdf(sheet, path)
    return path


def send_to_printer(parent: QWidget | None, sheet: Sheet) -> bool:
    printer = choose_printer(parent)
    if printer is None:
        return False
    print_sheet(sheet, printer)
    return True
