"""Who is calling: the client's real address behind trusted proxies, and per-client limits."""
