# shellcheck shell=bash
# Shared by deploy/kafka/lib.sh and deploy/postgres/lib.sh; sourced, not run.
# Set DEPLOY_NAME (the prefix of messages: "kafka", "postgres") before sourcing.

die() {
  echo "$DEPLOY_NAME: error: $*" >&2
  exit 1
}
note() { echo "$DEPLOY_NAME: $*" >&2; }

# A value for an option, or a clear error when it is missing.
optval() {
  [[ $# -ge 2 && -n $2 && $2 != --* ]] || die "option $1 needs a value (see --help)"
  printf '%s' "$2"
}

# Whether directory $1 holds nothing but the names given after it.
only_holds() {
  local dir=$1 f name ok allowed
  shift
  for f in "$dir"/* "$dir"/.[!.]* "$dir"/..?*; do
    [[ -e $f || -L $f ]] || continue
    name=${f##*/} ok=0
    for allowed in "$@"; do [[ $name == "$allowed" ]] && ok=1; done
    ((ok)) || return 1
  done
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
