"""MMN Desktop: an offline reference for migrant-rights advocates in the Greater Mekong."""

__version__ = "0.1.0"
