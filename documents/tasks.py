"""Background tasks of the documents app (django-tasks; `manage.py db_worker` runs them)."""

from django_tasks import TaskContext, task

from documents import rendering


@task(takes_context=True)
def render_document(context: TaskContext, rendering_id: int) -> str:
    """Render one version (documents.rendering.perform); its status is the task's result."""
    return rendering.perform(rendering_id, task_id=context.task_result.id)


def enqueue(version) -> str:
    """Hand a queued version to the worker; returns the task's id."""
    return render_document.enqueue(version.pk).id
