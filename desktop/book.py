"""FamilyBook: the one facade the UI and the CLI use. Each call is one transaction.

Importing this module is cheap (no SQLAlchemy): the store is imported when a book is opened, so
the GUI can show its window first. Results are plain frozen dataclasses, never ORM objects.
Refusals raise :class:`Refused` with every reason (``code``, ``text_zh``, ``text_en``, ``sources``);
the engine's reasons (``desktop.core.explain.Reason``) are passed through as they are.

Public API (ids are ints, money is int fen, dates ``datetime.date``, times naive China time)::

    resolve_data_dir(cli_value, default=None) -> Path   # --data-dir, FAMILYPOOL_DATA_DIR, default, platform
    FamilyBook.open(data_dir, registry=None, clock=None) -> FamilyBook   # may raise store errors
    book.close()  book.data_dir  book.path  book.registry  book.is_empty()
    # members
    validate_member(**fields) -> list[Problem]                 # for forms, as the user types
    add_member(name, region_code, insurance, *, head_relation="self", birth_date=None, id_number=None,
               employment="in_service", status="insured", status_date=None, wallet_opened_on=None,
               note="") -> MemberView
    edit_member(member_id, **changes) -> MemberView
    remove_member(member_id)                                   # Refused while records refer to them
    members() -> list[MemberView]        member(member_id) -> MemberView
    relation_between(authorizer_id, beneficiary_id) -> str | None
    # statements (balance of "personal" or "wallet" at the end of a day)
    record_statement(member_id, on, balance_fen, account="personal", monthly_credit_fen=None, note="")
    delete_statement(statement_id)      statements(member_id=None) -> list[StatementView]
    # bindings
    check_binding(authorizer_id, beneficiary_id, *, relation=None, start=None, end=None,
                  amount_cap_fen=None, on=None, binding_id=None) -> Eligibility
    propose_binding(authorizer_id, beneficiary_id, *, relation=None, channel_id=None, start=None,
                    end=None, amount_cap_fen=None, status="draft", registered_at=None, note="") -> BindingView
    activate_binding(binding_id, registered_at=None) -> BindingView   # also from draft
    mark_binding_pending(binding_id) / reject_binding(binding_id) -> BindingView
    terminate_binding(binding_id, on=None) -> BindingView
    delete_binding(binding_id)                                  # drafts/rejected with no payments only
    bindings(beneficiary_id=None, on=None) -> list[BindingView]  # registration order, used and left
    # visits
    preview_visit(member_id, on, care_type, hospital_class, total_fen, fund_actual_fen=None,
                  wallet_accepted=True) -> VisitOutcome        # nothing saved
    preview_edit_visit(visit_id, **changes) -> VisitOutcome     # what edit_visit would give; nothing saved
    record_visit(member_id, on, care_type, hospital_class, total_fen, *, institution="",
                 fund_actual_fen=None, wallet_accepted=True, notes="") -> VisitOutcome
    edit_visit(visit_id, **changes) -> VisitOutcome   delete_visit(visit_id)
    visit(visit_id) -> VisitView (with lines)
    visits(member_id=None, year=None, care_type=None, offset=0, limit=None, newest_first=True) -> list[VisitView]
    visit_count(...filters) -> int      visit_totals(...filters) -> VisitTotals     visit_years() -> list[int]
    # wallet
    check_transfer(from_id, to_id, amount_fen, at=None) -> TransferVerdict
    create_transfer(from_id, to_id, amount_fen, requested_at=None, note="") -> TransferView
    receive_transfer(transfer_id, at=None) / return_transfer(transfer_id, at=None) -> TransferView
    delete_transfer(transfer_id)        transfers(member_id=None) -> list[TransferView]
    waiting_transfers() -> list[TransferView]   # not yet received nor returned (go back at 06:00)
    plan_transfers(from_id, to_id, amount_fen, deadline, now=None) -> TransferPlan
    # planned expenses and guide progress
    add_planned(member_id, on, care_type, total_fen, *, hospital_class="0", monthly=False,
                until_date=None, note="") -> PlannedView
    edit_planned(planned_id, **changes)  remove_planned(planned_id)  planned(member_id=None)
    save_guide(guide_id=None, **fields) -> GuideView   guide(guide_id)   guides(finished=None)   delete_guide(id)
    # money now and on a date
    balances(on=None, care_type="outpatient") -> list[MemberBalance]   balance(member_id, on=None, ...)
    # projections (derived, never stored; engine types from desktop.core.projection/scenario/montecarlo)
    projection_start() -> date          # the 1st of next month: balances are known up to today
    projection_input(start=None, months=12, *, plan=None, premiums=None) -> ProjectionInput
    project(start=None, months=12, *, plan=None, premiums=None, scenario=None) -> Projection
    compare(scenario, start=None, months=12, *, plan=None, premiums=None) -> Comparison
    simulate_band(start=None, months=12, *, runs=1000, seed=0, scenario=None, plan=None, premiums=None,
                  progress=None) -> Band          # progress(done, runs) returning False → Cancelled
    runs_out_soon(within=3) -> list[AccountProjection]   # for Home's reminders
    projection_plan() -> ProjectionPlan   save_projection_plan(plan)   # user-set credits, spending, transfers
    # book-wide
    meta(key, default=None) / set_meta(key, value)
    wallet_position() -> str   set_wallet_position(position)   # "region" | "before_family" | "after_family":
                                                               # where the wallet pays (SEED-FACTS §5); re-settles
    backup(reason="manual") -> Path     backups() -> list[Backup]     integrity(full=False) -> list[str]
    export_json(path)   import_json(path, replace=False) -> ImportReport
    export_visits_csv(path, lang="zh", **filters) -> int
    import_visits_csv(path, skip_bad=False, progress=None) -> CsvReport
    preview_visits_csv(path) -> CsvPreview     # the rows and errors an import would see; nothing written
    restore(data_dir, backup=None)  (classmethod; the book must be closed)
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.core import idnumber, vocab
from desktop.core.explain import Reason, register
from desktop.store.paths import platform_data_dir, resolve_data_dir  # no SQL: safe at start-up

if TYPE_CHECKING:  # the store (SQLAlchemy) is imported when a book is opened
    from desktop.core import rules, wallet
    from desktop.core.policy import Registry
    from desktop.store.backups import Backup, Restored
    from desktop.store.database import Database
    from desktop.store.ledger import Ledger, Outcome

CHINA = dt.timezone(dt.timedelta(hours=8))
HEAD = "self"
HEAD_RELATIONS = (HEAD, *vocab.RELATIONS)
ACCOUNTS = ("personal", "wallet")
# First two digits of GB/T 2260 codes: the provinces, regions and municipalities (and 71/81/82).
PROVINCES = frozenset({"11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
                       "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64",
                       "65", "71", "81", "82"})
Progress = Callable[[int, int], None]
PROJECTION_PLAN_KEY = "projection.plan"  # app meta: the user's ProjectionPlan as JSON

register({
    "name_required": ("请填写姓名。", "Enter a name."),
    "unknown_value": ("{field}的值“{value}”不认识。", "Unknown {field}: “{value}”."),
    "unknown_region": ("没有地区代码 {code} 的地区资料。", "There is no region pack for code {code}."),
    "birth_in_future": ("出生日期不能晚于今天。", "The birth date cannot be in the future."),
    "id_number": ("{message}", "{message}"),
    "no_member": ("没有编号为 {id} 的家庭成员。", "There is no family member no. {id}."),
    "no_record": ("没有编号为 {id} 的{what}。", "There is no {what} no. {id}."),
    "member_in_use": (
        "{name}还有相关记录，不能删除：{uses}。请先删除或改动这些记录。",
        "{name} still has records and cannot be removed: {uses}. Remove or change those first.",
    ),
    "negative_amount": ("{field}不能是负数。", "{field} cannot be negative."),
    "amount_over_total": ("统筹实际支付 {fund_fen} 不能大于总费用 {total_fen}。",
                          "The fund's actual share {fund_fen} cannot exceed the total {total_fen}."),
    "relation_unknown": (
        "无法从两人与户主的关系推断亲属关系，请直接选择被授权人是授权人的什么人。",
        "The relation cannot be worked out from their relations to the household head; choose it directly.",
    ),
    "binding_state": ("这条绑定现在是“{status}”，不能{action}。", "This binding is “{status}”; it cannot be {action}."),
    "binding_not_terminable": ("{region}的规定：共济绑定不能由授权人随时终止（{why}）。",
                               "In {region} a binding cannot be ended at will ({why})."),
    "binding_in_use": ("这条绑定已经付过钱，不能删除；可以终止它。",
                       "This binding has paid for visits and cannot be deleted; terminate it instead."),
    "transfer_state": ("这笔转账{state}，不能再{action}。", "This transfer is {state}; it cannot be {action}."),
    "transfer_too_late": (
        "这笔转账在 {returns_at} 已退回转出方，不能再接收。",
        "This transfer went back to the sender at {returns_at}; it can no longer be received.",
    ),
    "transfer_before_request": ("接收时间不能早于转出时间 {at}。", "It cannot be received before it was sent ({at})."),
    "proj_book_waiting_transfer": (
        "{payer}转给{name}的 {amount_fen} 还没有接收，预测按已经接收计算（没接收的话，{return_time} 会退回{payer}）。",
        "The {amount_fen} from {payer} to {name} has not been accepted yet; the projection counts it as accepted "
        "(if it is not, it goes back to {payer} at {return_time}).",
    ),
    "proj_book_transfer_relation": (
        "看不出{name}是{payer}的什么亲属，计划的钱包转账没有按规定检查。",
        "It cannot be told how {name} is related to {payer}, so the planned wallet transfer was not checked "
        "against the rules.",
    ),
    "book_not_empty": (
        "这本账里已经有记录；导入整本账会替换现有内容，请确认“替换”。",
        "This book already has records; importing a whole book replaces them. Confirm “replace” to go on.",
    ),
})


# ---- results ----

@dataclass(frozen=True)
class Problem:
    """A refusal reason of the book itself (form checks), shaped like an engine ``Reason``."""

    code: str
    text_zh: str
    text_en: str
    field: str = ""
    sources: tuple[str, ...] = ()

    def text(self, lang: str = "zh") -> str:
        return self.text_zh if lang.startswith("zh") else self.text_en


def _problem(code: str, fieldname: str = "", /, **args: Any) -> Problem:
    r = Reason(code, (), args)
    return Problem(code, r.text_zh, r.text_en, fieldname)


class Refused(Exception):
    """The book refused a change; nothing was written. ``reasons`` says every why."""

    def __init__(self, reasons: Sequence[Any]) -> None:
        self.reasons = tuple(reasons)
        super().__init__("; ".join(r.text_en for r in self.reasons))

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(r.code for r in self.reasons)

    def text(self, lang: str = "zh") -> str:
        return ("；" if lang.startswith("zh") else "; ").join(r.text(lang) for r in self.reasons)


@dataclass(frozen=True)
class MemberView:
    id: int
    name: str
    head_relation: str
    birth_date: dt.date | None
    id_number_masked: str
    has_id_number: bool
    region_code: str
    insurance: str
    employment: str
    status: str
    status_date: dt.date | None
    wallet_opened_on: dt.date | None
    note: str

    def age_on(self, day: dt.date) -> int | None:
        if self.birth_date is None:
            return None
        b = self.birth_date
        return day.year - b.year - ((day.month, day.day) < (b.month, b.day))


@dataclass(frozen=True)
class StatementView:
    id: int
    member_id: int
    account: str
    on_date: dt.date
    balance_fen: int
    monthly_credit_fen: int | None
    note: str


@dataclass(frozen=True)
class BindingView:
    id: int
    authorizer_id: int
    authorizer_name: str
    beneficiary_id: int
    beneficiary_name: str
    relation: str
    region_code: str
    channel_id: str | None
    registered_at: dt.datetime | None
    start_date: dt.date | None
    end_date: dt.date | None
    amount_cap_fen: int | None
    status: str
    terminated_on: dt.date | None
    note: str
    used_fen: int  # paid for the beneficiary so far
    left_fen: int | None  # of the authorized amount; None = no amount set
    rank: int | None  # place in registration order among the beneficiary's bindings


@dataclass(frozen=True)
class LineView:
    seq: int
    source: str
    account: str | None
    payer_id: int | None
    payer_name: str
    binding_id: int | None
    amount_fen: int
    reason_zh: str
    reason_en: str
    sources: tuple[str, ...]

    def reason(self, lang: str = "zh") -> str:
        return self.reason_zh if lang.startswith("zh") else self.reason_en


@dataclass(frozen=True)
class VisitView:
    id: int
    member_id: int
    member_name: str
    on_date: dt.date
    institution: str
    hospital_class: str
    care_type: str
    total_fen: int
    fund_estimated_fen: int
    fund_actual_fen: int | None
    wallet_accepted: bool
    notes: str
    own_fen: int = 0
    wallet_fen: int = 0
    family_fen: int = 0
    cash_fen: int = 0
    lines: tuple[LineView, ...] = ()

    @property
    def fund_fen(self) -> int:
        return self.fund_estimated_fen if self.fund_actual_fen is None else self.fund_actual_fen

    @property
    def personal_fen(self) -> int:
        return self.total_fen - self.fund_fen


@dataclass(frozen=True)
class VisitTotals:
    count: int = 0
    total_fen: int = 0
    fund_fen: int = 0
    personal_fen: int = 0
    own_fen: int = 0
    wallet_fen: int = 0
    family_fen: int = 0
    cash_fen: int = 0


@dataclass(frozen=True)
class VisitOutcome:
    """The split of one visit: the fund's share step by step, then who pays the rest, line by line."""

    visit_id: int | None
    estimate: Any  # desktop.core.reimbursement.Estimate (steps, fund_fen, personal_fen, ...)
    settlement: Any  # desktop.core.settlement.Settlement (lines, skipped, cash_fen, ...)
    fund_fen: int
    personal_fen: int
    changed_later: int = 0  # later visits whose result moved because of this call


@dataclass(frozen=True)
class TransferView:
    id: int
    from_id: int
    from_name: str
    to_id: int
    to_name: str
    amount_fen: int
    requested_at: dt.datetime
    received_at: dt.datetime | None
    returned_at: dt.datetime | None
    returns_at: dt.datetime | None  # when an unreceived transfer goes back (China time)
    state: str  # received / waiting / returned
    note: str


@dataclass(frozen=True)
class TransferVerdict:
    allowed: bool
    reasons: tuple[Any, ...]
    asks: tuple[Any, ...] = ()


@dataclass(frozen=True)
class PlannedView:
    id: int
    member_id: int
    on_date: dt.date
    care_type: str
    hospital_class: str
    total_fen: int
    monthly: bool
    until_date: dt.date | None
    note: str


@dataclass(frozen=True)
class GuideView:
    id: int
    purpose: str
    region_code: str
    channel_id: str | None
    authorizer_id: int | None
    beneficiary_id: int | None
    step: int
    done: tuple[int, ...]
    data: dict
    finished: bool
    binding_id: int | None
    updated_at: dt.datetime


@dataclass(frozen=True)
class UsableLine:
    source: str  # own / wallet / family
    payer_id: int
    payer_name: str
    binding_id: int | None
    amount_fen: int
    reason_zh: str
    reason_en: str


@dataclass(frozen=True)
class MemberBalance:
    """A person's money at the end of a day: own account, wallet, and what they could use in all."""

    member_id: int
    name: str
    on: dt.date
    personal_fen: int
    wallet_fen: int
    usable_fen: int  # own + wallet + family money usable under the rules
    breakdown: tuple[UsableLine, ...]
    skipped: tuple[Any, ...]  # family sources that could not pay, with the reason
    statement_date: dt.date | None  # the latest personal statement the balance starts from
    monthly_credit_fen: int | None


@dataclass(frozen=True)
class ImportReport:
    counts: dict[str, int]
    backup: Path | None


@dataclass(frozen=True)
class CsvReport:
    imported: int
    skipped: int
    errors: tuple[Any, ...]  # store.csvio.RowError(row, column, message_zh, message_en)
    seconds: float = 0.0


@dataclass(frozen=True)
class CsvPreview:
    """What an import of a CSV file would take (``rows``: store.csvio.ParsedVisit) and every bad row."""

    rows: tuple[Any, ...]
    errors: tuple[Any, ...]  # store.csvio.RowError
    bad_rows: int  # rows with at least one error (the header counts as row 1)


class Cancelled(Exception):
    """A long computation (the uncertainty band) was stopped by the user; nothing was kept."""


@dataclass(frozen=True)
class PlannedTransfer:
    """A wallet transfer the family plans, for projections: once in ``first_month``, or every month from it
    (to ``last_month`` inclusive, None: to the end of the projection)."""

    from_id: int
    to_id: int
    amount_fen: int
    first_month: dt.date
    monthly: bool = False
    last_month: dt.date | None = None

    def months(self, horizon: Sequence[dt.date]) -> list[dt.date]:
        """The months of ``horizon`` (1sts) in which this transfer is made."""
        first = self.first_month.replace(day=1)
        last = self.last_month.replace(day=1) if self.last_month is not None else None
        return [m for m in horizon
                if m == first or (self.monthly and first <= m and (last is None or m <= last))]


@dataclass(frozen=True)
class ProjectionPlan:
    """What the user set for projections instead of the book's own figures; kept in app meta as JSON.

    ``credits``: member → expected monthly credit (instead of the latest statement's);
    ``spending``: (member, care type, monthly fen, hospital class or None) replacing that care type's
    history-derived spending (0 = none); ``transfers``: planned wallet transfers.
    """

    credits: dict[int, int] = field(default_factory=dict)
    spending: tuple[tuple[int, str, int, str | None], ...] = ()
    transfers: tuple[PlannedTransfer, ...] = ()

    def to_json(self) -> str:
        return json.dumps({
            "credits": {str(k): v for k, v in sorted(self.credits.items())},
            "spending": [list(x) for x in self.spending],
            "transfers": [{"from_id": t.from_id, "to_id": t.to_id, "amount_fen": t.amount_fen,
                           "first_month": t.first_month.isoformat(), "monthly": t.monthly,
                           "last_month": t.last_month.isoformat() if t.last_month else None}
                          for t in self.transfers]}, ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> ProjectionPlan:
        d = json.loads(text)
        return cls({int(k): int(v) for k, v in d.get("credits", {}).items()},
                   tuple((int(m), str(c), int(f), h) for m, c, f, h in d.get("spending", [])),
                   tuple(PlannedTransfer(int(t["from_id"]), int(t["to_id"]), int(t["amount_fen"]),
                                         dt.date.fromisoformat(t["first_month"]), bool(t.get("monthly")),
                                         dt.date.fromisoformat(t["last_month"]) if t.get("last_month") else None)
                         for t in d.get("transfers", [])))


class ImportRefused(Exception):
    """An import that found problems and changed nothing; ``problems`` lists each with its place."""

    def __init__(self, problems: Sequence[Any]) -> None:
        self.problems = tuple(problems)
        first = self.problems[0] if self.problems else None
        super().__init__(f"{len(self.problems)} problem(s); first: {first}")


# ---- relations ----

_INVERSE = {"spouse": "spouse", "parent": "child", "child": "parent", "sibling": "sibling",
            "grandparent": "grandchild", "grandchild": "grandparent", "spouse_parent": "child_spouse",
            "child_spouse": "spouse_parent"}
# (A's relation to the head, B's relation to the head) → B is A's …
_VIA_HEAD = {
    ("spouse", "child"): "child", ("spouse", "parent"): "spouse_parent", ("spouse", "spouse_parent"): "parent",
    ("spouse", "grandchild"): "grandchild", ("spouse", "child_spouse"): "child_spouse",
    ("child", "spouse"): "parent", ("child", "parent"): "grandparent", ("child", "child"): "sibling",
    ("child", "spouse_parent"): "grandparent",
    ("parent", "child"): "grandchild", ("parent", "parent"): "spouse", ("parent", "sibling"): "child",
    ("parent", "spouse"): "child_spouse",
    ("sibling", "parent"): "parent", ("sibling", "sibling"): "sibling",
    ("grandparent", "parent"): "child",
    ("spouse_parent", "spouse"): "child", ("spouse_parent", "child"): "grandchild",
    ("spouse_parent", "spouse_parent"): "spouse",
    ("grandchild", "child"): "parent",
}


def relation_via_head(a: str, b: str) -> str | None:
    """What B is to A, from each one's relation to the household head; None when it cannot be told."""
    if a == HEAD:
        return b if b != HEAD else None
    if b == HEAD:
        return _INVERSE.get(a)
    return _VIA_HEAD.get((a, b))


def _now() -> dt.datetime:
    return dt.datetime.now(CHINA).replace(tzinfo=None)


# ---- the facade ----

class FamilyBook:
    """The family's records and every use case on them; open with :meth:`open`."""

    def __init__(self, database: Database, registry: Registry | None = None,
                 clock: Callable[[], dt.datetime] | None = None) -> None:
        self.db = database
        self._registry = registry
        self.clock = clock or _now

    # -- opening and closing --

    @classmethod
    def open(cls, data_dir: Path | str, registry: Registry | None = None,
             clock: Callable[[], dt.datetime] | None = None, daily_backup: bool = True) -> FamilyBook:
        """Open (create, upgrade) the book in ``data_dir``; raises the store's DamagedDatabase/NewerDatabase."""
        from desktop.store.database import open_database

        now = (clock or _now)()
        if now.tzinfo is not None:  # backups are stamped in naive China time
            now = now.astimezone(CHINA).replace(tzinfo=None)
        return cls(open_database(Path(data_dir), now=now, daily_backup=daily_backup), registry, clock)

    @staticmethod
    def restore(data_dir: Path | str, backup: Path | None = None) -> Restored:
        """Put a backup in place of the book (latest good one by default). Close the book first."""
        from desktop.store import backups

        return backups.restore(Path(data_dir), backup)

    @staticmethod
    def latest_good_backup(data_dir: Path | str) -> Path | None:
        from desktop.store import backups

        return backups.latest_good(Path(data_dir))

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> FamilyBook:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def data_dir(self) -> Path:
        return self.db.data_dir

    @property
    def path(self) -> Path:
        return self.db.path

    @property
    def registry(self) -> Registry:
        if self._registry is None:
            from desktop.core import policy

            self._registry = policy.load_default()
        return self._registry

    def today(self) -> dt.date:
        return self.clock().date()

    def _ledger(self, conn) -> Ledger:
        from desktop.store.ledger import Ledger

        now = self.clock()
        return Ledger(conn, self.registry, now.replace(tzinfo=CHINA) if now.tzinfo is None else now)

    def is_empty(self) -> bool:
        from desktop.store.models import Member

        with self.db.session() as s:
            return s.connection().execute(_select_count(Member)).scalar_one() == 0

    # -- members --

    def validate_member(self, name: str | None = None, region_code: str | None = None,
                        insurance: str | None = None, *, head_relation: str | None = HEAD,
                        birth_date: dt.date | None = None, id_number: str | None = None,
                        employment: str | None = "in_service", status: str | None = "insured",
                        **_ignored: Any) -> list[Problem]:
        """Every problem with a member's fields (a form shows them as the user types)."""
        out: list[Problem] = []
        if not (name or "").strip():
            out.append(_problem("name_required", "name"))
        for fieldname, value, allowed, label in (
            ("head_relation", head_relation, HEAD_RELATIONS, ("与户主关系", "relation to the head")),
            ("insurance", insurance, vocab.INSURANCE_TYPES, ("参保类型", "insurance type")),
            ("employment", employment, vocab.EMPLOYMENT, ("在职/退休", "employment")),
            ("status", status, vocab.STATUSES, ("参保状态", "insurance status")),
        ):
            if value not in allowed:
                out.append(_problem("unknown_value", fieldname, field=label, value=value))
        if region_code is not None:
            ok = len(region_code) == 6 and region_code.isdigit() and region_code[:2] in PROVINCES
            if ok:
                try:
                    self.registry.resolve_insured_place(region_code)  # a city without a pack uses its province's
                except KeyError:
                    ok = False
            if not ok:
                out.append(_problem("unknown_region", "region_code", code=region_code))
        else:
            out.append(_problem("unknown_region", "region_code", code="—"))
        if birth_date is not None and birth_date > self.today():
            out.append(_problem("birth_in_future", "birth_date"))
        if id_number:
            p = idnumber.problem(id_number, self.today())
            if p is not None:
                out.append(Problem("id_number", p.zh, p.en, "id_number"))
        return out

    def add_member(self, name: str, region_code: str, insurance: str, *, head_relation: str = HEAD,
                   birth_date: dt.date | None = None, id_number: str | None = None,
                   employment: str = "in_service", status: str = "insured", status_date: dt.date | None = None,
                   wallet_opened_on: dt.date | None = None, note: str = "") -> MemberView:
        problems = self.validate_member(name, region_code, insurance, head_relation=head_relation,
                                        birth_date=birth_date, id_number=id_number, employment=employment,
                                        status=status)
        if problems:
            raise Refused(problems)
        from desktop.store.models import Member

        m = Member(name=name.strip(), head_relation=head_relation, birth_date=birth_date,
                   id_number=(id_number or "").strip() or None, region_code=region_code, insurance=insurance,
                   employment=employment, status=status, status_date=status_date,
                   wallet_opened_on=wallet_opened_on, note=note, created_at=self.clock())
        with self.db.session(write=True) as s:
            s.add(m)
            s.flush()
        return _member_view(m)

    def edit_member(self, member_id: int, **changes: Any) -> MemberView:
        from desktop.store.models import Member

        allowed = {"name", "region_code", "insurance", "head_relation", "birth_date", "id_number", "employment",
                   "status", "status_date", "wallet_opened_on", "note"}
        unknown = set(changes) - allowed
        if unknown:
            raise TypeError(f"edit_member got unknown field(s): {', '.join(sorted(unknown))}")
        with self.db.session(write=True) as s:
            m = s.get(Member, member_id)
            if m is None:
                raise Refused([_problem("no_member", id=member_id)])
            fields = {k: getattr(m, k) for k in allowed} | changes
            if "id_number" in changes and changes["id_number"] is not None:
                fields["id_number"] = changes["id_number"].strip() or None
            problems = self.validate_member(**fields)
            if problems:
                raise Refused(problems)
            money_moves = any(k in changes and changes[k] != getattr(m, k)
                              for k in ("region_code", "insurance", "employment", "status", "status_date",
                                        "birth_date"))
            for k, v in fields.items():
                setattr(m, k, v.strip() if k == "name" else v)
            s.flush()
            if money_moves:
                self._replay(s.connection(), None)
            return _member_view(m)

    def remove_member(self, member_id: int) -> None:
        from sqlalchemy import or_, select

        from desktop.store import models as t

        with self.db.session(write=True) as s:
            m = s.get(t.Member, member_id)
            if m is None:
                raise Refused([_problem("no_member", id=member_id)])
            conn = s.connection()
            uses = []
            checks = (
                (t.Statement, t.Statement.member_id == member_id, ("余额记录", "balance statements")),
                (t.Binding, or_(t.Binding.authorizer_id == member_id, t.Binding.beneficiary_id == member_id),
                 ("共济绑定", "bindings")),
                (t.Visit, t.Visit.member_id == member_id, ("就医记录", "visits")),
                (t.AllocationLine, t.AllocationLine.payer_id == member_id, ("替家人支付的记录", "payments for others")),
                (t.WalletTransfer, or_(t.WalletTransfer.from_id == member_id, t.WalletTransfer.to_id == member_id),
                 ("钱包转账", "wallet transfers")),
                (t.PlannedExpense, t.PlannedExpense.member_id == member_id, ("计划支出", "planned expenses")),
                (t.GuideProgress, or_(t.GuideProgress.authorizer_id == member_id,
                                      t.GuideProgress.beneficiary_id == member_id), ("办理向导进度", "guide progress")),
            )
            for model, cond, (zh, en) in checks:
                n = conn.execute(select(_count()).select_from(model.__table__).where(cond)).scalar_one()
                if n:
                    uses.append((f"{zh} {n} 条", f"{n} {en}"))
            if uses:
                raise Refused([_problem("member_in_use", name=m.name,
                                        uses=("、".join(u[0] for u in uses), ", ".join(u[1] for u in uses)))])
            s.delete(m)

    def members(self) -> list[MemberView]:
        from sqlalchemy import select

        from desktop.store.models import Member

        with self.db.session() as s:
            return [_member_view(m) for m in s.scalars(select(Member).order_by(Member.id))]

    def member(self, member_id: int) -> MemberView:
        from desktop.store.models import Member

        with self.db.session() as s:
            m = s.get(Member, member_id)
            if m is None:
                raise Refused([_problem("no_member", id=member_id)])
            return _member_view(m)

    def relation_between(self, authorizer_id: int, beneficiary_id: int) -> str | None:
        """What the beneficiary is to the authorizer, worked out through the household head."""
        a, b = self.member(authorizer_id), self.member(beneficiary_id)
        return relation_via_head(a.head_relation, b.head_relation)

    # -- statements --

    def record_statement(self, member_id: int, on: dt.date, balance_fen: int, account: str = "personal",
                         monthly_credit_fen: int | None = None, note: str = "") -> StatementView:
        from desktop.store.ledger import Point
        from desktop.store.models import Member, Statement

        problems = []
        if account not in ACCOUNTS:
            problems.append(_problem("unknown_value", "account", field=("账户", "account"), value=account))
        if balance_fen < 0:
            problems.append(_problem("negative_amount", "balance_fen", field=("余额", "the balance")))
        if monthly_credit_fen is not None and monthly_credit_fen < 0:
            problems.append(_problem("negative_amount", "monthly_credit_fen", field=("每月划入", "the monthly credit")))
        if problems:
            raise Refused(problems)
        with self.db.session(write=True) as s:
            if s.get(Member, member_id) is None:
                raise Refused([_problem("no_member", id=member_id)])
            st = Statement(member_id=member_id, account=account, on_date=on, balance_fen=balance_fen,
                           monthly_credit_fen=monthly_credit_fen, note=note)
            s.add(st)
            s.flush()
            self._replay(s.connection(), Point.end_of(on))
            return _statement_view(st)

    def delete_statement(self, statement_id: int) -> None:
        from desktop.store.ledger import Point
        from desktop.store.models import Statement

        with self.db.session(write=True) as s:
            st = s.get(Statement, statement_id)
            if st is None:
                raise Refused([_problem("no_record", id=statement_id, what=("余额记录", "statement"))])
            day = st.on_date
            s.delete(st)
            s.flush()
            self._replay(s.connection(), Point(day, 0))

    def statements(self, member_id: int | None = None) -> list[StatementView]:
        from sqlalchemy import select

        from desktop.store.models import Statement

        with self.db.session() as s:
            q = select(Statement).order_by(Statement.on_date.desc(), Statement.id.desc())
            if member_id is not None:
                q = q.where(Statement.member_id == member_id)
            return [_statement_view(x) for x in s.scalars(q)]

    # -- bindings --

    def _check_binding(self, conn, authorizer_id: int, beneficiary_id: int, relation: str | None,
                       start: dt.date | None, end: dt.date | None, amount_cap_fen: int | None,
                       on: dt.date | None, binding_id: int | None) -> tuple[rules.Eligibility | None, str]:
        from desktop.core import rules
        from desktop.store.ledger import term_on

        led = self._ledger(conn)
        for mid in (authorizer_id, beneficiary_id):
            if mid not in led.members:
                raise Refused([_problem("no_member", id=mid)])
        a, b = led.members[authorizer_id], led.members[beneficiary_id]
        rel = relation or relation_via_head(a.head_relation, b.head_relation)
        if rel is None:
            raise Refused([_problem("relation_unknown", "relation")])
        if rel not in vocab.RELATIONS:
            raise Refused([_problem("unknown_value", "relation", field=("亲属关系", "relation"), value=rel)])
        day = on or self.today()
        existing = [term_on(x, day) for x in led.bindings]
        verdict = rules.check_binding(led.person(authorizer_id), led.person(beneficiary_id), rel,
                                      led.policy(a.region_code), on=day, existing=existing, start=start, end=end,
                                      amount_fen=amount_cap_fen, purpose="bind", binding_id=binding_id)
        return verdict, rel

    def check_binding(self, authorizer_id: int, beneficiary_id: int, *, relation: str | None = None,
                      start: dt.date | None = None, end: dt.date | None = None, amount_cap_fen: int | None = None,
                      on: dt.date | None = None, binding_id: int | None = None) -> rules.Eligibility:
        """The engine's verdict for a proposed binding (every reason, or what the channel asks for)."""
        with self.db.session() as s:
            verdict, _ = self._check_binding(s.connection(), authorizer_id, beneficiary_id, relation, start, end,
                                             amount_cap_fen, on, binding_id)
            return verdict

    def propose_binding(self, authorizer_id: int, beneficiary_id: int, *, relation: str | None = None,
                        channel_id: str | None = None, start: dt.date | None = None, end: dt.date | None = None,
                        amount_cap_fen: int | None = None, status: str = "draft",
                        registered_at: dt.datetime | None = None, note: str = "") -> BindingView:
        """Store a binding (draft, pending review or active), refused with the engine's reasons."""
        from desktop.store.models import Binding

        if status not in ("draft", "pending", "active"):
            raise Refused([_problem("unknown_value", "status", field=("状态", "status"), value=status)])
        with self.db.session(write=True) as s:
            conn = s.connection()
            verdict, rel = self._check_binding(conn, authorizer_id, beneficiary_id, relation, start, end,
                                               amount_cap_fen, None, None)
            if not verdict.allowed:
                raise Refused(verdict.reasons)
            a = self._ledger(conn).members[authorizer_id]
            if status == "active" and registered_at is None:
                registered_at = self.clock()
            b = Binding(authorizer_id=authorizer_id, beneficiary_id=beneficiary_id, relation=rel,
                        region_code=a.region_code, channel_id=channel_id, registered_at=registered_at,
                        start_date=start, end_date=end, amount_cap_fen=amount_cap_fen, status=status, note=note,
                        created_at=self.clock())
            s.add(b)
            s.flush()
            if status == "active":
                self._replay(conn, _binding_point(b))
            return self._binding_view(s, b)

    def _binding(self, s, binding_id: int):
        from desktop.store.models import Binding

        b = s.get(Binding, binding_id)
        if b is None:
            raise Refused([_problem("no_record", id=binding_id, what=("共济绑定", "binding"))])
        return b

    def _state_refusal(self, b, action: tuple[str, str]) -> Refused:
        return Refused([_problem("binding_state", status=vocab.BINDING_STATUSES.get(b.status, (b.status,) * 2),
                                 action=action)])

    def activate_binding(self, binding_id: int, registered_at: dt.datetime | None = None) -> BindingView:
        """The channel approved it: active from its start date; the registration time fixes the order."""
        with self.db.session(write=True) as s:
            b = self._binding(s, binding_id)
            if b.status not in ("draft", "pending"):
                raise self._state_refusal(b, ("生效", "activated"))
            verdict, _ = self._check_binding(s.connection(), b.authorizer_id, b.beneficiary_id, b.relation,
                                             b.start_date, b.end_date, b.amount_cap_fen, None, b.id)
            if not verdict.allowed:
                raise Refused(verdict.reasons)
            b.status = "active"
            b.registered_at = registered_at or b.registered_at or self.clock()
            s.flush()
            self._replay(s.connection(), _binding_point(b))
            return self._binding_view(s, b)

    def mark_binding_pending(self, binding_id: int) -> BindingView:
        with self.db.session(write=True) as s:
            b = self._binding(s, binding_id)
            if b.status != "draft":
                raise self._state_refusal(b, ("提交审核", "sent for review"))
            b.status = "pending"
            s.flush()
            return self._binding_view(s, b)

    def reject_binding(self, binding_id: int) -> BindingView:
        with self.db.session(write=True) as s:
            b = self._binding(s, binding_id)
            if b.status not in ("draft", "pending"):
                raise self._state_refusal(b, ("标为未通过", "marked rejected"))
            b.status = "rejected"
            s.flush()
            return self._binding_view(s, b)

    def terminate_binding(self, binding_id: int, on: dt.date | None = None) -> BindingView:
        """The authorizer ended it (F-T7): no longer valid from ``on`` (default today)."""
        from desktop.store.ledger import Point

        with self.db.session(write=True) as s:
            b = self._binding(s, binding_id)
            if b.status != "active":
                raise self._state_refusal(b, ("终止", "terminated"))
            pol = self.registry.resolve_insured_place(b.region_code)
            rule = pol.rule("binding", "terminable")
            if rule is not None and not rule.value:  # the pack says the authorizer may not end it at will
                raise Refused([Reason("binding_not_terminable", (rule.source,), {
                    "region": pol.name, "why": rule.note or ("地区资料这样规定", "so the region pack says")})])
            b.status = "terminated"
            b.terminated_on = on or self.today()
            s.flush()
            self._replay(s.connection(), Point(b.terminated_on, 0))
            return self._binding_view(s, b)

    def delete_binding(self, binding_id: int) -> None:
        from sqlalchemy import select

        from desktop.store.models import AllocationLine

        with self.db.session(write=True) as s:
            b = self._binding(s, binding_id)
            paid = s.connection().execute(select(_count()).select_from(AllocationLine.__table__)
                                          .where(AllocationLine.binding_id == binding_id)).scalar_one()
            if paid:
                raise Refused([_problem("binding_in_use")])
            if b.status in ("active", "terminated"):
                raise self._state_refusal(b, ("删除", "deleted"))
            s.delete(b)

    def bindings(self, beneficiary_id: int | None = None, on: dt.date | None = None) -> list[BindingView]:
        """Bindings in registration order per beneficiary (the order family accounts pay in, F-G6)."""
        from sqlalchemy import select

        from desktop.store.models import Binding

        with self.db.session() as s:
            q = select(Binding)
            if beneficiary_id is not None:
                q = q.where(Binding.beneficiary_id == beneficiary_id)
            rows = list(s.scalars(q))
            from desktop.core.model import registration_key
            from desktop.store.ledger import term_on

            day = on or self.today()
            rows.sort(key=lambda b: (b.beneficiary_id, registration_key(term_on(b, day))))
            return [self._binding_view(s, b) for b in rows]

    def _binding_view(self, s, b) -> BindingView:
        from sqlalchemy import select

        from desktop.core.model import registration_key
        from desktop.store.ledger import term_on
        from desktop.store.models import AllocationLine, Binding, Member

        conn = s.connection()
        used = conn.execute(select(_sum(AllocationLine.amount_fen)).where(AllocationLine.binding_id == b.id)).scalar_one()
        names = dict(conn.execute(select(Member.id, Member.name)).all())
        rank = None
        if b.status in ("active", "pending", "terminated"):
            day = self.today()
            same = [x for x in s.scalars(select(Binding).where(Binding.beneficiary_id == b.beneficiary_id))
                    if x.status in ("active", "pending")]
            same.sort(key=lambda x: registration_key(term_on(x, day)))
            ids = [x.id for x in same]
            rank = ids.index(b.id) + 1 if b.id in ids else None
        return BindingView(
            b.id, b.authorizer_id, names.get(b.authorizer_id, ""), b.beneficiary_id, names.get(b.beneficiary_id, ""),
            b.relation, b.region_code, b.channel_id, b.registered_at, b.start_date, b.end_date, b.amount_cap_fen,
            b.status, b.terminated_on, b.note, int(used),
            None if b.amount_cap_fen is None else max(0, b.amount_cap_fen - int(used)), rank)

    # -- visits --

    def _visit_problems(self, conn, member_id: int, care_type: str, hospital_class: str, total_fen: int,
                        fund_actual_fen: int | None) -> list[Problem]:
        from sqlalchemy import select

        from desktop.store.models import Member

        out = []
        if conn.execute(select(Member.id).where(Member.id == member_id)).first() is None:
            out.append(_problem("no_member", "member_id", id=member_id))
        if care_type not in vocab.CARE_TYPES:
            out.append(_problem("unknown_value", "care_type", field=("就医类型", "care type"), value=care_type))
        if hospital_class not in vocab.HOSPITAL_CLASSES:
            out.append(_problem("unknown_value", "hospital_class", field=("医院等级", "hospital level"),
                                value=hospital_class))
        if total_fen < 0:
            out.append(_problem("negative_amount", "total_fen", field=("总费用", "the total")))
        if fund_actual_fen is not None:
            if fund_actual_fen < 0:
                out.append(_problem("negative_amount", "fund_actual_fen", field=("统筹实际支付", "the fund's share")))
            elif fund_actual_fen > total_fen >= 0:
                out.append(_problem("amount_over_total", "fund_actual_fen", fund_fen=fund_actual_fen,
                                    total_fen=total_fen))
        return out

    def preview_visit(self, member_id: int, on: dt.date, care_type: str, hospital_class: str, total_fen: int,
                      fund_actual_fen: int | None = None, wallet_accepted: bool = True) -> VisitOutcome:
        """What recording this visit would give (fund share, then who pays the rest); nothing is saved."""
        from desktop.store.ledger import Point

        with self.db.session() as s:
            conn = s.connection()
            problems = self._visit_problems(conn, member_id, care_type, hospital_class, total_fen, fund_actual_fen)
            if problems:
                raise Refused(problems)
            led = self._ledger(conn)
            out = led.evaluate(led.state(Point(on, 1)), member_id, None, on, care_type, hospital_class, total_fen,
                               fund_actual_fen, wallet_accepted)
            return _outcome(out, total_fen)

    def preview_edit_visit(self, visit_id: int, **changes: Any) -> VisitOutcome:
        """What :meth:`edit_visit` would give for the visit itself; nothing is saved.

        The visit is evaluated at its (new) place against the other records as stored, without its
        own old effect. Exact unless it moves to a later date past other visits of the family, which
        are re-settled only when the edit is saved (the saved result is always exact).
        """
        from sqlalchemy import delete

        from desktop.store.ledger import Point
        from desktop.store.models import AllocationLine, Visit

        allowed = {"member_id", "on_date", "institution", "hospital_class", "care_type", "total_fen",
                   "fund_actual_fen", "wallet_accepted", "notes"}
        if set(changes) - allowed:
            raise TypeError(f"preview_edit_visit got unknown field(s): {', '.join(sorted(set(changes) - allowed))}")

        class _Undo(Exception):
            pass

        result: list[VisitOutcome] = []
        try:
            with self.db.session() as s:  # rolled back below: the visit is only taken out for the look
                conn = s.connection()
                V, L = Visit.__table__, AllocationLine.__table__
                row = conn.execute(V.select().where(V.c.id == visit_id)).first()
                if row is None:
                    raise Refused([_problem("no_record", id=visit_id, what=("就医记录", "visit"))])
                new = {k: getattr(row, k) for k in allowed} | changes
                problems = self._visit_problems(conn, new["member_id"], new["care_type"], new["hospital_class"],
                                                new["total_fen"], new["fund_actual_fen"])
                if problems:
                    raise Refused(problems)
                conn.execute(delete(L).where(L.c.visit_id == visit_id))
                conn.execute(delete(V).where(V.c.id == visit_id))
                led = self._ledger(conn)
                out = led.evaluate(led.state(Point(new["on_date"], 1, visit_id)), new["member_id"], visit_id,
                                   new["on_date"], new["care_type"], new["hospital_class"], new["total_fen"],
                                   new["fund_actual_fen"], bool(new["wallet_accepted"]))
                result.append(_outcome(out, new["total_fen"]))
                raise _Undo
        except _Undo:
            pass
        return result[0]

    def record_visit(self, member_id: int, on: dt.date, care_type: str, hospital_class: str, total_fen: int, *,
                     institution: str = "", fund_actual_fen: int | None = None, wallet_accepted: bool = True,
                     notes: str = "") -> VisitOutcome:
        """Estimate, settle against the balances on that date, and store the visit with its lines, together."""
        from desktop.store.ledger import Point
        from desktop.store.models import Visit

        with self.db.session(write=True) as s:
            conn = s.connection()
            problems = self._visit_problems(conn, member_id, care_type, hospital_class, total_fen, fund_actual_fen)
            if problems:
                raise Refused(problems)
            v = Visit(member_id=member_id, on_date=on, institution=institution.strip(), hospital_class=hospital_class,
                      care_type=care_type, total_fen=total_fen, fund_estimated_fen=0, fund_actual_fen=fund_actual_fen,
                      wallet_accepted=wallet_accepted, notes=notes, created_at=self.clock())
            s.add(v)
            s.flush()
            stats = self._replay(conn, Point(on, 1, v.id), keep=v.id)
            out = stats.outcomes[v.id]
            return _outcome(out, total_fen, changed_later=max(0, stats.changed - 1))

    def edit_visit(self, visit_id: int, **changes: Any) -> VisitOutcome:
        from desktop.store.ledger import Point
        from desktop.store.models import Visit

        allowed = {"member_id", "on_date", "institution", "hospital_class", "care_type", "total_fen",
                   "fund_actual_fen", "wallet_accepted", "notes"}
        unknown = set(changes) - allowed
        if unknown:
            raise TypeError(f"edit_visit got unknown field(s): {', '.join(sorted(unknown))}")
        with self.db.session(write=True) as s:
            v = s.get(Visit, visit_id)
            if v is None:
                raise Refused([_problem("no_record", id=visit_id, what=("就医记录", "visit"))])
            new = {k: getattr(v, k) for k in allowed} | changes
            conn = s.connection()
            problems = self._visit_problems(conn, new["member_id"], new["care_type"], new["hospital_class"],
                                            new["total_fen"], new["fund_actual_fen"])
            if problems:
                raise Refused(problems)
            start = min(v.on_date, new["on_date"])
            for k, val in new.items():
                setattr(v, k, val)
            s.flush()
            stats = self._replay(conn, Point(start, 0), keep=v.id)
            out = stats.outcomes.get(v.id)
            if out is None:  # unreachable: the visit lies after the replay's start
                raise RuntimeError("the edited visit was not re-settled")
            return _outcome(out, v.total_fen, changed_later=max(0, stats.changed - 1))

    def delete_visit(self, visit_id: int) -> int:
        """Delete a visit (its lines go with it) and re-settle the later ones; returns how many moved."""
        from desktop.store.ledger import Point
        from desktop.store.models import Visit

        with self.db.session(write=True) as s:
            v = s.get(Visit, visit_id)
            if v is None:
                raise Refused([_problem("no_record", id=visit_id, what=("就医记录", "visit"))])
            point = Point(v.on_date, 1, v.id)
            s.delete(v)
            s.flush()
            return self._replay(s.connection(), point).changed

    def visit(self, visit_id: int) -> VisitView:
        rows = self._visit_rows(ids=[visit_id], with_lines=True)
        if not rows:
            raise Refused([_problem("no_record", id=visit_id, what=("就医记录", "visit"))])
        return rows[0]

    def visits(self, member_id: int | None = None, year: int | None = None, care_type: str | None = None,
               offset: int = 0, limit: int | None = None, newest_first: bool = True,
               with_lines: bool = False) -> list[VisitView]:
        return self._visit_rows(member_id=member_id, year=year, care_type=care_type, offset=offset, limit=limit,
                                newest_first=newest_first, with_lines=with_lines)

    def _visit_filter(self, q, member_id: int | None, year: int | None, care_type: str | None):
        from desktop.store.models import Visit

        if member_id is not None:
            q = q.where(Visit.member_id == member_id)
        if year is not None:
            q = q.where(Visit.on_date >= dt.date(year, 1, 1), Visit.on_date <= dt.date(year, 12, 31))
        if care_type is not None:
            q = q.where(Visit.care_type == care_type)
        return q

    def _visit_rows(self, member_id: int | None = None, year: int | None = None, care_type: str | None = None,
                    offset: int = 0, limit: int | None = None, newest_first: bool = True,
                    with_lines: bool = False, ids: list[int] | None = None) -> list[VisitView]:
        from sqlalchemy import select

        from desktop.store.models import AllocationLine, Member, Visit

        V, L = Visit.__table__, AllocationLine.__table__
        with self.db.session() as s:
            conn = s.connection()
            names = dict(conn.execute(select(Member.id, Member.name)).all())
            q = select(V)
            q = self._visit_filter(q, member_id, year, care_type)
            if ids is not None:
                q = q.where(V.c.id.in_(ids))
            order = (V.c.on_date.desc(), V.c.id.desc()) if newest_first else (V.c.on_date, V.c.id)
            q = q.order_by(*order).offset(offset)
            if limit is not None:
                q = q.limit(limit)
            rows = list(conn.execute(q))
            if not rows:
                return []
            by_visit: dict[int, list] = {}
            vid = [r.id for r in rows]
            for i in range(0, len(vid), 900):
                for ln in conn.execute(select(L).where(L.c.visit_id.in_(vid[i:i + 900])).order_by(L.c.seq)):
                    by_visit.setdefault(ln.visit_id, []).append(ln)
            out = []
            for r in rows:
                lines = by_visit.get(r.id, [])
                sums = {"own": 0, "wallet": 0, "family": 0, "cash": 0}
                for ln in lines:
                    sums[ln.source] = sums.get(ln.source, 0) + ln.amount_fen
                views = tuple(LineView(ln.seq, ln.source, ln.account, ln.payer_id, names.get(ln.payer_id, ""),
                                       ln.binding_id, ln.amount_fen, ln.reason_zh, ln.reason_en,
                                       tuple(x for x in ln.fact_id.split(",") if x)) for ln in lines) \
                    if with_lines else ()
                out.append(VisitView(r.id, r.member_id, names.get(r.member_id, ""), r.on_date, r.institution,
                                     r.hospital_class, r.care_type, r.total_fen, r.fund_estimated_fen,
                                     r.fund_actual_fen, bool(r.wallet_accepted), r.notes, sums["own"],
                                     sums["wallet"], sums["family"], sums["cash"], views))
            return out

    def visit_count(self, member_id: int | None = None, year: int | None = None, care_type: str | None = None) -> int:
        from sqlalchemy import select

        from desktop.store.models import Visit

        with self.db.session() as s:
            q = self._visit_filter(select(_count()).select_from(Visit.__table__), member_id, year, care_type)
            return int(s.connection().execute(q).scalar_one())

    def visit_totals(self, member_id: int | None = None, year: int | None = None,
                     care_type: str | None = None) -> VisitTotals:
        from sqlalchemy import case, func, select

        from desktop.store.models import AllocationLine, Visit

        V, L = Visit.__table__, AllocationLine.__table__
        with self.db.session() as s:
            conn = s.connection()
            fund = func.coalesce(V.c.fund_actual_fen, V.c.fund_estimated_fen)
            q = self._visit_filter(select(_count(), _sum(V.c.total_fen), _sum(fund)).select_from(V),
                                   member_id, year, care_type)
            n, total, fund_sum = conn.execute(q).one()
            lq = select(*(_sum(case((L.c.source == src, L.c.amount_fen), else_=0)) for src in
                          ("own", "wallet", "family", "cash"))).select_from(L.join(V, V.c.id == L.c.visit_id))
            own, wal, fam, cash = conn.execute(self._visit_filter(lq, member_id, year, care_type)).one()
            return VisitTotals(int(n), int(total), int(fund_sum), int(total) - int(fund_sum), int(own), int(wal),
                               int(fam), int(cash))

    def visit_years(self) -> list[int]:
        from sqlalchemy import func, select

        from desktop.store.models import Visit

        with self.db.session() as s:
            rows = s.connection().execute(select(func.distinct(func.substr(Visit.on_date, 1, 4)))).scalars()
            return sorted((int(y) for y in rows if y), reverse=True)

    # -- wallet --

    def _wallet_rules(self, led: Ledger, member_id: int) -> wallet.WalletRules:
        from desktop.core import wallet

        return wallet.WalletRules.of(led.policy(led.members[member_id].region_code))

    def _transfer_verdict(self, conn, from_id: int, to_id: int, amount_fen: int, at: dt.datetime,
                          exclude: int | None = None) -> TransferVerdict:
        from sqlalchemy import select

        from desktop.core import rules, wallet
        from desktop.store.ledger import Point
        from desktop.store.models import WalletTransfer

        led = self._ledger(conn)
        for mid in (from_id, to_id):
            if mid not in led.members:
                raise Refused([_problem("no_member", id=mid)])
        a, b = led.members[from_id], led.members[to_id]
        rel = relation_via_head(a.head_relation, b.head_relation) or "other"
        day = wallet.china_time(at).date()
        elig = rules.check_binding(led.person(from_id, day), led.person(to_id, day), rel, led.policy(a.region_code),
                                   on=day, purpose="wallet")
        made = [r.requested_at for r in conn.execute(
            select(WalletTransfer.requested_at).where(WalletTransfer.from_id == from_id,
                                                      WalletTransfer.id != (exclude or -1)))]
        balance = led.balance(from_id, "personal", Point(day, 1))
        check = wallet.check_transfer(self._wallet_rules(led, from_id), amount_fen, at, made, balance)
        reasons = (*elig.reasons, *check.reasons)
        return TransferVerdict(not reasons, reasons, elig.asks)

    def check_transfer(self, from_id: int, to_id: int, amount_fen: int,
                       at: dt.datetime | None = None) -> TransferVerdict:
        """Whether a wallet transfer may be made at ``at``: relation, insurance, count, maximum, blackout, balance."""
        with self.db.session() as s:
            return self._transfer_verdict(s.connection(), from_id, to_id, amount_fen, at or self.clock())

    def create_transfer(self, from_id: int, to_id: int, amount_fen: int, requested_at: dt.datetime | None = None,
                        note: str = "") -> TransferView:
        from desktop.store.ledger import Point, naive_china
        from desktop.store.models import WalletTransfer

        at = naive_china(requested_at or self.clock())
        with self.db.session(write=True) as s:
            conn = s.connection()
            verdict = self._transfer_verdict(conn, from_id, to_id, amount_fen, at)
            if not verdict.allowed:
                raise Refused(verdict.reasons)
            t = WalletTransfer(from_id=from_id, to_id=to_id, amount_fen=amount_fen, requested_at=at, note=note)
            s.add(t)
            s.flush()
            self._replay(conn, Point(at.date(), 0))
            return self._transfer_view(conn, t)

    def _transfer(self, s, transfer_id: int):
        from desktop.store.models import WalletTransfer

        t = s.get(WalletTransfer, transfer_id)
        if t is None:
            raise Refused([_problem("no_record", id=transfer_id, what=("钱包转账", "wallet transfer"))])
        return t

    def receive_transfer(self, transfer_id: int, at: dt.datetime | None = None) -> TransferView:
        """The recipient received it (before the next 06:00, F-W6); their wallet is credited then."""
        from desktop.core import wallet
        from desktop.store.ledger import Point, naive_china
        from desktop.store.models import Member

        at = naive_china(at or self.clock())
        with self.db.session(write=True) as s:
            t = self._transfer(s, transfer_id)
            conn = s.connection()
            if t.received_at is not None or t.returned_at is not None:
                raise Refused([_problem("transfer_state", state=("已接收" if t.received_at else "已退回",
                                                                 "received" if t.received_at else "returned"),
                                        action=("接收", "received"))])
            if at < t.requested_at:
                raise Refused([_problem("transfer_before_request", at=t.requested_at)])
            due = self._wallet_rules(self._ledger(conn), t.from_id).returns_at(t.requested_at)
            if wallet.china_time(at) >= due:
                raise Refused([_problem("transfer_too_late", returns_at=due)])
            t.received_at = at
            m = s.get(Member, t.to_id)
            if m is not None and m.wallet_opened_on is None:
                m.wallet_opened_on = at.date()  # it received money, so the wallet is open (F-N4)
            s.flush()
            self._replay(conn, Point(at.date(), 0))
            return self._transfer_view(conn, t)

    def return_transfer(self, transfer_id: int, at: dt.datetime | None = None) -> TransferView:
        """Record that the money went back to the sender (by default at the rule's return time)."""
        from desktop.store.ledger import Point, naive_china

        with self.db.session(write=True) as s:
            t = self._transfer(s, transfer_id)
            conn = s.connection()
            if t.received_at is not None or t.returned_at is not None:
                raise Refused([_problem("transfer_state", state=("已接收" if t.received_at else "已退回",
                                                                 "received" if t.received_at else "returned"),
                                        action=("退回", "returned"))])
            due = self._wallet_rules(self._ledger(conn), t.from_id).returns_at(t.requested_at)
            t.returned_at = naive_china(at) if at is not None else naive_china(due)
            s.flush()
            self._replay(conn, Point(min(t.requested_at.date(), t.returned_at.date()), 0))
            return self._transfer_view(conn, t)

    def delete_transfer(self, transfer_id: int) -> None:
        from desktop.store.ledger import Point

        with self.db.session(write=True) as s:
            t = self._transfer(s, transfer_id)
            day = t.requested_at.date()
            s.delete(t)
            s.flush()
            self._replay(s.connection(), Point(day, 0))

    def transfers(self, member_id: int | None = None) -> list[TransferView]:
        from sqlalchemy import or_, select

        from desktop.store.models import WalletTransfer

        with self.db.session() as s:
            q = select(WalletTransfer).order_by(WalletTransfer.requested_at.desc(), WalletTransfer.id.desc())
            if member_id is not None:
                q = q.where(or_(WalletTransfer.from_id == member_id, WalletTransfer.to_id == member_id))
            conn = s.connection()
            led = self._ledger(conn)
            return [self._transfer_view(conn, t, led) for t in s.scalars(q)]

    def waiting_transfers(self) -> list[TransferView]:
        """Transfers neither received nor gone back yet, oldest first: Home warns they return at 06:00.

        Reads only the unsettled rows, so the Home page does not build a view of every transfer ever made.
        """
        from sqlalchemy import select

        from desktop.store.models import WalletTransfer

        with self.db.session() as s:
            q = (select(WalletTransfer)
                 .where(WalletTransfer.received_at.is_(None), WalletTransfer.returned_at.is_(None))
                 .order_by(WalletTransfer.requested_at, WalletTransfer.id))
            conn = s.connection()
            views = [self._transfer_view(conn, t) for t in s.scalars(q)]
            return [v for v in views if v.state == "waiting"]

    def _transfer_view(self, conn, t, led: Ledger | None = None) -> TransferView:
        from desktop.core import wallet

        led = led or self._ledger(conn)
        names = {m.id: m.name for m in led.members.values()}
        returns_at = None
        state = "waiting"
        try:
            rules = self._wallet_rules(led, t.from_id)
            returns_at = rules.returns_at(t.requested_at).replace(tzinfo=None)
            st = wallet.transfer_state(rules, t.requested_at, t.received_at, led.now)
            state = st.status
        except (ValueError, KeyError):
            pass
        if t.returned_at is not None:
            state = "returned"
        elif t.received_at is not None:
            state = "received"
        return TransferView(t.id, t.from_id, names.get(t.from_id, ""), t.to_id, names.get(t.to_id, ""), t.amount_fen,
                            t.requested_at, t.received_at, t.returned_at, returns_at, state, t.note)

    def plan_transfers(self, from_id: int, to_id: int, amount_fen: int, deadline: dt.datetime,
                       now: dt.datetime | None = None):
        """The earliest schedule of transfers moving ``amount_fen`` by ``deadline`` (core.wallet.TransferPlan)."""
        from sqlalchemy import select

        from desktop.core import wallet
        from desktop.store.ledger import Point
        from desktop.store.models import WalletTransfer

        now = now or self.clock()
        with self.db.session() as s:
            conn = s.connection()
            led = self._ledger(conn)
            if to_id not in led.members:
                raise Refused([_problem("no_member", id=to_id)])
            made = [r.requested_at for r in conn.execute(
                select(WalletTransfer.requested_at).where(WalletTransfer.from_id == from_id))]
            balance = led.balance(from_id, "personal", Point(wallet.china_time(now).date(), 1))
            return wallet.plan_transfers(self._wallet_rules(led, from_id), amount_fen, now, deadline, made, balance)

    # -- planned expenses --

    def add_planned(self, member_id: int, on: dt.date, care_type: str, total_fen: int, *, hospital_class: str = "0",
                    monthly: bool = False, until_date: dt.date | None = None, note: str = "") -> PlannedView:
        from desktop.store.models import PlannedExpense

        with self.db.session(write=True) as s:
            problems = self._visit_problems(s.connection(), member_id, care_type, hospital_class, total_fen, None)
            if problems:
                raise Refused(problems)
            p = PlannedExpense(member_id=member_id, on_date=on, care_type=care_type, hospital_class=hospital_class,
                               total_fen=total_fen, monthly=monthly, until_date=until_date, note=note,
                               created_at=self.clock())
            s.add(p)
            s.flush()
            return _planned_view(p)

    def edit_planned(self, planned_id: int, **changes: Any) -> PlannedView:
        from desktop.store.models import PlannedExpense

        allowed = {"member_id", "on_date", "care_type", "hospital_class", "total_fen", "monthly", "until_date", "note"}
        if set(changes) - allowed:
            raise TypeError(f"edit_planned got unknown field(s): {', '.join(sorted(set(changes) - allowed))}")
        with self.db.session(write=True) as s:
            p = s.get(PlannedExpense, planned_id)
            if p is None:
                raise Refused([_problem("no_record", id=planned_id, what=("计划支出", "planned expense"))])
            new = {k: getattr(p, k) for k in allowed} | changes
            problems = self._visit_problems(s.connection(), new["member_id"], new["care_type"], new["hospital_class"],
                                            new["total_fen"], None)
            if problems:
                raise Refused(problems)
            for k, v in new.items():
                setattr(p, k, v)
            s.flush()
            return _planned_view(p)

    def remove_planned(self, planned_id: int) -> None:
        from desktop.store.models import PlannedExpense

        with self.db.session(write=True) as s:
            p = s.get(PlannedExpense, planned_id)
            if p is None:
                raise Refused([_problem("no_record", id=planned_id, what=("计划支出", "planned expense"))])
            s.delete(p)

    def planned(self, member_id: int | None = None) -> list[PlannedView]:
        from sqlalchemy import select

        from desktop.store.models import PlannedExpense

        with self.db.session() as s:
            q = select(PlannedExpense).order_by(PlannedExpense.on_date, PlannedExpense.id)
            if member_id is not None:
                q = q.where(PlannedExpense.member_id == member_id)
            return [_planned_view(p) for p in s.scalars(q)]

    # -- guide progress --

    def save_guide(self, guide_id: int | None = None, **fields: Any) -> GuideView:
        """Create or update a guide's progress: purpose, region_code, channel_id, authorizer_id,
        beneficiary_id, step, done (list of step numbers), data (dict), finished, binding_id."""
        from desktop.store.models import GuideProgress

        allowed = {"purpose", "region_code", "channel_id", "authorizer_id", "beneficiary_id", "step", "done", "data",
                   "finished", "binding_id"}
        if set(fields) - allowed:
            raise TypeError(f"save_guide got unknown field(s): {', '.join(sorted(set(fields) - allowed))}")
        with self.db.session(write=True) as s:
            if guide_id is None:
                g = GuideProgress(purpose=fields.get("purpose", "bind"), region_code=fields.get("region_code", "000000"),
                                  updated_at=self.clock())
                s.add(g)
            else:
                g = s.get(GuideProgress, guide_id)
                if g is None:
                    raise Refused([_problem("no_record", id=guide_id, what=("办理向导", "guide"))])
            for k, v in fields.items():
                if k == "done":
                    g.done_json = json.dumps(sorted(set(v)))
                elif k == "data":
                    g.data_json = json.dumps(v, ensure_ascii=False, sort_keys=True, default=str)
                else:
                    setattr(g, k, v)
            g.updated_at = self.clock()
            s.flush()
            return _guide_view(g)

    def guide(self, guide_id: int) -> GuideView:
        from desktop.store.models import GuideProgress

        with self.db.session() as s:
            g = s.get(GuideProgress, guide_id)
            if g is None:
                raise Refused([_problem("no_record", id=guide_id, what=("办理向导", "guide"))])
            return _guide_view(g)

    def guides(self, finished: bool | None = None) -> list[GuideView]:
        from sqlalchemy import select

        from desktop.store.models import GuideProgress

        with self.db.session() as s:
            q = select(GuideProgress).order_by(GuideProgress.updated_at.desc(), GuideProgress.id.desc())
            if finished is not None:
                q = q.where(GuideProgress.finished == finished)
            return [_guide_view(g) for g in s.scalars(q)]

    def delete_guide(self, guide_id: int) -> None:
        from desktop.store.models import GuideProgress

        with self.db.session(write=True) as s:
            g = s.get(GuideProgress, guide_id)
            if g is not None:
                s.delete(g)

    # -- projection (derived, never stored; see desktop/core/projection.py) --

    def projection_plan(self) -> ProjectionPlan:
        """The figures the user set for projections (monthly credits, spending, planned wallet transfers)."""
        raw = self.meta(PROJECTION_PLAN_KEY)
        return ProjectionPlan() if not raw else ProjectionPlan.from_json(raw)

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
        """The default first month of a projection: the 1st of next month (balances are known up to today)."""
        from desktop.core.projection import add_months, month_start

        return add_months(month_start(self.today()), 1)

    def _projection_parts(self, start: dt.date | None, months: int, plan: ProjectionPlan | None,
                          premiums: Sequence[Any] | None) -> tuple[Any, list[Any], tuple[Reason, ...]]:
        """(input, the history visits its spending came from, the book's own notes)."""
        import dataclasses

        from sqlalchemy import select

        from desktop.core import scenario
        from desktop.core.projection import (
            HISTORY_MONTHS,
            ProjectionError,
            ProjectionInput,
            Spending,
            WalletTransfer,
            add_months,
            month_start,
            spending_from_visits,
        )
        from desktop.store.ledger import Point, term_on
        from desktop.store.models import PlannedExpense

        first = month_start(start or self.projection_start())
        plan = self.projection_plan() if plan is None else plan
        problems = self._plan_problems(plan)
        if problems:
            raise Refused(problems)
        point = Point(first, 0)  # everything before the projection's first day
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
                credit = _latest_credit(s, mid, first - dt.timedelta(days=1))
                if credit:
                    credits[mid] = credit
            for t in self._still_waiting(conn, led):
                wallets[t.to_id] = wallets.get(t.to_id, 0) + t.amount_fen
                back = self._wallet_rules(led, t.from_id)  # the sender's pack: when it goes back (F-W6)
                notes.append(Reason("proj_book_waiting_transfer", back.return_src, {
                    "amount_fen": t.amount_fen, "payer": led.members[t.from_id].name,
                    "name": led.members[t.to_id].name, "return_time": back.return_time.strftime("%H:%M")}))
            credits.update(plan.credits)
            history = _monthly_history(conn, add_months(first, -HISTORY_MONTHS), first)
            spending = spending_from_visits(history, first)
            planned_lines, events = [], []
            for p in s.scalars(select(PlannedExpense).order_by(PlannedExpense.on_date, PlannedExpense.id)):
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
            bindings = tuple(term_on(b, first) for b in led.bindings)
            used = {b.id: led.binding_used(b.id, point) for b in led.bindings}
            usage = {mid: led.usage(mid, point) for mid in ids}
            if premiums is None:
                premiums = self._premium_plans(led, people, bindings, first, months)
            relations = {(t.from_id, t.to_id): relation_via_head(led.members[t.from_id].head_relation,
                                                                 led.members[t.to_id].head_relation)
                         for t in plan.transfers}
        inp = ProjectionInput(first, people, balances, wallets, credits, spending, tuple(events),
                              tuple(premiums), (), bindings, used, usage, months)
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

        out = []
        now = wallet.china_time(led.now)
        for t in conn.execute(select(WalletTransfer.__table__).where(
                WalletTransfer.__table__.c.received_at.is_(None), WalletTransfer.__table__.c.returned_at.is_(None))
                .order_by(WalletTransfer.__table__.c.id)):
            sender = led.members.get(t.from_id)
            if sender is None or t.to_id not in led.members:
                continue
            try:
                due = wallet.WalletRules.of(led.policy(sender.region_code)).returns_at(t.requested_at)
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
            payers = sorted((b for b in bindings if b.beneficiary_id == person.id and b.authorizer_id != person.id
                             and b.status == "active"
                             and (b.end is None or b.end >= first) and (b.start is None or b.start <= last)
                             and led.policy(led.members[b.authorizer_id].region_code)
                             .value("payment", "pays_resident_premiums", False)), key=registration_key)
            if not payers:
                continue
            rows = [r for r in led.policy(person.region_code).rows("premiums")
                    if r["insurance"] == "resident" and r.get("collect_from")]
            if not rows:
                continue
            row = max(rows, key=lambda r: r["year"])
            opens = dt.date.fromisoformat(row["collect_from"])
            offset = row["year"] - opens.year  # coverage year minus the year collection opens
            month = first.replace(month=opens.month)
            if month < first:
                month = add_months(month, 12)
            if month <= last:
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
            return montecarlo.simulate(inp, history, self.registry.resolve_insured_place, runs=runs, seed=seed,
                                       progress=progress)
        except ProjectionError as e:
            raise Refused([e.reason]) from None
        except montecarlo.Stopped:
            raise Cancelled() from None

    def runs_out_soon(self, within: int = 3) -> list[Any]:
        """Accounts the projection sees running out (or reaching their floor) within its first ``within``
        months (core.projection.AccountProjection), soonest first; for Home's reminders."""
        from desktop.core.projection import MIN_MONTHS, add_months

        proj = self.project(None, max(within, MIN_MONTHS))
        last = add_months(proj.months[0], within - 1)
        hits = [a for a in proj.accounts
                if (a.empty_month is not None and a.empty_month <= last)
                or (a.floor_month is not None and a.floor_month <= last)]
        return sorted(hits, key=lambda a: min(m for m in (a.empty_month, a.floor_month) if m is not None))

    # -- balances --

    def balances(self, on: dt.date | None = None, care_type: str = "outpatient") -> list[MemberBalance]:
        """Everyone's money at the end of ``on`` (default today): own, wallet, and usable in all.

        "Usable" is what the settlement rules would let them spend on ``care_type`` that day: their own
        account, their wallet, and the family accounts bound to them (above floors, within caps, in order).
        """
        from desktop.core import settlement
        from desktop.store.ledger import Point

        day = on or self.today()
        with self.db.session() as s:
            led = self._ledger(s.connection())
            point = Point.end_of(day)
            state = led.state(point)
            out = []
            for mid, m in led.members.items():
                personal = state.get((mid, "personal"))
                wallet_fen = state.get((mid, "wallet"))
                terms = led.terms_on(mid, day)
                accounts = {mid: personal}
                used = {}
                for t in terms:
                    if t.status == "active":
                        accounts.setdefault(t.authorizer_id, state.get((t.authorizer_id, "personal")))
                        if t.amount_cap_fen is not None:
                            used[t.id] = state.used(t.id)
                big = sum(max(0, v) for v in accounts.values()) + max(0, wallet_fen) + 1
                person = led.person(mid, day)
                res = settlement.settle(person, big, day, care_type, led.policy(person.region_code), accounts=accounts,
                                        wallet_fen=wallet_fen, bindings=terms, used_fen=used, people=led.people(),
                                        policy_for=led.policy, order=led.order(person.region_code))
                lines = tuple(UsableLine(ln.source, ln.account_id, led.members[ln.account_id].name, ln.binding_id,
                                         ln.amount_fen, ln.text_zh, ln.text_en)
                              for ln in res.lines if ln.source != "cash")
                since, _ = led.base_statement(mid, "personal", point)
                credit = _latest_credit(s, mid, day)
                out.append(MemberBalance(mid, m.name, day, personal, wallet_fen, sum(x.amount_fen for x in lines),
                                         lines, tuple(res.skipped), since, credit))
            return out

    def balance(self, member_id: int, on: dt.date | None = None, care_type: str = "outpatient") -> MemberBalance:
        for b in self.balances(on, care_type):
            if b.member_id == member_id:
                return b
        raise Refused([_problem("no_member", id=member_id)])

    # -- book-wide --

    def meta(self, key: str, default: str | None = None) -> str | None:
        from desktop.store.models import AppMeta

        with self.db.session() as s:
            m = s.get(AppMeta, key)
            return default if m is None else m.value

    def wallet_position(self) -> str:
        """Where the wallet pays in the order: "region" (the pack's ``payment.order``), "before_family" or
        "after_family". The sources leave it open (SEED-FACTS §5), so the family may set it."""
        from desktop.store.ledger import wallet_position

        with self.db.session() as s:
            return wallet_position(s.connection())

    def set_wallet_position(self, position: str) -> None:
        """Put the wallet where the family says it pays, and re-settle every recorded visit with it (one
        transaction: balances follow at once)."""
        from desktop.core import settlement
        from desktop.store.ledger import WALLET_POSITION_KEY
        from desktop.store.models import AppMeta

        if position not in settlement.WALLET_POSITIONS:
            raise Refused([_problem("unknown_value", "wallet_position", field=("钱包付款顺序", "wallet position"),
                                    value=position)])
        with self.db.session(write=True) as s:
            m = s.get(AppMeta, WALLET_POSITION_KEY)
            if m is None:
                s.add(AppMeta(key=WALLET_POSITION_KEY, value=position))
            else:
                m.value = position
            s.flush()
            self._replay(s.connection(), None)

    def set_meta(self, key: str, value: str) -> None:
        from desktop.store.models import AppMeta

        with self.db.session(write=True) as s:
            m = s.get(AppMeta, key)
            if m is None:
                s.add(AppMeta(key=key, value=value))
            else:
                m.value = value

    def backup(self, reason: str = "manual") -> Path:
        """A backup stamped with the book's clock (naive China time), like the daily one made at open."""
        from desktop.store.ledger import naive_china

        return self.db.backup(reason, naive_china(self.clock()))

    def backups(self) -> list[Backup]:
        from desktop.store import backups

        return backups.list_backups(self.data_dir)

    def integrity(self, full: bool = False) -> list[str]:
        return self.db.integrity(full)

    def export_json(self, path: Path | str) -> dict[str, int]:
        """Write the whole book (ID numbers included: it is a full backup) to one versioned JSON file."""
        from desktop.store import jsonio

        with self.db.session() as s:
            doc = jsonio.export_book(s.connection())
        _write_private(Path(path), jsonio.dumps(doc))
        return {k: len(v) for k, v in doc.items() if isinstance(v, list)}

    def import_json(self, path: Path | str, replace: bool = False) -> ImportReport:
        """Check the whole file first; import all of it or change nothing (:class:`ImportRefused`).

        A book that already has records is replaced only with ``replace=True``. A backup is made first.
        """
        from desktop.store import jsonio

        problems, rows = jsonio.load(Path(path), self.registry)
        if problems:
            raise ImportRefused(problems)
        if not replace and not self.is_empty():
            raise Refused([_problem("book_not_empty")])
        made = self.backup("before-import")
        with self.db.connection(write=True) as conn:
            jsonio.write(conn, rows, replace=replace)
        return ImportReport({k: len(v) for k, v in rows.items()}, made)

    def export_visits_csv(self, path: Path | str, lang: str = "zh", member_id: int | None = None,
                          year: int | None = None, care_type: str | None = None) -> int:
        """Visits as CSV with the documented columns (headers in ``lang``); returns the row count."""
        from desktop.store import csvio

        rows = self.visits(member_id, year, care_type, newest_first=False)
        text = csvio.dumps(rows, lang)
        _write_private(Path(path), text, encoding="utf-8-sig")
        return len(rows)

    def preview_visits_csv(self, path: Path | str) -> CsvPreview:
        """Read a CSV file as :meth:`import_visits_csv` would, and write nothing: the good rows and the errors."""
        from sqlalchemy import select

        from desktop.store import csvio
        from desktop.store.models import Member

        with self.db.session() as s:
            members = [(m.id, m.name) for m in s.scalars(select(Member))]
        parsed, errors = csvio.load(Path(path), members)
        return CsvPreview(tuple(parsed), tuple(errors), len({e.row for e in errors}))

    def import_visits_csv(self, path: Path | str, skip_bad: bool = False,
                          progress: Progress | None = None) -> CsvReport:
        """Read visits from CSV; with any bad row nothing is imported unless ``skip_bad``.

        All rows are checked first. Then, in one transaction, the new visits are settled in date order
        among the stored ones and written in bulk with their lines (later stored visits whose results
        move are rewritten). ``progress(done, total)`` is called as it goes; ``done == total`` at the end.
        """
        import time

        from sqlalchemy import func, select

        from desktop.store import csvio
        from desktop.store.ledger import NewVisit, Point, stored_time
        from desktop.store.models import Member, Visit

        t0 = time.perf_counter()
        with self.db.session() as s:
            members = [(m.id, m.name) for m in s.scalars(select(Member))]
        parsed, errors = csvio.load(Path(path), members)
        if errors and not skip_bad:
            raise ImportRefused(errors)
        bad_rows = len({e.row for e in errors})
        n = len(parsed)
        steps = 4 * n or 1
        if progress:
            progress(n, steps)  # reading and checking: the first quarter
        if not parsed:
            if progress:
                progress(steps, steps)
            return CsvReport(0, bad_rows, tuple(errors), time.perf_counter() - t0)
        self.backup("before-import")
        now = stored_time(self.clock())

        def step(done: int, total: int) -> None:  # settling: up to three quarters
            if progress:
                progress(n + (2 * n * done) // max(total, 1), steps)

        with self.db.connection(write=True) as conn:
            first = int(conn.execute(select(func.coalesce(func.max(Visit.__table__.c.id), 0))).scalar_one()) + 1
            new = [NewVisit(first + i, p.member_id, p.on_date, p.institution, p.hospital_class, p.care_type,
                            p.total_fen, p.fund_actual_fen, p.wallet_accepted, p.notes, now)
                   for i, p in enumerate(parsed)]
            self._ledger(conn).replay(Point(min(p.on_date for p in parsed), 0), progress=step, new_visits=new)
        if progress:
            progress(steps, steps)
        return CsvReport(n, bad_rows, tuple(errors), time.perf_counter() - t0)

    # -- internals --

    def _replay(self, conn, point, keep: int | None = None):
        """Re-settle from ``point`` (None: from the first visit) inside the caller's transaction."""
        import datetime as _dt

        from desktop.store.ledger import Point

        led = self._ledger(conn)
        return led.replay(point or Point(_dt.date.min, 0), keep=keep)


# ---- helpers ----

def _select_count(model):
    from sqlalchemy import select

    return select(_count()).select_from(model.__table__)


def _count():
    from sqlalchemy import func

    return func.count()


def _sum(col):
    from sqlalchemy import func

    return func.coalesce(func.sum(col), 0)


def _latest_credit(s, member_id: int, day: dt.date) -> int | None:
    """The expected monthly credit of the latest personal statement on or before ``day`` that gives one."""
    from sqlalchemy import select

    from desktop.store.models import Statement

    row = s.connection().execute(
        select(Statement.monthly_credit_fen)
        .where(Statement.member_id == member_id, Statement.account == "personal", Statement.on_date <= day,
               Statement.monthly_credit_fen.is_not(None))
        .order_by(Statement.on_date.desc(), Statement.id.desc())).first()
    return None if row is None else row[0]


def _monthly_history(conn, begin: dt.date, end: dt.date) -> list[Any]:
    """The visits in [begin, end) summed per person, care type, hospital class and month, as one visit each
    on the month's 1st (wallet-accepting only if every visit summed was). The projection's spending
    averages and the band's month draws depend only on these sums, so they come out exactly as from the
    single visits, and a book with tens of thousands of visits is read in one grouped query."""
    from sqlalchemy import func, select

    from desktop.core import model
    from desktop.store.models import Visit

    v = Visit.__table__.c
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


def _run_projection(book: FamilyBook, inp: Any, scenario: Any) -> Any:
    """Project ``inp`` (changed by ``scenario`` when given); the engine's input errors become refusals."""
    from desktop.core.projection import ProjectionError, project

    try:
        return project(scenario.apply(inp) if scenario is not None else inp, book.registry.resolve_insured_place)
    except ProjectionError as e:
        raise Refused([e.reason]) from None


def _with_notes(projection: Any, notes: tuple[Reason, ...]) -> Any:
    import dataclasses

    return dataclasses.replace(projection, notes=notes + projection.notes) if notes else projection


def _binding_point(b):
    from desktop.store.ledger import Point, term_on

    t = term_on(b, dt.date.max)
    return Point(t.start or dt.date.min, 0)


def _outcome(out: Outcome, total_fen: int, changed_later: int = 0) -> VisitOutcome:
    return VisitOutcome(out.visit_id, out.estimate, out.settlement, out.fund_fen, total_fen - out.fund_fen,
                        changed_later)


def _member_view(m) -> MemberView:
    return MemberView(m.id, m.name, m.head_relation, m.birth_date, idnumber.mask(m.id_number), bool(m.id_number),
                      m.region_code, m.insurance, m.employment, m.status, m.status_date, m.wallet_opened_on, m.note)


def _statement_view(st) -> StatementView:
    return StatementView(st.id, st.member_id, st.account, st.on_date, st.balance_fen, st.monthly_credit_fen, st.note)


def _planned_view(p) -> PlannedView:
    return PlannedView(p.id, p.member_id, p.on_date, p.care_type, p.hospital_class, p.total_fen, bool(p.monthly),
                       p.until_date, p.note)


def _guide_view(g) -> GuideView:
    return GuideView(g.id, g.purpose, g.region_code, g.channel_id, g.authorizer_id, g.beneficiary_id, g.step,
                     tuple(json.loads(g.done_json or "[]")), json.loads(g.data_json or "{}"), bool(g.finished),
                     g.binding_id, g.updated_at)


def _write_private(path: Path, text: str, encoding: str = "utf-8") -> None:
    """Write atomically, readable by the owner only (exports hold private data)."""
    path = Path(path)
    tmp = path.with_name(path.name + ".part")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding=encoding, newline="") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except OSError as e:  # say it of the user's file, not of our temporary one (and leave no half file)
        try:
            tmp.unlink(missing_ok=True)
        except OSError:
            pass
        raise OSError(e.errno, e.strerror, str(path)) from e


__all__ = [
    "platform_data_dir", "resolve_data_dir",
    "BindingView", "Cancelled", "CsvPreview", "CsvReport", "FamilyBook", "GuideView", "ImportRefused", "ImportReport", "LineView",
    "MemberBalance", "MemberView", "PlannedTransfer", "PlannedView", "ProjectionPlan", "Problem", "Refused", "StatementView", "TransferVerdict",
    "TransferView", "UsableLine", "VisitOutcome", "VisitTotals", "VisitView", "relation_via_head",
]
