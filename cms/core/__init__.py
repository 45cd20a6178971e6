"""Shared content building blocks: StreamField blocks and base page types."""
