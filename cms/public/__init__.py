"""What the public may see and where: pages' public addresses and visibility rules.

Shared by the GraphQL API (``cms.api``) and the open data (``cms.open_data``), below both.
"""
