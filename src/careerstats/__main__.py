"""``python -m careerstats``: the same as the ``careerstats`` command."""

import sys

from careerstats.cli import main

sys.exit(main())
