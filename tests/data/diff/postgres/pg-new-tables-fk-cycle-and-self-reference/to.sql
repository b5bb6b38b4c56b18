CREATE TABLE companies (
    id integer PRIMARY KEY,
    name text NOT NULL
);

CREATE TABLE departments (
    id integer PRIMARY KEY,
    company_id integer NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
    name text NOT NULL,
    head_id integer
);

CREATE TABLE employees (
    id integer PRIMARY KEY,
    department_id integer NOT NULL REFERENCES departments (id),
    manager_id integer REFERENCES employees (id) ON DELETE SET NULL,
    name text NOT NULL
);

ALTER TABLE departments ADD CONSTRAINT departments_head_id_fkey
    FOREIGN KEY (head_id) REFERENCES employees (id) DEFERRABLE INITIALLY DEFERRED;
