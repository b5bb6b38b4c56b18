-- New tables whose foreign keys form a cycle (departments.head_id -> employees, employees.department_id ->
-- departments) plus a self-reference (employees.manager_id): the plan creates the tables first and adds the
-- foreign keys after; the rollback drops the keys (or the tables together) before the tables.
CREATE TABLE companies (
    id integer PRIMARY KEY,
    name text NOT NULL
);

INSERT INTO companies (id, name) VALUES (1, 'Initech'), (2, 'Umbrella');
