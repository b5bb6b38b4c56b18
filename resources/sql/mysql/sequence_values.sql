-- One branch of a UNION ALL over a database's MariaDB sequences: a sequence
-- is a one-row table holding its own settings. {ordinal} numbers the branch
-- and {table} is the quoted schema.sequence; the caller fills in both.
SELECT {ordinal} AS ordinal, start_value, increment, minimum_value, maximum_value,
       cache_size, cycle_option
FROM {table}
