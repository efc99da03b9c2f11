"""The advisor's answer as plain data and lines: the CLI prints these, the printed summary uses them.

One place turns an :class:`~desktop.core.advisor.Advice` into words, so the CLI, the page and the sheet
say the same figures.
"""

from __future__ import annotations

from typing import Any

from desktop.core.money import format_fen


def _step_json(s: Any, lang: str) -> dict:
    step = s.step
    fields = {k: (v.isoformat() if hasattr(v, "isoformat") else v)
              for k, v in ((f, getattr(step, f)) for f in step.__dataclass_fields__)}
    return {"kind": step.kind, **fields, "what": s.what.text(lang), "sources": list(s.sources),
            "rules": [{"text": r.text(lang), "sources": list(r.sources)} for r in s.rules],
            "asks": [{"text": r.text(lang), "sources": list(r.sources)} for r in s.asks],
            "channels": [c.id for c in s.channels]}


def advice_json(advice: Any, months: int, lang: str = "zh") -> dict:
    """Everything the advisor found, as JSON-ready data (fen integers, ISO dates)."""
    return {
        "months": months, "protect_pct": advice.protect_pct, "exhaustive": advice.exhaustive,
        "proposed_steps": advice.proposed, "plans_scored": advice.scored,
        "cash_without_fen": advice.base_cash_fen,
        "plans": [{
            "rank": i + 1, "saving_fen": p.saving_fen, "saving_low_fen": p.low_fen, "saving_high_fen": p.high_fen,
            "cash_without_fen": p.base_cash_fen, "cash_with_fen": p.plan_cash_fen, "sources": list(p.sources),
            "people": [{"member_id": x.person_id, "name": x.name, "cash_without_fen": x.base_cash_fen,
                        "cash_with_fen": x.plan_cash_fen} for x in p.people],
            "steps": [_step_json(s, lang) for s in p.steps],
        } for i, p in enumerate(advice.plans)],
    }


def advice_lines(advice: Any, months: int, lang: str = "zh") -> list[str]:
    """The plans as numbered lines: saving and range, who pays less, each step with its rules and asks."""
    zh = lang.startswith("zh")
    out = [(f"未来 {months} 个月，全家预计自付 {format_fen(advice.base_cash_fen)}。" if zh else
            f"Over the next {months} months the family is expected to pay {format_fen(advice.base_cash_fen)} in cash.")]
    if not advice.plans:
        out.append("没有找到能减少自付的办法。" if zh else "No arrangement the rules allow cuts the cash paid.")
        return out
    for i, p in enumerate(advice.plans, 1):
        head = ("最佳方案" if i == 1 else f"方案 {i}") if zh else ("Best plan" if i == 1 else f"Plan {i}")
        out.append("")
        out.append(f"{head}：预计少自付 {format_fen(p.saving_fen)}（模拟的 10%–90%：{format_fen(p.low_fen)}–"
                   f"{format_fen(p.high_fen)}）" if zh else
                   f"{head}: about {format_fen(p.saving_fen)} less cash (10–90 % of simulated futures: "
                   f"{format_fen(p.low_fen)}–{format_fen(p.high_fen)})")
        if not p.low_fen <= p.saving_fen <= p.high_fen:  # the Savings page says the same
            out.append("  （预计数按平均每月算；模拟是重放过去整月的花费，所以可能落在范围之外。）" if zh else
                       "  (The expected figure uses an average month; the simulated futures replay whole past months, "
                       "so it can fall outside their range.)")
        for x in p.people:
            if x.saved_fen:
                out.append(f"  {x.name}：{format_fen(x.base_cash_fen)} → {format_fen(x.plan_cash_fen)}" if zh else
                           f"  {x.name}: {format_fen(x.base_cash_fen)} → {format_fen(x.plan_cash_fen)}")
        for k, s in enumerate(p.steps, 1):
            out.append(f"  {k}. {s.what.text(lang)}")
            for r in s.rules:
                out.append(f"     {'依据' if zh else 'Rule'}: {r.text(lang)} [{', '.join(r.sources)}]"
                           if r.sources else f"     {'依据' if zh else 'Rule'}: {r.text(lang)}")
            for r in s.asks:
                out.append(f"     {'需要' if zh else 'Asks'}: {r.text(lang)}")
    return out
