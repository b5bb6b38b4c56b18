-- Views of one database; their columns come from columns.sql.
SELECT v.TABLE_NAME, v.VIEW_DEFINITION, v.CHECK_OPTION, v.DEFINER
FROM information_schema.VIEWS v
WHERE v.TABLE_SCHEMA = ?
