"""PyInstaller entry script of the ``medunit`` GUI executable (same as the ``medunit`` gui-script)."""

import sys

from medunit.gui.app import main

if __name__ == "__main__":
    sys.exit(main())
