"""Factories for pages, sites and users, shared by every test area."""
