"""The workspace's charts (QtCharts): cases by primary category in the year merged, and cases per
year. The same charts go onto the screen and, as PNGs, into the printed report.

Drawn for paper and grey: one dark grey series with a black outline, the value written at the
end of every bar, black text on white. A count that the published view hides has no bar: its
category label says ``(<5)`` or ``(x)``, as the tables do, and an exact zero is left out.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QImageWriter, QPainter, QPen
from PySide6.QtWidgets import QFrame, QGraphicsScene, QHBoxLayout, QScrollArea, QWidget

from confidant_app.domain.labels import Language
from confidant_app.report.yearly import YearlyReport

BAR, OUTLINE, INK = QColor("#595959"), QColor("#000000"), QColor("#1b1b1b")
MAX_LABEL = 46  # characters of a category label on the axis; the tables have it whole


def _style(chart: QChart, title: str, point_size: float) -> None:
    chart.setTheme(QChart.ChartTheme.ChartThemeLight)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setBackgroundBrush(QColor("white"))
    chart.setBackgroundRoundness(0)
    chart.legend().hide()
    font = QFont()
    font.setPointSizeF(point_size * 1.25)
    font.setBold(True)
    chart.setTitleFont(font)
    chart.setTitleBrush(INK)
    chart.setTitle(escape(title))


def _bars(series: QAbstractBarSeries, values: list[int], point_size: float) -> None:
    bars = QBarSet("")
    bars.append([float(v) for v in values])
    bars.setColor(BAR)
    bars.setPen(QPen(OUTLINE, 1))
    bars.setLabelColor(INK)
    font = QFont()
    font.setPointSizeF(point_size)
    bars.setLabelFont(font)
    series.append(bars)
    series.setLabelsVisible(True)
    series.setLabelsFormat("@value")
    series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)


def _axes(chart: QChart, series: QAbstractBarSeries, categories: list[str], top: int,
          horizontal: bool, point_size: float) -> None:
    font = QFont()
    font.setPointSizeF(point_size)
    names = QBarCategoryAxis()
    names.append([escape(c) for c in categories])  # axis labels are rich text: "<5" would vanish
    values = QValueAxis()
    values.setLabelFormat("%d")
    # Room beyond the longest bar for its value; whole numbers on the axis.
    values.setRange(0, max(4, int(top * 1.15) + 1))
    values.applyNiceNumbers()
    for axis in (names, values):
        axis.setLabelsFont(font)
        axis.setLabelsBrush(INK)
    left, bottom = Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignBottom
    chart.addAxis(names, left if horizontal else bottom)
    chart.addAxis(values, bottom if horizontal else left)
    series.attachAxis(names)
    series.attachAxis(values)


def _short(label: str) -> str:
    return label if len(label) <= MAX_LABEL else label[: MAX_LABEL - 1].rstrip() + "…"


def _category_bars(report: YearlyReport, lang: Language) -> tuple[list[str], list[int]]:
    """Labels and values of the bars: every primary category but the exact zeros."""
    labels: list[str] = []
    values: list[int] = []
    for code in next(t.codes for t in report.tables if t.name == "primary_category"):
        shown = report.shown(report.year, "primary_category", code)
        if shown == 0:
            continue
        label = _short(report.codebook.category_label(code, lang))
        labels.append(f"{label} ({shown})" if isinstance(shown, str) else label)
        values.append(shown if isinstance(shown, int) else 0)
    return labels, values


def categories_height(report: YearlyReport, point_size: float = 9) -> int:
    """The height the category chart needs: QtCharts shows a label as "..." once the rows are
    lower than the label's line, so the chart grows with the number of bars."""
    bars = len(_category_bars(report, "nl")[0])
    return 110 + round(bars * point_size * 3.4)


def categories_chart(report: YearlyReport, lang: Language, point_size: float = 9) -> QChart:
    """Horizontal bars, the taxonomy's first category on top, as in the tables."""
    year = report.year
    labels, values = _category_bars(report, lang)
    chart = QChart()
    title = QCoreApplication.translate("WorkspaceCharts", "Cases by primary category, {year}")
    _style(chart, title.format(year=year), point_size)
    series = QHorizontalBarSeries()
    _bars(series, values[::-1], point_size)  # the axis runs bottom-up
    chart.addSeries(series)
    _axes(chart, series, labels[::-1], max(values, default=0), True, point_size)
    return chart


def years_chart(report: YearlyReport, point_size: float = 9) -> QChart:
    """Columns, the oldest year left: the number of cases is never hidden."""
    years = sorted(report.years)
    values = [report.total(y, "cases") for y in years]
    chart = QChart()
    _style(chart, QCoreApplication.translate("WorkspaceCharts", "Cases per year"), point_size)
    series = QBarSeries()
    _bars(series, values, point_size)
    series.setBarWidth(0.6)
    chart.addSeries(series)
    _axes(chart, series, [str(y) for y in years], max(values, default=0), False, point_size)
    return chart


def chart_png(chart: QChart, width: int, height: int, scale: float = 2.0) -> bytes:
    """The chart drawn on white, ``width`` x ``height`` layout pixels at ``scale`` (for print)."""
    scene = QGraphicsScene()
    chart.setBackgroundVisible(False)  # paper is the background: no tinted box around it
    scene.addItem(chart)
    chart.setGeometry(QRectF(0, 0, width, height))
    image = QImage(round(width * scale), round(height * scale), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    scene.render(painter, QRectF(0, 0, image.width(), image.height()),
                 QRectF(0, 0, width, height))
    painter.end()
    scene.removeItem(chart)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    QImageWriter(buffer, QByteArray(b"png")).write(image)
    buffer.close()
    return bytes(data.data())


class ChartsPage(QWidget):
    """Both charts side by side; ``show_report(None)`` empties them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        self.categories = QChartView()
        self.years = QChartView(self)
        for view in (self.categories, self.years):
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
        # The category chart grows with its bars (``categories_height``); a small screen scrolls.
        self.scroller = QScrollArea(self)
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setWidget(self.categories)
        layout.addWidget(self.scroller, 3)
        layout.addWidget(self.years, 1)
        self.categories.setAccessibleName(self.tr("Cases by primary category"))
        self.years.setAccessibleName(self.tr("Cases per year"))

    def show_report(self, report: YearlyReport | None, lang: Language) -> None:
        for view, chart in ((self.categories, categories_chart(report, lang) if report else None),
                            (self.years, years_chart(report) if report else None)):
            old = view.chart()
            view.setChart(chart or QChart())
            # The view takes the new chart and lets go of the old one without deleting it.
            old.deleteLater()
        self.categories.setMinimumHeight(categories_height(report) if report else 0)
