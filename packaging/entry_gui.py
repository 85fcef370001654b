"""PyInstaller entry script of the ``medunit`` GUI executable (same as the ``medunit`` gui-script)."""

import multiprocessing
import sys

if __name__ == "__main__":
    # First: in a worker process of ``audit verify`` (medunit.crypto.log_signatures) the frozen program is
    # started again; this runs the worker's task and exits instead of opening a second window.
    multiprocessing.freeze_support()
    from medunit.gui.app import main

    sys.exit(main())
