#!/usr/bin/env bash
# One long, continuous run at one connection count from an empty database, without warm-up or steps: the number to
# compare two builds or settings by (a 15-20 s step of run.sh lands in one phase of the mix, cheap or dear, and its
# CPU per turn varied from 3.9 to 11 ms). Prints turns/s and latency, the bot's CPU per turn including sending
# every reply (the outbox is drained before the CPU is read), the load generator's and the mock's CPU per turn
# during the load (what the measuring costs on the same cores), how long after their turn the replies were accepted
# by the mock (p50, p90, p99, max) and the peak memory.
# Usage: bench/load/soak.sh [seconds, default 90] [connections, default 64]. SKIP_BUILD=1 uses the existing build;
# settings pass through the environment, e.g. Turns__MaxConcurrentTurns=8 bench/load/soak.sh. BOT_DLL runs another
# build (e.g. a ReadyToRun publish). A run longer than STEADY_AFTER + 30 s (default 75 s) also prints the turns/s and
# CPU per turn after the first STEADY_AFTER seconds: under load the runtime's tiered JIT recompiles the hot code for
# about the first 75 s here (about 17 s of CPU), so the whole-run CPU per turn includes that warm-up.
source "$(dirname "$0")/common.sh"
SOAK_SECONDS="${1:-90}"
SOAK_CONNECTIONS="${2:-64}"
trap stop_all EXIT

ensure_node_modules
[ "${SKIP_BUILD:-}" = 1 ] || build_release
start_mock
start_bot
cpu_before="$(bot_cpu_ms)"
mock_before="$(mock_cpu_ms)"
STEADY_AFTER="${STEADY_AFTER:-75}"
log "$SOAK_CONNECTIONS connections for ${SOAK_SECONDS}s"
load --connections "$SOAK_CONNECTIONS" --seconds "$SOAK_SECONDS" --phase 0 --state "$WORK/phones.json" > "$WORK/turns.json" &
load_pid=$!
steady=""
if [ "$SOAK_SECONDS" -gt $(( STEADY_AFTER + 30 )) ]; then
  sleep "$STEADY_AFTER"
  steady_turns="$(turns_recorded)"; steady_cpu="$(bot_cpu_ms)"; steady_start="$(date +%s.%N)"
fi
wait "$load_pid"
mock_used=$(( $(mock_cpu_ms) - mock_before ))
if [ -n "${steady_start:-}" ]; then
  steady="$(awk -v n=$(( $(turns_recorded) - steady_turns )) -v c=$(( $(bot_cpu_ms) - steady_cpu )) -v a="$steady_start" -v b="$(date +%s.%N)" -v s="$STEADY_AFTER" \
    'BEGIN { printf "after the first %d s (JIT settled): %.0f turns/s, %.2f ms CPU per turn (%d turns)", s, n / (b - a), c / n, n }')"
fi
sent_during="$(wc -l < "$WORK/mock-sent.jsonl")"
drain_started="$(date +%s.%N)"
wait_outbox_drained 300 || log "the outbox did not drain within 300 s"
drain_seconds="$(awk -v a="$drain_started" -v b="$(date +%s.%N)" 'BEGIN { print b - a }')"
cpu_used=$(( $(bot_cpu_ms) - cpu_before ))
reply_delay_list 0 > "$WORK/reply-delays.txt"

node -e '
  const fs = require("fs");
  const [turnsFile, delaysFile, cpuUsed, sentDuring, drain, peak, split, seconds, connections, steady, mockUsed] = process.argv.slice(1);
  const t = JSON.parse(fs.readFileSync(turnsFile));
  const d = fs.readFileSync(delaysFile, "utf8").split("\n").filter(Boolean).map(Number);
  const at = q => d.length ? d[Math.min(d.length - 1, Math.floor((d.length - 1) * q))] : "-";
  console.log(`BuurtBot soak: ${connections} connections for ${seconds} s from an empty database`);
  console.log(`turns: ${t.ok} (${t.perSecond}/s), p50 ${t.p50} ms, p99 ${t.p99} ms, max ${t.max} ms, errors ${t.non2xx + t.errors + t.timeouts}`);
  console.log(`bot CPU per turn, replies included: ${(Number(cpuUsed) / t.ok).toFixed(2)} ms`);
  console.log(`load generator and Twilio mock CPU per turn, during the load: ${((t.cpuMs + Number(mockUsed)) / t.ok).toFixed(2)} ms (load.js ${(t.cpuMs / t.ok).toFixed(2)}, mock ${(Number(mockUsed) / t.ok).toFixed(2)})`);
  console.log(`replies: ${d.length}, ${sentDuring} sent during the load, the rest in ${Number(drain).toFixed(1)} s after it`);
  console.log(`reply accepted by the mock after its turn: p50 ${at(0.5)} ms, p90 ${at(0.9)} ms, p99 ${at(0.99)} ms, max ${d.length ? d[d.length - 1] : "-"} ms`);
  console.log(`peak RSS ${peak} MB; at the end ${split}`);
  if (steady) console.log(steady);
' "$WORK/turns.json" "$WORK/reply-delays.txt" "$cpu_used" "$sent_during" "$drain_seconds" "$(bot_peak_mb)" "$(bot_rss_split)" "$SOAK_SECONDS" "$SOAK_CONNECTIONS" "$steady" "$mock_used"
echo "work folder: $WORK"
