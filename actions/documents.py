"""Deleting what holds uploaded files (a document, a fiche and its documents) deletes the files too, once the
deletion is committed: a rolled-back deletion keeps them, and no file outlives the row that made it reachable."""

from django.db import transaction

from actions.models import FicheAction, FicheDocument


def stored_files(instance):
    if isinstance(instance, FicheAction):
        documents = instance.documents.exclude(file="")
    elif isinstance(instance, FicheDocument):
        documents = [instance] if instance.file else []
    else:
        return []
    return [(document.file.storage, document.file.name) for document in documents]


def delete_with_files(instance):
    """`instance.delete()`, then the deletion of the files of its documents after the commit."""
    files = stored_files(instance)
    with transaction.atomic():
        instance.delete()
        for storage, name in files:
            transaction.on_commit(lambda storage=storage, name=name: storage.delete(name))
