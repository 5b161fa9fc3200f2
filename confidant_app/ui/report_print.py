"""Paper for the coordinator: the yearly report and the roster list, as PDF or on the printer.

The path is the referral sheets' (``referral/render.py``): HTML -> ``QTextDocument`` laid out in
CSS pixels on a fixed 96-dpi device -> painted scaled onto A4 of a ``QPdfWriter`` or ``QPrinter``
(print preview first). A report runs over several pages, so the document is laid out on an A4
page size and painted a page at a time, with a footer on each ("title · page 2 of 7"), so a
loose page still says what it belongs to. The PDF is written beside its target and renamed into
place, as every file of the application is.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPagedPaintDevice,
    QPainter,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QWidget

from confidant_app.atomic import publish, temp_path_for
from confidant_app.errors import UserError
from confidant_app.referral.render import A4, MARGIN, PDF_DPI, PX_PER_MM, _full_a4, _layout_device

FOOTER_FROM_BOTTOM = 8 * PX_PER_MM


@dataclass
class Pages:
    """A laid-out document of one or more A4 pages; ``device`` must outlive it."""

    document: QTextDocument
    device: QImage
    footer: str

    @property
    def count(self) -> int:
        return self.document.pageCount()


def layout(html: str, footer: str) -> Pages:
    device = _layout_device()
    document = QTextDocument()
    document.documentLayout().setPaintDevice(device)
    document.setDocumentMargin(MARGIN)
    document.setPageSize(A4)
    document.setHtml(html)
    return Pages(document, device, footer)


def _paint_page(pages: Pages, n: int, painter: QPainter, width: float) -> None:
    """Page ``n`` (from 0) of the document, scaled to ``width`` device pixels across."""
    size = A4
    scale = width / size.width()
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    painter.scale(scale, scale)
    painter.save()
    painter.translate(0, -n * size.height())
    pages.document.drawContents(painter, QRectF(0, n * size.height(), size.width(), size.height()))
    painter.restore()
    font = QFont()
    font.setPixelSize(11)  # layout pixels, scaled with the page: 8 pt on paper
    painter.setFont(font)
    painter.setPen(QColor("#505050"))
    text = f"{pages.footer} · {n + 1}/{pages.count}" if pages.footer else f"{n + 1}/{pages.count}"
    painter.drawText(QRectF(MARGIN, size.height() - FOOTER_FROM_BOTTOM - 20,
                            size.width() - 2 * MARGIN, 20),
                     int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom), text)
    painter.restore()


def paint_all(pages: Pages, device: QPagedPaintDevice) -> bool:
    painter = QPainter()
    if not painter.begin(device):
        return False
    for n in range(pages.count):
        if n:
            device.newPage()
        _paint_page(pages, n, painter, device.width())
    return painter.end()


def write_pdf(html: str, target: Path, title: str, footer: str = "") -> Pages:
    """Write the PDF atomically: a temporary file beside ``target``, then a rename."""
    pages = layout(html, footer)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = temp_path_for(target)
    try:
        writer = QPdfWriter(str(tmp))
        _full_a4(writer)
        writer.setResolution(PDF_DPI)
        writer.setTitle(title)
        writer.setCreator("Confidant")
        if not paint_all(pages, writer):
            raise UserError(f"{target}: cannot be written (is the disk full?)")
        del writer  # closes the file; Windows refuses to rename an open one
        with open(tmp, "rb+") as handle:
            os.fsync(handle.fileno())
        publish(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return pages


def page_image(pages: Pages, n: int, width: int) -> QImage:
    """Page ``n`` as a white image ``width`` pixels wide (tests and screenshots)."""
    image = QImage(width, round(width * A4.height() / A4.width()),
                   QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    _paint_page(pages, n, painter, width)
    painter.end()
    return image


def preview_dialog(html: str, title: str, footer: str = "",
                   parent: QWidget | None = None) -> QPrintPreviewDialog:
    """Qt's print preview on an A4 printer; its print button sends the pages to paper."""
    pages = layout(html, footer)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    _full_a4(printer)
    printer.setFullPage(True)
    printer.setDocName(title)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(title)
    dialog.paintRequested.connect(lambda device: paint_all(pages, device))
    # The dialog keeps bare pointers to both: Python must not free them while it is open.
    dialog.report_printer = printer  # type: ignore[attr-defined]
    dialog.report_pages = pages  # type: ignore[attr-defined]
    return dialog


def print_with_preview(html: str, title: str, footer: str = "",
                       parent: QWidget | None = None) -> bool:
    dialog = preview_dialog(html, title, footer, parent)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()
