#!/usr/bin/env bash
# Cluster test (issue 13): two kiosk server nodes behind HAProxy on a three-node MariaDB Galera
# cluster, all on 127.0.0.1, under the load driver's cluster scenario; a database node and later an
# application node are killed and brought back while the kiosks work. Not part of `./mvnw verify`.
#
#   scripts/cluster-test.sh                      # 200 kiosks, phases of 45 s
#   scripts/cluster-test.sh --kiosks 100 --phase-s 30
#   scripts/cluster-test.sh --rebuild            # build the production jar again first
#   scripts/cluster-test.sh --keep               # leave everything running at the end (stop: --stop)
#   scripts/cluster-test.sh --stop               # stop what a --keep run left
#
# What it does (docs/deployment.md explains the topology it mirrors):
#  1. installs what a fresh Debian 12 lacks: mariadb-server 10.11, galera-4, mariadb-backup, haproxy 2.6,
#     socat (scripts/cluster/cluster-lib.sh; the system's own MariaDB service is left alone);
#  2. builds the production jar if missing and compiles the load driver (as scripts/load-test.sh);
#  3. writes a kiosk-config with one kiosk per driver kiosk (CLU-0001, ...; PDF printers);
#  4. bootstraps the Galera cluster (db1..db3 on 33061-33063), creates database and user;
#  5. starts app node a (18181, management 18191), which migrates the schema (Flyway) and loads the demo
#     members, then app node b (18182, 18192); both with one JDBC URL listing the three database nodes
#     (Connector/J sequential failover, only a Synced node accepted) and the same secrets;
#  6. starts HAProxy on 18180 (sticky cookie KIOSKNODE, health checks on the readiness probes);
#  7. runs the load driver's cluster scenario through HAProxy: each journey logs in, opens the balance,
#     prints a balance slip, calls for staff, asks for a new phone number and logs out; the first
#     kiosks lock their member out with wrong PINs. Every request and every write the kiosks saw
#     confirmed is logged (target/cluster/requests.csv, ledger.tsv);
#  8. phases: baseline; db1 killed (SIGKILL; every app connection was on it); db1 restarted (rejoins by
#     IST); app node a killed (SIGKILL); app node a restarted; each at least --phase-s seconds;
#  9. waits until node b has ended the killed node's open member sessions in the records (it does once
#     that node has been silent for 3 minutes); once the kiosks have stopped, id.kiosmandiri.load.ClusterCheck reports failed requests per phase,
#     how long the killed node's kiosks took to be served again, and checks every confirmed receipt,
#     lockout, help request and data-change request against the database: none lost, none twice;
# 10. reads from each node's Prometheus endpoint how late the help requests made on the other node
#     reached its staff pages, and how many transactions were retried after a certification conflict;
# 11. stops the app nodes, backs up db2 with mariabackup (the cluster running), restores the backup
#     into a standalone server and compares the row counts of the written tables with db1's;
# 12. stops everything it started (trap), and prints the report (also target/cluster/report.md).
# Exit status: 0 when nothing was lost or stored twice and the restore matched; 1 otherwise.
# Environment: JAVA_HOME (default /usr/lib/jvm/temurin-25-jdk-amd64), CLUSTER_APP_JAVA_OPTS (default
# -Xmx768m), CLUSTER_WORK (target/cluster), and those of scripts/cluster/cluster-lib.sh.
set -euo pipefail

cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA="$JAVA_HOME/bin/java"
JAR=target/kios-mandiri-0.1.0-SNAPSHOT.jar
# shellcheck source=cluster/cluster-lib.sh
source scripts/cluster/cluster-lib.sh
WORK=$CLUSTER_WORK

kiosks=200
phase_s=45
lockout_kiosks=10
rebuild=false
keep=false
while [ $# -gt 0 ]; do
  case "$1" in
    --kiosks) kiosks=$2; shift ;;
    --phase-s) phase_s=$2; shift ;;
    --lockout-kiosks) lockout_kiosks=$2; shift ;;
    --rebuild) rebuild=true ;;
    --keep) keep=true ;;
    --stop) for n in a b; do _cl_stop_tracked "app-$n" java term > /dev/null || true; done
            cluster_stop_everything; exit 0 ;;
    --help|-h) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown option $1 (--help)" >&2; exit 2 ;;
  esac
  shift
done

say() { printf '[cluster-test %(%H:%M:%S)T] %s\n' -1 "$*"; }
now_ms() { date +%s%3N; }

# --- everything started here stops here ---------------------------------------------------------
driver_pid=""
cleanup() {
  status=$?
  trap - EXIT INT TERM
  if [ -n "$driver_pid" ] && kill -0 "$driver_pid" 2>/dev/null; then
    kill -TERM "$driver_pid" 2>/dev/null || true
    wait "$driver_pid" 2>/dev/null || true
  fi
  if [ "$keep" = true ] && [ "$status" = 0 ]; then
    say "--keep: left running (HAProxy http://127.0.0.1:$HAPROXY_PORT/, stats http://127.0.0.1:18199/stats); stop with $0 --stop"
    exit 0
  fi
  for n in a b; do _cl_stop_tracked "app-$n" java term > /dev/null || true; done
  cluster_stop_everything
  say "everything stopped"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- 1-2: packages, jar, driver -----------------------------------------------------------------
cluster_install_packages
mkdir -p "$WORK/logs"
if [ "$rebuild" = true ] || [ ! -f "$JAR" ]; then
  say "building the production jar ($JAR) ..."
  ./mvnw -q -B -Pproduction package -DskipTests
fi
say "compiling the load driver ..."
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile="$WORK/classpath.txt" -Dmdep.includeScope=test
DRIVER_CP="target/test-classes:target/classes:$(cat "$WORK/classpath.txt")"

# --- 3: kiosk-config ------------------------------------------------------------------------------
config="$WORK/kiosk-config"
rm -rf "$config" "$WORK"/receipts-*
mkdir -p "$config/kiosks"
cp kiosk-config/branches.yml "$config/branches.yml"
mapfile -t branches < <(sed -n 's/^  - code: *\([A-Z0-9]*\).*/\1/p' kiosk-config/branches.yml)
prefix=CLU-
for ((k = 1; k <= kiosks; k++)); do
  id=$(printf '%s%04d' "$prefix" "$k")
  printf 'id: %s\nbranch: %s\nname: Kios uji klaster %d\nprinter:\n  type: pdf\nidle:\n  timeout-seconds: 300\n  warning-seconds: 15\n' \
    "$id" "${branches[$(((k - 1) % ${#branches[@]}))]}" "$k" > "$config/kiosks/$id.yml"
done
first_member=7
members=$((first_member - 1 + kiosks))

# --- 4: the database cluster ----------------------------------------------------------------------
cluster_reserve_ports
galera_init_and_bootstrap
bootstrap_s=$CLUSTER_LAST_SECONDS

# --- 5: the application nodes ---------------------------------------------------------------------
# one secret of each kind for the whole cluster, as production keeps them (README: PIN hashing)
pepper=$(head -c 48 /dev/urandom | base64 | tr -d '/+=\n' | head -c 48)
signing=$(head -c 48 /dev/urandom | base64 | tr -d '/+=\n' | head -c 48)
DB_URL="jdbc:mariadb:sequential://127.0.0.1:33061,127.0.0.1:33062,127.0.0.1:33063/kiosk?galeraAllowedState=4"
app_port() { case $1 in a) echo 18181 ;; b) echo 18182 ;; esac; }
app_management_port() { case $1 in a) echo 18191 ;; b) echo 18192 ;; esac; }

# Starts app node $1 (a or b) and waits for its readiness; prints how long that took.
app_start() {
  local n=$1 t0 pid
  t0=$(now_ms)
  # shellcheck disable=SC2086  # the option string is a list of words on purpose
  KIOSK_DB_URL="$DB_URL" KIOSK_DB_USER=kiosk KIOSK_DB_PASSWORD="$CLUSTER_DB_PASSWORD" \
  KIOSK_PIN_PEPPER="$pepper" KIOSK_RECEIPT_SIGNING_KEY="$signing" \
    "$JAVA" ${CLUSTER_APP_JAVA_OPTS:--Xmx768m} -jar "$JAR" \
    --server.port="$(app_port "$n")" --management.server.port="$(app_management_port "$n")" \
    --kiosk.config-dir="$config" --kiosk.default-id="${prefix}0001" \
    --kiosk.embedded-db.enabled=false --kiosk.demo.force-on-external=true --kiosk.demo.members="$members" \
    --kiosk.security.generate-pin-pepper=false --kiosk.receipt.generate-key=false \
    --kiosk.receipt.pdf-dir="$WORK/receipts-$n" \
    >> "$WORK/logs/app-$n.log" 2>&1 &
  pid=$!
  _cl_track "app-$n" "$pid" java
  until curl -sf "http://127.0.0.1:$(app_management_port "$n")/actuator/health/readiness" > /dev/null 2>&1; do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "app node $n stopped during start-up; the end of $WORK/logs/app-$n.log:" >&2
      grep -v '^\s*at ' "$WORK/logs/app-$n.log" | tail -30 >&2
      return 1
    fi
    if [ $(($(now_ms) - t0)) -gt 600000 ]; then echo "app node $n not ready within 600 s" >&2; return 1; fi
    sleep 0.5
  done
  APP_READY_S=$(( ($(now_ms) - t0) / 1000 ))
  say "app node $n ready after $APP_READY_S s (pid $pid, http://127.0.0.1:$(app_port "$n"))"
}

rm -f "$WORK"/logs/app-*.log
app_start a
app_a_first_s=$APP_READY_S
app_start b
app_b_first_s=$APP_READY_S

# --- 6: HAProxy -------------------------------------------------------------------------------------
haproxy_start
haproxy_wait_state app1 UP 30
haproxy_wait_state app2 UP 30

# --- 7-8: load and phases ----------------------------------------------------------------------------
phases="$WORK/phases.txt"
: > "$phases"
lags="$WORK/help-lag.txt"
: > "$lags"
# node b's count of help request changes told to its pages, and how many within 2 s and within 5 s
# (kiosk_help_change_seen_seconds, buckets), at each phase's start: node b lives through every phase
lag_snapshot() {
  curl -sf "http://127.0.0.1:$(app_management_port b)/actuator/prometheus" | awk '
    /^kiosk_help_change_seen_seconds_bucket/ && /le="2.0"/ { w2 = $2 }
    /^kiosk_help_change_seen_seconds_bucket/ && /le="5.0"/ { w5 = $2 }
    /^kiosk_help_change_seen_seconds_count/ { c = $2 }
    END { printf "%d %d %d\n", c, w2, w5 }' || echo "0 0 0"
}
phase() { echo "$(now_ms) $1" >> "$phases"; echo "$1 $(lag_snapshot)" >> "$lags"; say "phase: $1"; }
# the kiosks keep starting journeys until the last phase has run its course (restarts included)
run_s=$((phase_s * 5 + 120))
say "load driver: $kiosks kiosks ($lockout_kiosks lock their member out), journeys for $run_s s"
# shellcheck disable=SC2086
"$JAVA" ${CLUSTER_DRIVER_JAVA_OPTS:-} -cp "$DRIVER_CP" id.kiosmandiri.load.LoadDriver \
  --url "http://127.0.0.1:$HAPROXY_PORT" --scenario cluster --kiosks "$kiosks" --kiosk-prefix "$prefix" \
  --first-member "$first_member" --lockout-kiosks "$lockout_kiosks" --run-s "$run_s" --ramp-s 30 \
  --key-ms 600 --screen-ms 3000 --timeout-s 30 \
  --request-log "$WORK/requests.csv" --ledger "$WORK/ledger.tsv" --report "$WORK/driver-report.md" \
  > "$WORK/logs/driver.log" 2>&1 &
driver_pid=$!
started=$(now_ms)
phase baseline
sleep "$phase_s"

phase db-node-killed
galera_kill 1
sleep "$phase_s"

phase db-node-back
galera_start 1
db_rejoin_s=$CLUSTER_LAST_SECONDS
db_transfer=$CLUSTER_LAST_TRANSFER
sleep "$phase_s"

phase app-node-killed
_cl_stop_tracked app-a java kill > /dev/null
say "app node a killed (SIGKILL)"
haproxy_wait_state app1 DOWN 30 || true
sleep "$phase_s"

phase app-node-back
app_start a
app_a_restart_s=$APP_READY_S
haproxy_wait_state app1 UP 60 || true
remaining=$(( run_s - ($(now_ms) - started) / 1000 ))
say "the kiosks go on for another $remaining s, then finish their journeys"
set +e
wait "$driver_pid"
driver_status=$?
set -e
driver_pid=""
phase end
say "load driver finished (exit $driver_status); its report: $WORK/driver-report.md"

# --- the killed node's member sessions: ended in the records by node b (session.ServerNodes) ----------
# node a's first life registered under an id of its own; node b ends its open sessions once it has been
# silent for 3 minutes (checked every minute)
dead_node=$(sed -n 's/.*Server node \([^ ]*\) registered.*/\1/p' "$WORK/logs/app-a.log" | head -1)
dead_open=-1; dead_ended=0; dead_wait_s=0
if [ -n "$dead_node" ]; then
  for ((i = 0; i < 150; i++)); do
    dead_open=$(galera_sql 2 "SELECT COUNT(*) FROM kiosk.kiosk_session WHERE server_node = '$dead_node' AND ended_at IS NULL" || echo -1)
    [ "$dead_open" = 0 ] && break
    sleep 2; dead_wait_s=$((dead_wait_s + 2))
  done
  dead_ended=$(galera_sql 2 "SELECT COUNT(*) FROM kiosk.kiosk_session WHERE server_node = '$dead_node' AND end_reason = 'ERROR'" || echo -1)
fi
say "killed node $dead_node: $dead_ended session(s) ended by node b as ended by an error, $dead_open still open"

# --- 9: what was lost, what failed ---------------------------------------------------------------------
# the help pages' lag and the conflict retries, from each node's Prometheus endpoint
metric() { curl -sf "http://127.0.0.1:$(app_management_port "$1")/actuator/prometheus" | awk -v m="$2" '$1 == m { print $2 }' | head -1; }
retries_a=$(metric a kiosk_db_conflict_retries_total); retries_b=$(metric b kiosk_db_conflict_retries_total)
seen_count_a=$(metric a kiosk_help_change_seen_seconds_count); seen_sum_a=$(metric a kiosk_help_change_seen_seconds_sum)
seen_max_b=$(metric b kiosk_help_change_seen_seconds_max); seen_count_b=$(metric b kiosk_help_change_seen_seconds_count)
seen_sum_b=$(metric b kiosk_help_change_seen_seconds_sum)

set +e
"$JAVA" -cp "$DRIVER_CP" id.kiosmandiri.load.ClusterCheck \
  --jdbc "jdbc:mariadb://127.0.0.1:33062/kiosk" --user kiosk --password "$CLUSTER_DB_PASSWORD" \
  --ledger "$WORK/ledger.tsv" --requests "$WORK/requests.csv" --phases "$phases" --killed-app-node a \
  --report "$WORK/check.md" > "$WORK/logs/check.log" 2>&1
check_status=$?
set -e

# the database password must not be in any app node's log (Hibernate's start-up line printed it once)
password_lines=$(cat "$WORK"/logs/app-*.log | grep -cF -- "$CLUSTER_DB_PASSWORD" || true)

# --- 11: backup and restore ----------------------------------------------------------------------------
# the app nodes stop first (cleanly: they end their open sessions), so the counts compared are still
say "stopping the app nodes before the backup, so nothing is written while it is compared"
for n in a b; do _cl_stop_tracked "app-$n" java term > /dev/null || true; done
set +e
galera_backup_and_restore_check receipt assistance_request profile_change_request member kiosk_session usage_event \
  > "$WORK/logs/backup-check.log" 2>&1
backup_status=$?
set -e

# --- 12: the report ---------------------------------------------------------------------------------------
{
  echo "# Cluster test $(date -u '+%Y-%m-%d %H:%M') UTC"
  echo
  echo "$kiosks kiosks ($lockout_kiosks locking their member out) through HAProxy on two app nodes, three Galera nodes, phases of at least $phase_s s."
  echo
  echo "| event | time |"
  echo "|---|---|"
  echo "| Galera cluster bootstrapped (3 nodes Synced) | $bootstrap_s s |"
  echo "| app node a ready (Flyway migration and $members demo members) / app node b ready | $app_a_first_s s / $app_b_first_s s |"
  echo "| db1 rejoined and Synced after its kill | $db_rejoin_s s ($db_transfer) |"
  echo "| app node a ready again after its kill | $app_a_restart_s s |"
  echo "| transactions retried after a certification conflict (node a since its restart / node b) | ${retries_a:-0} / ${retries_b:-0} |"
  if [ -n "$seen_count_b" ] && [ "${seen_count_b%.*}" -gt 0 ]; then
    echo "| help request changes told to node b's pages: count, mean, max since its start (node a since restart: count, mean) | ${seen_count_b%.*}, $(awk -v s="$seen_sum_b" -v c="$seen_count_b" 'BEGIN { printf "%.2f s", s / c }'), $(awk -v m="$seen_max_b" 'BEGIN { printf "%.2f s", m }') (${seen_count_a%.*}, $(awk -v s="${seen_sum_a:-0}" -v c="${seen_count_a:-0}" 'BEGIN { if (c > 0) printf "%.2f s", s / c; else print "-" }')) |"
  fi
  echo "| lines of the app nodes' logs holding the database password | $password_lines |"
  echo "| killed node a's member sessions ended in the records by node b (reason ERROR) / still open $dead_wait_s s after the load | $dead_ended / $dead_open |"
  echo
  echo "Help requests made, taken or cancelled on either node, as node b's staff pages learnt of them"
  echo "(\`kiosk_help_change_seen_seconds\`: from the request's time stamp, taken when the member touched the topic and"
  echo "before its transaction waited for a pooled connection and the branch's counter row, to the page told; changes"
  echo "on node b itself are told at once and counted here again when its reader finds them):"
  echo
  echo "| phase | changes told | within 2 s | within 5 s |"
  echo "|---|---:|---:|---:|"
  awk 'NR > 1 { c = $2 - pc; a = $3 - p2; b = $4 - p5;
                printf "| %s | %d | %s | %s |\n", name, c, (c ? sprintf("%.1f %%", 100 * a / c) : "-"), (c ? sprintf("%.1f %%", 100 * b / c) : "-") }
       { name = $1; pc = $2; p2 = $3; p5 = $4 }' "$lags"
  echo
  cat "$WORK/check.md" 2>/dev/null || { echo "ClusterCheck wrote no report:"; tail -20 "$WORK/logs/check.log"; }
  echo
  echo "## Backup and restore (mariabackup)"
  echo
  echo '```'
  grep '^\[cluster' "$WORK/logs/backup-check.log" | sed 's/^\[cluster [0-9:]*\] //; s/^\[cluster\] //'
  echo '```'
} > "$WORK/report.md"
cat "$WORK/report.md"
status=0
[ "$check_status" = 0 ] || { say "FAILED: a write was lost or stored twice (or the check could not run): $WORK/check.md"; status=1; }
[ "$backup_status" = 0 ] || { say "FAILED: the restored backup does not match: $WORK/logs/backup-check.log"; status=1; }
[ "$password_lines" = 0 ] || { say "FAILED: the database password is in the app logs ($password_lines lines)"; status=1; }
[ "$dead_open" = 0 ] || { say "FAILED: the killed node's member sessions are still open in the records ($dead_open)"; status=1; }
[ "$status" = 0 ] && say "passed: nothing lost, nothing stored twice, the restore matched"
exit "$status"
