#!/usr/bin/env bash
# Makes a local PostgreSQL ready for the tests: installs Debian's package when missing (as root),
# starts the newest cluster, and creates the carpass_test role. Exits non-zero when it cannot.
set -uo pipefail

as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then su postgres -s /bin/sh -c "$1"; else sh -c "$1"; fi
}

if ! command -v pg_ctlcluster >/dev/null 2>&1; then
  [ "$(id -u)" -eq 0 ] || exit 1
  echo "Installing PostgreSQL for the scale-out tests (apt-get install postgresql)..."
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null || exit 1
fi

version=$(ls /etc/postgresql 2>/dev/null | sort -n | tail -1)
[ -n "$version" ] || exit 1
if ! pg_isready -h 127.0.0.1 -p 5432 -q; then
  pg_ctlcluster "$version" main start || exit 1
fi
for _ in $(seq 1 40); do
  pg_isready -h 127.0.0.1 -p 5432 -q && break
  sleep 0.5
done
pg_isready -h 127.0.0.1 -p 5432 -q || exit 1

as_postgres "psql -q -p 5432 -v ON_ERROR_STOP=1 -c \"DO \\\$\\\$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'carpass_test') THEN CREATE ROLE carpass_test LOGIN SUPERUSER PASSWORD 'carpass_test'; END IF; END \\\$\\\$;\"" || exit 1
echo "PostgreSQL $version is ready on 127.0.0.1:5432 for the tests."
