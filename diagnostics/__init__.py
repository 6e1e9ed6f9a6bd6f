"""Territorial diagnostic: indicators imported per territory and compared with département, région and France;
the diagnostic of a contract (indicators, qualitative work, priorities) and its link to the plan (docs/diagnostics.md).
"""
