"""The PySide6 desktop client: start-up dialogs and the main window. Calls services only."""
