"""E-services: catalogue, forms, cases, applicant accounts, staff handling, embed endpoints."""
