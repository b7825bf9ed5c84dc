-- Ehya server mode: the group roles, once per PostgreSQL cluster, run by a superuser (docs/server.md).
-- Login roles (people) are made members of exactly one of these; none of them owns the tables.
--   ehya_officer  reads and writes the records of the provinces granted in province_access
--   ehya_manager  reads every province, edits scenarios; writes records only where granted
--   ehya_admin    everything: reference data, users, every province (the schema owner is one)
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'ehya_officer') THEN
        CREATE ROLE ehya_officer NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'ehya_manager') THEN
        CREATE ROLE ehya_manager NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'ehya_admin') THEN
        CREATE ROLE ehya_admin NOLOGIN;
    END IF;
END
$$;
