-- Pins the settings that change how the catalog prints expressions, so that
-- two reads of one database compare equal whatever the role's defaults are:
-- the search path decides which names come out schema-qualified, the time
-- zone and date style how timestamptz partition bounds and defaults print.
-- JIT is switched off because compiling a catalog query costs far more than
-- running it. Runs inside the introspection transaction (is_local = true),
-- so every setting ends with it.
SELECT set_config('search_path', 'public', true),
       set_config('jit', 'off', true),
       set_config('TimeZone', 'UTC', true),
       set_config('DateStyle', 'ISO, YMD', true),
       set_config('IntervalStyle', 'postgres', true),
       current_database() AS database,
       current_setting('server_version') AS server_version
