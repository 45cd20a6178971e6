"""Public-information documents with their metryczka."""
