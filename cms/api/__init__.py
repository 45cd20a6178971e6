"""The GraphQL API through which content leaves the CMS."""
