"""Persona sets shared by the URL-walk test and each app's `tests/url_expectations.py`.

The personas are the demo's users (see core/management/commands/demo_load.py) plus two outsiders created by the
`other_org` fixture: a plan officer of another organisation and an overseer of another province.
"""
MEMBERS = frozenset({"plan", "complaints", "integrity", "custodian", "mayor", "council", "auditor", "orgadmin"})
OVERSEERS = frozenset({"province", "nacc"})
OUTSIDERS = frozenset({"other_plan", "other_province"})
EVERYONE = frozenset({"anonymous", "admin"}) | MEMBERS | OVERSEERS | OUTSIDERS
SIGNED_IN = EVERYONE - {"anonymous"}
VIEWERS = MEMBERS | OVERSEERS | {"admin"}  # who may read an organisation's internal pages
