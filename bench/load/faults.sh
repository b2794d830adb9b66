#!/usr/bin/env bash
# Fault scenarios against the Release bot on a temp SQLite file, with the recording Twilio mock:
#   kill       SIGKILL the bot in the middle of a load run, start it again: every webhook answered 200 has its turn
#              recorded exactly once, and every message the database holds is sent exactly once.
#   twilio     the mock refuses 20% of sends (500 or 429) for FAULT_SECONDS (default 60) while turns go on:
#              everything is sent in the end, nothing twice, turns are answered meanwhile.
#   duplicates 1,000 deliveries of one MessageSid at once make one turn (and one reply).
# Usage: bench/load/faults.sh [kill|twilio|duplicates|all]   (default all). Exits non-zero when a check fails.
source "$(dirname "$0")/common.sh"
WHICH="${1:-all}"
trap stop_all EXIT
failures=0
check() { # check "what" expected actual
  if [ "$2" = "$3" ]; then log "ok: $1 ($3)"; else log "FAILED: $1: expected $2, got $3"; failures=$((failures + 1)); fi
}
sql() { sqlite3 -cmd ".timeout 5000" "$WORK/bot.db" "$@"; }

# Every message the database says was due is sent exactly once: each sent row's Twilio SID was accepted by the mock
# exactly once, and the mock accepted nothing that no row accounts for (a second send of the same message).
check_sent_exactly_once() {
  sql "CREATE TEMP TABLE IF NOT EXISTS x(a); DROP TABLE IF EXISTS mock_sent;" >/dev/null
  node -e '
    const lines = require("fs").readFileSync(process.argv[1], "utf8").split("\n").filter(Boolean);
    console.log("CREATE TABLE mock_sent(sid TEXT, recipient TEXT);");
    console.log("BEGIN;");
    for (const l of lines) { const m = JSON.parse(l); console.log(`INSERT INTO mock_sent VALUES(${JSON.stringify(m.sid).replace(/"/g, "\x27")}, ${JSON.stringify(m.to).replace(/"/g, "\x27")});`); }
    console.log("COMMIT;");
  ' "$WORK/mock-sent.jsonl" | sql >/dev/null
  local open unsent orphans doubles rows
  open="$(sql "SELECT COUNT(*) FROM OutboxMessages WHERE Status IN ('Pending','Sending','Failed');")"
  rows="$(sql "SELECT COUNT(*) FROM OutboxMessages WHERE ProviderId IS NOT NULL AND NOT (Channel = 'Voice' AND ProviderId LIKE 'CA%' AND Attempts = 1 AND ProviderId NOT IN (SELECT sid FROM mock_sent));")"
  unsent="$(sql "SELECT COUNT(*) FROM OutboxMessages o WHERE o.Status NOT IN ('Pending','Sending','Failed','Suppressed') AND o.ProviderId NOT IN (SELECT sid FROM mock_sent);")"
  orphans="$(sql "SELECT COUNT(*) FROM mock_sent WHERE sid NOT IN (SELECT ProviderId FROM OutboxMessages WHERE ProviderId IS NOT NULL);")"
  doubles="$(sql "SELECT COUNT(*) FROM (SELECT ProviderId FROM OutboxMessages WHERE ProviderId IS NOT NULL GROUP BY ProviderId HAVING COUNT(*) > 1);")"
  log "outbox rows sent: $rows; mock accepted: $(wc -l < "$WORK/mock-sent.jsonl")"
  check "messages still pending, in flight or failed" 0 "$open"
  check "rows marked sent that the mock never accepted" 0 "$unsent"
  check "sends the mock accepted that no row accounts for (sent twice)" 0 "$orphans"
  check "rows sharing one Twilio SID" 0 "$doubles"
}

check_accepted_turns() { # file with MessageSids answered 200
  sql "DROP TABLE IF EXISTS accepted; CREATE TABLE accepted(sid TEXT);" >/dev/null
  { echo "BEGIN;"; sed "s/.*/INSERT INTO accepted VALUES('&');/" "$1"; echo "COMMIT;"; } | sql >/dev/null
  local accepted missing
  accepted="$(sql "SELECT COUNT(*) FROM accepted;")"
  missing="$(sql "SELECT COUNT(*) FROM accepted WHERE sid NOT IN (SELECT MessageId FROM InboundReceipts);")"
  log "webhooks answered 200: $accepted; turns recorded: $(turns_recorded)"
  check "webhooks answered 200 whose turn is not recorded" 0 "$missing"
}

fresh() {
  stop_all
  WORK="$(mktemp -d /tmp/buurtbot-fault.XXXXXX)"
  start_mock
  start_bot "$@"
}

scenario_kill() {
  log "== kill: SIGKILL during load, then restart"
  # A claim left by the killed process expires after the lease; 5 s instead of 2 min keeps the run short.
  fresh --Outbox:ClaimLease=00:00:05
  load --connections 64 --seconds 10 --phase 0 --state "$WORK/phones.json" >/dev/null # registrations
  load --connections 64 --seconds 20 --phase 1 --state "$WORK/phones.json" --accepted "$WORK/accepted-1.txt" --bailout 200 > "$WORK/kill-load-1.json" &
  local loader=$! before
  before="$(turns_recorded)"
  for _ in $(seq 1 300); do # until the run is well under way: 300 more turns committed
    [ "$(turns_recorded)" -ge $((before + 300)) ] && break
    sleep 0.1
  done
  log "SIGKILL bot pid $BOT_PID in the middle of the load ($(( $(turns_recorded) - before )) turns into it)"
  kill -KILL "$BOT_PID"; wait "$BOT_PID" 2>/dev/null || true
  wait "$loader"
  log "load until the kill: $(cat "$WORK/kill-load-1.json")"
  start_bot --Outbox:ClaimLease=00:00:05
  load --connections 64 --seconds 10 --phase 2 --state "$WORK/phones.json" --accepted "$WORK/accepted-2.txt" > "$WORK/kill-load-2.json"
  log "load after the restart: $(cat "$WORK/kill-load-2.json")"
  cat "$WORK/accepted-1.txt" "$WORK/accepted-2.txt" > "$WORK/accepted.txt"
  sleep 6 # past the lease of the killed process's claims
  wait_outbox_drained 120 || log "outbox not drained after 120 s"
  check_accepted_turns "$WORK/accepted.txt"
  check_sent_exactly_once
}

scenario_twilio() {
  local seconds="${FAULT_SECONDS:-60}"
  log "== twilio: 20% of sends refused (500/429) for ${seconds}s while turns go on"
  fresh --Outbox:FirstRetryDelay=00:00:01 --Outbox:MaxRetryDelay=00:00:10
  load --connections 64 --seconds 10 --phase 0 --state "$WORK/phones.json" >/dev/null
  curl -fsS -X POST "http://127.0.0.1:$MOCK_PORT/_mock/faults" -d "{\"rate\":0.2,\"seconds\":$seconds}" >/dev/null
  load --connections 64 --seconds "$seconds" --phase 1 --state "$WORK/phones.json" --accepted "$WORK/accepted.txt" > "$WORK/twilio-load.json"
  log "turns while Twilio failed: $(cat "$WORK/twilio-load.json")"
  log "mock: $(curl -fsS "http://127.0.0.1:$MOCK_PORT/_mock/stats")"
  local errors
  errors="$(node -e 'const r = JSON.parse(process.argv[1]); console.log(r.non2xx + r.errors + r.timeouts)' "$(cat "$WORK/twilio-load.json")")"
  check "webhook errors while Twilio failed" 0 "$errors"
  wait_outbox_drained 180 || log "outbox not drained after 180 s"
  check_accepted_turns "$WORK/accepted.txt"
  check_sent_exactly_once
}

scenario_duplicates() {
  log "== duplicates: 1,000 deliveries of one MessageSid over 64 connections"
  fresh
  local result sid from
  result="$(load --duplicates 1000 --connections 64)"
  log "$result"
  sid="$(node -e 'console.log(JSON.parse(process.argv[1]).sid)' "$result")"
  from="$(node -e 'console.log(JSON.parse(process.argv[1]).from)' "$result")"
  check "deliveries answered 200" 1000 "$(node -e 'console.log(JSON.parse(process.argv[1]).ok)' "$result")"
  check "turns recorded for that MessageSid" 1 "$(sql "SELECT COUNT(*) FROM InboundReceipts WHERE MessageId = '$sid';")"
  check "turns recorded at all" 1 "$(turns_recorded)"
  wait_outbox_drained 30 || true
  check "replies sent to that phone" 1 "$(grep -c "\"to\":\"$from\"" "$WORK/mock-sent.jsonl" || true)"
}

ensure_node_modules
[ "${SKIP_BUILD:-}" = 1 ] || build_release
case "$WHICH" in
  kill) scenario_kill ;;
  twilio) scenario_twilio ;;
  duplicates) scenario_duplicates ;;
  all) scenario_duplicates; scenario_kill; scenario_twilio ;;
  *) echo "usage: $0 [kill|twilio|duplicates|all]" >&2; exit 2 ;;
esac
if [ "$failures" -gt 0 ]; then log "$failures check(s) failed"; exit 1; fi
log "all checks passed"
