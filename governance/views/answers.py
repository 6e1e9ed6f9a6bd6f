"""A member answers a convocation from the signed link of their e-mail, without an account."""

from django.contrib.auth.decorators import login_not_required
from django.shortcuts import render
from django.views.decorators.cache import never_cache

from governance import convocation
from governance import meetings as domain
from governance.enums import AttendanceSource
from governance.errors import GovernanceError
from governance.forms import AnswerForm
from governance.models import Attendance


@login_not_required
@never_cache
def answer(request, token):
    try:
        meeting, member = convocation.read_answer_token(token)
    except GovernanceError as error:
        return render(request, "governance/answer.html", {"errors": error.messages}, status=400)
    others = domain.expected_members(meeting).exclude(pk=member.pk).order_by("person__last_name")
    current = Attendance.objects.filter(meeting=meeting, member=member).first()
    initial = (
        {
            "status": current.status,
            "represented_by": current.represented_by_id,
            "proxy_name": current.proxy_name,
            "comment": current.comment,
        }
        if current
        else {}
    )
    form = AnswerForm(request.POST or None, others=others, initial=initial)
    problems = convocation.answer_problems(meeting)
    recorded = None
    status = 200
    if request.method == "POST":
        if problems:
            status = 400
        elif form.is_valid():
            try:
                recorded = domain.record_attendance(
                    meeting,
                    member,
                    status=form.cleaned_data["status"],
                    represented_by=form.cleaned_data.get("represented_by"),
                    proxy_name=form.cleaned_data.get("proxy_name", "").strip(),
                    source=AttendanceSource.ANSWER,
                    comment=form.cleaned_data.get("comment", ""),
                )
            except GovernanceError as error:
                problems, status = error.messages, 400
        else:
            status = 400
    return render(
        request,
        "governance/answer.html",
        {
            "meeting": meeting,
            "member": member,
            "form": form,
            "items": list(meeting.agenda_items.all()),
            "problems": problems,
            "recorded": recorded,
            "current": current,
        },
        status=status,
    )
