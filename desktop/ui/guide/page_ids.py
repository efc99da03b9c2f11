"""The guide's page ids and the names its progress is saved under.

The wizard (``wizard.py``) builds the pages; the pages say which page comes next. Both read the ids
from here, so no page imports the wizard.
"""

from __future__ import annotations

INTRO, PEOPLE, CHECK, CHANNEL, RESULT, SENT, QUOTA, DONE = 0, 1, 2, 3, 900, 901, 902, 999
FIRST_STEP = 100  # the official steps are FIRST_STEP, FIRST_STEP + 1, ... (below RESULT)
KEYS = {INTRO: "intro", PEOPLE: "people", CHECK: "check", CHANNEL: "channel", RESULT: "result", SENT: "sent",
        QUOTA: "quota", DONE: "done"}
