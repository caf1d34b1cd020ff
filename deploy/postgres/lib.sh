# shellcheck shell=bash
# Shared by deploy/postgres/{start,stop,status}; sourced, not run.
#
# A private PostgreSQL cluster from Debian's packages, run with initdb/pg_ctl (not the system's
# pg_ctlcluster clusters). As root the server runs as the `postgres` OS user (PostgreSQL refuses
# to run as root); as any other user it runs as that user.
#
# Layout of the data dir:
#   <data>/pgdata/          the cluster (initdb); pgdata/jobtracker.conf is rewritten on each start
#   <data>/postgres.log     the server's log
#   <data>/run/             the server's Unix socket (/tmp when <data> is too long for a socket path)

PG_ROLE=jobtracker
PG_PASSWORD=jobtracker
PG_DB=jobtracker

# Our commands must not be steered by a caller's libpq settings.
unset PGDATA PGHOST PGHOSTADDR PGPORT PGUSER PGDATABASE PGSERVICE PGOPTIONS PGPASSWORD PGPASSFILE PGSSLMODE

DEPLOY_NAME=postgres
# shellcheck source=deploy/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/../common.sh"

# shellcheck disable=SC2034 # PG_DEFAULT_DATA is for the scripts that source this
if [[ $(id -u) -eq 0 ]]; then
  PG_OS_USER=postgres
  PG_DEFAULT_DATA=${JOBTRACKER_PG_DATA:-/var/lib/postgresql/jobtracker}
else
  PG_OS_USER=$(id -un)
  HOME=${HOME:-$(getent passwd "$PG_OS_USER" | cut -d: -f6)}
  PG_DEFAULT_DATA=${JOBTRACKER_PG_DATA:-${XDG_CACHE_HOME:-$HOME/.cache}/jobtracker/postgres}
fi

# Run a command as the OS user that owns the cluster, from / (root's cwd may be unreadable to it).
as_pg() {
  if [[ $(id -u) -eq 0 ]]; then
    (cd / && runuser -u "$PG_OS_USER" -- "$@")
  else
    (cd / && "$@")
  fi
}

# Newest installed server major version, or nothing.
pg_newest_version() {
  local d v best=''
  for d in /usr/lib/postgresql/*/bin/initdb; do
    [[ -x $d ]] || continue
    v=${d#/usr/lib/postgresql/}
    v=${v%%/*}
    [[ $v =~ ^[0-9]+$ ]] || continue
    if [[ -z $best ]] || ((v > best)); then best=$v; fi
  done
  printf '%s' "$best"
}

# The bin dir for data dir $1 (its PG_VERSION if it has one, else the newest installed).
pg_bindir() {
  local data=$1 v
  if [[ -f $data/pgdata/PG_VERSION ]]; then
    v=$(<"$data/pgdata/PG_VERSION")
    [[ -x /usr/lib/postgresql/$v/bin/postgres ]] ||
      die "$data was made by PostgreSQL $v, which is not installed (apt-get install -y postgresql-$v), or wipe it: deploy/postgres/stop --data $data --wipe"
  else
    v=$(pg_newest_version)
    [[ -n $v ]] || return 1
  fi
  printf '%s' "/usr/lib/postgresql/$v/bin"
}

# Port of the running server of data dir $1 (line 4 of postmaster.pid), or nothing.
pg_running_port() {
  local pidfile=$1/pgdata/postmaster.pid
  [[ -f $pidfile ]] || return 0
  sed -n 4p "$pidfile" 2>/dev/null || true
}

pg_is_running() {
  local data=$1 bindir=$2
  [[ -f $data/pgdata/PG_VERSION ]] || return 1
  as_pg "$bindir/pg_ctl" -D "$data/pgdata" status >/dev/null 2>&1
}

pg_url() { printf 'postgresql://%s:%s@127.0.0.1:%s/%s' "$PG_ROLE" "$PG_PASSWORD" "$1" "$PG_DB"; }

