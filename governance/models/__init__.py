"""Models of the governance; split by theme, imported here so that `governance.models.X` keeps working."""

from governance.models.instances import DEFAULT_REMINDER_DAYS, Instance, Member, Person

__all__ = ["DEFAULT_REMINDER_DAYS", "Instance", "Member", "Person"]
