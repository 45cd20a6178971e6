"""Home pages of the department portal and of each unit."""
