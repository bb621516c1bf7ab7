"""Counters bumped in one SQL statement: INSERT … ON CONFLICT … DO UPDATE … RETURNING (SQLite ≥ 3.35, PostgreSQL).

The ORM has no "increment, or create, and tell me the new value": done with update/create/select it takes three
statements inside a savepoint and, on PostgreSQL, two concurrent first requests race on the insert. One upsert is
atomic on both databases, and short: on SQLite it is all the time the single writer lock is held for it.
"""
from __future__ import annotations

from django.db import connection


def counter_bump(model, *, keys: dict, field: str, first: tuple[str, list] = ("1", [])) -> int:
    """Add 1 to `field` of the row of `model` whose unique key is `keys` (creating it) and return the new value.

    `first` is the SQL expression (with its parameters) the field starts at when the row is created; it may be a
    subquery, e.g. one more than the highest number already given.
    """
    meta = model._meta
    qn = connection.ops.quote_name
    columns = [meta.get_field(name) for name in keys]
    target = meta.get_field(field)
    table = qn(meta.db_table)
    sql = (f"INSERT INTO {table} ({', '.join(qn(c.column) for c in columns)}, {qn(target.column)}) "
           f"VALUES ({', '.join('%s' for _ in columns)}, {first[0]}) "
           f"ON CONFLICT ({', '.join(qn(c.column) for c in columns)}) "
           f"DO UPDATE SET {qn(target.column)} = {table}.{qn(target.column)} + 1 RETURNING {qn(target.column)}")
    params = [c.get_db_prep_value(keys[c.name], connection) for c in columns] + list(first[1])
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchone()[0]
