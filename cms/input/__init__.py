"""Checks of what clients send before anything uses it: characters, JSON bodies."""
