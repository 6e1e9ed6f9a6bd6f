"""Territorial diagnostic: indicators imported per commune and compared with département, région and France.
Not installed yet: a later issue builds it on top of the referentials geography."""
