"""The binding guide (issue 6): a wizard from "who pays for whom" to a recorded binding or transfer.

    start_guide(window, *, authorizer_id=None, beneficiary_id=None, purpose="bind") -> GuideWizard
    open_guide(window, *, purpose=None, authorizer_id=None, beneficiary_id=None, guide_id=None) -> GuideWizard
    unfinished(book) -> list[GuideView]        # guides left half-way, newest first

``window`` is the MainWindow (``window.book``, ``window.show_page(key)``).
The wizard is shown window-modal but not blocking (``show()``, never ``exec()``). ``start_guide`` is
the hook the Bindings page and the Home cards call.
"""

from __future__ import annotations


def open_guide(window, **kwargs):
    from .wizard import open_guide as _open

    return _open(window, **kwargs)


def start_guide(window, *, authorizer_id: int | None = None, beneficiary_id: int | None = None,
                purpose: str | None = "bind"):
    """Open the guide for these people; with nothing half-done to offer, go straight to choosing them."""
    return open_guide(window, purpose=purpose, authorizer_id=authorizer_id, beneficiary_id=beneficiary_id,
                      skip_intro=True)


def unfinished(book) -> list:
    return book.guides(finished=False)
