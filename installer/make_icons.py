"""Make the application icon: one SVG written here, and the PNG and ICO files rendered from it.

The icon is a speech bubble (a confidential conversation) holding a keyhole (the locked vault),
white on the dark blue of the referral sheet's accent (``#154273``). Drawn as SVG paths on a
256-unit grid, so it stays sharp at any size; the small sizes keep to shapes at least two pixels
wide at 16x16.

Writes, into ``resources/icons/`` (committed; run this again only after changing the drawing):

- ``confidant-app.svg``: the source, also the scalable icon for Linux desktops;
- ``confidant-app-<N>.png`` for the hicolor theme sizes (the Linux desktop entry's icon);
- ``confidant-app.ico``: 16-256 px for the Windows executable, the installer and its uninstaller.

Rendering uses Qt's SVG renderer (``PySide6.QtSvg``, build time only: the application never
imports it), offscreen, so the same Qt gives the same bytes. Usage:
``python installer/make_icons.py``
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
NAME = "confidant-app"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)  # the ICO format stops at 256

BLUE = "#154273"
SVG = f"""<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 256 256">
  <title>Confidant</title>
  <rect x="8" y="8" width="240" height="240" rx="52" fill="{BLUE}"/>
  <path fill="#ffffff" d="M84 48 H172 A40 40 0 0 1 212 88 V140 A40 40 0 0 1 172 180 H126
    L78 216 L88 180 H84 A40 40 0 0 1 44 140 V88 A40 40 0 0 1 84 48 Z"/>
  <circle cx="128" cy="98" r="21" fill="{BLUE}"/>
  <path fill="{BLUE}" d="M117 108 H139 L147 152 H109 Z"/>
</svg>
"""


def render_png(renderer: QSvgRenderer, size: int, out: Path) -> bytes:
    """Render the icon at ``size`` pixels into ``out``; returns the PNG's bytes."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter

    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    if not image.save(str(out)):  # the format follows the name: .png
        raise SystemExit(f"make_icons: could not write {out}")
    return out.read_bytes()


def ico(pngs: dict[int, bytes]) -> bytes:
    """An ICO file holding each PNG as it is (Windows Vista and later read PNG entries); Qt's
    own ICO writer stores a single image, and a Windows icon needs several sizes."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, blobs = b"", b""
    for size, png in sorted(pngs.items()):
        side = 0 if size == 256 else size  # 0 means 256 in an ICO directory entry
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        blobs += png
        offset += len(png)
    return header + entries + blobs


def main() -> int:
    # No display is needed to render; set before QtGui loads.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QByteArray
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication(sys.argv[:1])  # QImage and QPainter need it for fonts and formats
    ICONS.mkdir(parents=True, exist_ok=True)
    (ICONS / f"{NAME}.svg").write_text(SVG, encoding="utf-8")
    renderer = QSvgRenderer(QByteArray(SVG.encode("utf-8")))
    if not renderer.isValid():
        raise SystemExit("make_icons: the SVG does not parse")
    pngs = {size: render_png(renderer, size, ICONS / f"{NAME}-{size}.png")
            for size in PNG_SIZES}
    (ICONS / f"{NAME}.ico").write_bytes(ico({s: pngs[s] for s in ICO_SIZES}))
    del app
    print(f"wrote {ICONS.relative_to(ROOT)}/{NAME}.svg, .ico and {len(pngs)} PNG sizes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
