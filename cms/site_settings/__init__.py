"""Per-site settings: theme colours, logo, contacts, social links."""
