"""Sheets on paper: a PDF through ``QPdfWriter``, or a printer through ``QPrintDialog``.

A PDF is drawn into memory and written with ``desktop.book.write_private`` (owner-only, never through a
link); ``QPdfWriter`` needs no print system, so saving a PDF never talks to CUPS (which may be on the network).
Only "Print…", when a person asks for paper, hands the sheet to the system's print dialog.

The dialogs are reached through :func:`choose_pdf_path` and :func:`choose_printer` so tests can
replace them; nothing here blocks when they are monkeypatched.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QMarginsF, QSizeF, Qt
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

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


def a4_writer(device: QBuffer, title: str, margin_mm: float = MARGIN_MM) -> QPdfWriter:
    """An A4, 300 dpi PDF writer drawing into ``device`` (memory: see :func:`save_private`)."""
    writer = QPdfWriter(device)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(margin_mm, margin_mm, margin_mm, margin_mm), QPageLayout.Unit.Millimeter)
    writer.setResolution(300)
    writer.setTitle(title)
    writer.setCreator("FamilyPool")
    return writer


def memory() -> QBuffer:
    buf = QBuffer()
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    return buf


def save_private(buf: QBuffer, path: Path | str) -> None:
    """What was drawn into ``buf``, written to ``path`` owner-only (raises OSError naming ``path``)."""
    from desktop.book import write_private

    buf.close()
    write_private(Path(path), bytes(buf.data().data()))


def write_pdf(sheet: Sheet, path: Path | str) -> int:
    """Write the sheet as an A4 PDF, owner-only; returns the number of pages."""
    buf = memory()
    writer = a4_writer(buf, sheet.title)
    doc = document(sheet)
    doc.documentLayout().setPaintDevice(writer)  # lay out in the PDF's own units, so points are points
    doc.setPageSize(QSizeF(writer.pageLayout().paintRectPixels(writer.resolution()).size()))
    doc.print_(writer)
    del writer  # finish the PDF
    save_private(buf, path)
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
    try:
        write_pdf(sheet, path)
    except OSError as e:
        box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("Sheets", "Not saved"),
                          QCoreApplication.translate("Sheets", "Could not save %1 (%2).").replace(
                              "%1", str(path)).replace("%2", e.strerror or str(e)), parent=parent)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()
        return None
    return path


def send_to_printer(parent: QWidget | None, sheet: Sheet) -> bool:
    printer = choose_printer(parent)
    if printer is None:
        return False
    print_sheet(sheet, printer)
    return True
