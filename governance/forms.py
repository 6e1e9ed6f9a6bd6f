"""Forms of the governance pages: French labels, help texts and error messages live here; writes go through the
domain modules (`governance.members`, `governance.lifecycle`...)."""

from django import forms

from cls_portal.forms import DsfrForm, DsfrModelForm
from cls_portal.widgets import ChoiceList
from contracts.enums import Civility
from contracts.forms import DateInput
from contracts.models import Organisation
from governance.enums import (
    ANSWER_STATUSES,
    CONTRACT_KINDS,
    TERRITORIAL_KINDS,
    AttendanceStatus,
    InstanceKind,
    MemberRole,
)
from governance.models import (
    AgendaItem,
    Decision,
    FollowUpTask,
    Guest,
    Instance,
    Meeting,
    Member,
    Milestone,
    Person,
    Phase,
)
from referentials.models import Region


def _kind_choices(kinds):
    return [(kind.value, kind.label) for kind in InstanceKind if kind in kinds]


class InstanceForm(DsfrModelForm):
    """An instance of a contract: COPIL, comité, groupe de travail (optionally on an axe)..."""

    class Meta:
        model = Instance
        fields = ["kind", "name", "axe", "description", "quorum"]
        widgets = {"description": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, contract, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.contract = contract
        self.fields["kind"].choices = _kind_choices(CONTRACT_KINDS)
        self.fields["axe"].queryset = contract.axes.order_by("position", "number")
        self.fields["axe"].empty_label = "Aucun"
        self.fields["axe"].label_from_instance = lambda axe: f"{axe.number}. {axe.title}"


class TerritorialInstanceForm(DsfrModelForm):
    """A CTS or a CDCPPS, on a département or a région the user animates."""

    class Meta:
        model = Instance
        fields = ["kind", "name", "departement", "region", "description", "quorum"]
        widgets = {"description": forms.Textarea(attrs={"rows": 3})}
        labels = {"departement": "Département", "region": "ou région"}

    def __init__(self, *args, departements, has_roadmap=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.has_roadmap = has_roadmap
        self.fields["kind"].choices = _kind_choices(TERRITORIAL_KINDS)
        self.fields["departement"].queryset = departements
        self.fields["departement"].empty_label = "Choisir un département"
        self.fields["region"].queryset = Region.objects.filter(departements__in=departements).distinct()
        self.fields["region"].empty_label = "Aucune (instance départementale)"
        self.fields["region"].help_text = "Pour une instance régionale, choisissez la région et aucun département."

    def clean(self):
        cleaned = super().clean()
        departement, region = cleaned.get("departement"), cleaned.get("region")
        if bool(departement) == bool(region):
            self.add_error("departement", "Choisissez un département ou une région, l'un des deux seulement.")
        elif self.instance.pk and departement != self.instance.departement and self.has_roadmap:
            self.add_error(
                "departement",
                "Cette instance porte une feuille de route rattachée à son département : son territoire ne change "
                "plus.",
            )
        return cleaned


class MemberForm(DsfrForm):
    """Seat a person in an instance: someone already known, or a new person (found again by their e-mail)."""

    existing_person = forms.ModelChoiceField(
        label="Personne déjà connue",
        queryset=Person.objects.none(),
        required=False,
        empty_label="Une nouvelle personne (à saisir ci-dessous)",
        help_text="Les personnes qui siègent déjà dans une autre instance que vous animez.",
    )
    civility = forms.ChoiceField(label="Civilité", choices=[("", "Non précisée"), *Civility.choices], required=False)
    first_name = forms.CharField(label="Prénom", max_length=100, required=False)
    last_name = forms.CharField(label="Nom", max_length=100, required=False)
    job_title = forms.CharField(label="Fonction", max_length=200, required=False)
    email = forms.EmailField(label="Adresse e-mail", required=False, help_text="Pour recevoir les convocations.")
    phone = forms.CharField(label="Téléphone", max_length=30, required=False)
    organisation = forms.ModelChoiceField(
        label="Organisation représentée", queryset=Organisation.objects.order_by("name"), required=False
    )
    role = forms.ChoiceField(label="Rôle dans l'instance", choices=MemberRole.choices, initial=MemberRole.MEMBER)
    substitute_for = forms.ModelChoiceField(
        label="Suppléance de",
        queryset=Member.objects.none(),
        required=False,
        help_text="Pour un suppléant ou une suppléante : la personne titulaire remplacée.",
    )
    start_date = forms.DateField(label="Membre depuis le", required=False, widget=DateInput)
    end_date = forms.DateField(label="Membre jusqu'au", required=False, widget=DateInput)

    identity_fields = ["civility", "first_name", "last_name", "job_title", "email", "phone"]

    def __init__(self, *args, instance, known_people=None, member=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.seat_instance = instance
        self.member = member
        titulars = instance.members.exclude(role=MemberRole.SUBSTITUTE).select_related("person")
        if member is not None:
            titulars = titulars.exclude(pk=member.pk)
        self.fields["substitute_for"].queryset = titulars
        self.fields["substitute_for"].empty_label = "Personne"
        self.fields["organisation"].empty_label = "Aucune"
        current = member.organisation_id if member is not None else None
        self.fields["organisation"].queryset = Organisation.objects.offered([current])
        if known_people is None or member is not None:
            del self.fields["existing_person"]
        else:
            self.fields["existing_person"].queryset = known_people.exclude(seats__instance=instance)

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("existing_person"):
            for name, label in (("first_name", "prénom"), ("last_name", "nom")):
                if not (cleaned.get(name) or "").strip():
                    self.add_error(
                        name, f"Indiquez le {label} de la personne, ou choisissez une personne déjà connue."
                    )
        role, titular = cleaned.get("role"), cleaned.get("substitute_for")
        if role == MemberRole.SUBSTITUTE and not titular:
            self.add_error("substitute_for", "Indiquez la personne titulaire que cette suppléance remplace.")
        if role != MemberRole.SUBSTITUTE and titular:
            self.add_error("substitute_for", "Seule une suppléance remplace un membre : choisissez « Personne ».")
        start, end = cleaned.get("start_date"), cleaned.get("end_date")
        if start and end and end < start:
            self.add_error("end_date", "La fin du mandat ne peut pas précéder son début.")
        return cleaned

    def person_data(self):
        return {name: self.cleaned_data.get(name) or "" for name in self.identity_fields}

    def seat_data(self):
        return {
            name: self.cleaned_data.get(name)
            for name in ("organisation", "role", "substitute_for", "start_date", "end_date")
        }

    @classmethod
    def initial_for(cls, member):
        person = member.person
        initial = {name: getattr(person, name) for name in cls.identity_fields}
        initial.update(
            organisation=member.organisation_id,
            role=member.role,
            substitute_for=member.substitute_for_id,
            start_date=member.start_date,
            end_date=member.end_date,
        )
        return initial


# Meetings ------------------------------------------------------------------------------------------------------------


class TimeInput(forms.TimeInput):
    input_type = "time"

    def __init__(self, attrs=None):
        super().__init__(attrs=attrs, format="%H:%M")


class MeetingForm(DsfrModelForm):
    video_url = forms.URLField(
        label="Lien de visioconférence",
        required=False,
        max_length=500,
        assume_scheme="https",
        help_text="Pour une réunion à distance ou hybride, par exemple https://…",
        error_messages={"invalid": "Saisissez une adresse web valide, commençant par https://."},
    )

    class Meta:
        model = Meeting
        fields = ["title", "date", "start_time", "end_time", "place", "video_url"]
        widgets = {"date": DateInput, "start_time": TimeInput, "end_time": TimeInput}
        error_messages = {
            "date": {"required": "Indiquez la date de la réunion.", "invalid": "Saisissez une date valide."},
            "start_time": {"required": "Indiquez l'heure de début.", "invalid": "Saisissez une heure valide."},
            "end_time": {"required": "Indiquez l'heure de fin.", "invalid": "Saisissez une heure valide."},
        }

    def __init__(self, *args, instance_of=None, **kwargs):
        super().__init__(*args, **kwargs)
        if instance_of is not None:
            self.instance.instance = instance_of


class PostponeForm(DsfrForm):
    to_date = forms.DateField(
        label="Nouvelle date", widget=DateInput, error_messages={"required": "Indiquez la nouvelle date."}
    )
    start_time = forms.TimeField(label="Nouvelle heure de début", required=False, widget=TimeInput)
    end_time = forms.TimeField(label="Nouvelle heure de fin", required=False, widget=TimeInput)
    comment = forms.CharField(label="Motif du report", required=False, widget=forms.Textarea(attrs={"rows": 2}))


class CommentForm(DsfrForm):
    comment = forms.CharField(label="Commentaire", required=False, widget=forms.Textarea(attrs={"rows": 2}))


class CancelForm(DsfrForm):
    comment = forms.CharField(
        label="Raison de l'annulation",
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Elle est envoyée aux membres déjà convoqués.",
        error_messages={"required": "Indiquez la raison de l'annulation : elle est envoyée aux membres convoqués."},
    )


class AgendaItemForm(DsfrModelForm):
    class Meta:
        model = AgendaItem
        fields = ["title", "presenter", "duration_minutes", "description", "fiches", "avenant", "approves_minutes_of"]
        widgets = {"description": forms.Textarea(attrs={"rows": 2}), "fiches": ChoiceList}
        error_messages = {"title": {"required": "Indiquez l'intitulé du point."}}

    def __init__(self, *args, meeting, fiches, avenants, approvable, plan_contract_id=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.meeting = meeting
        self.fields["fiches"].queryset = fiches
        # Fiches of the previous generation say which contract they come from.
        self.fields["fiches"].label_from_instance = lambda fiche: (
            f"{fiche.number} — {fiche.title}"
            + (f" ({fiche.contract.name})" if fiche.contract_id != plan_contract_id else "")
        )
        self.fields["avenant"].queryset = avenants
        self.fields["avenant"].empty_label = "Aucun"
        self.fields["approves_minutes_of"].queryset = approvable
        self.fields["approves_minutes_of"].empty_label = "Aucune"
        self.fields["approves_minutes_of"].label_from_instance = lambda m: f"{m.label} ({m.get_status_display()})"


class AttendanceForm(DsfrForm):
    """One status per expected member, and who represents those represented."""

    def __init__(self, *args, members, attendances, **kwargs):
        super().__init__(*args, **kwargs)
        self.members = list(members)
        by_member = {a.member_id: a for a in attendances}
        others = [(str(m.pk), str(m.person)) for m in self.members]
        for member in self.members:
            known = by_member.get(member.pk)
            self.fields[f"status_{member.pk}"] = forms.ChoiceField(
                label=f"{member.person} ({member.get_role_display().lower()})",
                choices=[("", "Non renseignée"), *AttendanceStatus.choices],
                required=False,
                initial=known.status if known else "",
            )
            self.fields[f"represented_by_{member.pk}"] = forms.ChoiceField(
                label=f"Représentation par un autre membre — {member.person}",
                choices=[("", "Personne"), *[c for c in others if c[0] != str(member.pk)]],
                required=False,
                initial=str(known.represented_by_id) if known and known.represented_by_id else "",
            )
            self.fields[f"proxy_{member.pk}"] = forms.CharField(
                label=f"ou par (autre personne) — {member.person}",
                max_length=200,
                required=False,
                initial=known.proxy_name if known else "",
            )

    def rows(self):
        for member in self.members:
            yield {
                "member": member,
                "status": self[f"status_{member.pk}"],
                "represented_by": self[f"represented_by_{member.pk}"],
                "proxy": self[f"proxy_{member.pk}"],
            }

    def clean(self):
        cleaned = super().clean()
        for member in self.members:
            status = cleaned.get(f"status_{member.pk}")
            if status == AttendanceStatus.REPRESENTED and not (
                cleaned.get(f"represented_by_{member.pk}") or cleaned.get(f"proxy_{member.pk}", "").strip()
            ):
                self.add_error(f"status_{member.pk}", f"Indiquez qui représente {member.person}.")
        return cleaned

    def answers(self):
        """(member, status, represented_by member pk or None, proxy name) for each member with a status."""
        for member in self.members:
            status = self.cleaned_data.get(f"status_{member.pk}")
            if status:
                represented = self.cleaned_data.get(f"represented_by_{member.pk}")
                yield (
                    member,
                    status,
                    int(represented) if represented else None,
                    self.cleaned_data.get(f"proxy_{member.pk}", "").strip(),
                )


class GuestForm(DsfrModelForm):
    class Meta:
        model = Guest
        fields = ["name", "organisation"]
        error_messages = {"name": {"required": "Indiquez le nom de la personne invitée."}}


class MinutesForm(DsfrForm):
    minutes = forms.CharField(
        label="Compte rendu (texte libre)",
        required=False,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text="Ce qui ne relève d'aucun point : tour de table, questions diverses, prochaine réunion.",
    )

    def __init__(self, *args, meeting, items, **kwargs):
        super().__init__(*args, **kwargs)
        self.items = list(items)
        fields = {}
        for number, item in enumerate(self.items, start=1):
            fields[f"item_{item.pk}"] = forms.CharField(
                label=f"{number}. {item.title}",
                required=False,
                widget=forms.Textarea(attrs={"rows": 4}),
                initial=item.minutes,
            )
        free = self.fields.pop("minutes")
        free.initial = meeting.minutes
        self.fields.update(fields)
        self.fields["minutes"] = free
        self._bound_fields_cache.clear()

    def items_minutes(self):
        return {item.pk: self.cleaned_data.get(f"item_{item.pk}", "") for item in self.items}


class DecisionForm(DsfrModelForm):
    class Meta:
        model = Decision
        fields = ["text", "agenda_item", "fiche", "axe", "avenant"]
        widgets = {"text": forms.Textarea(attrs={"rows": 3})}
        error_messages = {"text": {"required": "Indiquez la décision prise."}}

    def __init__(self, *args, meeting, fiches, axes, avenants, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.meeting = meeting
        self.fields["agenda_item"].queryset = meeting.agenda_items.all()
        self.fields["fiche"].queryset = fiches
        self.fields["fiche"].label_from_instance = lambda fiche: f"{fiche.number} — {fiche.title}"
        self.fields["axe"].queryset = axes
        self.fields["axe"].label_from_instance = lambda axe: f"{axe.number}. {axe.title}"
        self.fields["avenant"].queryset = avenants
        for name in ("agenda_item", "fiche", "axe", "avenant"):
            self.fields[name].empty_label = "Aucun" if name != "fiche" else "Aucune"


class TaskForm(DsfrModelForm):
    class Meta:
        model = FollowUpTask
        fields = ["text", "owner", "owner_name", "due_date", "fiche", "done"]
        widgets = {"text": forms.Textarea(attrs={"rows": 2}), "due_date": DateInput}
        error_messages = {"text": {"required": "Indiquez la suite à donner."}}

    def __init__(self, *args, meeting, fiches, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.meeting = meeting
        self.fields["owner"].queryset = Person.objects.filter(seats__instance=meeting.instance).distinct()
        self.fields["owner"].empty_label = "Personne de l'instance"
        self.fields["fiche"].queryset = fiches
        self.fields["fiche"].label_from_instance = lambda fiche: f"{fiche.number} — {fiche.title}"
        self.fields["fiche"].empty_label = "Aucune"


class AnswerForm(DsfrForm):
    """A member's answer to a convocation, from the link of their e-mail."""

    status = forms.ChoiceField(
        label="Votre réponse",
        choices=[(status.value, status.label) for status in ANSWER_STATUSES],
        widget=forms.RadioSelect,
        error_messages={"required": "Choisissez votre réponse : présence, excuse ou représentation."},
    )
    represented_by = forms.ModelChoiceField(
        label="Représentation par un autre membre", queryset=Member.objects.none(), required=False
    )
    proxy_name = forms.CharField(label="ou par une autre personne (nom et fonction)", max_length=200, required=False)
    comment = forms.CharField(label="Commentaire", max_length=300, required=False)

    def __init__(self, *args, others, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["represented_by"].queryset = others
        self.fields["represented_by"].empty_label = "Personne"

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("status") == AttendanceStatus.REPRESENTED and not (
            cleaned.get("represented_by") or (cleaned.get("proxy_name") or "").strip()
        ):
            self.add_error("represented_by", "Indiquez qui vous représentera.")
        return cleaned


class ReminderSettingsForm(DsfrModelForm):
    class Meta:
        model = Instance
        fields = ["reminders_enabled", "reminder_days"]
        error_messages = {"reminder_days": {"required": "Indiquez le délai de relance, en jours."}}


class PhaseForm(DsfrModelForm):
    class Meta:
        model = Phase
        fields = ["parent", "title", "planned_start", "planned_end", "actual_start", "actual_end"]
        widgets = {name: DateInput for name in ("planned_start", "planned_end", "actual_start", "actual_end")}
        error_messages = {"title": {"required": "Indiquez l'intitulé de la phase."}}

    def __init__(self, *args, contract, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.contract = contract
        parents = Phase.objects.filter(contract=contract, parent__isnull=True)
        if self.instance.pk:
            parents = parents.exclude(pk=self.instance.pk)
        self.fields["parent"].queryset = parents
        self.fields["parent"].empty_label = "Aucune (phase principale)"
        self.fields["parent"].label = "Étape de la phase"

    def clean(self):
        cleaned = super().clean()
        parent = cleaned.get("parent")
        if parent and self.instance.pk and self.instance.steps.exists():
            self.add_error("parent", "Cette phase a ses propres étapes : elle reste une phase principale.")
        return cleaned


class MilestoneForm(DsfrModelForm):
    class Meta:
        model = Milestone
        fields = ["phase", "title", "planned_on", "actual_on", "meeting"]
        widgets = {"planned_on": DateInput, "actual_on": DateInput}
        error_messages = {
            "title": {"required": "Indiquez l'intitulé du jalon."},
            "planned_on": {"required": "Indiquez la date prévue du jalon.", "invalid": "Saisissez une date valide."},
        }

    def __init__(self, *args, contract, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.contract = contract
        self.fields["phase"].queryset = Phase.objects.filter(contract=contract)
        self.fields["phase"].empty_label = "Aucune"
        self.fields["meeting"].queryset = Meeting.objects.filter(instance__contract=contract).select_related(
            "instance"
        )
        self.fields["meeting"].empty_label = "Aucune"
        self.fields["meeting"].label_from_instance = lambda meeting: meeting.label


class RoadmapForm(DsfrForm):
    title = forms.CharField(
        label="Intitulé de la feuille de route",
        max_length=300,
        error_messages={"required": "Indiquez l'intitulé de la feuille de route."},
        help_text="Par exemple « Feuille de route Métropole-Flandres « innovons en santé » ».",
    )
