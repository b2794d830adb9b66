#!/usr/bin/env bash
# One long, continuous run at one connection count from an empty database, without warm-up or steps: the number to
# compare two builds or settings by (a 15-20 s step of run.sh lands in one phase of the mix, cheap or dear, and its
# CPU per turn varied from 3.9 to 11 ms). Prints turns/s and latency, the bot's CPU per turn including sending
# every reply (the outbox is drained before the CPU is read), how long after their turn the replies were accepted
# by the mock (p50, p90, p99, max) and the peak memory.
# Usage: bench/load/soak.sh [seconds, default 90] [connections, default 64]. SKIP_BUILD=1 uses the existing build;
# settings pass through the environment, e.g. Turns__MaxConcurrentTurns=8 bench/load/soak.sh.
source "$(dirname "$0")/common.sh"
SOAK_SECONDS="${1:-90}"
SOAK_CONNECTIONS="${2:-64}"
trap stop_all EXIT

ensure_node_modules
[ "${SKIP_BUILD:-}" = 1 ] || build_release
start_mock
start_bot
cpu_before="$(bot_cpu_ms)"
log "$SOAK_CONNECTIONS connections for ${SOAK_SECONDS}s"
load --connections "$SOAK_CONNECTIONS" --seconds "$SOAK_SECONDS" --phase 0 --state "$WORK/phones.json" > "$WORK/turns.json"
sent_during="$(wc -l < "$WORK/mock-sent.jsonl")"
drain_started="$(date +%s.%N)"
wait_outbox_drained 300 || log "the outbox did not drain within 300 s"
drain_seconds="$(awk -v a="$drain_started" -v b="$(date +%s.%N)" 'BEGIN { print b - a }')"
cpu_used=$(( $(bot_cpu_ms) - cpu_before ))
reply_delay_list 0 > "$WORK/reply-delays.txt"

node -e '
  const fs = require("fs");
  const [turnsFile, delaysFile, cpuUsed, sentDuring, drain, peak, split, seconds, connections] = process.argv.slice(1);
  const t = JSON.parse(fs.readFileSync(turnsFile));
  const d = fs.readFileSync(delaysFile, "utf8").split("\n").filter(Boolean).map(Number);
  const at = q => d.length ? d[Math.min(d.length - 1, Math.floor((d.length - 1) * q))] : "-";
  console.log(`BuurtBot soak: ${connections} connections for ${seconds} s from an empty database`);
  console.log(`turns: ${t.ok} (${t.perSecond}/s), p50 ${t.p50} ms, p99 ${t.p99} ms, max ${t.max} ms, errors ${t.non2xx + t.errors + t.timeouts}`);
  console.log(`bot CPU per turn, replies included: ${(Number(cpuUsed) / t.ok).toFixed(2)} ms`);
  console.log(`replies: ${d.length}, ${sentDuring} sent during the load, the rest in ${Number(drain).toFixed(1)} s after it`);
  console.log(`reply accepted by the mock after its turn: p50 ${at(0.5)} ms, p90 ${at(0.9)} ms, p99 ${at(0.99)} ms, max ${d.length ? d[d.length - 1] : "-"} ms`);
  console.log(`peak RSS ${peak} MB; at the end ${split}`);
' "$WORK/turns.json" "$WORK/reply-delays.txt" "$cpu_used" "$sent_during" "$drain_seconds" "$(bot_peak_mb)" "$(bot_rss_split)" "$SOAK_SECONDS" "$SOAK_CONNECTIONS"
echo "work folder: $WORK"
