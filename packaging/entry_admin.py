"""PyInstaller entry script of the ``medunit-admin`` executable (same as the console script)."""

import multiprocessing

if __name__ == "__main__":
    # First: in a worker process of ``audit verify`` (medunit.crypto.log_signatures) the frozen program is
    # started again; this runs the worker's task and exits instead of starting the command line again.
    multiprocessing.freeze_support()
    from medunit.cli.main import main

    main()
