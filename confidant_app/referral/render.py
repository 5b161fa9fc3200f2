"""Lay a sheet's HTML out on one A4 page with ``QTextDocument``; write it as PDF, print it, or
draw it as an image for the preview. The only module under ``referral/`` that imports PySide6.

One path for every output: ``layout`` makes a one-page document, ``paint`` draws it scaled into
a rectangle. The document is laid out in CSS pixels (1/96 inch) on a fixed 96-dpi paint device, so
a point is a point on paper on every platform (macOS screens would otherwise count 72 dpi).
Content is fitted by laying it out on a proportionally larger (or smaller) page, which shrinks
(or enlarges) everything, text, QR code and margins, evenly when painted onto real A4.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QGuiApplication,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from confidant_app.atomic import publish, temp_path_for
from confidant_app.errors import UserError

# QtWidgets and QtPrintSupport load in the GUI only, never for the command line.
if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrintPreviewDialog
    from PySide6.QtWidgets import QWidget

PX_PER_MM = 96 / 25.4
A4 = QSizeF(210 * PX_PER_MM, 297 * PX_PER_MM)
MARGIN = 15 * PX_PER_MM
# Zoom is layout page size / A4: above 1 shrinks the sheet onto the paper, below 1 enlarges it.
# Down to half the size before giving up (past that, large print or eleven desks no longer
# help), and up to 111% so that a sheet with one or two desks fills its page calmly.
MAX_ZOOM = 2.0
MIN_ZOOM = 0.9
PDF_DPI = 300
# Shrunk more than this, a sheet says so: "large print" is then no longer large.
SHRINK_NOTICE = 1.15


def ensure_gui_application() -> QGuiApplication:
    """The running application, or a new one for the command line. Fonts need a platform; on a
    server or a CI machine with no display the offscreen one serves (Qt would abort otherwise)."""
    existing = QGuiApplication.instance()
    if isinstance(existing, QGuiApplication):
        return existing
    headless = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")) and headless:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return QGuiApplication([sys.argv[0] if sys.argv else "confidant"])


@dataclass
class Page:
    """A laid-out one-page document; ``device`` must outlive it (the layout keeps a pointer)."""

    document: QTextDocument
    device: QImage
    zoom: float

    @property
    def size(self) -> QSizeF:
        return self.document.pageSize()


def _layout_device() -> QImage:
    device = QImage(1, 1, QImage.Format.Format_RGB32)
    dots_per_metre = round(96 / 0.0254)
    device.setDotsPerMeterX(dots_per_metre)
    device.setDotsPerMeterY(dots_per_metre)
    return device


def layout(html: str) -> Page:
    """The HTML on exactly one A4 page: shrunk as little as it must be to fit, or enlarged (up
    to ``MIN_ZOOM``) to fill a page that few desks would leave a third empty."""
    device = _layout_device()
    document = QTextDocument()
    document.documentLayout().setPaintDevice(device)
    document.setHtml(html)
    if _fits(document, MIN_ZOOM):
        return Page(document, device, MIN_ZOOM)
    if not _fits(document, MAX_ZOOM):
        raise UserError("the sheet does not fit on one page; choose fewer desks or turn off "
                        "large print")
    low, high = MIN_ZOOM, MAX_ZOOM  # low does not fit, high does: bisect the smallest that does
    while high - low > 0.005:
        middle = (low + high) / 2
        low, high = (low, middle) if _fits(document, middle) else (middle, high)
    _fits(document, high)
    return Page(document, device, high)


def _fits(document: QTextDocument, zoom: float) -> bool:
    document.setDocumentMargin(MARGIN * zoom)
    document.setPageSize(A4 * zoom)
    return document.pageCount() == 1


def paint(page: Page, painter: QPainter, target: QRectF) -> None:
    """Draw the page into ``target``, scaled evenly and centred across."""
    size = page.size
    scale = min(target.width() / size.width(), target.height() / size.height())
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    painter.translate(target.x() + (target.width() - size.width() * scale) / 2, target.y())
    painter.scale(scale, scale)
    page.document.drawContents(painter, QRectF(0, 0, size.width(), size.height()))
    painter.restore()


def _full_a4(device: QPagedPaintDevice) -> None:
    # The document draws its own margins; the device's would be added on top of them.
    device.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))


def write_pdf(html: str, target: Path, title: str) -> Page:
    """Write the one-page PDF atomically: a temporary file beside ``target``, then a rename."""
    page = layout(html)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = temp_path_for(target)
    try:
        writer = QPdfWriter(str(tmp))
        _full_a4(writer)
        writer.setResolution(PDF_DPI)
        writer.setTitle(title)
        writer.setCreator("Confidant")
        painter = QPainter()
        if not painter.begin(writer):
            raise UserError(f"{target}: cannot be written")
        paint(page, painter, QRectF(0, 0, writer.width(), writer.height()))
        if not painter.end():
            raise UserError(f"{target}: cannot be written (is the disk full?)")
        del writer  # closes the file; Windows refuses to rename an open one
        with open(tmp, "rb+") as handle:
            os.fsync(handle.fileno())
        publish(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return page


def page_image(page: Page, width: int, device_ratio: float = 1.0) -> QImage:
    """The page as a white image ``width`` logical pixels wide, for the on-screen preview."""
    size = page.size
    pixels_w = round(width * device_ratio)
    pixels_h = round(pixels_w * size.height() / size.width())
    image = QImage(pixels_w, pixels_h, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    paint(page, painter, QRectF(0, 0, pixels_w, pixels_h))
    painter.end()
    image.setDevicePixelRatio(device_ratio)
    return image


def preview_dialog(html: str, title: str, parent: QWidget | None = None) -> QPrintPreviewDialog:
    """Qt's print preview of the sheet on an A4 printer; its print button sends it to paper."""
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    page = layout(html)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    _full_a4(printer)
    printer.setFullPage(True)
    printer.setDocName(title)

    def draw(device: QPrinter) -> None:
        painter = QPainter(device)
        paint(page, painter, QRectF(0, 0, device.width(), device.height()))
        painter.end()

    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(title)
    dialog.paintRequested.connect(draw)
    # The dialog keeps bare pointers to both: without these references Python would free the
    # printer and the layout on return, and the preview would crash.
    dialog.sheet_printer = printer  # type: ignore[attr-defined]
    dialog.sheet_page = page  # type: ignore[attr-defined]
    return dialog


def print_with_preview(html: str, title: str, parent: QWidget | None = None) -> bool:
    """Paper: the preview, then the printer chosen there. True when it was printed."""
    from PySide6.QtWidgets import QDialog

    dialog = preview_dialog(html, title, parent)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()
