"""The accessibility statement page type."""
