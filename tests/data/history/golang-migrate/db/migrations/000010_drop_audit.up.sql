ALTER TABLE ONLY public.users RENAME COLUMN "E-mail" TO email;
DROP INDEX users_email_key;
DROP TABLE user_audit CASCADE;
