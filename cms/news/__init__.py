"""News index and articles."""
