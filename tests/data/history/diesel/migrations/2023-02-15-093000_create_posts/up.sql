CREATE TABLE posts (
  id SERIAL PRIMARY KEY,
  author_id INTEGER NOT NULL REFERENCES users (id),
  title VARCHAR NOT NULL
);
ALTER TABLE users ADD COLUMN bio TEXT, ADD CONSTRAINT users_name_check CHECK (name <> '');
