"""Static build pipeline: GraphQL in, Pelican-rendered static sites out, swapped in atomically.

Never imports from ``cms``: whoever starts a build hands it a GraphQL transport.
"""
