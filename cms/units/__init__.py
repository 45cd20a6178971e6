"""Units as Wagtail sites: groups, collections, workflow, create_unit."""
