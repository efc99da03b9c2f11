"""The layout of the book file (:mod:`desktop.store.jsonio`): its sections and their tables, the columns
limited to a vocabulary, the references between sections, and one problem found in a file."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core import idnumber, vocab

from .models import (
    AllocationLine,
    AppMeta,
    Binding,
    GuideProgress,
    Member,
    PlannedExpense,
    PlannedPremium,
    PlannedWalletTransfer,
    Quota,
    Statement,
    Visit,
    WalletTransfer,
)
from .tables import table_of

FORMAT = "familypool-book"
VERSION = 1

# JSON section → table, parents first (insert order); allocation lines ride inside visits.
SECTIONS = {
    "members": table_of(Member),
    "statements": table_of(Statement),
    "bindings": table_of(Binding),
    "quotas": table_of(Quota),
    "visits": table_of(Visit),
    "wallet_transfers": table_of(WalletTransfer),
    "planned_expenses": table_of(PlannedExpense),
    "planned_wallet_transfers": table_of(PlannedWalletTransfer),  # after wallet_transfers: may name one
    "planned_premiums": table_of(PlannedPremium),
    "guide_progress": table_of(GuideProgress),
}
LINES = table_of(AllocationLine)
META = table_of(AppMeta)

# Columns limited to a vocabulary.
VOCAB: dict[tuple[str, str], tuple[str, ...]] = {
    ("members", "head_relation"): ("self", *vocab.RELATIONS),
    ("members", "insurance"): tuple(vocab.INSURANCE_TYPES),
    ("members", "employment"): tuple(vocab.EMPLOYMENT),
    ("members", "status"): tuple(vocab.STATUSES),
    ("members", "coverage_end_kind"): tuple(vocab.COVERAGE_ENDS),
    ("statements", "account"): ("personal", "wallet"),
    ("bindings", "relation"): tuple(vocab.RELATIONS),
    ("bindings", "status"): tuple(vocab.BINDING_STATUSES),
    ("visits", "care_type"): tuple(vocab.CARE_TYPES),
    ("visits", "hospital_class"): tuple(vocab.HOSPITAL_CLASSES),
    ("planned_expenses", "care_type"): tuple(vocab.CARE_TYPES),
    ("planned_expenses", "hospital_class"): tuple(vocab.HOSPITAL_CLASSES),
    ("guide_progress", "purpose"): tuple(vocab.PURPOSES),
    ("lines", "source"): tuple(vocab.PAYMENT_SOURCES),
    ("lines", "account"): ("personal", "wallet"),
}
# The words beside each value in a Chinese message: the file holds the English value, the person reads both.
_WORDS: dict[tuple[str, str], dict[str, tuple[str, str]]] = {
    ("members", "insurance"): vocab.INSURANCE_TYPES, ("members", "employment"): vocab.EMPLOYMENT,
    ("members", "status"): vocab.STATUSES, ("members", "coverage_end_kind"): vocab.COVERAGE_ENDS,
    ("members", "head_relation"): {"self": ("户主本人", "self"), **vocab.RELATIONS},
    ("bindings", "relation"): vocab.RELATIONS, ("bindings", "status"): vocab.BINDING_STATUSES,
    ("visits", "care_type"): vocab.CARE_TYPES, ("visits", "hospital_class"): vocab.HOSPITAL_CLASSES,
    ("planned_expenses", "care_type"): vocab.CARE_TYPES,
    ("planned_expenses", "hospital_class"): vocab.HOSPITAL_CLASSES,
    ("guide_progress", "purpose"): vocab.PURPOSES, ("lines", "source"): vocab.PAYMENT_SOURCES,
    ("statements", "account"): {"personal": ("个人账户", "personal"), "wallet": ("医保钱包", "wallet")},
    ("lines", "account"): {"personal": ("个人账户", "personal"), "wallet": ("医保钱包", "wallet")},
}


def choices_zh(section: str, name: str, allowed: tuple[str, ...]) -> str:
    """The allowed values of a column, each with its Chinese words: ``employee（职工医保）、…``."""
    words = _WORDS.get((section, name), {})
    return "、".join(f"{a}（{words[a][0]}）" if a in words else a for a in allowed)


# Foreign keys: (section, column) → the section whose ids it must name.
REFS = {
    ("statements", "member_id"): "members", ("bindings", "authorizer_id"): "members",
    ("bindings", "beneficiary_id"): "members", ("visits", "member_id"): "members",
    ("wallet_transfers", "from_id"): "members", ("wallet_transfers", "to_id"): "members",
    ("planned_expenses", "member_id"): "members",
    ("planned_wallet_transfers", "from_id"): "members", ("planned_wallet_transfers", "to_id"): "members",
    ("planned_wallet_transfers", "transfer_id"): "wallet_transfers",
    ("planned_premiums", "payer_id"): "members", ("planned_premiums", "person_id"): "members", ("guide_progress", "authorizer_id"): "members",
    ("guide_progress", "beneficiary_id"): "members", ("guide_progress", "binding_id"): "bindings",
    ("lines", "payer_id"): "members", ("lines", "binding_id"): "bindings",
    ("quotas", "payer_id"): "members", ("quotas", "receiver_id"): "members", ("lines", "quota_id"): "quotas",
}
REGION_COLUMNS = {("members", "region_code"), ("members", "region_before"), ("bindings", "region_code"), ("guide_progress", "region_code")}


@dataclass(frozen=True)
class FileProblem:
    """One problem in an import file: where (a path like ``visits[3].total_fen``) and what."""

    path: str
    message_zh: str
    message_en: str

    def __post_init__(self) -> None:  # a value quoted from the file may be an ID number: never in full
        for name in ("path", "message_zh", "message_en"):
            object.__setattr__(self, name, idnumber.mask_in(getattr(self, name)))

    @property
    def code(self) -> str:
        return "import_problem"

    @property
    def text_zh(self) -> str:
        return f"{self.path}：{self.message_zh}"

    @property
    def text_en(self) -> str:
        return f"{self.path}: {self.message_en}"

    def text(self, lang: str = "zh") -> str:
        return self.text_zh if lang.startswith("zh") else self.text_en

    def __str__(self) -> str:
        return self.text_en
