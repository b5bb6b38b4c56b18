#!/usr/bin/python3
"""Turns sqldef's YAML test cases into the JSON list the round-trip test reads.

usage: sqldefcases.py DIALECT_DIR SERVER_MAJOR OUT.json

Each case becomes {"file", "name", "current", "desired", "skip"}: "skip" says why a
case cannot run on this server (another flavour, a newer server, a missing
extension) and is null otherwise. Runs with Debian's python3 and python3-yaml.
"""
import glob
import re
import json
import os
import sys

import yaml

RENAMED = re.compile(r'@renamed\s+from=("(?:[^"]|"")*"|`(?:[^`]|``)*`|[^\s*]+)')
CREATE_TABLE = re.compile(r'CREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?((?:"(?:[^"]|"")*"|`(?:[^`]|``)*`|[\w$]+)(?:\.(?:"(?:[^"]|"")*"|`(?:[^`]|``)*`|[\w$]+))?)', re.I)
NOT_A_COLUMN = re.compile(r'^\s*(CONSTRAINT|INDEX|KEY|UNIQUE|PRIMARY|FOREIGN|CHECK|CREATE|FULLTEXT|SPATIAL|EXCLUDE|\)|/\*)', re.I)


def unquote(name, dialect):
    if name[:1] in '"`' and name[-1:] == name[:1]:
        return name[1:-1].replace(name[0] * 2, name[0])
    # PostgreSQL folds a name written without quotes to lower case.
    return name.lower() if dialect == 'postgres' else name


def declared_renames(sql, dialect):
    """sqldef's '@renamed from=OLD' annotations on tables and columns, as
    the renames Parity's plan takes (index and enum renames have no
    counterpart: Parity pairs indexes by shape and enum types by name)."""
    renames = []
    table = None
    for line in sql.split('\n'):
        create = CREATE_TABLE.search(line)
        if create:
            table = unquote(create.group(1).split('.')[-1], dialect)
        found = RENAMED.search(line)
        if found and table is not None:
            old = unquote(found.group(1), dialect)
            if create:
                renames.append({'table': old, 'column': '', 'newName': table})
            elif not NOT_A_COLUMN.match(line):
                first = re.match(r'\s*("(?:[^"]|"")*"|`(?:[^`]|``)*`|[^\s,]+)', line)
                if first:
                    renames.append({'table': table, 'column': old, 'newName': unquote(first.group(1), dialect)})
        if re.match(r'^\s*\)', line) or (line.strip().upper().startswith('CREATE') and not create):
            table = None
    # A column rename names the table by its old name, as --rename does.
    tables = {r['newName']: r['table'] for r in renames if not r['column']}
    for r in renames:
        if r['column'] and r['table'] in tables:
            r['table'] = tables[r['table']]
    return renames


def version_tuple(text):
    parts = []
    for p in str(text).split('.'):
        try:
            parts.append(int(p))
        except ValueError:
            break
    return tuple(parts)


def skip_reason(dialect, case, server_major):
    flavor = case.get('flavor')
    if dialect == 'postgres':
        if flavor == 'pgvector' and not glob.glob('/usr/share/postgresql/*/extension/vector.control'):
            return 'needs the pgvector extension, which this machine does not have'
        if 'min_version' in case and version_tuple(case['min_version']) > version_tuple(server_major):
            return 'needs PostgreSQL %s; the server is %s' % (case['min_version'], server_major)
    elif dialect == 'mysql':
        if flavor in ('mysql', 'tidb', '!mariadb'):
            return 'written for %s, not MariaDB' % ('MySQL' if flavor != 'tidb' else 'TiDB')
        if 'max_version' in case:
            return 'written for MySQL %s and older' % case['max_version']
    return None


def main():
    directory, server_major, out = sys.argv[1], sys.argv[2], sys.argv[3]
    dialect = os.path.basename(os.path.normpath(directory))
    cases = []
    for path in sorted(glob.glob(os.path.join(directory, '*.yml'))):
        with open(path, encoding='utf-8') as f:
            data = yaml.safe_load(f)
        for name, case in data.items():
            cases.append({
                'file': os.path.basename(path),
                'name': name,
                'current': case.get('current') or '',
                'desired': case.get('desired') or '',
                'skip': skip_reason(dialect, case, server_major),
                'renames': declared_renames(case.get('desired') or '', dialect),
            })
    with open(out, 'w', encoding='utf-8') as f:
        json.dump(cases, f, ensure_ascii=False)


if __name__ == '__main__':
    main()
