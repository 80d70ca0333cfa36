"""Arising: council minutes into a knowledge base that tracks every recommendation until it is resolved."""

__version__ = "0.1.0"
