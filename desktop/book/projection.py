"""Projections (derived, never stored): input, project, compare, band, reminders, the plan."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from desktop.book.activity_views import Cancelled, ProjectionPlan
from desktop.book.base import BookBase
from desktop.book.constants import PROJECTION_PLAN_KEY
from desktop.book.relations import relation_via_head
from desktop.book.views import Problem, Refused, _problem
from desktop.core import vocab
from desktop.core.explain import Reason

if TYPE_CHECKING:  # the store (SQLAlchemy) is imported when a book is opened
    from desktop.store.ledger import Ledger


class ProjectionMixin(BookBase):
    """Projection use cases of FamilyBook."""

    # -- projection (derived, never stored; see desktop/core/projection.py) --

    def projection_plan(self) -> ProjectionPlan:
        """The figures the user set for projections (monthly credits, spending, planned wallet transfers)."""
        raw = self.meta(PROJECTION_PLAN_KEY)
        if not raw:
            return ProjectionPlan()
        try:
            return ProjectionPlan.from_json(raw)
        except (ValueError, TypeError, KeyError, AttributeError, RecursionError):  # imported before imports were
            return ProjectionPlan()  # checked: the book's own figures, until the family sets theirs again

    def save_projection_plan(self, plan: ProjectionPlan) -> ProjectionPlan:
        """Keep the user's projection figures in the book (app meta); checked like the projection's input."""
        problems = self._plan_problems(plan)
        if problems:
            raise Refused(problems)
        self.set_meta(PROJECTION_PLAN_KEY, plan.to_json())
        return plan

    def _plan_problems(self, plan: ProjectionPlan) -> list[Problem]:
        ids = {m.id for m in self.members()}
        out: list[Problem] = []
        for mid in ([*plan.credits] + [s[0] for s in plan.spending] + [t.from_id for t in plan.transfers]
                    + [t.to_id for t in plan.transfers]):
            if mid not in ids:
                out.append(_problem("no_member", id=mid))
        fens = [*plan.credits.values(), *(s[2] for s in plan.spending), *(t.amount_fen for t in plan.transfers)]
        if any(f < 0 for f in fens):
            out.append(_problem("negative_amount", field=("金额", "An amount")))
        for _mid, care, _fen, hospital in plan.spending:
            if care not in vocab.CARE_TYPES or (hospital is not None and hospital not in vocab.HOSPITAL_CLASSES):
                out.append(_problem("unknown_value", field=("就诊类型", "care type"), value=f"{care}/{hospital}"))
        return out

    def projection_start(self) -> dt.date:
        """The default start of a projection: today. It runs from today's balances (as Home shows them, after
        everything recorded for today) through the rest of this month and on, so an account empty today
        reads as empty now, never as "runs out next month"."""
        return self.today()

    def _projection_parts(self, start: dt.date | None, months: int, plan: ProjectionPlan | None,
                          premiums: Sequence[Any] | None) -> tuple[Any, list[Any], tuple[Reason, ...]]:
        """(input, the history visits its spending came from, the book's own notes)."""
        import dataclasses

        from sqlalchemy import select
        from sqlmodel import col

        from desktop.core import scenario
        from desktop.core.ledger import Moment, coverage_end, term_on
        from desktop.core.projection import (
            HISTORY_MONTHS,
            ProjectionError,
            ProjectionInput,
            QuotaPlan,
            Spending,
            WalletTransfer,
            add_months,
            month_start,
            spending_from_visits,
        )
        from desktop.store.ledger import sharing_choice
        from desktop.store.models import PlannedExpense

        today = self.today()
        from_today = start is None or start == today
        first = month_start(start or today)
        plan = self.projection_plan() if plan is None else plan
        problems = self._plan_problems(plan)
        if problems:
            raise Refused(problems)
        # from today: the balances after everything recorded for today (Home's figures); a later start
        # month: everything before its first day
        point = Moment.end_of(today) if from_today else Moment.start_of(first)
        credited: set[int] = set()
        notes: list[Reason] = []
        with self.db.session() as s:
            conn = s.connection()
            led = self._ledger(conn)
            ids = sorted(led.members)
            people = tuple(led.person(mid, first) for mid in ids)
            balances, wallets, credits = {}, {}, {}
            for mid in ids:
                m = led.members[mid]
                own = led.balance(mid, "personal", point)
                if own or m.insurance in ("employee", "flexible"):
                    balances[mid] = max(0, own)
                wal = led.balance(mid, "wallet", point)
                if wal or m.wallet_opened_on is not None or led.statements.get((mid, "wallet")):
                    wallets[mid] = max(0, wal)
                credit = led.rules.latest_credit(mid, point)
                if credit:
                    credits[mid] = credit
                read = [st for st in led.statements.get((mid, "personal"), ()) if st.moment <= point]
                if from_today and read and read[-1].on_date >= first:
                    credited.add(mid)  # read off the app this month: this month's credit is in it
            state = led.state(point)
            quotas = []
            for q in led.rules.quotas:  # a standing quota: locked in the payer's balance, the receiver's to draw (F-N11)
                if not led.rules.standing(q, point) or q.payer_id not in balances:
                    continue
                left = max(0, q.amount_fen - state.quota_used(q.id))
                if not left:
                    continue
                end = led.rules.quota_end(q)  # by hand, or by itself when one side's insurance ends or moves (F-N9)
                why = None
                if end is not None and end[1] == "auto" and end[2] is not None:
                    kind = coverage_end(led.members[end[2]])
                    why = (end[2], kind[1] if kind is not None else "ended")
                quotas.append(QuotaPlan(q.id, q.payer_id, q.receiver_id, q.amount_fen, left,
                                        None if end is None else end[0].day, why))
                notes.append(Reason("proj_book_quota", ("F-N11",), {
                    "left_fen": left, "payer": led.members[q.payer_id].name, "name": led.members[q.receiver_id].name}))
            ends = {mid: e for mid in ids if (e := coverage_end(led.members[mid])) is not None}
            moved = {mid: led.members[mid].region_code for mid, e in ends.items() if e[1] == "moved"}
            for t in self._still_waiting(conn, led):
                wallets[t.to_id] = wallets.get(t.to_id, 0) + t.amount_fen
                back = self._wallet_rules(led, t.from_id, t.requested_at)  # the sender's pack: when it goes back (F-W6)
                notes.append(Reason("proj_book_waiting_transfer", back.return_src, {
                    "amount_fen": t.amount_fen, "payer": led.members[t.from_id].name,
                    "name": led.members[t.to_id].name, "return_time": back.return_time.strftime("%H:%M")}))
            credits.update(plan.credits)
            history = _monthly_history(conn, add_months(first, -HISTORY_MONTHS), first)
            spending = spending_from_visits(history, first)
            planned_lines, events = [], []
            for p in s.scalars(select(PlannedExpense).order_by(col(PlannedExpense.on_date), col(PlannedExpense.id))):
                if p.member_id not in led.members:
                    continue
                if p.monthly:
                    last = None
                    if p.until_date is not None:
                        last = month_start(p.until_date)
                        if p.until_date.day < p.on_date.day:
                            last = add_months(last, -1)
                        if last < month_start(p.on_date):
                            continue
                    planned_lines.append(Spending(p.member_id, p.care_type, p.hospital_class, p.total_fen, "user",
                                                  True, month_start(p.on_date), last))
                else:
                    events.append(_planned_event(p))
            bindings = tuple(term_on(b, first, led.members) for b in led.bindings)  # with F-N9 ends
            used = {b.id: led.binding_used(b.id, point) for b in led.bindings}
            usage = {mid: led.usage(mid, point) for mid in ids}
            sharing = sharing_choice(conn)
            if premiums is None:
                premiums = _with_planned(self._premium_plans(led, people, bindings, first, months),
                                         _planned_premiums(s, first, months), add_months(first, months - 1))
            relations = {(t.from_id, t.to_id): relation_via_head(led.members[t.from_id].head_relation,
                                                                 led.members[t.to_id].head_relation)
                         for t in plan.transfers}
        notes.extend(_rule_change_notes(self, people, first, months))
        inp = ProjectionInput(first, people, balances, wallets, credits, spending, tuple(events),
                              tuple(premiums), (), bindings, used, usage, months,
                              as_of=today if from_today else None, credited=frozenset(credited),
                              quotas=tuple(quotas), sharing_choice=sharing, coverage_ends=ends, moved_to=moved)
        # the user's monthly amounts replace what the visits suggest; planned monthly expenses come on top
        changes = [scenario.SetSpending(mid, care, fen, hospital) for mid, care, fen, hospital in plan.spending]
        try:
            inp = scenario.Scenario(("", ""), tuple(changes)).apply(inp)
        except ProjectionError as e:
            raise Refused([e.reason]) from None
        transfers = []
        names = {p.id: p.name for p in people}
        for t in plan.transfers:
            relation = relations[(t.from_id, t.to_id)]
            for month in t.months(inp.month_list()):
                transfers.append(WalletTransfer(month, t.from_id, t.to_id, t.amount_fen, relation))
            if relation is None:
                notes.append(Reason("proj_book_transfer_relation", (), {
                    "payer": names.get(t.from_id, ""), "name": names.get(t.to_id, "")}))
        inp = dataclasses.replace(inp, spending=(*inp.spending, *planned_lines), transfers=tuple(transfers),
                                  wallet_position=led.wallet_position)
        return inp, history, tuple(notes)

    def _still_waiting(self, conn, led: Ledger) -> list[Any]:
        """Transfers neither received nor returned whose 06:00 return has not come yet (assumed accepted)."""
        from sqlalchemy import select

        from desktop.core import wallet
        from desktop.store.models import WalletTransfer
        from desktop.store.tables import table_of

        out = []
        now = wallet.china_time(led.now)
        wt = table_of(WalletTransfer)
        for t in conn.execute(select(wt).where(wt.c.received_at.is_(None), wt.c.returned_at.is_(None))
                              .order_by(wt.c.id)):
            sender = led.members.get(t.from_id)
            if sender is None or t.to_id not in led.members:
                continue
            try:
                due = wallet.WalletRules.of(led.policy(sender.region_code, t.requested_at.date())).returns_at(t.requested_at)
            except ValueError:
                continue
            if due > now:
                out.append(t)
        return out

    def _premium_plans(self, led: Ledger, people: Sequence[Any], bindings: Sequence[Any], first: dt.date,
                       months: int) -> list[Any]:
        """Resident relatives' premiums paid by their first bound family account (F-G9), in the month the
        relative's region pack opens collection (its ``collect_from``; F-R6); none where the pack gives no date."""
        from desktop.core.model import registration_key
        from desktop.core.projection import PremiumPlan, add_months

        last = add_months(first, months - 1)
        out = []
        for person in people:
            if person.insurance != "resident":
                continue
            rows = [r for r in led.policy(person.region_code, first).rows("premiums")
                    if r["insurance"] == "resident" and r.get("collect_from")]
            if not rows:
                continue
            row = max(rows, key=lambda r: r["year"])
            opens = dt.date.fromisoformat(row["collect_from"])
            offset = row["year"] - opens.year  # coverage year minus the year collection opens
            month = first.replace(month=opens.month)
            if month < first:
                month = add_months(month, 12)
            if month > last:
                continue
            # who may pay is judged by the rules of the month it is paid in, not the projection's first month
            payers = sorted((b for b in bindings if b.beneficiary_id == person.id and b.authorizer_id != person.id
                             and b.status == "active"
                             and (b.end is None or b.end >= month) and (b.start is None or b.start <= month)
                             and led.policy(led.members[b.authorizer_id].region_code, month)
                             .value("payment", "pays_resident_premiums", False)), key=registration_key)
            if payers:
                out.append(PremiumPlan(payers[0].authorizer_id, person.id, month, month.year + offset))
        return out

    def projection_input(self, start: dt.date | None = None, months: int = 12, *,
                         plan: ProjectionPlan | None = None, premiums: Sequence[Any] | None = None) -> Any:
        """The engine's input from the book (core.projection.ProjectionInput): people as on the first day,
        balances and wallets at the start of ``start``'s month (default next month) from the ledger,
        each person's monthly credit from their latest statement, expected spending from the last 12
        months of visits, planned expenses (monthly ones as spending, one-offs as events), premiums of
        bound resident relatives, bindings with what they have already paid, year-to-date usage.
        ``plan`` (default: the saved one) overrides credits and spending and adds wallet transfers."""
        return self._projection_parts(start, months, plan, premiums)[0]

    def project(self, start: dt.date | None = None, months: int = 12, *, plan: ProjectionPlan | None = None,
                premiums: Sequence[Any] | None = None, scenario: Any = None) -> Any:
        """The month-by-month projection (core.projection.Projection), optionally of a what-if scenario.
        The book's own assumptions come first in ``notes``. Refused for input the engine cannot use."""
        inp, _history, notes = self._projection_parts(start, months, plan, premiums)
        return _with_notes(_run_projection(self, inp, scenario), notes)

    def compare(self, scenario: Any, start: dt.date | None = None, months: int = 12, *,
                plan: ProjectionPlan | None = None, premiums: Sequence[Any] | None = None) -> Any:
        """Baseline against a what-if (core.scenario.Scenario), side by side (core.scenario.Comparison)."""
        from desktop.core.scenario import compare_projections

        inp, _history, notes = self._projection_parts(start, months, plan, premiums)
        base = _with_notes(_run_projection(self, inp, None), notes)
        alt = _with_notes(_run_projection(self, inp, scenario), notes)
        return compare_projections(base, alt)

    def simulate_band(self, start: dt.date | None = None, months: int = 12, *, runs: int = 1000, seed: int = 0,
                      scenario: Any = None, plan: ProjectionPlan | None = None, premiums: Sequence[Any] | None = None,
                      progress: Callable[[int, int], bool | None] | None = None) -> Any:
        """The 10–90 % band over ``runs`` futures drawn from each person's last 12 months (core.montecarlo.Band).

        Same book, arguments and ``seed`` → the same figures. ``progress(done, runs)`` is called as runs
        finish; returning False stops early with :class:`Cancelled`.
        """
        from desktop.core import montecarlo
        from desktop.core.projection import ProjectionError

        inp, history, _notes = self._projection_parts(start, months, plan, premiums)
        if scenario is not None:
            try:
                inp = scenario.apply(inp)
            except ProjectionError as e:
                raise Refused([e.reason]) from None
        try:
            return montecarlo.simulate(inp, history, _policy_for(self, inp), policy_on=_policy_on(self), runs=runs,
                                       seed=seed,
                                       progress=progress)
        except ProjectionError as e:
            raise Refused([e.reason]) from None
        except montecarlo.Stopped:
            raise Cancelled() from None

    def runs_out_soon(self, within: int = 3) -> list[Any]:
        """Accounts the projection from today sees running out (or reaching their floor) within ``within``
        months (core.projection.AccountProjection), soonest first; for Home's reminders. The rest of this
        month does not count as one of them: on 20 September "within 3 months" reaches December."""
        from desktop.core.projection import MIN_MONTHS, add_months

        proj = self.project(None, max(within + 1, MIN_MONTHS))
        left, days = proj.input.first_month_days()
        last = add_months(proj.months[0], within - (1 if left == days else 0))
        hits = [a for a in proj.accounts
                if (a.empty_month is not None and a.empty_month <= last)
                or (a.floor_month is not None and a.floor_month <= last)]
        return sorted(hits, key=lambda a: min(m for m in (a.empty_month, a.floor_month) if m is not None))


def _planned_premiums(s, first: dt.date, months: int) -> list[Any]:
    """The family's planned premium payments in the window, each paid once in its month (F-G9, F-N10)."""
    from sqlalchemy import select
    from sqlmodel import col

    from desktop.core.projection import PremiumPlan, add_months, month_start
    from desktop.store.models import PlannedPremium

    end = add_months(first, months)
    q = (select(PlannedPremium).where(col(PlannedPremium.on_date) >= first, col(PlannedPremium.on_date) < end)
         .order_by(col(PlannedPremium.on_date), col(PlannedPremium.id)))
    return [PremiumPlan(p.payer_id, p.person_id, month_start(p.on_date), p.coverage_year, amount_fen=p.amount_fen,
                        yearly=False) for p in s.scalars(q)]


def _with_planned(auto: list[Any], planned: list[Any], last: dt.date) -> list[Any]:
    """The book's own premium plans (the first bound account pays, yearly) with the family's planned payments
    in place of the years they cover: such a plan starts the year after (when that is still by ``last``)."""
    import dataclasses

    from desktop.core.projection import add_months

    covered = {(p.person_id, p.coverage_year) for p in planned}
    out = list(planned)
    for p in auto:
        if (p.person_id, p.coverage_year) in covered:
            p = dataclasses.replace(p, month=add_months(p.month, 12), coverage_year=p.coverage_year + 1)
            if p.month > last:
                continue
        out.append(p)
    return out


def _monthly_history(conn, begin: dt.date, end: dt.date) -> list[Any]:
    """The visits in [begin, end) summed per person, care type, hospital class and month, as one visit each
    on the month's 1st (wallet-accepting only if every visit summed was). The projection's spending
    averages and the band's month draws depend only on these sums, so they come out exactly as from the
    single visits, and a book with tens of thousands of visits is read in one grouped query."""
    from sqlalchemy import func, select

    from desktop.core import model
    from desktop.store.models import Visit
    from desktop.store.tables import table_of

    v = table_of(Visit).c
    month = func.substr(v.on_date, 1, 7)
    q = (select(v.member_id, v.care_type, v.hospital_class, month.label("month"), func.sum(v.total_fen).label("total"),
                func.min(v.wallet_accepted).label("accepted"))
         .where(v.on_date >= begin, v.on_date < end)
         .group_by(v.member_id, v.care_type, v.hospital_class, month)
         .order_by(month, v.member_id, v.care_type, v.hospital_class))
    return [model.Visit(None, r.member_id, dt.date.fromisoformat(f"{r.month}-01"), r.care_type, r.hospital_class,
                        int(r.total), bool(r.accepted)) for r in conn.execute(q)]


def _planned_event(p) -> Any:
    """A one-off planned expense as a projection event on its own day."""
    from desktop.core.projection import Event

    return Event(p.on_date.replace(day=1), p.member_id, p.care_type, p.hospital_class, p.total_fen, p.note,
                 p.on_date.day)


def _run_projection(book: BookBase, inp: Any, scenario: Any) -> Any:
    """Project ``inp`` (changed by ``scenario`` when given); the engine's input errors become refusals."""
    from desktop.core.drawdown import project
    from desktop.core.projection import ProjectionError

    try:
        return project(scenario.apply(inp) if scenario is not None else inp, _policy_for(book, inp),
                       _policy_on(book))
    except ProjectionError as e:
        raise Refused([e.reason]) from None


def _policy_for(book: BookBase, inp: Any) -> Any:
    """Region code → the rules in force in the projection's first month (with the family's choice of local
    rules): which accounts are listed and the floor line drawn for them. Everything a month decides — the fund's
    share, the payment order, floors, transfers or quotas, premiums — follows that month's rules (``_policy_on``);
    a version starting inside the window is also said in a note."""
    registry, prefer_local, first = book.registry, book.local_rules(), inp.start

    def policy_for(code: str) -> Any:
        return registry.rules_on(code, first, prefer_local)
    return policy_for


def _policy_on(book: BookBase) -> Any:
    """(region code, day) → the rules in force that day, with the family's choice of local rules."""
    registry, prefer_local = book.registry, book.local_rules()

    def policy_on(code: str, day: dt.date) -> Any:
        return registry.rules_on(code, day, prefer_local)
    return policy_on


def _rule_change_notes(book: BookBase, people: Sequence[Any], first: dt.date, months: int) -> list[Reason]:
    """One note per region whose rules change inside the projection window (a dated version)."""
    from desktop.core.projection import add_months

    last = add_months(first, months) - dt.timedelta(days=1)
    out: list[Reason] = []
    seen: set[tuple[str, dt.date]] = set()
    for p in people:
        for code, day in book.registry.changes_between(p.region_code, first, last):
            if (code, day) in seen:
                continue
            seen.add((code, day))
            pol = book.registry.rules_on(p.region_code, day)
            out.append(Reason("proj_rules_change", (), {"region": pol.name, "day": day, "first": first}))
    return out


def _with_notes(projection: Any, notes: tuple[Reason, ...]) -> Any:
    import dataclasses

    return dataclasses.replace(projection, notes=notes + projection.notes) if notes else projection
