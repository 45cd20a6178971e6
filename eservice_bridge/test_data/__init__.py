"""Test data for the e-services: factories shared by the tests and the demo.

Builds on ``cms.test_data`` (units, staff users); ``cms`` never imports this package.
"""
