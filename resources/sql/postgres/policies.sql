-- Row-level security policies. Roles come as plain names, sorted and
-- separated by U+001F; a policy for everyone has the single role 0, which
-- comes as PUBLIC. The expressions are deparsed by the server under the
-- pinned search path.
SELECT p.polrelid AS relation_oid,
       p.polname AS name,
       p.polpermissive AS permissive,
       CASE p.polcmd WHEN 'r' THEN 'SELECT' WHEN 'a' THEN 'INSERT' WHEN 'w' THEN 'UPDATE'
                     WHEN 'd' THEN 'DELETE' ELSE 'ALL' END AS command,
       (SELECT string_agg(CASE WHEN r.role = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(r.role) END,
                          chr(31) ORDER BY CASE WHEN r.role = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(r.role) END)
          FROM unnest(p.polroles) AS r(role)) AS roles,
       pg_get_expr(p.polqual, p.polrelid) AS using_expression,
       pg_get_expr(p.polwithcheck, p.polrelid) AS check_expression
FROM pg_policy p
ORDER BY p.polrelid, p.polname
