#!/usr/bin/env bash
# Before the connected tier: fetch what the engines need once (Kafka's jars from Maven Central,
# PostgreSQL's Debian package), so no test's time limit pays for a download. The tests start
# and stop the engines themselves (tests/connected/engines.py).
set -euo pipefail
cd "$(dirname "$0")/../.."
deploy/kafka/kafka-tool TopicCommand --version >/dev/null
data=${JOBTRACKER_TEST_ROOT:-/var/tmp/jobtracker-test}/postgres
if ! deploy/postgres/status --data "$data" >/dev/null 2>&1; then
  deploy/postgres/start --data "$data" --port "${JOBTRACKER_TEST_PG_PORT:-25432}" --fast >/dev/null
  deploy/postgres/stop --data "$data" >/dev/null 2>&1
fi
echo "connected tier: Kafka jars and PostgreSQL are in place"
