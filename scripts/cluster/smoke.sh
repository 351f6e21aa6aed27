#!/usr/bin/env bash
# Smoke test of scripts/cluster/cluster-lib.sh without the application: packages, a three-node Galera
# cluster on 127.0.0.1, replication, a crash and rejoin of a joiner and of the bootstrap node, the
# backup-and-restore check, HAProxy with nothing behind it, and a complete stop (no mariadbd or
# haproxy of this work directory left, none of the ports still listening).
#
#   scripts/cluster/smoke.sh            (as root; CLUSTER_WORK etc. as in cluster-lib.sh)
#
# Exit status 0 when every step passed. Prints the timings at the end.
set -euo pipefail

cd "$(dirname "$0")/../.."
# shellcheck source=scripts/cluster/cluster-lib.sh
source scripts/cluster/cluster-lib.sh
trap cluster_stop_everything EXIT

PORTS=(33061 33062 33063 45671 45672 45673 45681 45682 45683 44441 44442 44443 33069 18180 18199)
declare -A TIMES=()
# Prints a step heading.
step() { printf '\n=== %s\n' "$*"; }
# Prints why the smoke test failed and exits 1 (the EXIT trap stops everything).
fail() { printf 'SMOKE FAILED: %s\n' "$*" >&2; exit 1; }
# Inserts rows with ids FROM..TO on node N (one statement).
insert_rows() {
  local n=$1 from=$2 to=$3 values
  values=$(seq "$from" "$to" | sed "s/.*/(&,'row &',$n)/" | paste -sd,)
  galera_sql "$n" "INSERT INTO kiosk.smoke (id, note, written_on) VALUES $values"
}
# Prints "COUNT SUM" of kiosk.smoke as node N sees it after catching up (wsrep_sync_wait).
rows_on() { galera_sql "$1" "SET SESSION wsrep_sync_wait=1; SELECT CONCAT(COUNT(*), ' ', COALESCE(SUM(id), 0)) FROM kiosk.smoke"; }
# Fails unless node N holds exactly ids 1..TO.
expect_rows() {
  local got want="$2 $(($2 * ($2 + 1) / 2))"
  got=$(rows_on "$1")
  [ "$got" = "$want" ] || fail "db$1 has rows '$got' (count sum), expected '$want'"
  echo "db$1 holds rows 1..$2 (count, sum: $got)"
}

step "packages"
cluster_install_packages
cluster_reserve_ports

step "bootstrap three nodes"
galera_init_and_bootstrap
TIMES[bootstrap]=$CLUSTER_LAST_SECONDS
for n in 1 2 3; do
  echo "db$n: $(galera_state "$n"), cluster size $(galera_cluster_size "$n")"
  [ "$(galera_cluster_size "$n")" = 3 ] || fail "db$n does not see 3 nodes"
done
galera_sql 1 "SELECT user, host FROM mysql.user WHERE user IN ('kiosk', '$CLUSTER_SST_USER') ORDER BY user, host"
mariadb --no-defaults -h 127.0.0.1 -P 33063 -u kiosk -p"$CLUSTER_DB_PASSWORD" -N -e 'SELECT CONCAT("kiosk over TCP on db3: ", CURRENT_USER(), ", ", @@character_set_database, " ", @@collation_database)' kiosk \
  || fail "user kiosk cannot log in over TCP"

step "replication: insert on db1, read on db3"
galera_sql 1 "CREATE TABLE kiosk.smoke (id BIGINT PRIMARY KEY, note VARCHAR(100) NOT NULL, written_on TINYINT NOT NULL)"
insert_rows 1 1 100
expect_rows 3 100

step "crash db2, write on db3, restart db2"
galera_kill 2
t0=$(date +%s%3N)
insert_rows 3 101 200
echo "insert on db3 right after the crash took $(($(date +%s%3N) - t0)) ms"
galera_wait_synced 3 2
echo "db3: $(galera_state 3), cluster size $(galera_cluster_size 3)"
galera_start 2
TIMES[rejoin-db2]="$CLUSTER_LAST_SECONDS s ($CLUSTER_LAST_TRANSFER)"
expect_rows 2 200

step "crash db1 (the bootstrap node), write on db2, restart db1"
galera_kill 1
insert_rows 2 201 250
galera_wait_synced 2 2
galera_start 1
TIMES[rejoin-db1]="$CLUSTER_LAST_SECONDS s ($CLUSTER_LAST_TRANSFER)"
expect_rows 1 250
for n in 1 2 3; do [ "$(galera_cluster_size "$n")" = 3 ] || fail "db$n does not see 3 nodes after the rejoins"; done
galera_start 1 # already running: just checks it is Synced

step "backup and restore"
galera_backup_and_restore_check smoke
TIMES[backup]=$CLUSTER_LAST_SECONDS
galera_backup_and_restore_check # every base table of kiosk

step "haproxy with nothing behind it"
haproxy_start
haproxy_wait_state app1 DOWN 15
haproxy_wait_state app2 DOWN 15
echo "app1: $(haproxy_server_state app1), app2: $(haproxy_server_state app2)"
curl -fsS -o /dev/null -w 'stats page: HTTP %{http_code}\n' "http://127.0.0.1:$HAPROXY_STATS_PORT/stats"
code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$HAPROXY_PORT/")
echo "frontend without servers: HTTP $code"
[ "$code" = 503 ] || fail "the frontend answered $code, expected 503"
haproxy_cmd "show servers state $HAPROXY_BACKEND" | head -n 3

step "stop everything (twice)"
cluster_stop_everything
cluster_stop_everything
left=()
for f in /proc/[0-9]*/cmdline; do
  pid=${f#/proc/}; pid=${pid%/cmdline}
  comm=$(cat "/proc/$pid/comm" 2>/dev/null) || continue
  case $comm in mariadbd|haproxy|socat|mariabackup) ;; *) continue ;; esac
  case $(tr '\0' ' ' <"$f" 2>/dev/null) in *"$CLUSTER_WORK/"*) left+=("$comm:$pid") ;; esac
done
[ ${#left[@]} -eq 0 ] || fail "processes left running: ${left[*]}"
[ -z "$(ls "$CLUSTER_WORK/pids")" ] || fail "pid files left: $(ls "$CLUSTER_WORK/pids")"
for p in "${PORTS[@]}"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then fail "port $p still listening"; fi
done
echo "no process and no port left"

step "timings"
for k in bootstrap rejoin-db2 rejoin-db1 backup; do printf '%-12s %s\n' "$k" "${TIMES[$k]}"; done
echo "SMOKE PASSED"
