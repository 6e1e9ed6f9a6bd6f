"""Governance of a contract: instances (COPIL, comité technique, groupes de travail), meetings, minutes, decisions and
per-committee snapshots of the plan. Not installed yet: the next issue builds it on top of contracts and actions."""
