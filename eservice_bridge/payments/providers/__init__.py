"""Payment provider adapters (see base.py for the interface, docs/payments.md for the scheme)."""
