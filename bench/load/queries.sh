#!/usr/bin/env bash
# Which SQL a turn runs: a 60 s warm-up at 64 connections, then the bot is restarted with EF Core's command log on and
# 15 s of turns at 16 connections are logged. Prints SQL commands per turn and, per statement, how often a turn runs
# it and its average time in the database (EF Core's "elapsed", whole milliseconds, so averages over many).
# Usage: bench/load/queries.sh [top, default 25]. SKIP_BUILD=1 uses the existing Release build. The logging itself
# slows the bot down: this is for counting and comparing queries, not for throughput.
source "$(dirname "$0")/common.sh"
TOP="${1:-25}"
trap stop_all EXIT

ensure_node_modules
[ "${SKIP_BUILD:-}" = 1 ] || build_release
start_mock
start_bot
log "warm-up: 60s at 64 connections"
load --connections 64 --seconds 60 --phase 0 --state "$WORK/phones.json" >/dev/null
wait_outbox_drained 120 || log "the outbox did not drain within 120 s"
stop_bot
mv "$WORK/bot.log" "$WORK/bot-warm-up.log"
start_bot --Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command=Information
before="$(turns_recorded)"
log "15s at 16 connections with the command log on"
load --connections 16 --seconds 15 --phase 1 --state "$WORK/phones.json" >/dev/null
wait_outbox_drained 120 || log "the outbox did not drain within 120 s"
turns=$(( $(turns_recorded) - before ))

node -e '
  const fs = require("fs");
  const [logFile, turns, top] = [process.argv[1], Number(process.argv[2]), Number(process.argv[3])];
  const byStatement = new Map();
  let total = 0;
  for (const line of fs.readFileSync(logFile, "utf8").split("\n")) {
    if (!line.includes("\"EventId\":20101")) continue;
    let entry;
    try { entry = JSON.parse(line); } catch { continue; }
    const sql = (entry.State?.commandText ?? "").replace(/\s+/g, " ").replace(/^SELECT .*? FROM /, "SELECT ... FROM ")
      .replace(/@(\w+?)\d+/g, "@$1").replace(/(, @\w+)+/g, ", @...");
    const elapsed = Number(String(entry.State?.elapsed ?? "0").replace(/[^\d.]/g, "")) || 0;
    const s = byStatement.get(sql) ?? { count: 0, ms: 0 };
    s.count++; s.ms += elapsed; total++;
    byStatement.set(sql, s);
  }
  console.log(`${turns} turns, ${total} SQL commands: ${(total / turns).toFixed(2)} per turn`);
  console.log("| per turn | avg ms | statement |");
  console.log("|---|---|---|");
  [...byStatement].sort((a, b) => b[1].ms - a[1].ms || b[1].count - a[1].count).slice(0, top).forEach(([sql, s]) =>
    console.log(`| ${(s.count / turns).toFixed(2)} | ${(s.ms / s.count).toFixed(2)} | ${sql.slice(0, 160).replace(/\|/g, "\\|")} |`));
' "$WORK/bot.log" "$turns" "$TOP"
echo "work folder: $WORK"
