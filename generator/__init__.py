"""Turn news articles into cited, searchable explainer pages."""

__version__ = "0.1.0"
