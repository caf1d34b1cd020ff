# shellcheck shell=bash
# Shared by deploy/kafka/{start,stop,status,kafka-tool}; sourced, not run.
#
# Layout (see deploy/README.md):
#   $JOBTRACKER_KAFKA_HOME/lib/<version>/   the broker + tools jars, resolved once by Maven
#   <data dir>/cluster.env                   cluster id, node count, ports, Kafka version
#   <data dir>/node-<n>/server.properties    generated on every start
#   <data dir>/node-<n>/data/                the node's log.dirs (KRaft metadata + topics)
#   <data dir>/node-<n>/logs/                server.log, controller.log, state-change.log, stdout.log
#   <data dir>/node-<n>/kafka.pid

KAFKA_DEPLOY_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
if [[ -z ${KAFKA_VERSION:-} ]]; then
  KAFKA_VERSION=$(sed -n 's:.*<kafka.version>\(.*\)</kafka.version>.*:\1:p' "$KAFKA_DEPLOY_DIR/pom.xml")
fi
HOME=${HOME:-$(getent passwd "$(id -un)" | cut -d: -f6)}
JOBTRACKER_KAFKA_HOME=${JOBTRACKER_KAFKA_HOME:-${XDG_CACHE_HOME:-$HOME/.cache}/jobtracker/kafka}
KAFKA_LIBS=$JOBTRACKER_KAFKA_HOME/lib/$KAFKA_VERSION
# shellcheck disable=SC2034 # used by the scripts that source this
KAFKA_DEFAULT_DATA=${JOBTRACKER_KAFKA_DATA:-$JOBTRACKER_KAFKA_HOME/data}
KAFKA_HEAP_OPTS=${KAFKA_HEAP_OPTS:--Xms256m -Xmx512m}
# C1 only (TieredStopAtLevel=1): on a 2-core machine C2 compilation makes a 3-node start take
# ~25 s instead of ~11 s, and short producer runs were faster with C1 too. Override for long runs.
KAFKA_JVM_PERFORMANCE_OPTS=${KAFKA_JVM_PERFORMANCE_OPTS:--XX:+UseG1GC -XX:MaxGCPauseMillis=20 -XX:InitiatingHeapOccupancyPercent=35 -XX:+ExplicitGCInvokesConcurrent -XX:TieredStopAtLevel=1 -Djava.awt.headless=true}

DEPLOY_NAME=kafka
# shellcheck source=deploy/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/../common.sh"

abspath() {
  mkdir -p -- "$1" 2>/dev/null || die "cannot create directory $1"
  (cd -- "$1" && pwd -P)
}

need_java() {
  command -v java >/dev/null 2>&1 || die "java not found; Kafka $KAFKA_VERSION needs Java 17 or newer (apt-get install -y openjdk-17-jre-headless)"
  local v
  v=$(java -version 2>&1 | sed -n 's/.* version "\([0-9]*\).*/\1/p' | head -n1)
  [[ -n $v && $v -ge 17 ]] || die "Kafka $KAFKA_VERSION needs Java 17 or newer; 'java' is version ${v:-unknown}"
}

# Resolve the jars into $KAFKA_LIBS once (keyed by the pom's content); reuse them afterwards.
ensure_libs() {
  local want stamp=$KAFKA_LIBS/.resolved
  want="$(sha256sum "$KAFKA_DEPLOY_DIR/pom.xml" | cut -c1-16) $KAFKA_VERSION"
  if [[ -f $stamp && $(<"$stamp") == "$want" ]]; then
    return 0
  fi
  mkdir -p "$JOBTRACKER_KAFKA_HOME/lib" || die "cannot create $JOBTRACKER_KAFKA_HOME/lib"
  local lockfd
  exec {lockfd}>"$JOBTRACKER_KAFKA_HOME/lib/.lock"
  flock -w 900 "$lockfd" || die "timed out waiting for another process that is resolving the Kafka jars"
  if [[ -f $stamp && $(<"$stamp") == "$want" ]]; then # another process did it meanwhile
    exec {lockfd}>&-
    return 0
  fi
  command -v mvn >/dev/null 2>&1 ||
    die "Maven (mvn) is needed once to fetch the Kafka $KAFKA_VERSION jars into $KAFKA_LIBS; install it (apt-get install -y maven) or copy the jars there"
  local tmp log
  tmp=$(mktemp -d "$JOBTRACKER_KAFKA_HOME/lib/.resolve.XXXXXX")
  log=$tmp.log
  note "resolving Apache Kafka $KAFKA_VERSION jars with Maven into $KAFKA_LIBS (once; later starts reuse them)"
  if ! mvn -q -B -f "$KAFKA_DEPLOY_DIR/pom.xml" -Dkafka.version="$KAFKA_VERSION" \
    dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory="$tmp" >"$log" 2>&1; then
    sed 's/\x1b\[[0-9;]*m//g' "$log" | grep -v '^\[ERROR\] *$' | tail -n 25 >&2
    rm -rf "$tmp" "$log"
    die "Maven could not resolve org.apache.kafka:kafka_2.13:$KAFKA_VERSION and its dependencies (output above). Check that Maven can reach its repository, or pick another version with KAFKA_VERSION=..."
  fi
  rm -f "$log"
  ls "$tmp"/kafka_2.13-*.jar >/dev/null 2>&1 || die "Maven finished but no kafka_2.13 jar landed in $tmp"
  chmod 755 "$tmp"
  printf '%s\n' "$want" >"$tmp/.resolved"
  rm -rf "$KAFKA_LIBS"
  mv "$tmp" "$KAFKA_LIBS"
  exec {lockfd}>&-
}

# Run a Kafka class (a tool) on the cached classpath, quietly: warnings go to stderr.
kafka_java_tool() {
  local cls=$1
  shift
  java -Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Djava.awt.headless=true \
    -Dlog4j2.configurationFile="$KAFKA_DEPLOY_DIR/log4j2-tools.xml" \
    -cp "$KAFKA_LIBS/*" "$cls" "$@"
}

# ---- cluster state -------------------------------------------------------------------------

# Sets CLUSTER_ID BROKERS PORT CONTROLLER_PORT FORMATTED_VERSION from <data>/cluster.env, if any.
# shellcheck disable=SC2034 # the variables are for the callers
load_cluster_env() {
  local data=$1
  CLUSTER_ID='' BROKERS='' PORT='' CONTROLLER_PORT='' FORMATTED_VERSION=''
  [[ -f $data/cluster.env ]] || return 1
  local key value
  while IFS='=' read -r key value; do
    case $key in
      CLUSTER_ID) CLUSTER_ID=$value ;;
      BROKERS) BROKERS=$value ;;
      PORT) PORT=$value ;;
      CONTROLLER_PORT) CONTROLLER_PORT=$value ;;
      KAFKA_VERSION) FORMATTED_VERSION=$value ;;
    esac
  done <"$data/cluster.env"
  [[ -n $CLUSTER_ID && -n $BROKERS && -n $PORT && -n $CONTROLLER_PORT ]] ||
    die "$data/cluster.env is incomplete; remove the data dir (deploy/kafka/stop --data $data --wipe)"
}

broker_port() { echo $((PORT + $1 - 1)); }
controller_port() { echo $((CONTROLLER_PORT + $1 - 1)); }

bootstrap_servers() {
  local i out=''
  for ((i = 1; i <= BROKERS; i++)); do
    out+="${out:+,}127.0.0.1:$(broker_port "$i")"
  done
  printf '%s' "$out"
}

# The pid of node $2 in data dir $1 if that process is alive and really is that node, else nothing.
node_pid() {
  local data=$1 n=$2 pid
  local pidfile=$data/node-$n/kafka.pid
  [[ -f $pidfile ]] || return 0
  pid=$(<"$pidfile")
  [[ $pid =~ ^[0-9]+$ ]] || return 0
  [[ -r /proc/$pid/cmdline ]] || return 0
  if tr '\0' ' ' <"/proc/$pid/cmdline" | grep -qF "kafka.Kafka $data/node-$n/server.properties"; then
    echo "$pid"
  fi
}


# Last lines of a node's logs, for error messages.
node_log_tail() {
  local dir=$1/node-$2/logs f
  for f in "$dir/stdout.log" "$dir/server.log"; do
    if [[ -s $f ]]; then
      echo "---- last lines of $f ----" >&2
      tail -n 25 "$f" >&2
    fi
  done
}
