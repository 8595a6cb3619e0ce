"""The content database's schema version, importable without SQLAlchemy (the app's fast path reads it)."""

# 3: the meta table also holds "snapshot", the whole edition as JSON (core/snapshot.py).
SCHEMA_VERSION = 3
