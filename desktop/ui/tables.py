"""A table view set up for older eyes: rows sized from the font (taller in large text), whole-row
selection, alternating colours, keyboard navigation; sortable by any column and searchable; column widths
remembered. The model does the rest.

Sorting and searching go through a QSortFilterProxyModel placed in front of the page's model, so a page keeps
speaking in its model's rows: :meth:`Table.current_row` and :meth:`Table.select_row` take and give rows of
the page's own model. A model that sorts itself (``SORTS_ITSELF``: the windowed visits) gets no proxy.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QToolTip, QWidget

from desktop.ui.models.rows_model import SORT_ROLE
from desktop.ui.plain_text import tip


class Table(QTableView):
    """QTableView with fixed row heights from the current font (no per-row measuring: 50,000 rows stay fast)."""

    ROW_FACTOR = 2.0

    def __init__(self, parent: QWidget | None = None, model: QAbstractItemModel | None = None,
                 accessible_name: str = "") -> None:
        super().__init__(parent)
        self.source: QAbstractItemModel | None = None
        self.proxy: QSortFilterProxyModel | None = None
        self._fitting = False
        self._rows_in_sight = 0
        if model is not None:
            self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.horizontalHeader().setStretchLastSection(True)
        self.horizontalHeader().setHighlightSections(False)
        if accessible_name:
            self.setAccessibleName(accessible_name)
        self._size_rows()
        self.horizontalHeader().sectionResized.connect(self._resized)

    def setModel(self, model: QAbstractItemModel | None) -> None:
        """Show ``model`` sorted and filtered through a proxy (unless it sorts itself); unsorted at first."""
        self.source = model
        self.proxy = None
        if model is not None and not getattr(model, "SORTS_ITSELF", False):
            proxy = QSortFilterProxyModel(self)
            proxy.setSourceModel(model)
            proxy.setSortRole(SORT_ROLE)
            proxy.setSortLocaleAware(True)
            proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            proxy.setFilterKeyColumn(-1)  # a search matches any column
            self.proxy = proxy
            model = proxy
        super().setModel(model)
        header = self.horizontalHeader()
        header.setSortIndicatorClearable(True)  # a third click goes back to the book's own order
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.setSortingEnabled(True)
        if self.proxy is None and model is not None:  # a model sorting itself is reset: choose its first row
            header.sortIndicatorChanged.connect(lambda *_: self.select_row(0))
            self._fit_titles()  # its rows are read a page at a time: the page fits them when it has them
        else:
            self.fit_columns()  # the titles fit even before there are rows

    # ---- rows of the page's model ----
    def to_source(self, view_row: int) -> int:
        if self.proxy is None:
            return view_row
        return self.proxy.mapToSource(self.proxy.index(view_row, 0)).row()

    def from_source(self, row: int) -> int:
        if self.proxy is None or self.source is None:
            return row
        return self.proxy.mapFromSource(self.source.index(row, 0)).row()

    def set_search(self, text: str) -> None:
        """Show only the rows with ``text`` in some cell (the windowed visits search in the book)."""
        if self.proxy is not None:
            self.proxy.setFilterFixedString(text.strip())
        elif hasattr(self.source, "set_search"):
            self.source.set_search(text)

    def keep_rows_in_sight(self, rows: int) -> None:
        """Never shrink below ``rows`` rows, counted in the current font's rows (again when the text size changes)."""
        self._rows_in_sight = rows
        self._size_rows()

    def _size_rows(self) -> None:
        height = int(self.fontMetrics().height() * self.ROW_FACTOR)
        self.verticalHeader().setDefaultSectionSize(height)
        if self._rows_in_sight:
            self.setMinimumHeight(height * self._rows_in_sight)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.ApplicationFontChange):
            self._size_rows()
            self.fit_columns()  # large text: the columns grow with the letters (no "2026-1…")
        super().changeEvent(event)

    def is_cut(self, index: QModelIndex) -> bool:
        """Whether the cell's words are wider than its column (Qt then elides them)."""
        text = index.data(Qt.ItemDataRole.DisplayRole) if index.isValid() else None
        if not text:
            return False
        pad = self.style().pixelMetric(self.style().PixelMetric.PM_FocusFrameHMargin, None, self) * 2 + 2
        return self.fontMetrics().horizontalAdvance(str(text)) + pad > self.visualRect(index).width()

    def tooltip(self, index: QModelIndex) -> str:
        """The tooltip shown for ``index``: the model's, or the whole words of a cut cell; never read as HTML."""
        value = self.model().data(index, Qt.ItemDataRole.ToolTipRole) if index.isValid() else None
        if not value and self.is_cut(index):
            value = index.data(Qt.ItemDataRole.DisplayRole)
        return tip(str(value)) if value else ""

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and self.model() is not None:
            text = self.tooltip(self.indexAt(event.pos()))
            if text:
                QToolTip.showText(event.globalPos(), text, self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)

    def header_width(self, column: int) -> int:
        """The width the column's title needs, with room for the sort arrow."""
        header = self.horizontalHeader()
        title = str(self.model().headerData(column, Qt.Orientation.Horizontal) or "")
        fm = header.fontMetrics()
        return fm.horizontalAdvance(title) + fm.horizontalAdvance("M") * 3

    def _fit_titles(self) -> None:
        self._fitting = True
        try:
            for c in range(self.model().columnCount()):
                self.setColumnWidth(c, max(self.columnWidth(c), self.header_width(c)))
        finally:
            self._fitting = False

    def fit_columns(self, rows: int = 30) -> None:
        """Size columns to the header and the first ``rows`` rows only (never the whole model); a width the
        person set by dragging is kept, but never narrower than the title."""
        model = self.model()
        if model is None:
            return
        fm = self.fontMetrics()
        pad = fm.horizontalAdvance("M") * 2
        n = min(rows, model.rowCount())
        last = model.columnCount() - 1
        remembered = self._remembered()
        self._fitting = True
        try:
            for c in range(model.columnCount()):
                if c == last and self.horizontalHeader().stretchLastSection():
                    continue
                need = self.header_width(c)
                width = need
                for r in range(n):
                    text = model.data(model.index(r, c))
                    if text:
                        width = max(width, fm.horizontalAdvance(str(text)) + pad)
                width = min(width, max(need, fm.horizontalAdvance("M") * 40))
                if c < len(remembered) and remembered[c] > 0:
                    width = max(remembered[c], need)
                self.setColumnWidth(c, width)
        finally:
            self._fitting = False

    # ---- widths the person chose, kept between runs ----
    def _settings(self):
        from desktop.ui.settings_store import UiSettings

        w = self.parent()
        while w is not None:
            s = getattr(w, "settings", None)
            if isinstance(s, UiSettings):
                return s
            w = w.parent()
        return None

    def settings_key(self) -> str:
        return type(self.source).__name__ if self.source is not None else ""

    def _remembered(self) -> list[int]:
        s = self._settings()
        return s.column_widths(self.settings_key()) if s is not None and self.source is not None else []

    def _resized(self, column: int, _old: int, new: int) -> None:
        if self._fitting or self.source is None:
            return
        s = self._settings()
        if s is None:
            return
        widths = self._remembered()
        widths += [0] * (self.model().columnCount() - len(widths))
        widths[column] = new
        s.set_column_widths(self.settings_key(), widths)

    # ---- the current row, in the page model's rows ----
    def current_row(self) -> int | None:
        idx = self.selectionModel().currentIndex() if self.selectionModel() else None
        if idx is None or not idx.isValid():
            rows = self.selectionModel().selectedRows() if self.selectionModel() else []
            return self.to_source(rows[0].row()) if rows else None
        return self.to_source(idx.row())

    def select_row(self, row: int) -> None:
        """Select row ``row`` of the page's model (wherever sorting put it)."""
        if self.source is None or not 0 <= row < self.source.rowCount():
            return
        view_row = self.from_source(row)
        if view_row >= 0:
            self.selectRow(view_row)
            self.scrollTo(self.model().index(view_row, 0))
