"""The official steps a guide walks through, taken from the region pack only.

A guide's sequence is the chosen channel's steps; on the wallet path it is first the wallet-opening
steps (F-W4) for each person who has no wallet yet, then a check before sending (the hospital takes
the wallet, F-W7; the amount within the limits, F-W6), then the transfer steps (F-W5). The quota path
(F-N11) opens the wallets the same way, then walks the steps of setting the quota. Positions in
the sequence are what ``GuideState.step`` and ``GuideState.done`` count.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core import terms
from desktop.core.policy import RegionPolicy
from desktop.core.terms import Channel

from .state import WALLET_PATHS, GuideState

STEP = "step"
WALLET_CHECK = "wallet_check"


@dataclass(frozen=True)
class Item:
    """One page of the walk-through: an official step to tick, or the check before a transfer."""

    kind: str
    channel_id: str | None = None
    index: int = 0            # within the channel
    count: int = 0            # steps of that channel
    who_id: int | None = None  # who does it (on their own phone or at the counter)
    text: tuple[str, str] = ("", "")
    source: str = ""
    opens_wallet_of: int | None = None  # ticking this last opening step records the wallet as open

    def text_in(self, lang: str) -> str:
        return self.text[0] if lang.startswith("zh") else self.text[1]


def channels_for(policy: RegionPolicy, purpose: str) -> list[Channel]:
    """The region's channels for a purpose, nearest pack first."""
    return list(terms.channels(policy, purpose))


def channel(policy: RegionPolicy, channel_id: str | None) -> Channel | None:
    return terms.channel(policy, channel_id)


def _steps(row: Channel, who: int | None, opens: int | None = None) -> list[Item]:
    steps = row.steps
    return [Item(STEP, row.id, i, len(steps), who, s, row.source,
                 opens if i == len(steps) - 1 else None) for i, s in enumerate(steps)]


def sequence(policy: RegionPolicy, state: GuideState) -> list[Item]:
    """Every page between choosing the channel and entering the result, in order."""
    main = channel(policy, state.channel_id)
    if state.purpose == "open_wallet":
        return _steps(main, state.person_id, state.person_id) if main is not None else []
    out: list[Item] = []
    if state.purpose in WALLET_PATHS:  # a transfer or a quota (F-N11) goes through the wallet
        opener = channel(policy, state.open_channel_id)
        if opener is not None:
            for who in state.open_for:
                out.extend(_steps(opener, who, who))
    if state.purpose == "transfer":
        out.append(Item(WALLET_CHECK, state.channel_id, who_id=state.authorizer_id,
                        source=main.source if main is not None else ""))
    if main is not None:
        out.extend(_steps(main, state.authorizer_id))
    return out
