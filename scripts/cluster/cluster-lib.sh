# shellcheck shell=bash
# Infrastructure for the cluster test (scripts/cluster-test.sh): a three-node MariaDB Galera cluster,
# HAProxy in front of two application nodes, and a tested mariabackup backup and restore. Everything
# listens on 127.0.0.1 only, runs as the invoking user (root), is started directly (no systemd, no
# mysqld_safe, the system's own MariaDB service and its port 3306 are left alone) and lives in
# $CLUSTER_WORK:
#
#   conf/dbN.cnf      the node's only option file (mariadbd, the clients, mariabackup and the SST
#                     script read it through --defaults-file; /etc/mysql is never read)
#   dbN/              the node's datadir            run/dbN.sock, run/dbN.pid  socket, mariadbd's pid file
#   logs/dbN.err      the node's error log (SST/IST messages included)
#   pids/NAME.pid     every process this library started (db1..db3, restore, haproxy)
#   backup/ restore/  the last backup and its restored copy    haproxy.cfg, logs/haproxy.log
#
# Ports: clients 33061-33063, Galera gcomm 45671-45673, IST 45681-45683, SST 44441-44443, the restored
# standalone server 33069; HAProxy 18180 (apps 18181/18182, their readiness on 18191/18192), stats 18199.
#
# Source it from bash (`set -euo pipefail` safe). Functions that start processes must run in the
# caller's shell (not inside `$(...)`), so the pid files they write describe live processes. Progress
# lines go to stdout prefixed "[cluster]"; query functions (galera_sql, galera_cluster_size,
# galera_state, haproxy_server_state) print only their value. Errors go to stderr, with the tail of the
# relevant log. After timed operations CLUSTER_LAST_SECONDS holds the duration (e.g. 12.3) and, after
# galera_start, CLUSTER_LAST_TRANSFER holds IST, SST or none.
#
# Environment: CLUSTER_WORK (default target/cluster; a relative path is taken from the project root),
# CLUSTER_DB_PASSWORD (the kiosk user's, default kiosk-cluster-test), CLUSTER_SST_PASSWORD,
# CLUSTER_DB_BUFFER_POOL (256M), CLUSTER_SYNC_TIMEOUT (seconds to wait for Synced, 300),
# CLUSTER_STOP_TIMEOUT (seconds for a clean shutdown before SIGKILL, 30), CLUSTER_FRESH (1, the default:
# galera_init_and_bootstrap wipes db1..db3 first; 0: it reuses them and bootstraps from the node whose
# grastate.dat says safe_to_bootstrap: 1, else from the most advanced one), CLUSTER_WSREP_SYNC_WAIT
# (wsrep_sync_wait of every node, default 0; 1 makes every read wait for causality),
# CLUSTER_PROVIDER_OPTIONS (more Galera provider options, e.g. "evs.suspect_timeout=PT2S": by default a
# killed node is suspected after 5 s, and writes on the others wait until it is evicted),
# CLUSTER_RESTORE_PORT (33069).

CLUSTER_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
CLUSTER_WORK=${CLUSTER_WORK:-target/cluster}
case $CLUSTER_WORK in /*) ;; *) CLUSTER_WORK=$CLUSTER_ROOT/$CLUSTER_WORK ;; esac
CLUSTER_WORK=${CLUSTER_WORK%/}
CLUSTER_DB_PASSWORD=${CLUSTER_DB_PASSWORD:-kiosk-cluster-test}
CLUSTER_SST_USER=${CLUSTER_SST_USER:-sst}
CLUSTER_SST_PASSWORD=${CLUSTER_SST_PASSWORD:-sst-cluster-test}
CLUSTER_DB_BUFFER_POOL=${CLUSTER_DB_BUFFER_POOL:-256M}
CLUSTER_SYNC_TIMEOUT=${CLUSTER_SYNC_TIMEOUT:-300}
CLUSTER_STOP_TIMEOUT=${CLUSTER_STOP_TIMEOUT:-30}
CLUSTER_FRESH=${CLUSTER_FRESH:-1}
CLUSTER_WSREP_SYNC_WAIT=${CLUSTER_WSREP_SYNC_WAIT:-0}
CLUSTER_LAST_SECONDS=
CLUSTER_LAST_TRANSFER=
GALERA_PROVIDER=/usr/lib/galera/libgalera_smm.so
GALERA_CLUSTER_ADDRESS=gcomm://127.0.0.1:45671,127.0.0.1:45672,127.0.0.1:45673
RESTORE_PORT=${CLUSTER_RESTORE_PORT:-33069}
HAPROXY_PORT=18180
HAPROXY_STATS_PORT=18199
HAPROXY_BACKEND=kiosk_app
_CLUSTER_PACKAGES=(mariadb-server galera-4 mariadb-backup haproxy socat)

# --- helpers (internal) ---------------------------------------------------------------------------

# Prints a progress line on stdout.
_cl_say() { printf '[cluster %(%H:%M:%S)T] %s\n' -1 "$*"; }
# Prints an error line on stderr.
_cl_err() { printf '[cluster %(%H:%M:%S)T] ERROR: %s\n' -1 "$*" >&2; }
# Prints the last lines (default 40) of a log file on stderr, indented.
_cl_tail() { [ -f "$1" ] && tail -n "${2:-40}" "$1" | sed 's/^/    | /' >&2; return 0; }
# Prints the current time in milliseconds.
_cl_now_ms() { date +%s%3N; }
# Prints the seconds (one decimal) elapsed since a _cl_now_ms value, and stores them in CLUSTER_LAST_SECONDS.
_cl_elapsed() { local d=$(($(_cl_now_ms) - $1)); CLUSTER_LAST_SECONDS=$((d / 1000)).$((d % 1000 / 100)); echo "$CLUSTER_LAST_SECONDS"; }
# Checks a node number (1..3).
_cl_node() { case ${1:-} in 1|2|3) return 0 ;; *) _cl_err "node number must be 1, 2 or 3 (got '${1:-}')"; return 1 ;; esac; }
# Succeeds when something accepts TCP connections on 127.0.0.1:PORT.
_cl_port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
# Fails, naming the port, when any of the given 127.0.0.1 ports is already taken.
_cl_ports_free() {
  local p
  for p in "$@"; do
    if _cl_port_open "$p"; then _cl_err "port $p on 127.0.0.1 is already in use (a previous run left something behind? see ss -ltnp)"; return 1; fi
  done
}
# Prints field 3 (state) and 4 (ppid) of /proc/PID/stat as "STATE PPID"; fails if the process is gone.
_cl_stat() { local s st pp; read -r s 2>/dev/null <"/proc/$1/stat" || return 1; s=${s##*) }; read -r st pp _ <<<"$s"; echo "$st $pp"; }
# Succeeds when process PID exists, is not a zombie and its command name is COMM.
_cl_alive() {
  local pid=$1 comm=$2 st
  [ -n "$pid" ] || return 1
  st=$(_cl_stat "$pid") || return 1
  [ "${st%% *}" != Z ] || return 1
  local c
  read -r c 2>/dev/null <"/proc/$pid/comm" || return 1
  [ "$c" = "$comm" ]
}
# Prints the pid recorded as NAME in pids/ when that process (command COMM) is alive; else fails.
_cl_tracked() {
  local f=$CLUSTER_WORK/pids/$1.pid pid
  [ -f "$f" ] || return 1
  pid=$(cat "$f" 2>/dev/null) || return 1
  _cl_alive "$pid" "$2" || return 1
  echo "$pid"
}
# Records PID as NAME in pids/, after waiting (up to 5 s) for the forked shell to exec COMM.
_cl_track() {
  local name=$1 pid=$2 comm=$3 i
  for ((i = 0; i < 50; i++)); do
    [ "$(cat "/proc/$pid/comm" 2>/dev/null)" = "$comm" ] && break
    sleep 0.1
  done
  echo "$pid" >"$CLUSTER_WORK/pids/$name.pid"
  disown "$pid" 2>/dev/null || true # no "Killed" job notice from bash when it is killed on purpose
}
# Prints every descendant pid of PID (children first-level and deeper), from /proc.
_cl_descendants() {
  local parent=$1 f s pid ppid
  local -a kids=()
  for f in /proc/[0-9]*/stat; do
    read -r s 2>/dev/null <"$f" || continue
    pid=${f#/proc/}; pid=${pid%/stat}
    s=${s##*) }; read -r _ ppid _ <<<"$s"
    [ "$ppid" = "$parent" ] && kids+=("$pid")
  done
  for pid in "${kids[@]}"; do echo "$pid"; _cl_descendants "$pid"; done
}
# Waits up to SECONDS for PID to be gone (or a zombie); fails if it is still there.
_cl_wait_gone() {
  local pid=$1 deadline=$(($(date +%s) + $2)) st
  while st=$(_cl_stat "$pid"); do
    [ "${st%% *}" = Z ] && return 0
    [ "$(date +%s)" -ge "$deadline" ] && return 1
    sleep 0.2
  done
}
# Stops tracked process NAME (command COMM) with SIGTERM (SIGKILL when the third argument is kill), SIGKILL after CLUSTER_STOP_TIMEOUT s, then SIGKILLs the descendants it had; prints its pid, fails if it was not running.
_cl_stop_tracked() {
  local name=$1 comm=$2 how=${3:-term} pid kids k
  pid=$(_cl_tracked "$name" "$comm") || { rm -f "$CLUSTER_WORK/pids/$name.pid"; return 1; }
  kids=$(_cl_descendants "$pid")
  if [ "$how" = kill ]; then
    kill -KILL "$pid" 2>/dev/null || true
  else
    kill -TERM "$pid" 2>/dev/null || true
  fi
  if ! _cl_wait_gone "$pid" "$CLUSTER_STOP_TIMEOUT"; then
    _cl_err "$name (pid $pid) did not stop within ${CLUSTER_STOP_TIMEOUT}s; sending SIGKILL"
    kill -KILL "$pid" 2>/dev/null || true
    _cl_wait_gone "$pid" 10 || true
  fi
  # helpers it ran (SST script, socat, mariabackup) must not outlive it
  for k in $kids $(_cl_descendants "$pid"); do kill -KILL "$k" 2>/dev/null || true; done
  wait "$pid" 2>/dev/null || true
  rm -f "$CLUSTER_WORK/pids/$name.pid"
  echo "$pid"
}
# Creates the work directories.
_cl_dirs() { mkdir -p "$CLUSTER_WORK"/{conf,run,logs,pids}; }
# Prints the option file of node N.
_cl_cnf() { echo "$CLUSTER_WORK/conf/db$1.cnf"; }
# Prints the datadir of node N.
_cl_datadir() { echo "$CLUSTER_WORK/db$1"; }
# Prints the Unix socket of node N.
_cl_sock() { echo "$CLUSTER_WORK/run/db$1.sock"; }
# Prints the error log file of node N (for the caller's diagnostics).
galera_log_file() { echo "$CLUSTER_WORK/logs/db$1.err"; }

# Writes conf/dbN.cnf for node N.
_cl_write_cnf() {
  local n=$1 sock
  sock=$(_cl_sock "$n")
  if [ ${#sock} -gt 100 ]; then _cl_err "socket path $sock is too long for a Unix socket; use a shorter CLUSTER_WORK"; return 1; fi
  cat >"$(_cl_cnf "$n")" <<EOF
# Node db$n of the cluster test (written by scripts/cluster/cluster-lib.sh; rewritten on every start)
[client]
user=root
socket=$sock
port=3306$n

[mysqld]
datadir=$(_cl_datadir "$n")
socket=$sock
pid_file=$CLUSTER_WORK/run/db$n.pid
log_error=$(galera_log_file "$n")
port=3306$n
bind_address=127.0.0.1
skip_name_resolve
character_set_server=utf8mb4
collation_server=utf8mb4_unicode_ci
default_time_zone=+00:00
default_storage_engine=InnoDB
max_connections=300
performance_schema=OFF
innodb_buffer_pool_size=$CLUSTER_DB_BUFFER_POOL
innodb_log_file_size=64M
# Galera makes a commit durable on the other nodes; a killed mariadbd still loses nothing with 2
innodb_flush_log_at_trx_commit=2
innodb_autoinc_lock_mode=2
binlog_format=ROW

wsrep_on=ON
wsrep_provider=$GALERA_PROVIDER
wsrep_cluster_name=kiosk-cluster-test
wsrep_cluster_address=$GALERA_CLUSTER_ADDRESS
wsrep_node_name=db$n
wsrep_node_address=127.0.0.1:4567$n
wsrep_node_incoming_address=127.0.0.1:3306$n
wsrep_provider_options="gmcast.listen_addr=tcp://127.0.0.1:4567$n;ist.recv_addr=127.0.0.1:4568$n${CLUSTER_PROVIDER_OPTIONS:+;$CLUSTER_PROVIDER_OPTIONS}"
wsrep_sst_method=mariabackup
wsrep_sst_auth=$CLUSTER_SST_USER:$CLUSTER_SST_PASSWORD
wsrep_sst_receive_address=127.0.0.1:4444$n
wsrep_slave_threads=2
wsrep_sync_wait=$CLUSTER_WSREP_SYNC_WAIT

[sst]
sst-log-archive-dir=$CLUSTER_WORK/logs/sst-archive
EOF
}

# Prints the seqno and safe_to_bootstrap of node N's grastate.dat as "SEQNO SAFE" (fails without one).
_cl_grastate() {
  local f
  f=$(_cl_datadir "$1")/grastate.dat
  [ -f "$f" ] || return 1
  echo "$(sed -n 's/^seqno:[[:space:]]*//p' "$f") $(sed -n 's/^safe_to_bootstrap:[[:space:]]*//p' "$f")"
}

# Prints the position (UUID:SEQNO) InnoDB holds for stopped node N, as mariadbd --wsrep-recover finds it; prints nothing if it cannot.
_cl_recover_position() {
  local n=$1 log
  log=$CLUSTER_WORK/logs/db$n.recover.log
  _cl_write_cnf "$n"
  mariadbd --defaults-file="$(_cl_cnf "$n")" --user=root --wsrep-recover --log-error="$log" >/dev/null 2>&1 || true
  sed -n 's/.*WSREP: Recovered position: *\([0-9a-f-]*:-\{0,1\}[0-9][0-9]*\).*/\1/p' "$log" | tail -n 1
}

# Starts mariadbd for node N in the background (extra mariadbd options after N) and records its pid. After a crash (grastate.dat seqno -1) it first recovers the node's position from InnoDB and passes it on, as galera_recovery does under systemd: else the node would announce an unknown state and get a full SST instead of an IST.
_cl_spawn_node() {
  local n=$1 gs pos; shift
  _cl_write_cnf "$n"
  _cl_ports_free "3306$n" "4567$n" "4568$n" "4444$n" || return 1
  mkdir -p "$(_cl_datadir "$n")"
  if gs=$(_cl_grastate "$n") && [ "${gs%% *}" = -1 ]; then
    pos=$(_cl_recover_position "$n")
    if [ -n "$pos" ]; then
      _cl_say "db$n: crashed before; position recovered from InnoDB: $pos"
      set -- "$@" "--wsrep-start-position=$pos"
    else
      _cl_say "db$n: crashed before and no position could be recovered (see logs/db$n.recover.log); it will need an SST"
    fi
  fi
  nohup mariadbd --defaults-file="$(_cl_cnf "$n")" --user=root "$@" </dev/null >>"$CLUSTER_WORK/logs/db$n.out" 2>&1 &
  _cl_track "db$n" $! mariadbd
}

# --- packages ----------------------------------------------------------------------------------------

# Installs mariadb-server, galera-4, mariadb-backup, haproxy and socat with apt-get when any is missing (never starts or stops the system's mariadb service).
cluster_install_packages() {
  local missing=() p c
  for p in "${_CLUSTER_PACKAGES[@]}"; do
    dpkg -s "$p" 2>/dev/null | grep -q '^Status: install ok installed' || missing+=("$p")
  done
  for c in mariadbd mariadb mariadb-install-db mariabackup mbstream haproxy socat; do
    command -v "$c" >/dev/null 2>&1 || PATH=$PATH:/usr/sbin:/sbin command -v "$c" >/dev/null 2>&1 || missing+=("($c)")
  done
  [ -f "$GALERA_PROVIDER" ] || missing+=("($GALERA_PROVIDER)")
  if [ ${#missing[@]} -eq 0 ]; then
    _cl_say "packages present: ${_CLUSTER_PACKAGES[*]} ($(mariadbd --version | sed 's/.*Ver \([^ ]*\).*/mariadbd \1/'), $(haproxy -v | head -n 1 | cut -d' ' -f1-3))"
    return 0
  fi
  _cl_say "missing: ${missing[*]}; installing ${_CLUSTER_PACKAGES[*]} with apt-get"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q --no-install-recommends "${_CLUSTER_PACKAGES[@]}"
  case ":$PATH:" in *:/usr/sbin:*) ;; *) PATH=$PATH:/usr/sbin ;; esac
  for c in mariadbd mariabackup haproxy socat; do
    command -v "$c" >/dev/null 2>&1 || { _cl_err "$c still missing after apt-get install"; return 1; }
  done
  [ -f "$GALERA_PROVIDER" ] || { _cl_err "$GALERA_PROVIDER still missing after apt-get install"; return 1; }
}

# Adds the cluster's ports to the kernel's net.ipv4.ip_local_reserved_ports (best effort; keeps what is there), so no other program is handed one of them as a random free port: most of them (33061-33069, 44441-44443, 4567x, 4568x) lie in the ephemeral range 32768-60999, where e.g. the test suite's embedded MariaDB picks its port. Always succeeds; prints what it did.
cluster_reserve_ports() {
  local f=/proc/sys/net/ipv4/ip_local_reserved_ports cur
  local want="33061-33063,$RESTORE_PORT,44441-44443,45671-45673,45681-45683,$HAPROXY_PORT-18182,18191-18192,$HAPROXY_STATS_PORT"
  cur=$(cat "$f" 2>/dev/null) || { _cl_say "cannot read $f; ports not reserved"; return 0; }
  if { echo "${cur:+$cur,}$want" >"$f"; } 2>/dev/null; then
    _cl_say "reserved ports (net.ipv4.ip_local_reserved_ports): $(cat "$f")"
  else
    _cl_say "could not write $f (not root, or a read-only /proc/sys); ports not reserved"
  fi
  return 0
}

# --- Galera ------------------------------------------------------------------------------------------

# Runs SQL on node N as root over its socket (optionally in DATABASE: galera_sql N "SQL" [DATABASE]); prints the result in batch mode without headers (tab-separated); returns the client's status.
galera_sql() {
  _cl_node "${1:-}" || return 2
  mariadb --defaults-file="$(_cl_cnf "$1")" --connect-timeout=10 --batch --skip-column-names -e "$2" ${3:+"$3"}
}

# Prints a JDBC URL of database kiosk over the three nodes for MariaDB Connector/J, in failover order starting at node FIRST (default 1): jdbc:mariadb:sequential://127.0.0.1:33061,127.0.0.1:33062,127.0.0.1:33063/kiosk
galera_jdbc_url() {
  local first=${1:-1} i n hosts=()
  _cl_node "$first" || return 2
  for i in 0 1 2; do n=$(((first - 1 + i) % 3 + 1)); hosts+=("127.0.0.1:3306$n"); done
  local IFS=,
  echo "jdbc:mariadb:sequential://${hosts[*]}/kiosk"
}

# Prints node N's wsrep_cluster_size (as the node sees it); fails if the node does not answer.
galera_cluster_size() {
  local v
  v=$(galera_sql "$1" "SHOW GLOBAL STATUS LIKE 'wsrep_cluster_size'" 2>/dev/null) || return 1
  echo "${v##*$'\t'}"
}

# Prints node N's wsrep_local_state_comment (Synced, Donor/Desynced, Joining, ...); fails if the node does not answer.
galera_state() {
  local v
  v=$(galera_sql "$1" "SHOW GLOBAL STATUS LIKE 'wsrep_local_state_comment'" 2>/dev/null) || return 1
  echo "${v##*$'\t'}"
}

# Prints the pid of node N's mariadbd when this library started it and it runs; else fails.
galera_pid() { _cl_node "${1:-}" || return 2; _cl_tracked "db$1" mariadbd; }

# Prints how many of the three nodes' mariadbd processes are running.
_cl_running_count() { local n c=0; for n in 1 2 3; do galera_pid "$n" >/dev/null && c=$((c + 1)); done; echo "$c"; }

# Waits until node N is Synced, wsrep_ready=ON and sees a cluster of SIZE nodes (default: how many nodes run); times out after CLUSTER_SYNC_TIMEOUT s. Fails (with the log tail) if the node dies or the time is up.
galera_wait_synced() {
  _cl_node "${1:-}" || return 2
  local n=$1 size=${2:-} deadline out state csize ready
  deadline=$(($(date +%s) + CLUSTER_SYNC_TIMEOUT))
  while :; do
    if ! galera_pid "$n" >/dev/null; then
      _cl_err "db$n's mariadbd is not running; its error log ends with:"
      _cl_tail "$(galera_log_file "$n")"
      return 1
    fi
    [ -n "${2:-}" ] || size=$(_cl_running_count)
    if out=$(galera_sql "$n" "SHOW GLOBAL STATUS WHERE Variable_name IN ('wsrep_local_state_comment','wsrep_cluster_size','wsrep_ready')" 2>/dev/null); then
      state=$(echo "$out" | awk -F'\t' '$1=="wsrep_local_state_comment"{print $2}')
      csize=$(echo "$out" | awk -F'\t' '$1=="wsrep_cluster_size"{print $2}')
      ready=$(echo "$out" | awk -F'\t' '$1=="wsrep_ready"{print $2}')
      [ "$state" = Synced ] && [ "$ready" = ON ] && [ "$csize" = "$size" ] && return 0
    else
      state='(not answering yet)' csize='?'
    fi
    if [ "$(date +%s)" -ge "$deadline" ]; then
      _cl_err "db$n not Synced in a cluster of $size within ${CLUSTER_SYNC_TIMEOUT}s (state: $state, cluster size: $csize); its error log ends with:"
      _cl_tail "$(galera_log_file "$n")"
      return 1
    fi
    sleep 0.5
  done
}

# Prints the transfer (IST, SST or none) logged in node N's error log after byte OFFSET.
_cl_transfer_kind() {
  local seg
  seg=$(tail -c +"$(($2 + 1))" "$(galera_log_file "$1")" 2>/dev/null || true)
  # the joiner always runs the SST script; it says which transfer the donor chose
  if echo "$seg" | grep -q -E "'xtrabackup_ist' received|IST completed on joiner"; then echo IST
  elif echo "$seg" | grep -q -E 'Proceeding with SST|SST completed on joiner'; then echo SST
  elif echo "$seg" | grep -q -E 'IST received'; then echo IST
  else echo none; fi
}

# Initialises the datadirs as needed, bootstraps the cluster (node 1 on a fresh start), creates database kiosk, users kiosk@127.0.0.1/@localhost and the SST user, joins the other nodes and waits for all three to be Synced in a cluster of 3. Prints the time taken; fails if any node is already running or does not sync.
galera_init_and_bootstrap() {
  local n b t0 gs best=-2 seq pw spw
  _cl_dirs
  for n in 1 2 3; do
    if galera_pid "$n" >/dev/null; then _cl_err "db$n is already running; galera_stop_all first"; return 1; fi
  done
  t0=$(_cl_now_ms)
  if [ "$CLUSTER_FRESH" = 1 ]; then
    rm -rf "$CLUSTER_WORK"/db1 "$CLUSTER_WORK"/db2 "$CLUSTER_WORK"/db3
    rm -f "$CLUSTER_WORK"/logs/db[123].* "$CLUSTER_WORK"/run/db[123].*
  fi
  # the bootstrap node: node 1 on a fresh start; else the one Galera marked safe (the last to stop
  # cleanly); else (all crashed) the one with the highest recovered seqno, which is then marked safe
  b=
  for n in 1 2 3; do
    gs=$(_cl_grastate "$n") || continue
    [ "${gs##* }" = 1 ] && { b=$n; break; }
  done
  if [ -z "$b" ] && [ -f "$(_cl_datadir 1)/grastate.dat" -o -f "$(_cl_datadir 2)/grastate.dat" -o -f "$(_cl_datadir 3)/grastate.dat" ]; then
    for n in 1 2 3; do
      [ -f "$(_cl_datadir "$n")/grastate.dat" ] || continue
      _cl_write_cnf "$n"
      seq=$(_cl_grastate "$n"); seq=${seq%% *}
      if [ "$seq" = -1 ]; then seq=$(_cl_recover_position "$n"); seq=${seq##*:}; fi
      _cl_say "db$n: recovered seqno ${seq:-unknown}"
      if [ -n "$seq" ] && [ "$seq" -gt "$best" ]; then best=$seq; b=$n; fi
    done
    [ -n "$b" ] || { _cl_err "no node's state could be recovered; start fresh (CLUSTER_FRESH=1)"; return 1; }
    sed -i 's/^safe_to_bootstrap:.*/safe_to_bootstrap: 1/' "$(_cl_datadir "$b")/grastate.dat"
    _cl_say "no node was marked safe_to_bootstrap; bootstrapping from db$b (highest seqno $best)"
  fi
  b=${b:-1}
  if [ ! -d "$(_cl_datadir "$b")/mysql" ]; then
    _cl_write_cnf "$b"
    mkdir -p "$(_cl_datadir "$b")"
    _cl_say "db$b: mariadb-install-db"
    if ! mariadb-install-db --defaults-file="$(_cl_cnf "$b")" --user=root --skip-test-db \
        --auth-root-authentication-method=socket >"$CLUSTER_WORK/logs/db$b.install.log" 2>&1; then
      _cl_err "mariadb-install-db failed for db$b:"; _cl_tail "$CLUSTER_WORK/logs/db$b.install.log"; return 1
    fi
  fi
  _cl_say "db$b: bootstrapping a new cluster (--wsrep-new-cluster)"
  _cl_spawn_node "$b" --wsrep-new-cluster
  galera_wait_synced "$b" 1 || return 1
  pw=${CLUSTER_DB_PASSWORD//\\/\\\\}; pw=${pw//\'/\\\'}
  spw=${CLUSTER_SST_PASSWORD//\\/\\\\}; spw=${spw//\'/\\\'}
  galera_sql "$b" "
    CREATE DATABASE IF NOT EXISTS kiosk CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
    CREATE USER IF NOT EXISTS 'kiosk'@'127.0.0.1' IDENTIFIED BY '$pw';
    CREATE USER IF NOT EXISTS 'kiosk'@'localhost' IDENTIFIED BY '$pw';
    ALTER USER 'kiosk'@'127.0.0.1' IDENTIFIED BY '$pw';
    ALTER USER 'kiosk'@'localhost' IDENTIFIED BY '$pw';
    GRANT ALL ON kiosk.* TO 'kiosk'@'127.0.0.1';
    GRANT ALL ON kiosk.* TO 'kiosk'@'localhost';
    CREATE USER IF NOT EXISTS '$CLUSTER_SST_USER'@'localhost' IDENTIFIED BY '$spw';
    ALTER USER '$CLUSTER_SST_USER'@'localhost' IDENTIFIED BY '$spw';
    GRANT RELOAD, PROCESS, LOCK TABLES, BINLOG MONITOR ON *.* TO '$CLUSTER_SST_USER'@'localhost';" || {
    _cl_err "could not create database kiosk and its users on db$b"; return 1; }
  _cl_say "db$b: Synced; database kiosk, users kiosk@127.0.0.1, kiosk@localhost and $CLUSTER_SST_USER@localhost ready"
  for n in 1 2 3; do
    [ "$n" = "$b" ] && continue
    local t1 off
    t1=$(_cl_now_ms)
    off=$(stat -c %s "$(galera_log_file "$n")" 2>/dev/null || echo 0)
    _cl_say "db$n: joining"
    _cl_spawn_node "$n"
    galera_wait_synced "$n" || return 1
    _cl_say "db$n: Synced after $(_cl_elapsed "$t1") s ($(_cl_transfer_kind "$n" "$off"))"
  done
  for n in 1 2 3; do galera_wait_synced "$n" 3 || return 1; done
  _cl_elapsed "$t0" >/dev/null
  _cl_say "cluster of 3 Synced; bootstrap took $CLUSTER_LAST_SECONDS s"
}

# Kills node N's mariadbd with SIGKILL (a crash; its SST helpers too) and waits until it is gone. Fails if it was not running.
galera_kill() {
  _cl_node "${1:-}" || return 2
  local pid
  pid=$(_cl_stop_tracked "db$1" mariadbd kill) || { _cl_err "db$1 is not running"; return 1; }
  _cl_say "db$1: killed (SIGKILL, pid $pid)"
}

# Starts the stopped or killed node N so it rejoins the running cluster (IST if the others' gcache still holds what it missed, else SST; never bootstraps), waits for Synced and prints how long it took and the transfer. Fails if no other node runs or it does not sync.
galera_start() {
  _cl_node "${1:-}" || return 2
  local n=$1 m others=0 t0 off
  _cl_dirs
  if galera_pid "$n" >/dev/null; then
    _cl_say "db$n: already running"
    galera_wait_synced "$n"
    return
  fi
  for m in 1 2 3; do [ "$m" != "$n" ] && galera_pid "$m" >/dev/null && others=$((others + 1)); done
  if [ "$others" -eq 0 ]; then
    _cl_err "db$n: no other node is running to join; use galera_init_and_bootstrap to start the cluster"
    return 1
  fi
  t0=$(_cl_now_ms)
  off=$(stat -c %s "$(galera_log_file "$n")" 2>/dev/null || echo 0)
  _cl_say "db$n: starting (rejoin)"
  _cl_spawn_node "$n"
  galera_wait_synced "$n" || return 1
  _cl_elapsed "$t0" >/dev/null
  CLUSTER_LAST_TRANSFER=$(_cl_transfer_kind "$n" "$off")
  _cl_say "db$n: rejoined and Synced in $CLUSTER_LAST_SECONDS s (state transfer: $CLUSTER_LAST_TRANSFER)"
}

# Shuts the running nodes down cleanly one after the other (3, 2, 1: SIGTERM, SIGKILL after CLUSTER_STOP_TIMEOUT s) so the last one is marked safe_to_bootstrap; a node that is not Synced or a donor (e.g. a joiner in the middle of an SST, which ignores SIGTERM) is killed at once. Always succeeds.
galera_stop_all() {
  local n pid st how
  for n in 3 2 1; do
    galera_pid "$n" >/dev/null || { rm -f "$CLUSTER_WORK/pids/db$n.pid"; continue; }
    st=$(mariadb --defaults-file="$(_cl_cnf "$n")" --connect-timeout=2 --batch --skip-column-names \
      -e "SHOW GLOBAL STATUS LIKE 'wsrep_local_state_comment'" 2>/dev/null) || st=
    st=${st##*$'\t'}
    case $st in Synced|Donor*|Desynced*) how=term ;; *) how=kill ;; esac
    if pid=$(_cl_stop_tracked "db$n" mariadbd "$how"); then
      if [ "$how" = term ]; then _cl_say "db$n: stopped (pid $pid)"; else _cl_say "db$n: killed (pid $pid; it was ${st:-not answering}, not Synced)"; fi
    fi
  done
  return 0
}

# --- backup and restore ------------------------------------------------------------------------------

# Prints the pid of the restored standalone server when it runs; else fails.
_cl_restore_pid() { _cl_tracked restore mariadbd; }

# Stops the restored standalone server if it runs. Always succeeds.
restore_server_stop() {
  local pid
  if pid=$(_cl_stop_tracked restore mariadbd term); then _cl_say "restored server stopped (pid $pid)"; fi
  return 0
}

# Runs SQL as root on the restored standalone server (port 33069); batch output without headers.
restore_sql() { mariadb --no-defaults --user=root --socket="$CLUSTER_WORK/run/restore.sock" --batch --skip-column-names -e "$1"; }

# Backs node 2 up with mariabackup --galera-info, prepares the backup, restores it into a fresh datadir, starts a standalone server on it (wsrep off, port 33069), and compares COUNT(*) of the given tables of database kiosk (all its base tables if none are given) between node 1 and the restored server. Prints both counts per table, the backup's size and times. Returns 0 when all counts match, 1 on a mismatch or failure. Writes must be quiesced by the caller.
galera_backup_and_restore_check() {
  local bdir=$CLUSTER_WORK/backup rdir=$CLUSTER_WORK/restore log=$CLUSTER_WORK/logs t0 t1 secs_backup secs_prepare secs_restore size
  local tables=("$@") t a b bad=0 i
  _cl_dirs
  galera_pid 2 >/dev/null || { _cl_err "db2 (the backup source) is not running"; return 1; }
  galera_pid 1 >/dev/null || { _cl_err "db1 (the comparison node) is not running"; return 1; }
  restore_server_stop >/dev/null
  rm -rf "$bdir" "$rdir"
  _cl_say "backup: mariabackup --backup --galera-info from db2 into $bdir"
  t0=$(_cl_now_ms)
  if ! mariabackup --defaults-file="$(_cl_cnf 2)" --backup --galera-info --user=root --socket="$(_cl_sock 2)" \
      --target-dir="$bdir" >"$log/backup.log" 2>&1; then
    _cl_err "mariabackup --backup failed:"; _cl_tail "$log/backup.log"; return 1
  fi
  secs_backup=$(_cl_elapsed "$t0")
  size=$(du -sh "$bdir" | cut -f1)
  t1=$(_cl_now_ms)
  if ! mariabackup --prepare --target-dir="$bdir" >"$log/prepare.log" 2>&1; then
    _cl_err "mariabackup --prepare failed:"; _cl_tail "$log/prepare.log"; return 1
  fi
  secs_prepare=$(_cl_elapsed "$t1")
  t1=$(_cl_now_ms)
  mkdir -p "$rdir"
  if ! mariabackup --copy-back --target-dir="$bdir" --datadir="$rdir" >"$log/copy-back.log" 2>&1; then
    _cl_err "mariabackup --copy-back failed:"; _cl_tail "$log/copy-back.log"; return 1
  fi
  local net=(--port="$RESTORE_PORT" --bind-address=127.0.0.1)
  if _cl_port_open "$RESTORE_PORT"; then
    _cl_say "port $RESTORE_PORT is taken by another process; the restored server listens on its socket only"
    net=(--skip-networking)
  fi
  rm -f "$log/restore.err"
  nohup mariadbd --no-defaults --user=root --datadir="$rdir" "${net[@]}" \
    --socket="$CLUSTER_WORK/run/restore.sock" --pid-file="$CLUSTER_WORK/run/restore.pid" --log-error="$log/restore.err" \
    --skip-name-resolve --wsrep-on=OFF --skip-log-bin --innodb-buffer-pool-size=128M --performance-schema=OFF \
    --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci --default-time-zone=+00:00 \
    </dev/null >>"$log/restore.out" 2>&1 &
  _cl_track restore $! mariadbd
  for ((i = 0; ; i++)); do
    restore_sql 'SELECT 1' >/dev/null 2>&1 && break
    if ! _cl_restore_pid >/dev/null || [ "$i" -ge 600 ]; then
      _cl_err "the restored server did not start:"; _cl_tail "$log/restore.err"; restore_server_stop >/dev/null; return 1
    fi
    sleep 0.2
  done
  secs_restore=$(_cl_elapsed "$t1")
  _cl_say "backup: $size in $secs_backup s; prepare $secs_prepare s; copy-back and start $secs_restore s; Galera position $(tr -d '\n' <"$bdir/xtrabackup_galera_info" 2>/dev/null || echo '?')"
  CLUSTER_LAST_SECONDS=$secs_backup
  if [ ${#tables[@]} -eq 0 ]; then
    mapfile -t tables < <(galera_sql 1 "SELECT table_name FROM information_schema.tables WHERE table_schema='kiosk' AND table_type='BASE TABLE' ORDER BY table_name")
  fi
  printf '[cluster] %-40s %12s %12s\n' "table (kiosk)" "db1" "restored"
  for t in "${tables[@]}"; do
    if ! [[ $t =~ ^[A-Za-z0-9_$]+$ ]]; then _cl_err "not a table name: '$t'"; bad=1; continue; fi
    a=$(galera_sql 1 "SELECT COUNT(*) FROM kiosk.\`$t\`" 2>&1) || a="error: $a"
    b=$(restore_sql "SELECT COUNT(*) FROM kiosk.\`$t\`" 2>&1) || b="error: $b"
    printf '[cluster] %-40s %12s %12s%s\n' "$t" "$a" "$b" "$([ "$a" = "$b" ] && echo '' || echo '   MISMATCH')"
    [ "$a" = "$b" ] || bad=1
  done
  restore_server_stop
  if [ "$bad" -ne 0 ]; then _cl_err "backup and restore check failed"; return 1; fi
  _cl_say "backup and restore check passed (${#tables[@]} tables)"
}

# --- HAProxy -----------------------------------------------------------------------------------------

# Writes $CLUSTER_WORK/haproxy.cfg (frontend 127.0.0.1:18180, app1/app2 with sticky cookie KIOSKNODE, readiness checks, stats on 18199) and starts haproxy in the background; waits until the stats page answers. Fails if a port is taken or the configuration is invalid.
haproxy_start() {
  local cfg=$CLUSTER_WORK/haproxy.cfg pid i maxconn hard
  _cl_dirs
  if pid=$(_cl_tracked haproxy haproxy); then _cl_say "haproxy already running (pid $pid)"; return 0; fi
  # two descriptors per proxied connection; haproxy refuses to start when maxconn needs more than the hard limit
  hard=$(ulimit -Hn)
  if [ "$hard" = unlimited ] || [ "$hard" -gt 20300 ]; then maxconn=10000; else maxconn=$(((hard - 300) / 2)); fi
  cat >"$cfg" <<EOF
# Written by scripts/cluster/cluster-lib.sh for the cluster test; rewritten by every haproxy_start.
global
    maxconn $maxconn
    log stdout format raw local0
    stats socket $CLUSTER_WORK/run/haproxy.sock mode 600 level admin
    hard-stop-after 5s

defaults
    mode http
    log global
    option httplog
    # only abnormal requests are logged (errors, retries, redispatches, aborted connections)
    option dontlog-normal
    option redispatch
    retries 2
    timeout connect 2s
    timeout client 120s
    timeout server 120s
    timeout http-request 10s
    timeout http-keep-alive 10s
    timeout queue 10s
    timeout check 2s
    # Vaadin push over WebSocket: an upgraded connection may stay quiet for a long time
    timeout tunnel 1h

frontend kiosk
    bind 127.0.0.1:$HAPROXY_PORT
    # the load driver sets X-Forwarded-For itself; keep it, add one only when there is none
    option forwardfor if-none
    default_backend $HAPROXY_BACKEND

backend $HAPROXY_BACKEND
    balance roundrobin
    cookie KIOSKNODE insert indirect nocache httponly
    option httpchk GET /actuator/health/readiness
    http-check expect status 200
    server app1 127.0.0.1:18181 cookie a check port 18191 inter 1s fall 2 rise 2
    server app2 127.0.0.1:18182 cookie b check port 18192 inter 1s fall 2 rise 2

listen stats
    bind 127.0.0.1:$HAPROXY_STATS_PORT
    stats enable
    stats uri /stats
    stats refresh 5s
EOF
  if ! haproxy -c -q -f "$cfg" >"$CLUSTER_WORK/logs/haproxy-check.log" 2>&1; then
    _cl_err "haproxy rejects $cfg:"; _cl_tail "$CLUSTER_WORK/logs/haproxy-check.log"; return 1
  fi
  _cl_ports_free "$HAPROXY_PORT" "$HAPROXY_STATS_PORT" || return 1
  nohup haproxy -db -f "$cfg" </dev/null >>"$CLUSTER_WORK/logs/haproxy.log" 2>&1 &
  _cl_track haproxy $! haproxy
  for ((i = 0; i < 100; i++)); do
    _cl_port_open "$HAPROXY_STATS_PORT" && { _cl_say "haproxy started (pid $(cat "$CLUSTER_WORK/pids/haproxy.pid")): 127.0.0.1:$HAPROXY_PORT, stats http://127.0.0.1:$HAPROXY_STATS_PORT/stats"; return 0; }
    _cl_tracked haproxy haproxy >/dev/null || break
    sleep 0.1
  done
  _cl_err "haproxy did not start:"; _cl_tail "$CLUSTER_WORK/logs/haproxy.log"
  _cl_stop_tracked haproxy haproxy kill >/dev/null || true
  return 1
}

# Stops haproxy if it runs (SIGTERM: immediate stop, SIGKILL after CLUSTER_STOP_TIMEOUT s). Always succeeds.
haproxy_stop() {
  local pid
  if pid=$(_cl_stop_tracked haproxy haproxy term); then _cl_say "haproxy stopped (pid $pid)"; fi
  return 0
}

# Prints HAProxy's stats page as CSV (http://127.0.0.1:18199/stats;csv); fails if it does not answer.
haproxy_stats_csv() {
  if command -v curl >/dev/null 2>&1; then
    curl -fsS --max-time 5 "http://127.0.0.1:$HAPROXY_STATS_PORT/stats;csv"
  else
    local body
    body=$(exec 3<>"/dev/tcp/127.0.0.1/$HAPROXY_STATS_PORT" &&
      printf 'GET /stats;csv HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n' >&3 && timeout 5 cat <&3) || return 1
    printf '%s\n' "$body" | tr -d '\r' | sed '1,/^$/d'
  fi
}

# Prints the check status of backend server NAME (app1 or app2) from the stats CSV: UP, DOWN, or a transition such as "UP 1/2", "DOWN 1/2", MAINT, NOLB. Fails if haproxy does not answer or there is no such server.
haproxy_server_state() {
  local csv st
  csv=$(haproxy_stats_csv 2>/dev/null) || return 1
  st=$(printf '%s\n' "$csv" | awk -F, -v be="$HAPROXY_BACKEND" -v sv="$1" '$1==be && $2==sv {print $18; exit}')
  [ -n "$st" ] || return 1
  echo "$st"
}

# Waits up to SECONDS (default 30) until backend server NAME's state is exactly STATE (e.g. UP, DOWN); fails on timeout.
haproxy_wait_state() {
  local name=$1 want=$2 deadline=$(($(date +%s) + ${3:-30})) st=
  while [ "$(date +%s)" -lt "$deadline" ]; do
    st=$(haproxy_server_state "$name" || true)
    [ "$st" = "$want" ] && return 0
    sleep 0.5
  done
  _cl_err "haproxy: $name is '${st:-?}', not $want, after ${3:-30}s"
  return 1
}

# Sends one command to HAProxy's admin socket (e.g. "disable server kiosk_app/app1", "show servers state") and prints its answer.
haproxy_cmd() { echo "$1" | socat stdio "unix-connect:$CLUSTER_WORK/run/haproxy.sock"; }

# --- everything --------------------------------------------------------------------------------------

# Kills leftovers of this work directory that no pid file names any more (mariadbd, haproxy, SST helpers whose command line names $CLUSTER_WORK).
_cl_sweep() {
  local f pid comm cmd
  for f in /proc/[0-9]*/cmdline; do
    pid=${f#/proc/}; pid=${pid%/cmdline}
    [ "$pid" = "$$" ] || [ "$pid" = "$BASHPID" ] && continue
    read -r comm 2>/dev/null <"/proc/$pid/comm" || continue
    case $comm in mariadbd|haproxy|mariabackup|mbstream|socat|wsrep_sst_maria*) ;; *) continue ;; esac
    cmd=$(tr '\0' ' ' <"$f" 2>/dev/null) || continue
    case $cmd in *"$CLUSTER_WORK/"*)
      _cl_say "killing leftover $comm (pid $pid)"
      kill -KILL "$pid" 2>/dev/null || true ;;
    esac
  done
  return 0
}

# Stops haproxy, the restored server and all db nodes, then kills any leftover of this work directory; safe to call twice and from an EXIT trap. Always succeeds.
cluster_stop_everything() {
  [ -d "$CLUSTER_WORK/pids" ] || return 0
  haproxy_stop || true
  restore_server_stop || true
  galera_stop_all || true
  _cl_sweep || true
  return 0
}
