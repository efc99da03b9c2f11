"""Planned expenses and the guides' saved progress."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from desktop.book.activity_views import GuideView, PlannedView, _guide_view, _planned_view
from desktop.book.base import BookBase
from desktop.book.views import Refused, _problem


class PlannedGuidesMixin(BookBase):
    """Planned-expense and guide-progress use cases of FamilyBook."""

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
        from sqlmodel import col

        from desktop.store.models import PlannedExpense

        with self.db.session() as s:
            q = select(PlannedExpense).order_by(col(PlannedExpense.on_date), col(PlannedExpense.id))
            if member_id is not None:
                q = q.where(col(PlannedExpense.member_id) == member_id)
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
            g: GuideProgress | None
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
        from sqlmodel import col

        from desktop.store.models import GuideProgress

        with self.db.session() as s:
            q = select(GuideProgress).order_by(col(GuideProgress.updated_at).desc(), col(GuideProgress.id).desc())
            if finished is not None:
                q = q.where(col(GuideProgress.finished) == finished)
            return [_guide_view(g) for g in s.scalars(q)]

    def delete_guide(self, guide_id: int) -> None:
        from desktop.store.models import GuideProgress

        with self.db.session(write=True) as s:
            g = s.get(GuideProgress, guide_id)
            if g is not None:
                s.delete(g)
