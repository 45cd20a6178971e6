"""Signals of the units app, so apps above it add their own permissions to its groups.

The units app never imports the apps that use its groups (e-services, chatbot); each of them
connects a receiver in its ``AppConfig.ready`` and grants what it needs.

* ``department_groups_ensured(sender=Group, department=Group, cuw=Group)`` after
  ``ensure_department_groups`` created or repaired the department and CUW staff groups;
* ``unit_provisioned(sender=Unit, unit=Unit, created=bool)`` after ``provision_unit`` created or
  updated a unit with its groups (inside the same transaction).

Receivers must be idempotent: both are sent again whenever provisioning runs again.
"""

from django.dispatch import Signal

department_groups_ensured = Signal()
unit_provisioned = Signal()
