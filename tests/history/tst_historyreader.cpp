// Framework migration tables read back from real PostgreSQL, MariaDB and
// SQLite databases, each created with the DDL its framework issues and
// filled with the rows it writes, failures and marks included.
#include "connection/databasesession.h"
#include "history/historyreader.h"
#include "recordingjob.h"
#include "testsupport.h"

#include <QTest>

using namespace parity;
using test::RecordingJob;

namespace {

// ---- What every dialect's main database holds ----------------------------
//
// The same migrations in all three dialects, each in the types and formats
// the framework uses there: the expectations below do not depend on the dialect.

const char *const kPostgresMain = R"SQL(
-- Django (bigserial id, timestamptz)
CREATE TABLE "django_migrations" ("id" bigserial NOT NULL PRIMARY KEY, "app" varchar(255) NOT NULL,
    "name" varchar(255) NOT NULL, "applied" timestamp with time zone NOT NULL);
INSERT INTO "django_migrations" ("id", "app", "name", "applied") VALUES
    (3, 'contenttypes', '0002_remove_content_type_name', '2025-12-01 09:00:02+00'),
    (1, 'contenttypes', '0001_initial', '2025-12-01 09:00:00+00'),
    (4, 'treasury', '0002_phase6_dashboard_models', '2025-12-03 12:15:02.123456+02'),
    (2, 'treasury', '0001_initial', '2025-12-01 04:00:01-05');

-- Sequelize
CREATE TABLE IF NOT EXISTS "SequelizeMeta" ("name" VARCHAR(255) NOT NULL UNIQUE , PRIMARY KEY ("name"));
INSERT INTO "SequelizeMeta" ("name") VALUES ('20251203_01_create_sync_audit_logs_table.js'),
    ('20251120_01_create_users.js'), ('20251125_02_add_email_index.js');

-- Prisma
CREATE TABLE "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
);
INSERT INTO "_prisma_migrations" VALUES
    ('c1f9a1de-0000-4000-8000-000000000004', 'dddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddd', NULL,
     '20251201000000_add_index', E'ERROR: relation "users" does not exist\n', NULL, '2025-12-01 08:00:00+00', 0),
    ('c1f9a1de-0000-4000-8000-000000000002', 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb', NULL,
     '20251120000000_add_audit', E'\nDatabase error code: 23505\n\nDatabase error:\nERROR: could not create unique index',
     '2025-11-20 08:30:00+00', '2025-11-20 08:00:00+00', 0),
    ('c1f9a1de-0000-4000-8000-000000000001', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
     '2025-11-01 08:00:01.250+00', '20251101000000_init', NULL, NULL, '2025-11-01 08:00:00+00', 1),
    ('c1f9a1de-0000-4000-8000-000000000003', 'cccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc',
     '2025-11-20 09:00:02+00', '20251120000000_add_audit', NULL, NULL, '2025-11-20 09:00:00+00', 1);

-- Flyway, in a schema whose name needs quoting
CREATE SCHEMA "fly ""way";
CREATE TABLE "fly ""way"."flyway_schema_history" (
    "installed_rank" INT NOT NULL,
    "version" VARCHAR(50),
    "description" VARCHAR(200) NOT NULL,
    "type" VARCHAR(20) NOT NULL,
    "script" VARCHAR(1000) NOT NULL,
    "checksum" INTEGER,
    "installed_by" VARCHAR(100) NOT NULL,
    "installed_on" TIMESTAMP NOT NULL DEFAULT now(),
    "execution_time" INTEGER NOT NULL,
    "success" BOOLEAN NOT NULL
);
ALTER TABLE "fly ""way"."flyway_schema_history" ADD CONSTRAINT "flyway_schema_history_pk" PRIMARY KEY ("installed_rank");
CREATE INDEX "flyway_schema_history_s_idx" ON "fly ""way"."flyway_schema_history" ("success");
INSERT INTO "fly ""way"."flyway_schema_history" VALUES
    (5, '1.2', 'add audit', 'SQL', 'V1_2__add_audit.sql', 42, 'deploy', '2025-10-02 07:00:00', 12, false),
    (1, '0', '<< Flyway Schema Creation >>', 'SCHEMA', '"fly ""way"', NULL, 'deploy', '2025-10-01 06:59:59', 0, true),
    (2, '1', '<< Flyway Baseline >>', 'BASELINE', '<< Flyway Baseline >>', NULL, 'deploy', '2025-10-01 07:00:00', 0, true),
    (3, '1.1', 'add users', 'SQL', 'V1_1__add_users.sql', -1234567890, 'deploy', '2025-10-01 07:00:01', 35, true),
    (4, NULL, 'refresh views', 'SQL', 'R__refresh_views.sql', 987654321, 'deploy', '2025-10-01 07:00:02', 8, true),
    (6, '1.2', 'add audit', 'DELETE', 'V1_2__add_audit.sql', 42, 'deploy', '2025-10-02 07:05:00', 0, true),
    (7, '1.1', 'add users', 'UNDO_SQL', 'U1_1__add_users.sql', 1111, 'deploy', '2025-10-02 07:10:00', 5, true);

-- Alembic, two heads
CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL, CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num));
INSERT INTO alembic_version (version_num) VALUES ('ae1027a6acf'), ('3f2c9b7d1e20');

-- Rails
CREATE TABLE "schema_migrations" ("version" character varying NOT NULL PRIMARY KEY);
CREATE TABLE "ar_internal_metadata" ("key" character varying NOT NULL PRIMARY KEY, "value" character varying,
    "created_at" timestamp(6) NOT NULL, "updated_at" timestamp(6) NOT NULL);
INSERT INTO "schema_migrations" ("version") VALUES ('20251120093000'), ('20251002120000'), ('20251101080000');

-- Knex
create table "knex_migrations" ("id" serial primary key, "name" varchar(255), "batch" integer,
    "migration_time" timestamptz);
create table "knex_migrations_lock" ("index" serial primary key, "is_locked" integer);
insert into "knex_migrations" ("id", "name", "batch", "migration_time") values
    (3, '20251203_01_create_sync_audit_logs_table.js', 2, '2025-12-03 10:20:00+00'),
    (1, '20251101_init.js', 1, '2025-11-01 10:00:00+00'),
    (2, '20251102_users.js', 1, '2025-11-01 10:00:01+00');

-- Liquibase (unquoted upper-case DDL: lower-case names on PostgreSQL)
CREATE TABLE public.databasechangelog (ID VARCHAR(255) NOT NULL, AUTHOR VARCHAR(255) NOT NULL,
    FILENAME VARCHAR(255) NOT NULL, DATEEXECUTED TIMESTAMP WITHOUT TIME ZONE NOT NULL, ORDEREXECUTED INTEGER NOT NULL,
    EXECTYPE VARCHAR(10) NOT NULL, MD5SUM VARCHAR(35), DESCRIPTION VARCHAR(255), COMMENTS VARCHAR(255),
    TAG VARCHAR(255), LIQUIBASE VARCHAR(20), CONTEXTS VARCHAR(255), LABELS VARCHAR(255), DEPLOYMENT_ID VARCHAR(10));
INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, EXECTYPE, MD5SUM,
    DESCRIPTION, COMMENTS, TAG, LIQUIBASE, DEPLOYMENT_ID) VALUES
    ('seed', 'carol', 'db/changelog/seed.sql', '2025-11-02 10:00:00', 4, 'RERAN', '9:44444444444444444444444444444444', NULL, '', NULL, '4.29.2', '4070400001'),
    ('1', 'alice', 'db/changelog/db.changelog-master.yaml', '2025-11-01 10:00:00', 1, 'EXECUTED', '9:11111111111111111111111111111111', 'createTable tableName=person', '', NULL, '4.29.2', '4070400000'),
    ('2', 'bob', 'db/changelog/db.changelog-master.yaml', '2025-11-01 10:00:01', 2, 'MARK_RAN', '9:22222222222222222222222222222222', '', '', NULL, '4.29.2', '4070400000'),
    ('add-index', 'alice', 'db/changelog/2025-12.sql', '2025-11-01 10:00:02', 3, 'FAILED', '9:33333333333333333333333333333333', 'sql', '', NULL, '4.29.2', '4070400000'),
    ('skip-me', 'bob', 'db/changelog/2025-12.sql', '2025-11-02 10:00:01', 5, 'SKIPPED', NULL, 'empty', '', NULL, '4.29.2', '4070400001');
CREATE TABLE public.databasechangeloglock (ID INTEGER NOT NULL, LOCKED BOOLEAN NOT NULL, LOCKGRANTED TIMESTAMP WITHOUT TIME ZONE,
    LOCKEDBY VARCHAR(255), CONSTRAINT databasechangeloglock_pkey PRIMARY KEY (ID));
)SQL";

// MariaDB: the rows are written in a session two hours east of UTC, as an
// application server there would: TIMESTAMP columns store UTC, DATETIME
// columns keep what the framework wrote (UTC for Django and Prisma).
const char *const kMysqlMain = R"SQL(
SET time_zone = '+02:00';

CREATE TABLE `django_migrations` (`id` bigint AUTO_INCREMENT NOT NULL PRIMARY KEY, `app` varchar(255) NOT NULL,
    `name` varchar(255) NOT NULL, `applied` datetime(6) NOT NULL);
INSERT INTO `django_migrations` (`id`, `app`, `name`, `applied`) VALUES
    (3, 'contenttypes', '0002_remove_content_type_name', '2025-12-01 09:00:02'),
    (1, 'contenttypes', '0001_initial', '2025-12-01 09:00:00'),
    (4, 'treasury', '0002_phase6_dashboard_models', '2025-12-03 10:15:02.123456'),
    (2, 'treasury', '0001_initial', '2025-12-01 09:00:01');

CREATE TABLE IF NOT EXISTS `SequelizeMeta` (`name` VARCHAR(255) NOT NULL UNIQUE , PRIMARY KEY (`name`)) ENGINE=InnoDB;
INSERT INTO `SequelizeMeta` (`name`) VALUES ('20251203_01_create_sync_audit_logs_table.js'),
    ('20251120_01_create_users.js'), ('20251125_02_add_email_index.js');

CREATE TABLE _prisma_migrations (
    id                      VARCHAR(36) PRIMARY KEY NOT NULL,
    checksum                VARCHAR(64) NOT NULL,
    finished_at             DATETIME(3),
    migration_name          VARCHAR(255) NOT NULL,
    logs                    TEXT,
    rolled_back_at          DATETIME(3),
    started_at              DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    applied_steps_count     INTEGER UNSIGNED NOT NULL DEFAULT 0
) DEFAULT CHARACTER SET utf8mb4;
INSERT INTO _prisma_migrations VALUES
    ('c1f9a1de-0000-4000-8000-000000000004', 'dddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddd', NULL,
     '20251201000000_add_index', 'ERROR: relation "users" does not exist\n', NULL, '2025-12-01 08:00:00', 0),
    ('c1f9a1de-0000-4000-8000-000000000002', 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb', NULL,
     '20251120000000_add_audit', '\nDatabase error code: 23505\n\nDatabase error:\nERROR: could not create unique index',
     '2025-11-20 08:30:00', '2025-11-20 08:00:00', 0),
    ('c1f9a1de-0000-4000-8000-000000000001', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
     '2025-11-01 08:00:01.250', '20251101000000_init', NULL, NULL, '2025-11-01 08:00:00', 1),
    ('c1f9a1de-0000-4000-8000-000000000003', 'cccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc',
     '2025-11-20 09:00:02', '20251120000000_add_audit', NULL, NULL, '2025-11-20 09:00:00', 1);

CREATE TABLE `flyway_schema_history` (
    `installed_rank` INT NOT NULL,
    `version` VARCHAR(50),
    `description` VARCHAR(200) NOT NULL,
    `type` VARCHAR(20) NOT NULL,
    `script` VARCHAR(1000) NOT NULL,
    `checksum` INT,
    `installed_by` VARCHAR(100) NOT NULL,
    `installed_on` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    `execution_time` INT NOT NULL,
    `success` BOOL NOT NULL,
    CONSTRAINT `flyway_schema_history_pk` PRIMARY KEY (`installed_rank`)
) ENGINE=InnoDB;
CREATE INDEX `flyway_schema_history_s_idx` ON `flyway_schema_history` (`success`);
INSERT INTO `flyway_schema_history` VALUES
    (5, '1.2', 'add audit', 'SQL', 'V1_2__add_audit.sql', 42, 'deploy', '2025-10-02 09:00:00', 12, 0),
    (1, '0', '<< Flyway Schema Creation >>', 'SCHEMA', '`app`', NULL, 'deploy', '2025-10-01 08:59:59', 0, 1),
    (2, '1', '<< Flyway Baseline >>', 'BASELINE', '<< Flyway Baseline >>', NULL, 'deploy', '2025-10-01 09:00:00', 0, 1),
    (3, '1.1', 'add users', 'SQL', 'V1_1__add_users.sql', -1234567890, 'deploy', '2025-10-01 09:00:01', 35, 1),
    (4, NULL, 'refresh views', 'SQL', 'R__refresh_views.sql', 987654321, 'deploy', '2025-10-01 09:00:02', 8, 1),
    (6, '1.2', 'add audit', 'DELETE', 'V1_2__add_audit.sql', 42, 'deploy', '2025-10-02 09:05:00', 0, 1),
    (7, '1.1', 'add users', 'UNDO_SQL', 'U1_1__add_users.sql', 1111, 'deploy', '2025-10-02 09:10:00', 5, 1);

CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL, CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num));
INSERT INTO alembic_version (version_num) VALUES ('ae1027a6acf'), ('3f2c9b7d1e20');

CREATE TABLE `schema_migrations` (`version` varchar(255) NOT NULL PRIMARY KEY);
INSERT INTO `schema_migrations` (`version`) VALUES ('20251120093000'), ('20251002120000'), ('20251101080000');

create table `knex_migrations` (`id` int unsigned not null auto_increment primary key, `name` varchar(255),
    `batch` int, `migration_time` timestamp NULL);
create table `knex_migrations_lock` (`index` int unsigned not null auto_increment primary key, `is_locked` int);
insert into `knex_migrations` (`id`, `name`, `batch`, `migration_time`) values
    (3, '20251203_01_create_sync_audit_logs_table.js', 2, '2025-12-03 12:20:00'),
    (1, '20251101_init.js', 1, '2025-11-01 12:00:00'),
    (2, '20251102_users.js', 1, '2025-11-01 12:00:01');

CREATE TABLE DATABASECHANGELOG (ID VARCHAR(255) NOT NULL, AUTHOR VARCHAR(255) NOT NULL, FILENAME VARCHAR(255) NOT NULL,
    DATEEXECUTED datetime NOT NULL, ORDEREXECUTED INT NOT NULL, EXECTYPE VARCHAR(10) NOT NULL, MD5SUM VARCHAR(35),
    DESCRIPTION VARCHAR(255), COMMENTS VARCHAR(255), TAG VARCHAR(255), LIQUIBASE VARCHAR(20), CONTEXTS VARCHAR(255),
    LABELS VARCHAR(255), DEPLOYMENT_ID VARCHAR(10));
INSERT INTO DATABASECHANGELOG (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, EXECTYPE, MD5SUM,
    DESCRIPTION, COMMENTS, TAG, LIQUIBASE, DEPLOYMENT_ID) VALUES
    ('seed', 'carol', 'db/changelog/seed.sql', '2025-11-02 10:00:00', 4, 'RERAN', '9:44444444444444444444444444444444', NULL, '', NULL, '4.29.2', '4070400001'),
    ('1', 'alice', 'db/changelog/db.changelog-master.yaml', '2025-11-01 10:00:00', 1, 'EXECUTED', '9:11111111111111111111111111111111', 'createTable tableName=person', '', NULL, '4.29.2', '4070400000'),
    ('2', 'bob', 'db/changelog/db.changelog-master.yaml', '2025-11-01 10:00:01', 2, 'MARK_RAN', '9:22222222222222222222222222222222', '', '', NULL, '4.29.2', '4070400000'),
    ('add-index', 'alice', 'db/changelog/2025-12.sql', '2025-11-01 10:00:02', 3, 'FAILED', '9:33333333333333333333333333333333', 'sql', '', NULL, '4.29.2', '4070400000'),
    ('skip-me', 'bob', 'db/changelog/2025-12.sql', '2025-11-02 10:00:01', 5, 'SKIPPED', NULL, 'empty', '', NULL, '4.29.2', '4070400001');
CREATE TABLE DATABASECHANGELOGLOCK (ID INT NOT NULL, `LOCKED` TINYINT(1) NOT NULL, LOCKGRANTED datetime NULL,
    LOCKEDBY VARCHAR(255) NULL, CONSTRAINT PK_DATABASECHANGELOGLOCK PRIMARY KEY (ID));
)SQL";

// SQLite: Django and Liquibase write text, Flyway strftime text, Prisma and
// Knex (through node-sqlite3) integer epoch milliseconds.
const char *const kSqliteMain = R"SQL(
CREATE TABLE "django_migrations" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "app" varchar(255) NOT NULL,
    "name" varchar(255) NOT NULL, "applied" datetime NOT NULL);
INSERT INTO "django_migrations" ("id", "app", "name", "applied") VALUES
    (3, 'contenttypes', '0002_remove_content_type_name', '2025-12-01 09:00:02'),
    (1, 'contenttypes', '0001_initial', '2025-12-01T09:00:00Z'),
    (4, 'treasury', '0002_phase6_dashboard_models', '2025-12-03 10:15:02.123456'),
    (2, 'treasury', '0001_initial', '2025-12-01T10:00:01+01:00');

CREATE TABLE IF NOT EXISTS `SequelizeMeta` (`name` VARCHAR(255) NOT NULL UNIQUE PRIMARY KEY);
INSERT INTO `SequelizeMeta` (`name`) VALUES ('20251203_01_create_sync_audit_logs_table.js'),
    ('20251120_01_create_users.js'), ('20251125_02_add_email_index.js');

CREATE TABLE "_prisma_migrations" (
    "id"                    TEXT PRIMARY KEY NOT NULL,
    "checksum"              TEXT NOT NULL,
    "finished_at"           DATETIME,
    "migration_name"        TEXT NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        DATETIME,
    "started_at"            DATETIME NOT NULL DEFAULT current_timestamp,
    "applied_steps_count"   INTEGER UNSIGNED NOT NULL DEFAULT 0
);
INSERT INTO "_prisma_migrations" VALUES
    ('c1f9a1de-0000-4000-8000-000000000004', 'dddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddd', NULL,
     '20251201000000_add_index', 'ERROR: relation "users" does not exist' || char(10), NULL, 1764576000000, 0),
    ('c1f9a1de-0000-4000-8000-000000000002', 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb', NULL,
     '20251120000000_add_audit',
     char(10) || 'Database error code: 23505' || char(10, 10) || 'Database error:' || char(10) || 'ERROR: could not create unique index',
     1763627400000, 1763625600000, 0),
    ('c1f9a1de-0000-4000-8000-000000000001', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
     1761984001250, '20251101000000_init', NULL, NULL, 1761984000000, 1),
    ('c1f9a1de-0000-4000-8000-000000000003', 'cccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc',
     1763629202000, '20251120000000_add_audit', NULL, NULL, 1763629200000, 1);

CREATE TABLE "flyway_schema_history" (
    "installed_rank" INT NOT NULL PRIMARY KEY,
    "version" VARCHAR(50),
    "description" VARCHAR(200) NOT NULL,
    "type" VARCHAR(20) NOT NULL,
    "script" VARCHAR(1000) NOT NULL,
    "checksum" INT,
    "installed_by" VARCHAR(100) NOT NULL,
    "installed_on" TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f','now')),
    "execution_time" INT NOT NULL,
    "success" BOOLEAN NOT NULL
);
CREATE INDEX "flyway_schema_history_s_idx" ON "flyway_schema_history" ("success");
INSERT INTO "flyway_schema_history" VALUES
    (5, '1.2', 'add audit', 'SQL', 'V1_2__add_audit.sql', 42, 'deploy', '2025-10-02 07:00:00.000', 12, 0),
    (1, '0', '<< Flyway Schema Creation >>', 'SCHEMA', '"main"', NULL, 'deploy', '2025-10-01 06:59:59.000', 0, 1),
    (2, '1', '<< Flyway Baseline >>', 'BASELINE', '<< Flyway Baseline >>', NULL, 'deploy', '2025-10-01 07:00:00.000', 0, 1),
    (3, '1.1', 'add users', 'SQL', 'V1_1__add_users.sql', -1234567890, 'deploy', '2025-10-01 07:00:01.000', 35, 1),
    (4, NULL, 'refresh views', 'SQL', 'R__refresh_views.sql', 987654321, 'deploy', '2025-10-01 07:00:02.000', 8, 1),
    (6, '1.2', 'add audit', 'DELETE', 'V1_2__add_audit.sql', 42, 'deploy', '2025-10-02 07:05:00.000', 0, 1),
    (7, '1.1', 'add users', 'UNDO_SQL', 'U1_1__add_users.sql', 1111, 'deploy', '2025-10-02 07:10:00.000', 5, 1);

CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL, CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num));
INSERT INTO alembic_version (version_num) VALUES ('ae1027a6acf'), ('3f2c9b7d1e20');

CREATE TABLE IF NOT EXISTS "schema_migrations" ("version" varchar NOT NULL PRIMARY KEY);
INSERT INTO "schema_migrations" ("version") VALUES ('20251120093000'), ('20251002120000'), ('20251101080000');

create table `knex_migrations` (`id` integer not null primary key autoincrement, `name` varchar(255),
    `batch` integer, `migration_time` datetime);
create table `knex_migrations_lock` (`index` integer not null primary key autoincrement, `is_locked` integer);
insert into `knex_migrations` (`id`, `name`, `batch`, `migration_time`) values
    (3, '20251203_01_create_sync_audit_logs_table.js', 2, 1764757200000),
    (1, '20251101_init.js', 1, 1761991200000),
    (2, '20251102_users.js', 1, 1761991201000);

CREATE TABLE DATABASECHANGELOG (ID VARCHAR(255) NOT NULL, AUTHOR VARCHAR(255) NOT NULL, FILENAME VARCHAR(255) NOT NULL,
    DATEEXECUTED TEXT NOT NULL, ORDEREXECUTED INTEGER NOT NULL, EXECTYPE VARCHAR(10) NOT NULL, MD5SUM VARCHAR(35),
    DESCRIPTION VARCHAR(255), COMMENTS VARCHAR(255), TAG VARCHAR(255), LIQUIBASE VARCHAR(20), CONTEXTS VARCHAR(255),
    LABELS VARCHAR(255), DEPLOYMENT_ID VARCHAR(10));
INSERT INTO DATABASECHANGELOG (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, EXECTYPE, MD5SUM,
    DESCRIPTION, COMMENTS, TAG, LIQUIBASE, DEPLOYMENT_ID) VALUES
    ('seed', 'carol', 'db/changelog/seed.sql', '2025-11-02 10:00:00', 4, 'RERAN', '9:44444444444444444444444444444444', NULL, '', NULL, '4.29.2', '4070400001'),
    ('1', 'alice', 'db/changelog/db.changelog-master.yaml', '2025-11-01 10:00:00', 1, 'EXECUTED', '9:11111111111111111111111111111111', 'createTable tableName=person', '', NULL, '4.29.2', '4070400000'),
    ('2', 'bob', 'db/changelog/db.changelog-master.yaml', '2025-11-01 10:00:01', 2, 'MARK_RAN', '9:22222222222222222222222222222222', '', '', NULL, '4.29.2', '4070400000'),
    ('add-index', 'alice', 'db/changelog/2025-12.sql', '2025-11-01 10:00:02', 3, 'FAILED', '9:33333333333333333333333333333333', 'sql', '', NULL, '4.29.2', '4070400000'),
    ('skip-me', 'bob', 'db/changelog/2025-12.sql', '2025-11-02 10:00:01', 5, 'SKIPPED', NULL, 'empty', '', NULL, '4.29.2', '4070400001');
CREATE TABLE DATABASECHANGELOGLOCK (ID INTEGER NOT NULL, LOCKED BOOLEAN NOT NULL, LOCKGRANTED TEXT,
    LOCKEDBY VARCHAR(255), CONSTRAINT PK_DATABASECHANGELOGLOCK PRIMARY KEY (ID));
)SQL";

// ---- The second database: golang-migrate, and look-alikes ----------------

const char *const kPostgresGolang = R"SQL(
CREATE TABLE IF NOT EXISTS "public"."schema_migrations" (version bigint not null primary key, dirty boolean not null);
INSERT INTO "public"."schema_migrations" (version, dirty) VALUES (20251203101500, true);
CREATE TABLE django_migrations (id integer primary key, label varchar(50));
INSERT INTO django_migrations VALUES (1, 'not Django');
CREATE TABLE alembic_version (rev integer);
)SQL";

const char *const kMysqlGolang = R"SQL(
CREATE TABLE IF NOT EXISTS `schema_migrations` (version bigint not null primary key, dirty boolean not null);
INSERT INTO `schema_migrations` (version, dirty) VALUES (20251203101500, true);
CREATE TABLE django_migrations (id integer primary key, label varchar(50));
INSERT INTO django_migrations VALUES (1, 'not Django');
CREATE TABLE alembic_version (rev integer);
)SQL";

const char *const kSqliteGolang = R"SQL(
CREATE TABLE IF NOT EXISTS schema_migrations (version uint64,dirty bool);
CREATE UNIQUE INDEX IF NOT EXISTS version_unique ON schema_migrations (version);
INSERT INTO schema_migrations (version, dirty) VALUES (20251203101500, 1);
CREATE TABLE django_migrations (id integer primary key, label varchar(50));
INSERT INTO django_migrations VALUES (1, 'not Django');
CREATE TABLE alembic_version (rev integer);
)SQL";

// Times no parser can place: the read goes on, the time stays unknown.
const char *const kPostgresOdd = R"SQL(
create table "knex_migrations" ("id" serial primary key, "name" varchar(255), "batch" integer,
    "migration_time" timestamptz);
insert into "knex_migrations" ("id", "name", "batch", "migration_time") values
    (1, 'a.js', 1, 'infinity'), (2, 'b.js', 1, NULL), (3, 'c.js', NULL, '2025-11-01 10:00:00+00');
)SQL";

const char *const kMysqlOdd = R"SQL(
SET SESSION sql_mode = '';
create table `knex_migrations` (`id` int unsigned not null auto_increment primary key, `name` varchar(255),
    `batch` int, `migration_time` timestamp NULL);
insert into `knex_migrations` (`id`, `name`, `batch`, `migration_time`) values
    (1, 'a.js', 1, '0000-00-00 00:00:00'), (2, 'b.js', 1, NULL), (3, 'c.js', NULL, '2025-11-01 10:00:00');
CREATE TABLE `django_migrations` (`id` bigint AUTO_INCREMENT NOT NULL PRIMARY KEY, `app` varchar(255) NOT NULL,
    `name` varchar(255) NOT NULL, `applied` datetime(6) NOT NULL);
INSERT INTO `django_migrations` (`id`, `app`, `name`, `applied`) VALUES (1, 'treasury', '0001_initial', '0000-00-00');
)SQL";

const char *const kSqliteOdd = R"SQL(
create table `knex_migrations` (`id` integer not null primary key autoincrement, `name` varchar(255),
    `batch` integer, `migration_time` datetime);
insert into `knex_migrations` (`id`, `name`, `batch`, `migration_time`) values
    (1, 'a.js', 1, 'yesterday'), (2, 'b.js', 1, NULL), (3, 'c.js', NULL, '2025-11-01 10:00:00'),
    (4, 'd.js', 2, '2025-13-45 10:00:00'), (5, 'e.js', 2, 1761991200), (6, 'f.js', 2, 1761991200.5);
)SQL";

const char *const kUnrelated = "CREATE TABLE invoices (id INTEGER PRIMARY KEY, total INTEGER);\n"
                               "CREATE TABLE schema_migrations_backup (version VARCHAR(20));\n";

// ---- Expectations ----------------------------------------------------------

QDateTime utc(int year, int month, int day, int hour, int minute, int second, int ms = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second, ms), Qt::UTC);
}

AppliedMigration migration(const QString &id, const QDateTime &at = {}, MigrationState state = MigrationState::Applied,
                           const QString &checksum = {}, const QString &detail = {}, const QString &name = {})
{
    AppliedMigration m;
    m.id = id;
    m.name = name.isEmpty() ? id : name;
    m.state = state;
    m.appliedAt = at;
    m.checksum = checksum;
    m.detail = detail;
    return m;
}

HistoryTable table(MigrationFramework framework, const QString &schema, const QString &name,
                   const QList<AppliedMigration> &migrations, bool currentOnly = false)
{
    HistoryTable t;
    t.framework = framework;
    t.schema = schema;
    t.table = name;
    t.migrations = migrations;
    t.recordsCurrentOnly = currentOnly;
    return t;
}

QList<HistoryTable> expectedMain(Dialect dialect)
{
    const bool pg = dialect == Dialect::PostgreSQL;
    const QString schema = pg ? QStringLiteral("public") : QString();
    using S = MigrationState;
    const QString hexA(64, QLatin1Char('a')), hexB(64, QLatin1Char('b')), hexC(64, QLatin1Char('c')),
        hexD(64, QLatin1Char('d'));
    const QString changelog = QStringLiteral("db/changelog/db.changelog-master.yaml");
    return {
        table(MigrationFramework::Django, schema, QStringLiteral("django_migrations"),
              {migration(QStringLiteral("contenttypes.0001_initial"), utc(2025, 12, 1, 9, 0, 0)),
               migration(QStringLiteral("treasury.0001_initial"), utc(2025, 12, 1, 9, 0, 1)),
               migration(QStringLiteral("contenttypes.0002_remove_content_type_name"), utc(2025, 12, 1, 9, 0, 2)),
               migration(QStringLiteral("treasury.0002_phase6_dashboard_models"), utc(2025, 12, 3, 10, 15, 2, 123))}),
        table(MigrationFramework::Sequelize, schema, QStringLiteral("SequelizeMeta"),
              {migration(QStringLiteral("20251120_01_create_users.js")),
               migration(QStringLiteral("20251125_02_add_email_index.js")),
               migration(QStringLiteral("20251203_01_create_sync_audit_logs_table.js"))}),
        table(MigrationFramework::Prisma, schema, QStringLiteral("_prisma_migrations"),
              {migration(QStringLiteral("20251101000000_init"), utc(2025, 11, 1, 8, 0, 1, 250), S::Applied, hexA),
               migration(QStringLiteral("20251120000000_add_audit"), utc(2025, 11, 20, 8, 0, 0), S::RolledBack, hexB,
                         QStringLiteral("Database error code: 23505")),
               migration(QStringLiteral("20251120000000_add_audit"), utc(2025, 11, 20, 9, 0, 2), S::Applied, hexC),
               migration(QStringLiteral("20251201000000_add_index"), utc(2025, 12, 1, 8, 0, 0), S::Failed, hexD,
                         QStringLiteral("ERROR: relation \"users\" does not exist"))}),
        table(MigrationFramework::Flyway, pg ? QStringLiteral("fly \"way") : QString(),
              QStringLiteral("flyway_schema_history"),
              {migration(QStringLiteral("1"), utc(2025, 10, 1, 7, 0, 0), S::Baseline, {}, QStringLiteral("BASELINE"),
                         QStringLiteral("<< Flyway Baseline >>")),
               migration(QStringLiteral("1.1"), utc(2025, 10, 1, 7, 0, 1), S::Applied, QStringLiteral("-1234567890"),
                         QStringLiteral("SQL"), QStringLiteral("add users")),
               migration(QStringLiteral("R:refresh views"), utc(2025, 10, 1, 7, 0, 2), S::Applied,
                         QStringLiteral("987654321"), QStringLiteral("SQL"), QStringLiteral("refresh views")),
               migration(QStringLiteral("1.2"), utc(2025, 10, 2, 7, 0, 0), S::Failed, QStringLiteral("42"),
                         QStringLiteral("SQL"), QStringLiteral("add audit")),
               migration(QStringLiteral("1.1"), utc(2025, 10, 2, 7, 10, 0), S::RolledBack, QStringLiteral("1111"),
                         QStringLiteral("UNDO_SQL"), QStringLiteral("add users"))}),
        table(MigrationFramework::Alembic, schema, QStringLiteral("alembic_version"),
              {migration(QStringLiteral("3f2c9b7d1e20")), migration(QStringLiteral("ae1027a6acf"))}, true),
        table(MigrationFramework::Rails, schema, QStringLiteral("schema_migrations"),
              {migration(QStringLiteral("20251002120000")), migration(QStringLiteral("20251101080000")),
               migration(QStringLiteral("20251120093000"))}),
        table(MigrationFramework::Knex, schema, QStringLiteral("knex_migrations"),
              {migration(QStringLiteral("20251101_init.js"), utc(2025, 11, 1, 10, 0, 0), S::Applied, {},
                         QStringLiteral("batch 1")),
               migration(QStringLiteral("20251102_users.js"), utc(2025, 11, 1, 10, 0, 1), S::Applied, {},
                         QStringLiteral("batch 1")),
               migration(QStringLiteral("20251203_01_create_sync_audit_logs_table.js"), utc(2025, 12, 3, 10, 20, 0),
                         S::Applied, {}, QStringLiteral("batch 2"))}),
        table(MigrationFramework::Liquibase, schema,
              pg ? QStringLiteral("databasechangelog") : QStringLiteral("DATABASECHANGELOG"),
              {migration(changelog + QStringLiteral("::1::alice"), utc(2025, 11, 1, 10, 0, 0), S::Applied,
                         QStringLiteral("9:11111111111111111111111111111111"), {},
                         QStringLiteral("createTable tableName=person")),
               migration(changelog + QStringLiteral("::2::bob"), utc(2025, 11, 1, 10, 0, 1), S::Applied,
                         QStringLiteral("9:22222222222222222222222222222222"), QStringLiteral("MARK_RAN")),
               migration(QStringLiteral("db/changelog/2025-12.sql::add-index::alice"), utc(2025, 11, 1, 10, 0, 2),
                         S::Failed, QStringLiteral("9:33333333333333333333333333333333"), {}, QStringLiteral("sql")),
               migration(QStringLiteral("db/changelog/seed.sql::seed::carol"), utc(2025, 11, 2, 10, 0, 0), S::Applied,
                         QStringLiteral("9:44444444444444444444444444444444"), QStringLiteral("RERAN")),
               migration(QStringLiteral("db/changelog/2025-12.sql::skip-me::bob"), utc(2025, 11, 2, 10, 0, 1),
                         S::Skipped, {}, {}, QStringLiteral("empty"))}),
    };
}

/// Every field of every table, one line each, so that a mismatch names itself.
QStringList describe(const QList<HistoryTable> &tables)
{
    QStringList lines;
    for (const HistoryTable &t : tables) {
        lines << QStringLiteral("%1 [%2] %3%4")
                     .arg(migrationFrameworkKey(t.framework), t.schema, t.table,
                          t.recordsCurrentOnly ? QStringLiteral(" current-only") : QString());
        for (const AppliedMigration &m : t.migrations) {
            lines << QStringLiteral("  %1 | %2 | %3 | %4 | %5 | %6")
                         .arg(m.id, m.name, migrationStateKey(m.state),
                              m.appliedAt.isValid() ? m.appliedAt.toString(Qt::ISODateWithMs) : QStringLiteral("-"),
                              m.checksum, m.detail);
        }
    }
    return lines;
}

/// Times must come back in UTC, not merely at the right instant.
bool allUtc(const QList<HistoryTable> &tables)
{
    for (const HistoryTable &t : tables) {
        for (const AppliedMigration &m : t.migrations) {
            if (m.appliedAt.isValid() && m.appliedAt.timeSpec() != Qt::UTC)
                return false;
        }
    }
    return true;
}

} // namespace

class TestHistoryReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void readsEveryFramework_data();
    void readsEveryFramework();
    void readsEnvironment_data();
    void readsEnvironment();
    void tellsRailsFromGolangMigrate_data();
    void tellsRailsFromGolangMigrate();
    void unreadableTimesStayUnknown_data();
    void unreadableTimesStayUnknown();
    void emptyDatabaseHasNoTables_data();
    void emptyDatabaseHasNoTables();
    void refusesSnapshotsAndProfiles();
    void cancelledBeforeStart_data();
    void cancelledBeforeStart();
    void cancelledBetweenTables_data();
    void cancelledBetweenTables();

private:
    void addDialectRows();
    QMap<QString, ConnectionSpec> m_main;
    QMap<QString, ConnectionSpec> m_golang;
    QMap<QString, ConnectionSpec> m_empty;
    QMap<QString, ConnectionSpec> m_odd;
};

void TestHistoryReader::initTestCase()
{
    struct Setup
    {
        const char *key;
        Dialect dialect;
        const char *main;
        const char *golang;
        const char *odd;
    };
    const Setup setups[] = {{"postgresql", Dialect::PostgreSQL, kPostgresMain, kPostgresGolang, kPostgresOdd},
                            {"mariadb", Dialect::MySQL, kMysqlMain, kMysqlGolang, kMysqlOdd},
                            {"sqlite", Dialect::SQLite, kSqliteMain, kSqliteGolang, kSqliteOdd}};
    for (const Setup &setup : setups) {
        const QString key = QLatin1String(setup.key);
        const auto make = [&](const QString &suffix, const char *sql) -> Result<ConnectionSpec> {
            Result<ConnectionSpec> spec =
                setup.dialect == Dialect::SQLite
                    ? ConnectionSpec::parse(test::scratchSqlitePath(QStringLiteral("history_%1.db").arg(suffix)))
                    : test::createScratchDatabase(setup.dialect, QStringLiteral("tst_historyreader_%1").arg(suffix));
            if (!spec)
                return spec;
            if (auto ok = test::runSql(*spec, QString::fromUtf8(sql)); !ok)
                return std::unexpected(ok.error());
            return spec;
        };
        auto main = make(QStringLiteral("main"), setup.main);
        PARITY_VERIFY_RESULT(main);
        auto golang = make(QStringLiteral("golang"), setup.golang);
        PARITY_VERIFY_RESULT(golang);
        auto empty = make(QStringLiteral("empty"), kUnrelated);
        PARITY_VERIFY_RESULT(empty);
        auto odd = make(QStringLiteral("odd"), setup.odd);
        PARITY_VERIFY_RESULT(odd);
        m_main.insert(key, *main);
        m_odd.insert(key, *odd);
        m_golang.insert(key, *golang);
        m_empty.insert(key, *empty);
    }
}

void TestHistoryReader::addDialectRows()
{
    QTest::addColumn<QString>("key");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
    QTest::newRow("mariadb") << QStringLiteral("mariadb");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
}

void TestHistoryReader::readsEveryFramework_data()
{
    addDialectRows();
}

void TestHistoryReader::readsEveryFramework()
{
    QFETCH(QString, key);
    const ConnectionSpec spec = m_main.value(key);
    auto session = DatabaseSession::open(spec, DatabaseSession::Access::ReadOnly);
    PARITY_VERIFY_RESULT(session);
    // The reading session sits in a zone of its own: times must not move with it.
    if (spec.kind == ConnectionSpec::Kind::PostgreSQL)
        PARITY_VERIFY_RESULT((*session)->exec(QStringLiteral("SET TIME ZONE 'America/New_York'")));
    else if (spec.kind == ConnectionSpec::Kind::MySQL)
        PARITY_VERIFY_RESULT((*session)->exec(QStringLiteral("SET time_zone = '-05:00'")));

    RecordingJob job;
    const auto tables = readMigrationHistory(**session, job);
    PARITY_VERIFY_RESULT(tables);
    const Dialect dialect = spec.kind == ConnectionSpec::Kind::PostgreSQL ? Dialect::PostgreSQL
                            : spec.kind == ConnectionSpec::Kind::MySQL    ? Dialect::MySQL
                                                                          : Dialect::SQLite;
    QCOMPARE(describe(*tables), describe(expectedMain(dialect)));
    QVERIFY(*tables == expectedMain(dialect));
    QVERIFY(allUtc(*tables));

    // One report to look, one per table, one at the end; the hostile schema named as it is.
    QCOMPARE(job.steps.size(), 10);
    QCOMPARE(job.dones.last(), job.totals.last());
    if (dialect == Dialect::PostgreSQL)
        QVERIFY2(job.steps.contains(QStringLiteral("Reading fly \"way.flyway_schema_history")),
                 qPrintable(job.steps.join(QStringLiteral(" | "))));
}

void TestHistoryReader::readsEnvironment_data()
{
    addDialectRows();
}

void TestHistoryReader::readsEnvironment()
{
    QFETCH(QString, key);
    const ConnectionSpec spec = m_main.value(key);
    const auto named = readEnvironmentHistory(spec, QStringLiteral("staging"));
    PARITY_VERIFY_RESULT(named);
    QCOMPARE(named->name, QStringLiteral("staging"));
    QCOMPARE(named->source, spec.display());
    QCOMPARE(named->tables.size(), 8);
    QVERIFY(named->table(MigrationFramework::Liquibase));
    QVERIFY(!named->table(MigrationFramework::GolangMigrate));

    const auto unnamed = readEnvironmentHistory(spec, QString());
    PARITY_VERIFY_RESULT(unnamed);
    QCOMPARE(unnamed->name, spec.databaseName());
    QVERIFY(unnamed->tables == named->tables);
}

void TestHistoryReader::tellsRailsFromGolangMigrate_data()
{
    addDialectRows();
}

void TestHistoryReader::tellsRailsFromGolangMigrate()
{
    QFETCH(QString, key);
    const ConnectionSpec spec = m_golang.value(key);
    const auto history = readEnvironmentHistory(spec, QString());
    PARITY_VERIFY_RESULT(history);
    // The django_migrations and alembic_version here are not the frameworks' shape: left out.
    const QString schema = spec.kind == ConnectionSpec::Kind::PostgreSQL ? QStringLiteral("public") : QString();
    const QList<HistoryTable> expected = {
        table(MigrationFramework::GolangMigrate, schema, QStringLiteral("schema_migrations"),
              {migration(QStringLiteral("20251203101500"), {}, MigrationState::Dirty)}, true)};
    QCOMPARE(describe(history->tables), describe(expected));
    QVERIFY(history->tables == expected);
    QVERIFY(m_main.value(key).databaseName() != spec.databaseName());
}

void TestHistoryReader::unreadableTimesStayUnknown_data()
{
    addDialectRows();
}

void TestHistoryReader::unreadableTimesStayUnknown()
{
    QFETCH(QString, key);
    const auto history = readEnvironmentHistory(m_odd.value(key), QString());
    PARITY_VERIFY_RESULT(history);
    const QString schema = key == QLatin1String("postgresql") ? QStringLiteral("public") : QString();
    using S = MigrationState;
    QList<AppliedMigration> knex = {
        migration(QStringLiteral("a.js"), {}, S::Applied, {}, QStringLiteral("batch 1")),
        migration(QStringLiteral("b.js"), {}, S::Applied, {}, QStringLiteral("batch 1")),
        migration(QStringLiteral("c.js"), utc(2025, 11, 1, 10, 0, 0)),
    };
    QList<HistoryTable> expected;
    if (key == QLatin1String("mariadb")) {
        expected << table(MigrationFramework::Django, schema, QStringLiteral("django_migrations"),
                          {migration(QStringLiteral("treasury.0001_initial"))});
    }
    if (key == QLatin1String("sqlite")) {
        // Integer and real epochs in seconds are read too; an impossible date is not.
        knex << migration(QStringLiteral("d.js"), {}, S::Applied, {}, QStringLiteral("batch 2"))
             << migration(QStringLiteral("e.js"), utc(2025, 11, 1, 10, 0, 0), S::Applied, {}, QStringLiteral("batch 2"))
             << migration(QStringLiteral("f.js"), utc(2025, 11, 1, 10, 0, 0, 500), S::Applied, {},
                          QStringLiteral("batch 2"));
    }
    expected << table(MigrationFramework::Knex, schema, QStringLiteral("knex_migrations"), knex);
    QCOMPARE(describe(history->tables), describe(expected));
}

void TestHistoryReader::emptyDatabaseHasNoTables_data()
{
    addDialectRows();
}

void TestHistoryReader::emptyDatabaseHasNoTables()
{
    QFETCH(QString, key);
    const auto history = readEnvironmentHistory(m_empty.value(key), QStringLiteral("uat"));
    PARITY_VERIFY_RESULT(history);
    QCOMPARE(history->name, QStringLiteral("uat"));
    QVERIFY2(history->tables.isEmpty(), qPrintable(describe(history->tables).join(QLatin1Char('\n'))));
}

void TestHistoryReader::refusesSnapshotsAndProfiles()
{
    const auto snapshot = ConnectionSpec::parse(QStringLiteral("/tmp/uat.parity.json"));
    PARITY_VERIFY_RESULT(snapshot);
    QCOMPARE(snapshot->kind, ConnectionSpec::Kind::Snapshot);
    const auto fromSnapshot = readEnvironmentHistory(*snapshot, QString());
    QVERIFY(!fromSnapshot);
    QCOMPARE(fromSnapshot.error().code, Error::Code::Unsupported);
    QVERIFY2(fromSnapshot.error().message.contains(QLatin1String("snapshot"))
                 && fromSnapshot.error().message.contains(QLatin1String("live database"))
                 && fromSnapshot.error().message.contains(QLatin1String("uat.parity.json")),
             qPrintable(fromSnapshot.error().message));

    const auto profile = ConnectionSpec::parse(QStringLiteral("@staging"));
    PARITY_VERIFY_RESULT(profile);
    const auto fromProfile = readEnvironmentHistory(*profile, QString());
    QVERIFY(!fromProfile);
    QCOMPARE(fromProfile.error().code, Error::Code::Unsupported);
    QVERIFY2(fromProfile.error().message.contains(QLatin1String("@staging")), qPrintable(fromProfile.error().message));
}

void TestHistoryReader::cancelledBeforeStart_data()
{
    addDialectRows();
}

void TestHistoryReader::cancelledBeforeStart()
{
    QFETCH(QString, key);
    RecordingJob job(0);
    const auto history = readEnvironmentHistory(m_main.value(key), QString(), job);
    QVERIFY(!history);
    QCOMPARE(history.error().code, Error::Code::Cancelled);
    QVERIFY(job.steps.isEmpty());
}

void TestHistoryReader::cancelledBetweenTables_data()
{
    addDialectRows();
}

void TestHistoryReader::cancelledBetweenTables()
{
    QFETCH(QString, key);
    auto session = DatabaseSession::open(m_main.value(key), DatabaseSession::Access::ReadOnly);
    PARITY_VERIFY_RESULT(session);
    RecordingJob job(3); // cancelled once the look-up and two tables have been reported
    const auto tables = readMigrationHistory(**session, job);
    QVERIFY(!tables);
    QCOMPARE(tables.error().code, Error::Code::Cancelled);
    QCOMPARE(job.steps.size(), 3);
}

QTEST_GUILESS_MAIN(TestHistoryReader)
#include "tst_historyreader.moc"
