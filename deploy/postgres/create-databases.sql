-- One database per service that owns PostgreSQL data; no service reads another's.
CREATE DATABASE cost;
CREATE DATABASE progress;
