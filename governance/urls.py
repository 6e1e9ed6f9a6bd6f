from django.urls import path

from governance.views import answers, calendar, instances, meetings, reminders, roadmaps, timeline

app_name = "governance"
urlpatterns = [
    path("", instances.index, name="index"),
    path("instances/nouvelle/", instances.territorial_instance_create, name="territorial_instance_create"),
    path("instances/<int:pk>/", instances.instance_detail, name="instance"),
    path("instances/<int:pk>/modifier/", instances.instance_edit, name="instance_edit"),
    path("instances/<int:pk>/membres/ajouter/", instances.member_add, name="member_add"),
    path("instances/<int:pk>/membres/<int:member_pk>/modifier/", instances.member_edit, name="member_edit"),
    path("instances/<int:pk>/membres/<int:member_pk>/retirer/", instances.member_remove, name="member_remove"),
    path("instances/<int:pk>/reunions/nouvelle/", meetings.meeting_create, name="meeting_create"),
    path("instances/<int:pk>/relances/", reminders.reminders_page, name="reminders"),
    path("instances/<int:pk>/feuille-de-route/", roadmaps.roadmap, name="roadmap"),
    path("contrats/<slug:slug>/instances/nouvelle/", instances.instance_create, name="instance_create"),
    path("contrats/<slug:slug>/contacts/", instances.contacts, name="contacts"),
    path("contrats/<slug:slug>/contacts.xlsx", instances.contacts_export, {"extension": "xlsx"}, name="contacts_xlsx"),
    path("contrats/<slug:slug>/contacts.csv", instances.contacts_export, {"extension": "csv"}, name="contacts_csv"),
    # Meetings
    path("reunions/<int:pk>/", meetings.meeting_detail, name="meeting"),
    path("reunions/<int:pk>/modifier/", meetings.meeting_edit, name="meeting_edit"),
    path("reunions/<int:pk>/etat/<str:action>/", meetings.meeting_transition, name="meeting_transition"),
    path("reunions/<int:pk>/ordre-du-jour/ajouter/", meetings.agenda_item_form, name="agenda_item_create"),
    path(
        "reunions/<int:pk>/ordre-du-jour/<int:item_pk>/modifier/", meetings.agenda_item_form, name="agenda_item_edit"
    ),
    path(
        "reunions/<int:pk>/ordre-du-jour/<int:item_pk>/retirer/",
        meetings.agenda_item_delete,
        name="agenda_item_delete",
    ),
    path(
        "reunions/<int:pk>/ordre-du-jour/<int:item_pk>/monter/",
        meetings.agenda_item_move,
        {"direction": "monter"},
        name="agenda_item_up",
    ),
    path(
        "reunions/<int:pk>/ordre-du-jour/<int:item_pk>/descendre/",
        meetings.agenda_item_move,
        {"direction": "descendre"},
        name="agenda_item_down",
    ),
    path("reunions/<int:pk>/ordre-du-jour/<int:item_pk>/approuver/", meetings.approve_minutes, name="approve_minutes"),
    path("reunions/<int:pk>/presences/", meetings.attendance, name="attendance"),
    path("reunions/<int:pk>/invites/ajouter/", meetings.guest_add, name="guest_add"),
    path("reunions/<int:pk>/invites/<int:guest_pk>/retirer/", meetings.guest_delete, name="guest_delete"),
    path("reunions/<int:pk>/compte-rendu/", meetings.minutes_edit, name="minutes_edit"),
    path("reunions/<int:pk>/decisions/ajouter/", meetings.decision_form, name="decision_create"),
    path("reunions/<int:pk>/decisions/<int:decision_pk>/modifier/", meetings.decision_form, name="decision_edit"),
    path("reunions/<int:pk>/suites/ajouter/", meetings.task_form, name="task_create"),
    path("reunions/<int:pk>/suites/<int:task_pk>/modifier/", meetings.task_form, name="task_edit"),
    path("reunions/<int:pk>/suites/<int:task_pk>/basculer/", meetings.task_toggle, name="task_toggle"),
    path("reponse/<str:token>/", answers.answer, name="answer"),
    # Agenda and calendars
    path("agenda/", calendar.agenda, name="agenda"),
    path("agenda/<int:year>/<int:month>/", calendar.month, name="month"),
    path("agenda/abonnement/", calendar.feed_settings, name="feed_settings"),
    path("agenda/abonnement/renouveler/", calendar.feed_revoke, name="feed_revoke"),
    path("agenda/flux/<str:key>.ics", calendar.feed, name="feed"),
    path("agenda/flux/<str:key>/<slug:slug>.ics", calendar.contract_feed, name="contract_feed"),
    path("contrats/<slug:slug>/calendrier/", timeline.contract_calendar, name="contract_calendar"),
    path("contrats/<slug:slug>/calendrier/phases/ajouter/", timeline.phase_form, name="phase_create"),
    path("contrats/<slug:slug>/calendrier/phases/<int:pk>/modifier/", timeline.phase_form, name="phase_edit"),
    path("contrats/<slug:slug>/calendrier/jalons/ajouter/", timeline.milestone_form, name="milestone_create"),
    path("contrats/<slug:slug>/calendrier/jalons/<int:pk>/modifier/", timeline.milestone_form, name="milestone_edit"),
    path("contrats/<slug:slug>/calendrier/<str:kind>/<int:pk>/retirer/", timeline.step_delete, name="calendar_delete"),
]
