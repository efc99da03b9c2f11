"""The wallet's kinds of step: transfers (F-W6) where the rules of the date share by transfers, family quotas
(共济额度, F-N11) where they share by quotas (the 2026 national rules), or as the family chose (Wallet page)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from ..explain import Reason
from ..model import PersonId
from ..projection import WalletTransfer
from ..rules import check_binding
from .context import PAYER_INSURANCE, Context, _down_to_yuan, _up_to_yuan
from .situation import Draft, Situation
from .steps import MoveWallet, SetQuota, Step


class MoveWalletKind:
    name = "wallet_transfer"
    step_type = MoveWallet

    def generate(self, ctx: Context) -> Iterator[Step]:
        sit = ctx.sit
        for a in sit.people:
            if a.insurance not in PAYER_INSURANCE:
                continue
            for b in sit.people:
                rel = sit.relation(a.id, b.id)
                if b.id == a.id or rel is None:
                    continue
                if sit.sharing_model(a.region_code, sit.first) != "transfer":
                    continue  # the rules of the date share by quotas (F-N11): QuotaKind proposes those
                amount = _wallet_amount(ctx, a.id, b.id)
                if amount <= 0:
                    continue
                step = MoveWallet(a.id, b.id, rel, sit.first, amount)
                if not self.check(Draft.of(sit.base), step, sit):
                    yield step

    def apply(self, draft: Draft, step: MoveWallet, sit: Situation) -> None:
        draft.transfers.append(WalletTransfer(step.month, step.from_id, step.to_id, step.amount_fen, step.relation))

    def check(self, draft: Draft, step: MoveWallet, sit: Situation) -> tuple[Reason, ...]:
        got = sit.memo.get(step)
        if got is None:
            a, b = sit.person(step.from_id), sit.person(step.to_id)
            got = check_binding(a, b, step.relation, sit.rules_on(a.region_code, step.month), on=step.month,
                                purpose="wallet").reasons
            if sit.sharing_model(a.region_code, step.month) != "transfer":
                got = (*got, _model_reason(sit, a.region_code, step.month, "advisor_wallet_model_quota"))
            sit.memo[step] = got
        return got


def _wallet_amount(ctx: Context, a: PersonId, b: PersonId) -> int:
    """What a payer can move or set aside for a relative at once: the relative's expected cash for care
    (the wallet pays no premiums), at most the payer's cautious spare above the floor; whole yuan."""
    need = ctx.need(b, 0, premiums=False)
    floor = ctx.sit.rules_on(ctx.sit.person(a).region_code, ctx.sit.first).value("binding", "reserve_floor_fen", 0)
    return min(_up_to_yuan(need), _down_to_yuan(ctx.spare(a, 0, floor)))


def _model_reason(sit: Situation, code: str, day: dt.date, reason: str) -> Reason:
    rule = sit.rules_on(code, day).rule("wallet", "sharing_model")
    return Reason(reason, (rule.source,) if rule is not None and sit.sharing == "rules" else (), {"day": day})


class QuotaKind:
    """共济额度 (F-N11) where the rules of the date share that way: set today from the payer for the
    receiver. The projection takes a standing quota as the book does (``book.projection``): the part left
    is off the payer's account and in the receiver's wallet from the start; so recording it and projecting
    again gives the figures the plan reports."""

    name = "set_quota"
    step_type = SetQuota

    def generate(self, ctx: Context) -> Iterator[Step]:
        sit = ctx.sit
        on = sit.now_day
        for a in sit.people:
            if a.insurance not in PAYER_INSURANCE or sit.sharing_model(a.region_code, on) != "quota":
                continue
            for b in sit.people:
                rel = sit.relation(a.id, b.id)
                if b.id == a.id or rel is None or (a.id, b.id) in sit.quotas:
                    continue
                amount = _wallet_amount(ctx, a.id, b.id)
                if amount <= 0:
                    continue
                step = SetQuota(a.id, b.id, rel, on, amount)
                draft = Draft.of(sit.base)
                self.apply(draft, step, sit)
                if not self.check(draft, step, sit):
                    yield step

    def apply(self, draft: Draft, step: SetQuota, sit: Situation) -> None:
        draft.balances[step.payer_id] = draft.balances.get(step.payer_id, 0) - step.amount_fen
        draft.wallets[step.receiver_id] = draft.wallets.get(step.receiver_id, 0) + step.amount_fen

    def check(self, draft: Draft, step: SetQuota, sit: Situation) -> tuple[Reason, ...]:
        a, b = sit.person(step.payer_id), sit.person(step.receiver_id)
        key = ("quota", step.payer_id, step.receiver_id, step.relation, step.on)
        got = sit.memo.get(key)
        if got is None:
            got = check_binding(a, b, step.relation, sit.rules_on(a.region_code, step.on), on=step.on,
                                purpose="wallet").reasons
            if sit.sharing_model(a.region_code, step.on) != "quota":
                got = (*got, _model_reason(sit, a.region_code, step.on, "advisor_quota_model_transfer"))
            if (step.payer_id, step.receiver_id) in sit.quotas:
                got = (*got, Reason("advisor_quota_standing", ("F-N11",), {"payer": a.name, "receiver": b.name}))
            sit.memo[key] = got
        if step.amount_fen <= 0 or draft.balances.get(step.payer_id, 0) < 0:  # more than the account holds now
            return (*got, Reason("advisor_quota_over", ("F-N11",), {"payer": a.name}))
        return got
