"""PCHA Desktop: the District Quality-of-Life Development Committee secretary's workbench."""

__version__ = "0.1.0"
