"""Standard content pages and the contact page."""
