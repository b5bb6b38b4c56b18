CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS users_email_key ON ONLY public.users ("E-mail");
