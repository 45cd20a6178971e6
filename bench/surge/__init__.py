"""The recruitment-morning surge benchmark (``bench/eservices.py``), split by concern."""
