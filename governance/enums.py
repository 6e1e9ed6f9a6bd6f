"""Choices of the governance: English values stored, French labels shown."""

from django.db import models


class InstanceKind(models.TextChoices):
    COPIL = "copil", "Comité de pilotage (COPIL)"
    TECHNICAL_COMMITTEE = "technical_committee", "Comité technique"
    MONITORING_COMMITTEE = "monitoring_committee", "Comité de suivi"
    WORKING_GROUP = "working_group", "Groupe de travail"
    OPERATIONAL_GROUP = "operational_group", "Groupe opérationnel"
    PLENARY = "plenary", "Assemblée plénière"
    CTS = "cts", "Conseil territorial de santé (CTS)"
    CDCPPS = "cdcpps", "Commission départementale de coordination des politiques publiques de santé (CDCPPS)"


# Instances of one contract (seeds 000 and 004): the contract's animators and coordinators run them.
CONTRACT_KINDS = {
    InstanceKind.COPIL,
    InstanceKind.TECHNICAL_COMMITTEE,
    InstanceKind.MONITORING_COMMITTEE,
    InstanceKind.WORKING_GROUP,
    InstanceKind.OPERATIONAL_GROUP,
    InstanceKind.PLENARY,
}
# Instances of a territory (a département or a région), run by the ARS animators of that territory.
TERRITORIAL_KINDS = {InstanceKind.CTS, InstanceKind.CDCPPS}
# The committees the plan's pilotes prepare for: `manage.py send_reminders` writes to them before these.
REMINDED_KINDS = {InstanceKind.COPIL, InstanceKind.TECHNICAL_COMMITTEE, InstanceKind.MONITORING_COMMITTEE}


class MemberRole(models.TextChoices):
    PRESIDENT = "president", "Président ou présidente"
    MEMBER = "member", "Membre"
    SUBSTITUTE = "substitute", "Suppléant ou suppléante"
    PERMANENT_GUEST = "permanent_guest", "Invité permanent ou invitée permanente"
    SECRETARIAT = "secretariat", "Secrétariat"


# Who counts in the quorum: a substitute counts in place of the member they stand in for (governance/attendance.py).
VOTING_ROLES = {MemberRole.PRESIDENT, MemberRole.MEMBER}


class MeetingStatus(models.TextChoices):
    PLANNED = "planned", "Planifiée"
    CONVENED = "convened", "Convoquée"
    POSTPONED = "postponed", "Reportée"
    HELD = "held", "Tenue"
    MINUTES_WRITTEN = "minutes_written", "Compte rendu rédigé"
    MINUTES_APPROVED = "minutes_approved", "Compte rendu approuvé"
    CANCELLED = "cancelled", "Annulée"


# Still to come: on the agenda pages, in the calendar feeds, and what reminders prepare for.
UPCOMING_STATUSES = {MeetingStatus.PLANNED, MeetingStatus.CONVENED, MeetingStatus.POSTPONED}
# The meeting took place: attendance, minutes, decisions and tasks belong to it.
HELD_STATUSES = {MeetingStatus.HELD, MeetingStatus.MINUTES_WRITTEN, MeetingStatus.MINUTES_APPROVED}
# Members have received a convocation whose calendar event an update or a cancellation must replace.
CONVENED_STATUSES = {MeetingStatus.CONVENED, MeetingStatus.POSTPONED}

MEETING_STATUS_BADGES = {
    MeetingStatus.PLANNED: "fr-badge--new",
    MeetingStatus.CONVENED: "fr-badge--info",
    MeetingStatus.POSTPONED: "fr-badge--warning",
    MeetingStatus.HELD: "fr-badge--purple-glycine",
    MeetingStatus.MINUTES_WRITTEN: "fr-badge--purple-glycine",
    MeetingStatus.MINUTES_APPROVED: "fr-badge--success",
    MeetingStatus.CANCELLED: "fr-badge--error",
}


class AttendanceStatus(models.TextChoices):
    PRESENT = "present", "Présent ou présente"
    EXCUSED = "excused", "Excusé ou excusée"
    ABSENT = "absent", "Absent ou absente"
    REPRESENTED = "represented", "Représenté ou représentée"


# What a member may answer to a convocation from the link of their e-mail ("absent" is observed, not announced).
ANSWER_STATUSES = [AttendanceStatus.PRESENT, AttendanceStatus.EXCUSED, AttendanceStatus.REPRESENTED]


class AttendanceSource(models.TextChoices):
    ANSWER = "answer", "Réponse à la convocation"
    SECRETARIAT = "secretariat", "Saisie du secrétariat"


class MailKind(models.TextChoices):
    CONVOCATION = "convocation", "Convocation"
    UPDATE = "update", "Modification"
    CANCELLATION = "cancellation", "Annulation"
    REMINDER = "reminder", "Relance des pilotes"
