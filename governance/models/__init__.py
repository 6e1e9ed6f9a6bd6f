"""Models of the governance; split by theme, imported here so that `governance.models.X` keeps working."""

from governance.models.calendar import CalendarFeedToken, Milestone, Phase, ReminderLog, Roadmap
from governance.models.instances import DEFAULT_REMINDER_DAYS, Instance, Member, Person
from governance.models.meetings import (
    AgendaItem,
    Attendance,
    Decision,
    FollowUpTask,
    Guest,
    MailLog,
    Meeting,
    MeetingSnapshot,
    MeetingTransition,
)

__all__ = [
    "DEFAULT_REMINDER_DAYS",
    "AgendaItem",
    "Attendance",
    "CalendarFeedToken",
    "Decision",
    "FollowUpTask",
    "Guest",
    "Instance",
    "MailLog",
    "Meeting",
    "MeetingSnapshot",
    "MeetingTransition",
    "Member",
    "Milestone",
    "Person",
    "Phase",
    "ReminderLog",
    "Roadmap",
]
