"""PyInstaller entry script of the ``medunit-admin`` executable (same as the console script)."""

from medunit.cli.main import main

if __name__ == "__main__":
    main()
