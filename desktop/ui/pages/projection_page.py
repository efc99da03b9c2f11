"""余额预测 Projection: how long each person's money lasts, month by month, in plain words.

From the book (``FamilyBook.project``): a chart of each account's balance with its reserve line, lowest
point and the month it runs out; sentences at the top; a table per account and month; each person's cash
out of pocket. “What if…” builds a scenario and shows it next to the plan as it is (``FamilyBook.compare``).
“How likely” runs 1,000 futures off the GUI thread (``FamilyBook.simulate_band``, seeded: the same records
give the same figures) and draws the 10–90 % range with the chance sentences. Projections are computed,
never stored. The chart can be saved as a picture and everything as a PDF report.
"""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.book import Refused
from desktop.core.projection import DEFAULT_MONTHS, MAX_MONTHS, MIN_MONTHS
from desktop.ui import reasons as fmt
from desktop.ui.charts.balance_chart import PALETTE, SHAPES, BalanceChart, ChartBand, ChartData, ChartLine
from desktop.ui.dialogs.scenario_dialog import ScenarioDialog, binding_names, describe
from desktop.ui.enabled import set_enabled
from desktop.ui.layouts import FlowLayout, action_button
from desktop.ui.pages.base import BasePage
from desktop.ui.pages.projection_models import (
    AccountMonthsModel,
    ComparisonModel,
    PeopleCashModel,
    month_text,
)
from desktop.ui.pages.projection_worker import BandRun
from desktop.ui.pages.stale_note import old_balances_text
from desktop.ui.tables import Table
from desktop.ui.widgets import Card, ErrorLine

BAND_RUNS = 1000
BAND_SEED = 7  # fixed: the same records always give the same band
ALL, POOL = "all", "pool"
GOOD_CODES = frozenset({"proj_lasts"})
BAD_CODES = frozenset({"proj_empty", "proj_empty_now", "proj_floor"})


def choose_save_path(parent: QWidget | None, title: str, suggested: str, kind: str) -> Path | None:
    """Where to save a file (``kind`` "png" or "pdf"); None when cancelled. Tests replace this."""
    name, _ = QFileDialog.getSaveFileName(parent, title, suggested, f"{kind.upper()} (*.{kind})")
    if not name:
        return None
    return Path(name if name.lower().endswith(f".{kind}") else f"{name}.{kind}")


def short_month(month: dt.date, year: bool = False) -> str:
    """Axis labels: "4月" / "Apr", or with the year ("2027年1月" / "Jan 2027")."""
    if fmt.lang() == "zh":
        return f"{month.year}年{month.month}月" if year else f"{month.month}月"
    name = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()[month.month - 1]
    return f"{name} {month.year}" if year else name


def account_key(a: Any) -> str:
    """The account picker's data for an AccountProjection: "personal:3" / "wallet:4"."""
    return f"{a.account.kind}:{a.account.person_id}"


def _mark(code: str) -> str:
    return fmt.REFUSED if code in BAD_CODES else (fmt.FINE if code in GOOD_CODES else fmt.INFO)


def sentences_html(reasons: list[Any]) -> str:
    return "".join(f"<p>{_mark(getattr(r, 'code', ''))} {html.escape(fmt.text(r))}</p>" for r in reasons)


class ProjectionPage(BasePage):
    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window_ = window
        self.book = window.book
        self.projection: Any = None      # the plan as it is (core.projection.Projection)
        self.comparison: Any = None      # with the chosen what-if (core.scenario.Comparison)
        self.band: Any = None            # core.montecarlo.Band for band_key
        self.band_key: tuple | None = None
        self.run: BandRun | None = None
        self.scenarios: list[Any] = []
        self.dialog: QWidget | None = None
        self.last_saved: Path | None = None
        self._recompute_timer = QTimer(self)
        self._recompute_timer.setSingleShot(True)
        self._recompute_timer.setInterval(250)
        self._recompute_timer.timeout.connect(self.recompute)
        window.installEventFilter(self)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(self.scroll)
        body = QWidget(self.scroll)
        self.scroll.setWidget(body)
        col = QVBoxLayout(body)
        col.setContentsMargins(16, 12, 16, 12)
        col.setSpacing(10)

        title = QLabel(self.tr("Projection"), body)
        title.setObjectName("Title")
        col.addWidget(title)
        intro = QLabel(self.tr("How long each person's money will last, month by month. It starts from "
                               "today's balances (the ones Home shows), covers the rest of this month, adds each "
                               "month's credit, and takes off what each person usually spends (the average of "
                               "their last 12 months of visits) and the planned costs. Nothing here changes your "
                               "records."), body)
        intro.setObjectName("Note")
        intro.setWordWrap(True)
        col.addWidget(intro)
        self.old_balances = ErrorLine(body)  # the projection starts from old balances: say so (issue 15)
        col.addWidget(self.old_balances)

        controls = FlowLayout()  # label and box in pairs that wrap: in one row large English cut “Every account”
        self.months = QSpinBox(body)
        self.months.setRange(MIN_MONTHS, MAX_MONTHS)
        self.months.setValue(DEFAULT_MONTHS)
        self.months.setSuffix(self.tr(" months"))
        self.months.setAccessibleName(self.tr("How many months ahead"))
        self.account = QComboBox(body)
        self.account.setAccessibleName(self.tr("Which account to show"))
        self.scenario = QComboBox(body)
        self.scenario.setAccessibleName(self.tr("Compare with a what-if"))
        for w, text in ((self.months, self.tr("&Months ahead")), (self.account, self.tr("&Show")),
                        (self.scenario, self.tr("&Compare with"))):
            pair = QWidget(body)
            row = QHBoxLayout(pair)
            row.setContentsMargins(0, 0, 16, 0)
            label = QLabel(text, pair)
            label.setBuddy(w)
            row.addWidget(label)
            row.addWidget(w)
            controls.addWidget(pair)
        col.addLayout(controls)

        buttons = QHBoxLayout()
        self.plans_button = action_button(self, self.tr("Pla&ns…"), self.open_plans,
                                         self.tr("Planned costs, monthly figures and wallet transfers"))
        buttons.addWidget(self.plans_button)
        self.whatif_button = action_button(self, self.tr("&What if…"), self.open_scenario,
                                          self.tr("Try a change and compare it with the plan as it is"))
        self.remove_button = action_button(self, self.tr("&Drop this what-if"), self.remove_scenario,
                                          self.tr("Forget the chosen what-if"))
        self.band_button = action_button(self, self.tr("How &likely?"), self.start_band,
                                        self.tr("Simulate 1,000 possible futures from past visits"))
        self.cancel_button = action_button(self, self.tr("Stop"), self.cancel_band, self.tr("Stop the simulation"))
        for b in (self.whatif_button, self.remove_button, self.band_button, self.cancel_button):
            buttons.addWidget(b)
        self.cancel_button.setEnabled(False)
        buttons.addStretch(1)
        col.addLayout(buttons)
        saves = QHBoxLayout()
        self.png_button = action_button(self, self.tr("Save the chart as a &picture…"), self.save_png,
                                       self.tr("Save the chart as a PNG picture"))
        self.pdf_button = action_button(self, self.tr("Save a &report (PDF)…"), self.save_pdf,
                                       self.tr("Save the whole projection as a PDF report"))
        saves.addWidget(self.png_button)
        saves.addWidget(self.pdf_button)
        saves.addStretch(1)
        col.addLayout(saves)

        self.progress = QProgressBar(body)
        self.progress.setAccessibleName(self.tr("Simulation progress"))
        self.progress.setTextVisible(True)
        self.progress.hide()
        col.addWidget(self.progress)
        self.message = ErrorLine(body)
        col.addWidget(self.message)

        self.summary_card = Card(body)
        self.summary_title = self._subtitle(self.tr("In short"), self.summary_card)
        self.summary = self._rich(self.summary_card, self.tr("Summary of the projection"))
        col.addWidget(self.summary_card)

        self.chart = BalanceChart(body)
        fm = self.fontMetrics()
        self.chart.setMinimumHeight(fm.height() * 18)
        col.addWidget(self.chart)
        self.chart_hint = QLabel(self.tr("Point at the chart (or use the arrow keys on it) to see a month's "
                                         "figures. ✕ marks the month an account runs out; ○ its lowest point."),
                                 body)
        self.chart_hint.setObjectName("Note")
        self.chart_hint.setWordWrap(True)
        col.addWidget(self.chart_hint)

        self.band_card = Card(body)
        self._subtitle(self.tr("How likely"), self.band_card)
        self.band_text = self._rich(self.band_card, self.tr("How likely the money runs out"))
        col.addWidget(self.band_card)

        self.compare_card = Card(body)
        self.compare_title = self._subtitle("", self.compare_card)
        self.compare_changes = self._rich(self.compare_card, self.tr("The changes of the what-if"))
        self.compare_text = self._rich(self.compare_card, self.tr("What the what-if changes"))
        self.compare_model = ComparisonModel(self)
        self.compare_table = Table(self.compare_card, self.compare_model, self.tr("The plan and the what-if"))
        self.compare_card.body.addWidget(self.compare_table)
        col.addWidget(self.compare_card)

        self._subtitle(self.tr("Month by month"), body, col)
        self.months_model = AccountMonthsModel(self)
        self.months_table = Table(body, self.months_model, self.tr("Each account month by month"))
        col.addWidget(self.months_table)

        self._subtitle(self.tr("Cash out of pocket"), body, col)
        self.people_model = PeopleCashModel(self)
        self.people_table = Table(body, self.people_model, self.tr("What each person pays"))
        col.addWidget(self.people_table)

        self.notes_title = self._subtitle(self.tr("About these figures"), body, col)
        self.notes = QLabel(body)
        self.notes.setObjectName("Note")
        self.notes.setWordWrap(True)
        self.notes.setTextFormat(Qt.TextFormat.RichText)
        col.addWidget(self.notes)
        col.addStretch(1)

        self.months.valueChanged.connect(lambda _v: self._recompute_timer.start())
        self.account.currentIndexChanged.connect(lambda _i: self.show_figures())
        self.scenario.currentIndexChanged.connect(lambda _i: self.recompute())
        self.refresh()

    # ---- small builders ----
    def _subtitle(self, text: str, parent: QWidget, layout: Any = None) -> QLabel:
        label = QLabel(text, parent)
        label.setObjectName("Subtitle")
        label.setWordWrap(True)
        (layout if layout is not None else parent.body).addWidget(label)
        return label

    def _rich(self, card: Card, name: str) -> QLabel:
        label = QLabel(card)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setAccessibleName(name)
        card.body.addWidget(label)
        return label

    # ---- computing ----
    def refresh(self) -> None:
        """The book may have changed: forget the band and compute again."""
        self.book = self.window_.book
        self._stop_band()
        self.band, self.band_key = None, None
        self.recompute()

    def current_scenario(self) -> Any:
        i = self.scenario.currentIndex()
        return self.scenarios[i - 1] if i > 0 and i - 1 < len(self.scenarios) else None

    def recompute(self) -> None:
        self._recompute_timer.stop()
        members = self.book.members()
        enough = bool(members)
        for w in (self.plans_button, self.whatif_button, self.band_button, self.png_button, self.pdf_button):
            set_enabled(w, enough, self.tr("Add the family on the Family page first."))
        if not enough:
            self.projection = self.comparison = None
            self._fill_pickers()
            self.summary.setText(html.escape(self.tr("Add the family on the Family page first; the projection "
                                                     "starts from the balances recorded there.")))
            self.show_figures()
            return
        self.old_balances.show_error(old_balances_text(self.book))
        months = self.months.value()
        alt = self.current_scenario()
        try:
            if alt is None:
                self.projection = self.book.project(months=months)
                self.comparison = None
            else:
                self.comparison = self.book.compare(alt, months=months)
                self.projection = self.comparison.baseline
            self.message.show_error("")
        except Refused as e:
            self.projection = self.comparison = None
            self.message.show_error(fmt.plain(e.reasons, fmt.REFUSED))
        if self.band_key is not None and self.band_key != self._band_key():
            self._stop_band()
            self.band, self.band_key = None, None
        self._fill_pickers()
        self.show_figures()

    def _band_key(self) -> tuple:
        return (self.months.value(), id(self.current_scenario()))

    def _fill_pickers(self) -> None:
        current = self.account.currentData()
        self.account.blockSignals(True)
        self.account.clear()
        self.account.addItem(self.tr("Every account"), ALL)
        if self.projection is not None:
            for a in self.projection.accounts:
                self.account.addItem(fmt.pair(a.label), account_key(a))
            self.account.addItem(self.tr("All accounts together"), POOL)
        i = self.account.findData(current)
        self.account.setCurrentIndex(i if i >= 0 else 0)
        self.account.blockSignals(False)
        cur = self.scenario.currentIndex()
        self.scenario.blockSignals(True)
        self.scenario.clear()
        self.scenario.addItem(self.tr("Nothing (the plan as it is)"), None)
        for s in self.scenarios:
            self.scenario.addItem(fmt.pair(s.name), id(s))
        self.scenario.setCurrentIndex(cur if 0 <= cur < self.scenario.count() else 0)
        self.scenario.blockSignals(False)
        set_enabled(self.remove_button, self.scenario.currentIndex() > 0, self.tr("Choose a what-if first."))

    # ---- showing ----
    def alt_projection(self) -> Any:
        return self.comparison.scenario if self.comparison is not None else None

    def show_figures(self) -> None:
        p = self.projection
        if p is None:
            self.chart.set_data(ChartData())
            for m in (self.months_model, self.people_model, self.compare_model):
                m.set_rows(())
            self.compare_card.hide()
            self.band_card.hide()
            self.notes.setText("")
            return
        if p.input.as_of is not None:
            self.summary_title.setText(self.tr("In short: from today (%1) to %2").replace("%1", fmt.date(p.input.as_of))
                                       .replace("%2", month_text(p.months[-1])))
        else:
            self.summary_title.setText(self.tr("In short: %1 to %2").replace("%1", month_text(p.months[0]))
                                       .replace("%2", month_text(p.months[-1])))
        left, days = p.input.first_month_days()
        self.months_model.first_days = (p.months[0], left) if left < days else None
        self.summary.setText(sentences_html(list(p.summary())))
        self.chart.set_data(self.chart_data())
        key = self.account.currentData()
        rows = [(a, m) for a in p.accounts if key in (ALL, POOL) or account_key(a) == key for m in a.months]
        self.months_model.set_rows(rows)
        self.months_table.setColumnHidden(0, key not in (ALL, POOL))  # one account: its name is in the picker
        self._size_table(self.months_table, len(rows), 14)
        self.people_model.set_rows([pp for pp in p.people if any(m.cost_fen or m.premium_fen for m in pp.months)])
        self._size_table(self.people_table, self.people_model.rowCount(), 10)
        self._show_comparison()
        self._show_band_text()
        notes = list(p.notes)
        self.notes.setText(sentences_html(notes) + "<p>" + html.escape(self.tr(
            "Monthly credits come from each person's latest balance record unless you typed your own under "
            "“Plans…”, where planned costs and wallet transfers are kept too. A month's usual spending is "
            "settled on the 15th; deductibles and limits start again each January."))
            + "</p>")

    def _size_table(self, table: Table, rows: int, most: int) -> None:
        table.fit_columns()
        h = table.verticalHeader().defaultSectionSize()
        head = table.horizontalHeader().sizeHint().height()
        bar = table.horizontalScrollBar().sizeHint().height()  # room for it, so no row hides behind it
        table.setFixedHeight(head + h * max(1, min(rows, most)) + bar + 2 * table.frameWidth() + 4)

    def _show_comparison(self) -> None:
        c = self.comparison
        self.compare_card.setVisible(c is not None)
        if c is None:
            self.compare_model.set_rows(())
            return
        alt = self.current_scenario()
        self.compare_title.setText(self.tr("What if: %1").replace("%1", fmt.pair(alt.name)))
        names = {pp.person_id: pp.name for pp in c.baseline.people}
        bnames = binding_names(self.book.bindings())
        changes = "".join(f"<p>{fmt.INFO} {html.escape(describe(ch, names, bnames))}</p>" for ch in alt.changes)
        self.compare_changes.setText(changes)
        self.compare_text.setText(sentences_html(list(c.sentences())))
        self.compare_model.set_rows(ComparisonModel.rows_of(c))
        self._size_table(self.compare_table, self.compare_model.rowCount(), 12)

    def _show_band_text(self) -> None:
        if self.band is None:
            self.band_card.setVisible(self.run is not None)
            self.band_text.setText(html.escape(self.tr("Working out 1,000 possible futures…")))
            return
        self.band_card.show()
        b = self.band
        lead = self.tr("From %1 possible futures drawn from each person's last 12 months of visits (the same "
                       "records always give the same figures).").replace("%1", f"{b.runs:,}")
        key = self.account.currentData()
        if key == ALL:  # no band is drawn over every account at once: its chances wait for one account
            more = self.tr("Choose one account under “Show” to see its likely range on the chart and its "
                           "chances.")
            self.band_text.setText(f"<p>{html.escape(lead)}</p><p>{fmt.INFO} {html.escape(more)}</p>")
            return
        shaded = self.tr("The shaded area on the chart is where the balance stays in 8 of 10 futures.")
        said: list[Any] = []
        if key != POOL and self.projection is not None:
            by = b.default_date()
            for a in self.projection.accounts:
                ab = b.account(*a.account)
                if account_key(a) != key or ab is None or not ab.had_money:
                    continue
                if ab.floor_fen:
                    said.append(b.chance_sentence(ab, by, "floor"))
                said.append(b.chance_sentence(ab, by, "empty"))
                why = b.disagreement(a, by)
                if why is not None:
                    said.append(why)
        self.band_text.setText(f"<p>{html.escape(lead)} {html.escape(shaded)}</p>" + sentences_html(said))

    def chart_data(self) -> ChartData:
        p = self.projection
        alt = self.alt_projection()
        key = self.account.currentData()
        months = p.months
        labels = tuple(short_month(m) for m in months)
        axis = {"with_year": tuple(short_month(m, True) for m in months), "years": tuple(m.year for m in months)}
        titles = tuple(month_text(m) for m in months)
        lines: list[ChartLine] = []
        bands: list[ChartBand] = []
        extra: list[tuple[str, ...]] = [() for _ in months]
        alt_name = fmt.pair(self.current_scenario().name) if alt is not None else ""
        if key == POOL:
            idx = min(range(len(p.pool)), key=lambda i: p.pool[i].closing_fen)
            lines.append(ChartLine(self.tr("All accounts together"), tuple(m.closing_fen for m in p.pool), PALETTE[0],
                                   floor_fen=p.pool_floor_fen, lowest_index=idx, shape=SHAPES[0]))
            if alt is not None:
                lines.append(ChartLine(f"{self.tr('All accounts together')} ({alt_name})",
                                       tuple(m.closing_fen for m in alt.pool), PALETTE[1], dashed=True,
                                       shape=SHAPES[1]))
            if self.band is not None:
                bands.append(ChartBand(self.tr("likely range"), self.band.pool.p10, self.band.pool.p90, PALETTE[0]))
            return ChartData(labels, titles, tuple(lines), tuple(bands), True, tuple(extra), **axis)
        shown = [a for a in p.accounts if key == ALL or account_key(a) == key]
        for n, a in enumerate(shown):
            color, shape = PALETTE[n % len(PALETTE)], SHAPES[n % len(SHAPES)]
            lines.append(self._line(a, fmt.pair(a.label), color, shape))
            if alt is not None:
                b = alt.account(*a.account)
                if b is not None:
                    lines.append(self._line(b, f"{fmt.pair(a.label)} ({alt_name})", PALETTE[(n + 1) % len(PALETTE)]
                                            if key != ALL else color, SHAPES[(n + 1) % len(SHAPES)], dashed=True))
            if self.band is not None and key != ALL:
                ab = self.band.account(*a.account)
                if ab is not None:
                    bands.append(ChartBand(self.tr("likely range"), ab.band.p10, ab.band.p90, color))
        if len(shown) == 1:
            for i, m in enumerate(shown[0].months):
                extra[i] = (self.tr("money in %1").replace("%1", fmt.money(m.inflow_fen)),
                            self.tr("own use %1").replace("%1", fmt.money(m.own_use_fen)),
                            self.tr("paid for family %1").replace("%1", fmt.money(m.paid_for_others_fen)),
                            self.tr("received %1").replace("%1", fmt.money(m.received_fen)))
        return ChartData(labels, titles, tuple(lines), tuple(bands), len(shown) == 1, tuple(extra), **axis)

    @staticmethod
    def _line(a: Any, label: str, color: str, shape: str, dashed: bool = False) -> ChartLine:
        idx = next((i for i, m in enumerate(a.months) if m.month == a.empty_month), None)
        low = next((i for i, m in enumerate(a.months) if m.month == a.lowest_month), None)
        return ChartLine(label, tuple(m.closing_fen for m in a.months), color, dashed, a.floor_fen, idx, low, shape)

    # ---- plans ----
    def open_plans(self) -> QWidget | None:
        from desktop.ui.dialogs.projection_plan_dialog import ProjectionPlanDialog

        if not self.plans_button.isEnabled():
            return None
        d = ProjectionPlanDialog(self.book, self)
        d.changed.connect(self.refresh)
        self.dialog = d
        d.open()
        return d

    # ---- what-if ----
    def open_scenario(self) -> ScenarioDialog | None:
        if self.projection is None:
            return None
        d = ScenarioDialog(self.book, self.projection.months, self,
                           name=self.tr("What-if %1").replace("%1", str(len(self.scenarios) + 1)))
        d.made.connect(self.add_scenario)
        self.dialog = d
        d.open()
        return d

    def add_scenario(self, scenario: Any) -> None:
        self.scenarios.append(scenario)
        self._fill_pickers()
        self.scenario.setCurrentIndex(len(self.scenarios))  # recomputes

    def remove_scenario(self) -> None:
        i = self.scenario.currentIndex()
        if i <= 0:
            return
        del self.scenarios[i - 1]
        self.scenario.blockSignals(True)
        self.scenario.setCurrentIndex(0)
        self.scenario.blockSignals(False)
        self.recompute()

    # ---- the band ----
    def start_band(self) -> BandRun | None:
        if self.projection is None or (self.run is not None and self.run.running()):
            return None
        self.band, self.band_key = None, self._band_key()
        kwargs = {"months": self.months.value(), "runs": BAND_RUNS, "seed": BAND_SEED,
                  "scenario": self.current_scenario()}
        run = BandRun(self.book, kwargs)
        run.progressed.connect(self._band_progress)
        run.done.connect(self._band_done)
        run.failed.connect(self._band_failed)
        run.cancelled.connect(self._band_cancelled)
        run.finished.connect(self._band_finished)
        self.run = run
        self.progress.setRange(0, BAND_RUNS)
        self.progress.setValue(0)
        self.progress.setFormat(self.tr("%v of %m futures"))
        self.progress.show()
        self.cancel_button.setEnabled(True)
        self.band_button.setEnabled(False)
        self._show_band_text()
        run.start()
        return run

    def _band_progress(self, done: int, runs: int) -> None:
        self.progress.setMaximum(runs)
        self.progress.setValue(done)

    def _band_done(self, band: Any) -> None:
        if self.band_key != self._band_key():
            return  # the question changed while it ran
        self.band = band
        self.message.show_error("")
        self.show_figures()

    def _band_failed(self, text: str) -> None:
        self.message.show_error(text)

    def _band_cancelled(self) -> None:
        self.band, self.band_key = None, None
        self.message.show_error(self.tr("Stopped: the likely range was not worked out."))

    def _band_finished(self) -> None:
        if self.run is not None and not self.run.running():
            self.run = None
        self.progress.hide()
        self.cancel_button.setEnabled(False)
        self.band_button.setEnabled(self.projection is not None)
        self._show_band_text()

    def cancel_band(self) -> None:
        if self.run is not None:
            self.run.cancel()

    def _stop_band(self) -> None:
        if self.run is not None:
            self.run.wait()
            QCoreApplication.processEvents()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window_ and event.type() == QEvent.Type.Close:
            self._stop_band()  # before the window closes the book under the running band
        return super().eventFilter(watched, event)

    # ---- saving ----
    def save_png(self) -> Path | None:
        path = choose_save_path(self, self.tr("Save the chart as a picture"), self.tr("projection.png"), "png")
        if path is None:
            return None
        from desktop.book import write_private
        from desktop.ui.print.pdf import memory

        buf = memory()
        try:
            if not self.chart.grab().save(buf, "PNG"):
                raise OSError(0, "PNG", str(path))
            buf.close()
            write_private(path, bytes(buf.data().data()))  # owner-only, never through a link
        except OSError:
            self.message.show_error(self.tr("Could not save %1.").replace("%1", str(path)))
            return None
        self.last_saved = path
        self.message.show_error("")
        return path

    def save_pdf(self) -> Path | None:
        from desktop.ui.pages.projection_report import write_report

        if self.projection is None:
            return None
        path = choose_save_path(self, self.tr("Save the projection as a PDF report"),
                                self.tr("projection.pdf"), "pdf")
        if path is None:
            return None
        try:
            write_report(self, path)
        except OSError:
            self.message.show_error(self.tr("Could not save %1.").replace("%1", str(path)))
            return None
        self.last_saved = path
        self.message.show_error("")
        return path
