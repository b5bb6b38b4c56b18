"""Shared helpers for revisions; not a revision itself."""


def money(precision=12):
    return precision
