#!/usr/bin/python3
"""Turns sqldef's YAML test cases into the JSON list the round-trip test reads.

usage: sqldefcases.py DIALECT_DIR SERVER_MAJOR OUT.json

Each case becomes {"file", "name", "current", "desired", "skip"}: "skip" says why a
case cannot run on this server (another flavour, a newer server, a missing
extension) and is null otherwise. Runs with Debian's python3 and python3-yaml.
"""
import glob
import json
import os
import sys

import yaml


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
            })
    with open(out, 'w', encoding='utf-8') as f:
        json.dump(cases, f, ensure_ascii=False)


if __name__ == '__main__':
    main()
