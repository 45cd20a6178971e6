"""Test data for the CMS: factory_boy factories shared by the tests and the demo.

Importable outside ``tests/`` (as ONSdigital/dis-wagtail keeps ``cms/test_data``) so the demo
builds its objects with the same factories as the tests. Nothing here imports
``eservice_bridge`` or ``chatbot_embed``: the CMS sits below them.
"""
