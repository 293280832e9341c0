-- The application's role on PostgreSQL: read and write its tables, but only INSERT and
-- SELECT on the audit trail, so the running service can never rewrite or delete it.
--
-- Run as the role that owns the tables (the one that ran the migrations), after them:
--     psql -v app_role=intake_app -f storage/sql/grant_app_role.sql "postgresql://owner@host/intake"
-- then point the service's database.url at intake_app. The service runs migrations at
-- start-up; with the schema already at head it issues no DDL, so the app role needs none.
-- Triggers from migration 0002 refuse UPDATE, DELETE and TRUNCATE on the audit tables
-- for every role as well; only their owner can drop those triggers.

GRANT USAGE ON SCHEMA public TO :"app_role";
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO :"app_role";
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO :"app_role";
REVOKE UPDATE, DELETE, TRUNCATE ON audit_entries, audit_checkpoints FROM :"app_role";
