"""The content database: SQLAlchemy 2 models, engine and repository."""
