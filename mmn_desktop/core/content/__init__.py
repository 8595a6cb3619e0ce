"""Content sources: one module per work (schema, loader and validation)."""

from mmn_desktop.core.content.loader import content_hash, load_content

__all__ = ["content_hash", "load_content"]
