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
               note="", balances_now=()) -> MemberView   # balances_now: (account, fen) recorded now
    edit_member(member_id, **changes) -> MemberView
    remove_member(member_id)                                   # Refused while records refer to them
    members() -> list[MemberView]        member(member_id) -> MemberView
    relation_between(authorizer_id, beneficiary_id) -> str | None
    # statements (balance of "personal" or "wallet" at the end of a day)
    record_statement(member_id, on, balance_fen, account="personal", monthly_credit_fen=None, note="",
                     on_time=NOW)      # today: counts from now; another date: its end, unless a time is given
    record_statements([BalanceEntry(member_id, balance_fen, account="personal", ...)], on, on_time=NOW)
                                        # several at one moment, in ONE transaction (all or none)
    delete_statement(statement_id)      statements(member_id=None) -> list[StatementView]
    stale_days() -> int   set_stale_days(days)   # after how many days a balance counts as old (default 30)
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
    usual_places(member_id=None, recent=50) -> list[UsualPlace]   # most used first
    # wallet
    check_transfer(from_id, to_id, amount_fen, at=None) -> TransferVerdict
    create_transfer(from_id, to_id, amount_fen, requested_at=None, note="") -> TransferView
    receive_transfer(transfer_id, at=None) / return_transfer(transfer_id, at=None) -> TransferView
    delete_transfer(transfer_id)        transfers(member_id=None) -> list[TransferView]
    waiting_transfers() -> list[TransferView]   # not yet received nor returned (go back at 06:00)
    plan_transfers(from_id, to_id, amount_fen, deadline, now=None) -> TransferPlan
    wallet_payers() -> list[int]        # members the rules let send wallet transfers (wallet.payer_insurance)
    # planned wallet transfers (the planner's schedule kept; each on its day within its hours, F-W6)
    record_transfer_plan(from_id, to_id, amount_fen, deadline, note="") -> list[PlannedWalletTransferView]
    planned_wallet_transfers(*, done=None, due_by=None) -> list[PlannedWalletTransferView]
    complete_planned_wallet_transfer(planned_id, at=None) -> PlannedWalletTransferView   # records the transfer
    delete_planned_wallet_transfer(planned_id)
    # planned premium payments (a relative's resident premium from a payer's account, F-G9, F-N10)
    check_premium_payment(payer_id, person_id, amount_fen, coverage_year, on_date) -> list[Problem]
    plan_premium_payment(payer_id, person_id, amount_fen, coverage_year, on_date, channel_id="", note="")
        -> PlannedPremiumView        planned_premiums(*, from_date=None)   delete_planned_premium(planned_id)
    # planned expenses and guide progress
    add_planned(member_id, on, care_type, total_fen, *, hospital_class="0", monthly=False,
                until_date=None, note="") -> PlannedView
    edit_planned(planned_id, **changes)  remove_planned(planned_id)  planned(member_id=None)
    save_guide(guide_id=None, **fields) -> GuideView   guide(guide_id)   guides(finished=None)   delete_guide(id)
    # family quotas (共济额度, F-N11) and the model the wallet follows
    sharing_model(on=None, member_id=None) -> SharingModel   set_sharing_model("rules" | "transfer" | "quota")
    check_quota(payer_id, receiver_id, amount_fen, at=None) -> list[Problem]
    set_quota(payer_id, receiver_id, amount_fen, at=None, channel_id="", note="") -> QuotaView
    end_quota(quota_id, at=None) -> QuotaView   delete_quota(quota_id)   quotas(member_id=None) -> list[QuotaView]
    end_coverage(member_id, on, kind, new_region=None)   # insurance "ended" / "moved" (F-N9): bindings and
                                                         # quotas of theirs end that day by themselves
    # money now and on a date
    balances(on=None, care_type="outpatient") -> list[MemberBalance]   balance(member_id, on=None, ...)
    # projections (derived, never stored; engine types from desktop.core.projection/scenario/montecarlo)
    projection_start() -> date          # today: from today's balances through the rest of this month on
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
    rules_on(region_code, day=None) -> RegionPolicy   # the rules in force that day, with the family's choice below
    local_rules() -> frozenset[str]   set_local_rules(region_code, keep_local, progress=None)   # keep a region's
                                      # older local rules over a newer national version (F-T1/F-T5); re-settles
    rule_choices(day=None) -> list[RuleChoice]   # Settings: family regions where the two meet, both values shown
    backup(reason="manual") -> Path     backups() -> list[Backup]     integrity(full=False) -> list[str]
    export_json(path)   import_json(path, replace=False) -> ImportReport
    export_visits_csv(path, lang="zh", **filters) -> int
    import_visits_csv(path, skip_bad=False, progress=None) -> CsvReport
    preview_visits_csv(path) -> CsvPreview     # the rows and errors an import would see; nothing written
    restore(data_dir, backup=None)  (classmethod; the book must be closed)
    write_private(path, data: bytes)   # how every file for people is written: 0600, atomic, never via a link

What to do instead of a refusal (``desktop.book.advice``; the guide renders it)::

    advice.suggest(book, purpose, authorizer_id, beneficiary_id, reasons, *, start=None, end=None,
                   amount_fen=None) -> list[Suggestion]       # Suggestion(reason, action, target)
    advice.binding_refusals(book, a, b, start=None, end=None, amount_fen=None) -> tuple | None
    advice.wallet_refusals(book, payer, recipient, day=None) / advice.wallet_asks(book, payer, recipient, day=None)
    advice.binding_rules_applied(book, authorizer_id, day=None) -> Reason | None   # which rule met, which applied
    advice.blocking(reasons) -> list     advice.FORM_CODES   # reasons the form fixes in place
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.book import (
    messages,  # noqa: F401  (registers the book's refusal texts)
    views,
)

# Also importable from here, as they were before the split (not in __all__): glance and the UI use some.
from desktop.book.constants import (  # noqa: F401
    ACCOUNTS,
    CHINA,
    HEAD,
    HEAD_RELATIONS,
    NOW,
    PROJECTION_PLAN_KEY,
    PROVINCES,
    Progress,
    _now,
)
from desktop.book.views import (  # noqa: F401
    BalanceEntry,
    MemberBalance,
    MemberView,
    Problem,
    Refused,
    StatementView,
    UsableLine,
    _member_view,
)
from desktop.store.paths import platform_data_dir, resolve_data_dir  # no SQL: safe at start-up
from desktop.store.private_file import write_private  # owner-only, never via a link: PDFs, pictures

__all__ = [
    "platform_data_dir", "resolve_data_dir", "write_private",
    "BalanceEntry", "BindingView", "Cancelled", "CsvPreview", "CsvReport", "FamilyBook", "GuideView", "ImportRefused", "ImportReport", "LineView",
    "MemberBalance", "MemberView", "PlannedPremiumView", "PlannedTransfer", "PlannedView", "PlannedWalletTransferView", "ProjectionPlan", "Problem", "QuotaView", "Refused", "SharingModel", "StatementView", "TransferVerdict",
    "TransferView", "UsableLine", "UsualPlace", "VisitOutcome", "VisitTotals", "VisitView", "relation_via_head",
    "PolicyFilePreview", "PolicyFileView", "registry_for",
]


def __getattr__(name: str) -> object:  # PEP 562: the facade (every mixin, the engines) loads on first use
    """``FamilyBook`` and ``relation_via_head`` are imported when first asked for, so that Home's start-up
    glance, which needs only the views and constants, does not import every mixin and engine before its
    figures are up (issue 18: nothing imported before Home that Home does not need)."""
    if name == "FamilyBook":
        from desktop.book.facade import FamilyBook

        return FamilyBook
    if name == "relation_via_head":
        from desktop.book.relations import relation_via_head

        return relation_via_head
    if name in views.LATER:  # bindings', visits', transfers', plans' and imports' results (views.py says why)
        return getattr(views, name)
    if name in ("PolicyFilePreview", "PolicyFileView", "registry_for"):  # policy files (Settings, pack-import)
        from desktop.book import policy_files

        return getattr(policy_files, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


if TYPE_CHECKING:  # for the type checker and editors: the lazy names above
    from desktop.book.activity_views import (
        BindingView,
        Cancelled,
        CsvPreview,
        CsvReport,
        GuideView,
        ImportRefused,
        ImportReport,
        LineView,
        PlannedPremiumView,
        PlannedTransfer,
        PlannedView,
        PlannedWalletTransferView,
        ProjectionPlan,
        QuotaView,
        SharingModel,
        TransferVerdict,
        TransferView,
        UsualPlace,
        VisitOutcome,
        VisitTotals,
        VisitView,
    )
    from desktop.book.facade import FamilyBook
    from desktop.book.policy_files import PolicyFilePreview, PolicyFileView, registry_for
    from desktop.book.relations import relation_via_head
