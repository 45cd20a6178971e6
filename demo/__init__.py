"""Deterministic demo data: seed_demo."""
