-- One branch of a UNION ALL that counts the rows of many tables in one
-- statement. {ordinal} numbers the branch and {table} is the quoted
-- schema.table; the caller fills in both.
SELECT {ordinal} AS ordinal, COUNT(*) AS row_count
FROM {table}
