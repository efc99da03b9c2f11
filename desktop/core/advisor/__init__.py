"""The family's best plan: bindings, premium payments, quotas and wallet transfers that cut the cash out of pocket.

Pure (no Qt, no SQL). Given the book's projection input and the rules by date, it proposes every step the
rules allow (``kinds.py``), searches the combinations (``search.py``: exhaustive on small families,
greedy and local search on large ones), and verifies every plan it reports through the projection: the
saving is projection(without) − projection(with), never an estimate of the search's own.

Public API::

    Situation(base: ProjectionInput, relations: {(a, b): relation of b to a}, rules_on(code, day),
              policy_for(code), today, protect_pct=100, wallet_open=frozenset(), months=None,
              policy_on=None, sharing="rules", quotas=frozenset())
    advise(sit, history=(), *, runs=200, seed=0, exhaustive_limit=1024, alternatives=4, progress=None) -> Advice
    Advice(baseline, base_cash_fen, plans, exhaustive, proposed, scored, protect_pct)   .best -> Plan | None
    Plan(steps: tuple[Explained, ...], saving_fen, low_fen, high_fen, base_cash_fen, plan_cash_fen,
         people: tuple[PersonSaving, ...], input, projection)   .sources
    Explained(step, what: Reason, rules: tuple[Reason, ...], asks: tuple[Reason, ...], channels)   .sources
    steps: AddBinding, RenewBinding, EndBinding, PayPremium, MoveWallet, SetQuota, WalletOrder (steps.py)
    baseline(sit) -> ProjectionInput          # the input "without" (premiums due included)
    apply_plan(sit, base, steps) -> Draft     # .done() -> ProjectionInput;  plan_reasons(sit, draft, steps)
    KINDS                                     # one entry per kind of step; add a kind there
"""

from .advise import ALTERNATIVES, BAND_RUNS, HOME_CARD_FEN, Advice, PersonSaving, Plan, advise
from .kinds import KINDS, apply_plan, plan_reasons
from .situation import PROTECT_DEFAULT, Situation, baseline, premiums_due
from .steps import AddBinding, EndBinding, MoveWallet, PayPremium, RenewBinding, SetQuota, Step, WalletOrder
from .wording import Explained, explain

__all__ = ["ALTERNATIVES", "BAND_RUNS", "HOME_CARD_FEN", "KINDS", "PROTECT_DEFAULT", "AddBinding", "Advice",
           "EndBinding", "Explained", "MoveWallet", "PayPremium", "PersonSaving", "Plan", "RenewBinding",
           "SetQuota", "Situation", "Step", "WalletOrder", "advise", "apply_plan", "baseline", "explain", "plan_reasons",
           "premiums_due"]
