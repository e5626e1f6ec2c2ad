"""`python -m po2pm_rewrite`.

For `-m`, Python puts the working folder first on sys.path, so a file there named like a module
that po2pm or a library imports later (a `timeit.py` or `evil.py` in a cloned resume repository)
would run as that module. The console script `po2pm` has no such entry. This package is already
imported by now and finds its own modules through its own path, so the entry is dropped before
anything else is imported.
"""

import os
import sys

if sys.path and sys.path[0] in ("", os.getcwd()):
    del sys.path[0]

from .cli import main  # noqa: E402  (after the sys.path repair, on purpose)

main()
