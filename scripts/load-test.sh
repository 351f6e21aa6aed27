#!/usr/bin/env bash
# Load test (issue 11): the production jar and its embedded MariaDB on core 0, the load driver
# (id.kiosmandiri.load.LoadDriver, Vaadin Flow's client protocol over HTTP, no browser) on core 1.
#
#   scripts/load-test.sh [--jfr] [--rebuild] [driver options]
#   scripts/load-test.sh --kiosks 300                       # the issue's scenario at 300 kiosks
#   scripts/load-test.sh --kiosks 20 --journeys 1 --screen-ms 1000 --ramp-s 10
#   scripts/load-test.sh --jfr --kiosks 600                 # and the server's hot methods while loaded
#   scripts/load-test.sh --hold --kiosks 500                # members held on the balance screen: heap per session
#   LOAD_PRINTER=pdf scripts/load-test.sh --scenario cluster --kiosks 20 --lockout-kiosks 2 --run-s 90 \
#     --ledger target/load/ledger.tsv --request-log target/load/requests.csv --keep
#                                                           # issue 13's writing scenario; the server stays up
#                                                           # for id.kiosmandiri.load.ClusterCheck
#   scripts/load-test.sh --help                             # the driver's options
#
# What it does:
#  1. builds the production jar if it is missing (--rebuild: always; `./mvnw -Pproduction package
#     -DskipTests`, no Node needed) and compiles the driver (`./mvnw -o test-compile`);
#  2. writes a kiosk-config with one kiosk per driver kiosk (LOAD-0001, ...; --kiosk-prefix) in
#     target/load/kiosk-config, in turn at the demo's four branch offices (WIB, WITA, WIT);
#  3. starts the server pinned to core 0 (`taskset -c 0`; the embedded MariaDB is its child process
#     and inherits the pinning, the script prints both) on ports 18080/18081 (LOAD_PORT,
#     LOAD_MANAGEMENT_PORT), a fresh embedded database in target/load/mariadb with one generated demo
#     member per kiosk, and waits for /actuator/health/readiness on the management port;
#  4. warms the server up (a fresh JVM spends its first minutes compiling on the same core): the driver
#     runs one unmeasured journey on up to 200 kiosks (--warm-up N, 0 for none; not with --hold);
#  5. with --jfr, starts a flight recording (settings=profile) once the server is ready, so start-up
#     is not in it;
#  6. runs the driver pinned to core 1 (`taskset -c 1`) with the remaining options, and prints its
#     Markdown report (also in target/load/report.md); with --jfr, prints the server's hot methods
#     (`jfr view hot-methods`, more views in target/load/jfr-*.txt);
#  7. stops the driver, the server and its MariaDB on exit, whatever happened (trap); with --keep, only
#     once stopped (Ctrl+C or SIGTERM) after the driver is done, and prints the embedded database's JDBC
#     URL, user and password (for ClusterCheck) and the test classpath first.
# The warm-up runs the balance scenario; the cluster scenario's options (--scenario, --run-s,
# --lockout-kiosks, --ledger, --request-log) go to the measured run only.
# Exit status: the driver's (0 when every journey completed).
# Environment: JAVA_HOME (default /usr/lib/jvm/temurin-25-jdk-amd64), LOAD_SERVER_JAVA_OPTS (extra
# server JVM options, e.g. -Xmx2g), LOAD_SERVER_ARGS (extra server arguments, e.g.
# --spring.datasource.hikari.maximum-pool-size=20), LOAD_DRIVER_JAVA_OPTS, LOAD_PRINTER (the kiosks'
# printer type: none (default) or pdf, which always prints, into target/load/receipts).
set -euo pipefail

cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA="$JAVA_HOME/bin/java"
PORT=${LOAD_PORT:-18080}
MANAGEMENT_PORT=${LOAD_MANAGEMENT_PORT:-18081}
WORK=target/load
JAR=target/kios-mandiri-0.1.0-SNAPSHOT.jar

jfr=false
rebuild=false
hold=false
keep=false
warm_up=200
kiosks=20
first_member=7
prefix=LOAD-
driver_args=()
cluster_args=()   # for the measured run only, not the warm-up
while [ $# -gt 0 ]; do
  case "$1" in
    --jfr) jfr=true ;;
    --keep) keep=true ;;
    --scenario|--run-s|--lockout-kiosks|--ledger|--request-log) cluster_args+=("$1" "$2"); shift ;;
    --scenario=*|--run-s=*|--lockout-kiosks=*|--ledger=*|--request-log=*) cluster_args+=("$1") ;;
    --rebuild) rebuild=true ;;
    --hold) hold=true; driver_args+=("$1") ;;
    --warm-up) warm_up=$2; shift ;;
    --warm-up=*) warm_up=${1#*=} ;;
    --kiosks) kiosks=$2; driver_args+=("$1" "$2"); shift ;;
    --kiosks=*) kiosks=${1#*=}; driver_args+=("$1") ;;
    --first-member) first_member=$2; driver_args+=("$1" "$2"); shift ;;
    --first-member=*) first_member=${1#*=}; driver_args+=("$1") ;;
    --kiosk-prefix) prefix=$2; driver_args+=("$1" "$2"); shift ;;
    --kiosk-prefix=*) prefix=${1#*=}; driver_args+=("$1") ;;
    --url|--url=*) echo "load-test.sh starts its own server; run the driver directly for another URL" >&2; exit 2 ;;
    --help|-h) driver_args=(--help); break ;;
    *) driver_args+=("$1") ;;
  esac
  shift
done

mkdir -p "$WORK"
if [ "$rebuild" = true ] || [ ! -f "$JAR" ]; then
  echo "Building the production jar ($JAR) ..."
  ./mvnw -q -Pproduction package -DskipTests
fi
echo "Compiling the load driver ..."
./mvnw -o -q test-compile dependency:build-classpath -Dmdep.outputFile="$WORK/classpath.txt" -Dmdep.includeScope=test
DRIVER_CP="target/test-classes:target/classes:$(cat "$WORK/classpath.txt")"
if [ "${driver_args[0]:-}" = --help ]; then
  "$JAVA" -cp "$DRIVER_CP" id.kiosmandiri.load.LoadDriver --help
  exit 0
fi

# --- kiosk-config: one kiosk per driver kiosk, in turn at the demo's branch offices ----------------
# (the demo's branches: its staff accounts and generated employers belong to them)
config="$WORK/kiosk-config"
rm -rf "$config"
mkdir -p "$config/kiosks"
cp kiosk-config/branches.yml "$config/branches.yml"
mapfile -t branches < <(sed -n 's/^  - code: *\([A-Z0-9]*\).*/\1/p' kiosk-config/branches.yml)
for ((k = 1; k <= kiosks; k++)); do
  id=$(printf '%s%04d' "$prefix" "$k")
  printf 'id: %s\nbranch: %s\nname: Kios uji %d\nprinter:\n  type: %s\n' "$id" "${branches[$(((k - 1) % ${#branches[@]}))]}" "$k" \
    "${LOAD_PRINTER:-none}" \
    > "$config/kiosks/$id.yml"
done
first_kiosk=$(printf '%s%04d' "$prefix" 1)
# one generated member per kiosk, numbered after the six named demo logins (GeneratedMembers)
members=$((first_member - 1 + kiosks))

# --- the server on core 0 ----------------------------------------------------------------------
server_pid=""
driver_pid=""
cleanup() {
  status=$?
  trap - EXIT INT TERM
  if [ -n "$driver_pid" ] && kill -0 "$driver_pid" 2>/dev/null; then
    kill -TERM "$driver_pid" 2>/dev/null || true   # the driver prints its report on SIGTERM
    wait "$driver_pid" 2>/dev/null || true
  fi
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    db_pids=$(pgrep -P "$server_pid" || true)
    echo "Stopping the server (pid $server_pid) ..."
    kill -TERM "$server_pid" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.5; done
    kill -KILL "$server_pid" 2>/dev/null || true
    for pid in $db_pids; do kill -TERM "$pid" 2>/dev/null || true; done
  fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

echo "Starting the server on core 0: $kiosks kiosks, $members demo members, http://localhost:$PORT ..."
# shellcheck disable=SC2086  # the option strings are lists of words on purpose
taskset -c 0 "$JAVA" ${LOAD_SERVER_JAVA_OPTS:-} -jar "$JAR" \
  --server.port="$PORT" --management.server.port="$MANAGEMENT_PORT" \
  --kiosk.config-dir="$config" --kiosk.default-id="$first_kiosk" \
  --kiosk.embedded-db.dir="$WORK/mariadb" --kiosk.embedded-db.wipe-on-start=true \
  --kiosk.demo.members="$members" \
  --kiosk.receipt.key-file="$WORK/receipt-signing.key" --kiosk.receipt.pdf-dir="$WORK/receipts" \
  ${LOAD_SERVER_ARGS:-} > "$WORK/server.log" 2>&1 &
server_pid=$!
started=$(date +%s)
until curl -sf "http://127.0.0.1:$MANAGEMENT_PORT/actuator/health/readiness" > /dev/null 2>&1; do
  if ! kill -0 "$server_pid" 2>/dev/null || grep -q "Application run failed\|APPLICATION FAILED TO START" "$WORK/server.log"; then
    echo "The server stopped during start-up; the end of $WORK/server.log:" >&2
    grep -v '^\s*at ' "$WORK/server.log" | tail -30 >&2
    exit 1
  fi
  if [ $(($(date +%s) - started)) -gt 600 ]; then
    echo "The server was not ready within 600 s; see $WORK/server.log" >&2
    exit 1
  fi
  sleep 1
done
echo "Server ready after $(($(date +%s) - started)) s."
echo "Pinning: server $(taskset -cp "$server_pid" | sed 's/.*: /pid '"$server_pid"' on CPU /')"
for pid in $(pgrep -P "$server_pid" || true); do
  echo "         child $(ps -o comm= -p "$pid") $(taskset -cp "$pid" | sed 's/.*: /pid '"$pid"' on CPU /')"
done

if [ "$hold" = false ] && [ "$warm_up" -gt 0 ]; then
  [ "$warm_up" -gt "$kiosks" ] && warm_up=$kiosks
  echo "Warming up: one unmeasured journey on $warm_up kiosks ..."
  # shellcheck disable=SC2086
  taskset -c 1 "$JAVA" ${LOAD_DRIVER_JAVA_OPTS:-} -cp "$DRIVER_CP" id.kiosmandiri.load.LoadDriver \
    --url "http://localhost:$PORT" "${driver_args[@]}" --kiosks "$warm_up" --journeys 1 --ramp-s 20 \
    --report "$WORK/warm-up.md" > "$WORK/warm-up.log" 2>&1 || echo "  (the warm-up had failures: $WORK/warm-up.md)"
fi

if [ "$jfr" = true ]; then
  rm -f "$WORK/server.jfr"
  "$JAVA_HOME/bin/jcmd" "$server_pid" JFR.start name=load settings=profile filename="$(pwd)/$WORK/server.jfr" > /dev/null
  echo "Flight recording started (settings=profile): $WORK/server.jfr"
fi

# --- the driver on core 1 ----------------------------------------------------------------------
extra=()
if [ "$hold" = true ]; then
  extra+=(--server-pid "$server_pid")
  echo "Heap with no member session yet, after a full GC (the baseline for heap per session):"
  "$JAVA_HOME/bin/jcmd" "$server_pid" GC.run > /dev/null
  "$JAVA_HOME/bin/jcmd" "$server_pid" GC.heap_info | sed -n '2,$p'
fi
set +e
# shellcheck disable=SC2086
taskset -c 1 "$JAVA" ${LOAD_DRIVER_JAVA_OPTS:-} -cp "$DRIVER_CP" id.kiosmandiri.load.LoadDriver \
  --url "http://localhost:$PORT" --report "$WORK/report.md" "${driver_args[@]}" "${cluster_args[@]}" "${extra[@]}" &
driver_pid=$!
wait "$driver_pid"
driver_status=$?
driver_pid=""
set -e

if [ "$jfr" = true ]; then
  "$JAVA_HOME/bin/jcmd" "$server_pid" JFR.stop name=load > /dev/null
  for view in hot-methods cpu-time-hot-methods allocation-by-class contention-by-site gc-pauses; do
    "$JAVA_HOME/bin/jfr" view --width 160 "$view" "$WORK/server.jfr" > "$WORK/jfr-$view.txt" 2>&1 || true
  done
  echo
  echo "Server hot methods while loaded (jfr view hot-methods; more in $WORK/jfr-*.txt):"
  head -40 "$WORK/jfr-hot-methods.txt"
fi
echo
echo "Report: $WORK/report.md; server log: $WORK/server.log"
if [ "$keep" = true ]; then
  # the embedded MariaDB's URL, as Flyway logs it at start-up; the app user's password from its folder
  db_url=$(grep -o 'jdbc:mariadb://127.0.0.1:[0-9]*/kiosk' "$WORK/server.log" | head -1 || true)
  db_password=$(sed -n 's/^password=//p' "$WORK/mariadb/app-credentials.properties" || true)
  echo
  echo "Kept running (--keep): the server (pid $server_pid) at http://localhost:$PORT, its database at"
  echo "  --jdbc ${db_url:-?} --user kiosk --password $db_password"
  echo "  (ClusterCheck's classpath: target/test-classes:target/classes:\$(cat $WORK/classpath.txt))"
  echo "Stop with Ctrl+C or kill $$."
  wait "$server_pid" || true
fi
exit "$driver_status"
