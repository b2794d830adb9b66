#!/usr/bin/env bash
# The load benchmark: builds the bot (Release), starts the Twilio mock and the bot on a temp SQLite file, and for
# 16, 64 and 256 connections measures bare GET /health, then message turns through the signed Twilio webhook.
# Prints a results table. Usage: bench/load/run.sh [seconds per turn phase, default 20] [health seconds, default 5]
# WARMUP_SECONDS (default 90) sets the unreported warm-up; SKIP_BUILD=1 uses the existing Release build.
# CONNECTIONS="16 64 256" overrides the connection counts. Each measured step adds NEW_PHONES (default 128) people who
# write for the first time. RATE=N adds a step at 64 connections offering N turns/s (open loop): the latency at a
# load the bot can carry, rather than at saturation. Besides the bot's CPU per turn, each step shows what the measuring
# costs on the same cores (the load generator's and the Twilio mock's CPU per turn) and the ceiling that leaves: the
# machine's cores divided by all three together, the turns per second this machine could carry at that cost.
source "$(dirname "$0")/common.sh"
SECONDS_TURNS="${1:-20}"
SECONDS_HEALTH="${2:-5}"
CONNECTIONS="${CONNECTIONS:-16 64 256}"
trap stop_all EXIT

ensure_node_modules
[ "${SKIP_BUILD:-}" = 1 ] || build_release
start_mock
start_bot
started=$(date +%s)

# Warm-up (not reported): the runtime compiles the hot paths (tiered JIT) and the phones register, so the
# measured steps see the everyday mix of requests, offers, answers and status questions. 90 s: under this load the
# JIT's background thread works for about the first 75 s (about 17 s of CPU on a 2-core machine, per thread CPU in
# /proc); with 60 s the first step still paid for it (up to 8.9 ms CPU per turn against 3.4-4.1 later).
log "warm-up: ${WARMUP_SECONDS:-90}s of turns at 64 connections"
load --connections 64 --seconds "${WARMUP_SECONDS:-90}" --phase 0 --state "$WORK/phones.json" >/dev/null
wait_outbox_drained 120 || log "the outbox did not drain within 120 s"

rows=()
phase=1

# turn_step LABEL HEALTH_JSON [load args...]: one measured step of message turns; adds its row to the table.
# HEALTH_JSON is the /health result of the same step, or "" (no /health columns). After the step the outbox drains;
# the reply columns are how long after its turn each reply of the step was accepted by the mock (Twilio).
turn_step() {
  local label="$1" health="$2"; shift 2
  local cpu_before cpu_used mock_before mock_used turns last_id replies
  cpu_before="$(bot_cpu_ms)"
  mock_before="$(mock_cpu_ms)"
  last_id="$(last_outbox_id)"
  turns="$(load --seconds "$SECONDS_TURNS" --phase "$phase" --new-phones "${NEW_PHONES:-128}" --state "$WORK/phones.json" "$@")"
  cpu_used=$(( $(bot_cpu_ms) - cpu_before ))
  mock_used=$(( $(mock_cpu_ms) - mock_before ))
  echo "$turns" > "$WORK/turns-$phase.json"
  log "waiting for the outbox to drain"
  wait_outbox_drained 120 || log "the outbox did not drain within 120 s"
  replies="$(reply_delays "$last_id")"
  rows+=("$(node -e '
    const [label, health, turnsJson, peak, cpuUsed, mockUsed, replies, cores] = process.argv.slice(1);
    const t = JSON.parse(turnsJson), h = health ? JSON.parse(health) : null;
    const ratio = h && t.perSecond ? (h.perSecond / t.perSecond).toFixed(1) + "x" : "-";
    const errors = t.non2xx + t.errors + t.timeouts;
    const bot = Number(cpuUsed) / t.ok, measuring = (t.cpuMs + Number(mockUsed)) / t.ok;
    const cpu = t.ok ? bot.toFixed(2) : "-", gen = t.ok ? measuring.toFixed(2) : "-";
    const ceiling = t.ok ? Math.round(Number(cores) * 1000 / (bot + measuring)) : "-";
    console.log(`| ${label} | ${t.perSecond} | ${t.p50} | ${t.p99} | ${t.max} | ${errors} | ${replies} | ${h ? h.perSecond : "-"} | ${ratio} | ${cpu} | ${gen} | ${ceiling} | ${peak} |`);
  ' "$label" "$health" "$turns" "$(bot_peak_mb)" "$cpu_used" "$mock_used" "$replies" "$(nproc)")")
  phase=$((phase + 1))
}

for c in $CONNECTIONS; do
  log "$c connections: GET /health for ${SECONDS_HEALTH}s"
  health="$(load --health --connections "$c" --seconds "$SECONDS_HEALTH")"
  echo "$health" > "$WORK/health-$c.json"
  log "$c connections: message turns for ${SECONDS_TURNS}s"
  turn_step "$c" "$health" --connections "$c"
done

if [ -n "${RATE:-}" ]; then
  log "64 connections offering $RATE turns/s for ${SECONDS_TURNS}s"
  turn_step "64 at $RATE/s offered" "" --connections 64 --rate "$RATE"
fi

turns_total="$(turns_recorded)"
outbox="$(sqlite3 "$WORK/bot.db" "SELECT Status || ' ' || COUNT(*) FROM OutboxMessages GROUP BY Status;" | tr '\n' ',')"
sent="$(wc -l < "$WORK/mock-sent.jsonl")"
echo
echo "BuurtBot under load ($(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%Y-%m-%dT%H:%MZ), turns ${SECONDS_TURNS}s and /health ${SECONDS_HEALTH}s per step)"
echo
echo "| connections | turns/s | p50 ms | p99 ms | max ms | errors | reply sent p50 ms | reply sent p99 ms | /health req/s | health/turn | bot CPU ms/turn | load + mock CPU ms/turn | CPU ceiling turns/s | peak RSS MB |"
echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"
printf '%s\n' "${rows[@]}"
echo
matched="$(sqlite3 "$WORK/bot.db" "SELECT COUNT(*) FROM Requests WHERE MatchedAt IS NOT NULL;")"
requests="$(sqlite3 "$WORK/bot.db" "SELECT COUNT(*) FROM Requests;")"
# How realistic the mix stayed: replies saying the bot did not understand, or offering a coordinator.
puzzled="$(grep -c -e 'begreep' -e 'lukt mij niet' "$WORK/mock-sent.jsonl" || true)"
echo "requests placed: $requests, matched: $matched; replies saying the bot did not understand: $puzzled of $(wc -l < "$WORK/mock-sent.jsonl")"
echo "bot memory at the end: $(bot_rss_split)"
echo "turns recorded: $turns_total; outbox: ${outbox%,}; messages the mock accepted: $sent; load run took $(( $(date +%s) - started )) s"
echo "work folder: $WORK"
