"""Governance of a contract and of territorial health instances: instances (COPIL, comité technique, groupes de
travail, CTS, CDCPPS) and their members, meetings with their agenda, convocations and minutes, decisions and
follow-up tasks, snapshots of the plan for each committee, the calendar of a contract, roadmaps
(docs/governance.md)."""
