# Shared by run.sh and faults.sh: build the bot, start the Twilio mock and the bot on a temp SQLite file.
# Sourced, not run. Everything started here is stopped by stop_all (trap it).
set -euo pipefail
LOAD_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$LOAD_DIR/../.." && pwd)"
WORK="${WORK:-$(mktemp -d /tmp/buurtbot-load.XXXXXX)}"
TOKEN="0123456789abcdef0123456789abcdef"
PUBLIC="https://bot.example.nl"
BOT_PORT="${BOT_PORT:-5391}"
BOT_URL="http://127.0.0.1:$BOT_PORT"
BOT_PID=""
MOCK_PID=""
MOCK_PORT=""

log() { printf '[%s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

ensure_node_modules() {
  if [ ! -d "$LOAD_DIR/node_modules/autocannon" ]; then
    log "installing autocannon (npm)"
    (cd "$LOAD_DIR" && npm install --no-audit --no-fund --silent >/dev/null)
  fi
}

build_release() {
  log "building the bot (Release)"
  dotnet build "$REPO/bot" -c Release -nologo -v q -clp:ErrorsOnly >/dev/null
}

start_mock() {
  : > "$WORK/mock.out"
  node "$LOAD_DIR/twilio-mock.js" --port 0 --record "$WORK/mock-sent.jsonl" > "$WORK/mock.out" 2>&1 &
  MOCK_PID=$!
  for _ in $(seq 1 100); do
    MOCK_PORT="$(sed -n 's/^listening //p' "$WORK/mock.out")"
    [ -n "$MOCK_PORT" ] && break
    sleep 0.1
  done
  [ -n "$MOCK_PORT" ] || { log "the mock did not start"; cat "$WORK/mock.out" >&2; exit 1; }
  log "Twilio mock on 127.0.0.1:$MOCK_PORT"
}

# start_bot [extra dotnet args...]: starts the Release bot on $WORK/bot.db, waits for /health.
start_bot() {
  (
    export ASPNETCORE_ENVIRONMENT=Production DOTNET_ENVIRONMENT=Production
    export ConnectionStrings__BuurtBot="Data Source=$WORK/bot.db"
    export Twilio__AccountSid=AC00000000000000000000000000000000 Twilio__AuthToken="$TOKEN"
    export Twilio__ApiBaseUrl="http://127.0.0.1:$MOCK_PORT" Twilio__PublicBaseUrl="$PUBLIC"
    export Twilio__SmsFrom=+3197010586014 Twilio__WhatsAppFrom=whatsapp:+3197010586014 Twilio__VoiceFrom=+31851234567
    export Coordinator__ApiKey=load-test-coordinator-key-0123456789abcdef
    export Logging__LogLevel__Default="${BOT_LOG_LEVEL:-Warning}"
    exec dotnet "${BOT_DLL:-$REPO/bot/bin/Release/net10.0/BuurtBot.dll}" --urls "$BOT_URL" "$@"
  ) >> "$WORK/bot.log" 2>&1 &
  BOT_PID=$!
  for _ in $(seq 1 300); do
    if curl -fsS -o /dev/null "$BOT_URL/health" 2>/dev/null; then
      log "bot up (pid $BOT_PID) on $BOT_URL, database $WORK/bot.db"
      return 0
    fi
    kill -0 "$BOT_PID" 2>/dev/null || { log "the bot exited"; tail -20 "$WORK/bot.log" >&2; exit 1; }
    sleep 0.2
  done
  log "the bot did not answer /health"; exit 1
}

# Peak resident memory of the bot process so far (MB).
bot_peak_mb() { awk '/VmHWM/ { printf "%d", $2 / 1024 }' "/proc/$BOT_PID/status" 2>/dev/null || echo "?"; }

# The bot's resident memory now, split: anonymous (its own heap, stacks, code, SQLite's page caches) and file-backed
# (mostly the runtime's libraries, shared with the OS page cache).
bot_rss_split() { awk '/RssAnon/ { a = $2 } /RssFile/ { f = $2 } END { printf "anonymous %d MB, file-backed %d MB", a / 1024, f / 1024 }' "/proc/$BOT_PID/status" 2>/dev/null || echo "?"; }

# CPU time the bot process has used so far (ms, user + system): per turn, it shows the cost without the noise of
# other processes competing for the cores.
bot_cpu_ms() { pid_cpu_ms "$BOT_PID"; }

# CPU time the Twilio mock has used so far (ms): with the load generator's own (load.js prints cpuMs), what the
# measuring costs on the same cores.
mock_cpu_ms() { pid_cpu_ms "$MOCK_PID"; }

# pid_cpu_ms PID: user + system CPU time of a process so far (ms), all its threads.
pid_cpu_ms() { awk '{ printf "%d", ($14 + $15) * 1000 / '"$(getconf CLK_TCK)"' }' "/proc/$1/stat" 2>/dev/null || echo 0; }

stop_bot() {
  if [ -n "$BOT_PID" ] && kill -0 "$BOT_PID" 2>/dev/null; then
    kill -TERM "$BOT_PID" 2>/dev/null || true
    wait "$BOT_PID" 2>/dev/null || true
  fi
  BOT_PID=""
}

stop_all() {
  stop_bot
  if [ -n "$MOCK_PID" ]; then kill -TERM "$MOCK_PID" 2>/dev/null || true; wait "$MOCK_PID" 2>/dev/null || true; fi
  MOCK_PID=""
}

load() { node "$LOAD_DIR/load.js" --url "$BOT_URL" --token "$TOKEN" --public "$PUBLIC" --db "$WORK/bot.db" "$@"; }

# Waits until nothing in the outbox is due or being sent (at most $1 seconds).
wait_outbox_drained() {
  local limit="${1:-60}"
  for _ in $(seq 1 $((limit * 5))); do
    local open
    open="$(sqlite3 "$WORK/bot.db" "PRAGMA busy_timeout=5000; SELECT COUNT(*) FROM OutboxMessages WHERE Status IN ('Pending','Sending');" 2>/dev/null | tail -1)"
    [ "$open" = "0" ] && return 0
    sleep 0.2
  done
  return 1
}

# reply_delay_list AFTER_ID: how long after its turn (ms) each reply with an outbox id above AFTER_ID was accepted by
# the mock, ascending, one per line; only replies already sent count, so call it after wait_outbox_drained.
reply_delay_list() {
  sqlite3 "$WORK/bot.db" "SELECT (StatusChangedAt - CreatedAt) / 10000 FROM OutboxMessages
    WHERE Id > $1 AND ProviderId IS NOT NULL ORDER BY 1;"
}

# reply_delays AFTER_ID: "p50 | p99" of reply_delay_list.
reply_delays() {
  reply_delay_list "$1" |
    awk '{ v[NR] = $1 } END { if (NR == 0) { print "- | -"; exit }
      p50 = v[int((NR - 1) * 0.50) + 1]; p99 = v[int((NR - 1) * 0.99) + 1]; printf "%d | %d", p50, p99 }'
}

# turns_recorded: the turns the bot has recorded so far (one receipt per MessageSid), read while the bot writes.
turns_recorded() { sqlite3 -cmd ".timeout 5000" "$WORK/bot.db" "SELECT COUNT(*) FROM InboundReceipts;"; }

# last_outbox_id: the highest outbox id so far (0 when empty).
last_outbox_id() { sqlite3 "$WORK/bot.db" "SELECT IFNULL(MAX(Id), 0) FROM OutboxMessages;"; }
