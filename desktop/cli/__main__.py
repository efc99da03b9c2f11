"""``python -m desktop.cli``: the same as ``familypool-cli``."""

import sys

from . import main

sys.exit(main())
