"""Events index and events."""
