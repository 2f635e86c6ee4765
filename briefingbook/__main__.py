"""``python -m briefingbook`` runs the same entry point as the ``briefingbook`` command."""

import sys

from briefingbook.cli import main

sys.exit(main())
