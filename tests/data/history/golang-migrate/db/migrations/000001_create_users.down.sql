DROP TABLE IF EXISTS public.users;
