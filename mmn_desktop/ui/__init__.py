"""The PySide6 front end. Reaches content only through the core services it is given."""
