#!/usr/bin/env node
/*
 * load.js - drives BuurtBot's Twilio message webhook with autocannon, with signed requests from many phones.
 *
 *   node load.js --url http://127.0.0.1:5080 --token AUTH_TOKEN --public https://bot.example.nl \
 *                --connections 64 --seconds 20 --phase 1 [--accepted accepted.txt] [--state phones.json] [--phones 2048] [--new-phones 128]
 *   node load.js --url http://127.0.0.1:5080 --health --connections 64 --seconds 10
 *   node load.js --url ... --token ... --public ... --duplicates 1000 --connections 64
 *
 * Connections take phones in turn (at least 2,048 distinct numbers); a phone is held by one connection until
 * its answer arrives, so a person never has two messages in flight. Phones follow a realistic mix: each one
 * registers (hallo, name, postcode, street, consent), then cooks offer meals, lenders offer things, helpers
 * offer help, and others ask for a meal, a loan or help, each answering the bot's questions; then they answer
 * neighbours' questions (ja/nee), ask how things stand and ask or offer again (see script()). All requests are
 * signed before the run starts (X-Twilio-Signature over the public URL), so the client spends no time on it.
 * --state keeps each phone's progress in a file, so a later run goes on where the last one stopped. A message still
 * in flight when a run ends is kept there too; with --db (the bot's SQLite file) the next run looks it up among the
 * bot's receipts, and a phone whose message the bot did record goes on after it instead of sending it again.
 * --phase goes into every MessageSid, so runs against one database never repeat an id.
 * --bailout N stops the run after N connection errors (the bot was killed).
 * --new-phones N adds N people who write for the first time in this run (they register first).
 * --rate N offers N requests per second in all (open loop) instead of as many as the connections manage.
 *
 * Prints one JSON line: {"kind","connections","seconds","ok","non2xx","errors","timeouts","perSecond",
 * "p50","p90","p99","max","cpuMs"} (cpuMs: this process's own CPU time during the run, user + system); with
 * --accepted, the MessageSids answered 200 are written there, one a line.
 */
'use strict';
const autocannon = require('autocannon');
const crypto = require('crypto');
const fs = require('fs');
const { execFileSync } = require('child_process');

const argv = process.argv.slice(2);
const arg = (name, fallback) => {
  const i = argv.indexOf('--' + name);
  return i === -1 ? fallback : argv[i + 1];
};
const flag = name => argv.includes('--' + name);

const url = arg('url', 'http://127.0.0.1:5080');
const token = arg('token', '');
const publicBase = arg('public', 'https://bot.example.nl');
const connections = Number(arg('connections', '64'));
const seconds = Number(arg('seconds', '20'));
const phase = Number(arg('phase', '1'));
const acceptedPath = arg('accepted', null);
const sidPrefix = arg('sid-prefix', String(phase));
const expectedRate = Number(arg('expected-rate', '4000'));
const duplicates = Number(arg('duplicates', '0'));
const statePath = arg('state', null);
const dbPath = arg('db', null);
const bailout = arg('bailout', null);
const rate = Number(arg('rate', '0'));
const path = '/api/twilio/messages';
const ourNumber = '+3197010586014';

/** Twilio's signature: HMAC-SHA1 over the URL and the form fields sorted by name (ordinal), base64. */
function sign(fields) {
  const names = Object.keys(fields).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  let data = publicBase + path;
  for (const name of names) data += name + fields[name];
  return crypto.createHmac('sha1', Buffer.from(token, 'utf8')).update(Buffer.from(data, 'utf8')).digest('base64');
}

let sidCounter = 0;
function signedRequest(from, body, sid) {
  const messageSid = sid || ('SM' + sidPrefix + (++sidCounter).toString(16).padStart(32 - sidPrefix.length, '0'));
  const whatsapp = from.startsWith('whatsapp:');
  const fields = {
    MessageSid: messageSid, SmsSid: messageSid, SmsMessageSid: messageSid, AccountSid: 'AC00000000000000000000000000000000',
    From: from, To: whatsapp ? 'whatsapp:' + ourNumber : ourNumber, Body: body,
    NumMedia: '0', NumSegments: '1', SmsStatus: 'received', ApiVersion: '2010-04-01',
  };
  if (whatsapp) {
    fields.WaId = from.slice('whatsapp:+'.length);
    fields.ProfileName = 'Buur';
  }
  return {
    sid: messageSid,
    method: 'POST',
    path,
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': sign(fields) },
    body: new URLSearchParams(fields).toString(),
  };
}

const names = ['Truus', 'Henk', 'Anna', 'Piet', 'Kees', 'Ria', 'Fatima', 'Mohamed', 'Els', 'Joop', 'Sanne', 'Wim'];
const streets = ['Lindelaan', 'Kerkstraat', 'Dorpsstraat', 'Molenweg', 'Schoolstraat', 'Beukenlaan'];
const areas = ['3512 AB', '3512 JK', '3513 CD', '3514 EF'];
const things = ['ladder', 'boormachine', 'grasmaaier', 'partytent'];

/**
 * What one phone says, in order: registration, then its role's first request or offer (answering each question the
 * bot asks, as a person would), then a repeating tail: asking how things stand, answering a neighbour's question
 * (ja/nee), thanking, and asking or offering again. Six roles: cooks, lenders, helpers, and people asking for a
 * meal, a loan or help. The answers follow the bot's questions in order (checked against the conversations:
 * `chat` in the README), so a run is mostly turns that move a conversation on, not repeated "I did not understand".
 */
function script(index) {
  const name = names[index % names.length];
  const register = ['hallo', name, `${areas[index % areas.length]} ${1 + (index % 180)}`, streets[index % streets.length], 'ja'];
  const thing = things[Math.floor(index / 6) % things.length];
  const roles = [
    { first: ['ik kook morgen 4 porties stamppot, 4 euro per portie', 'ophalen', 'ja'], tail: ['ja', 'hoe staat het met mijn aanbod', 'nee', 'dank u wel'] },
    { first: [`ik wil mijn ${thing} wel uitlenen`, 'ja'], tail: ['ja', 'hoe staat het ermee', 'nee', 'dank u wel'] },
    { first: ['ik wil buren wel helpen met boodschappen', 'elke dag', '2', 'ja'], tail: ['ja', 'hoe staat het ermee', 'dank u wel'] },
    { first: ['ik zou morgen graag een warme maaltijd willen', '1', 'nee', 'ophalen', 'ja'], tail: ['hoe staat het met mijn aanvraag', 'dank u wel'] },
    { first: [`mag ik een ${thing} lenen`, 'morgen', 'tot zondag', 'ja'], tail: ['hoe staat het met mijn aanvraag', 'dank u wel'] },
    { first: ['kan iemand mij helpen met boodschappen doen', 'donderdag', 'om 10 uur', 'ja'], tail: ['hoe staat het met mijn aanvraag', 'nee', 'dank u wel'] },
  ];
  const role = roles[index % roles.length];
  return { first: [...register, ...role.first], tail: [...role.tail, ...role.first] };
}

function phoneNumber(block, slot) {
  const digits = '1' + String(block).padStart(3, '0') + String(slot).padStart(4, '0');
  return '+316' + digits;
}

/**
 * Phones, each with its messages signed up front. A phone is taken by one connection at a time (until its
 * answer arrives), so one person's messages go in order and never overlap, as from a real phone.
 */
function buildPhones() {
  const count = Math.max(Number(arg('phones', '2048')), connections * 8);
  const perPhone = Math.ceil((expectedRate * seconds) / count) + 4;
  // With --state, phones carry on where the previous run left them (registered people ask, answer, ...).
  const saved = statePath && fs.existsSync(statePath) ? JSON.parse(fs.readFileSync(statePath, 'utf8')) : {};
  const progress = saved.answered ?? {};
  for (const [from, next] of Object.entries(recordedInFlight(saved.inFlight ?? {}))) progress[from] = next;
  const phones = [];
  // --new-phones: people who write for the first time in this run (numbers unique to the phase), so every run
  // has members registering, not only the first one.
  const fresh = Number(arg('new-phones', '0'));
  for (let index = 0; index < count + fresh; index++) {
    const number = index < count ? phoneNumber(Math.floor(index / 1000), index % 1000) : phoneNumber(100 + phase, index - count);
    const from = Math.floor(index / 6) % 3 === 1 ? 'whatsapp:' + number : number;
    const phone = { from, script: script(index), turn: progress[from] || 0, busySince: 0, signed: [] };
    for (let i = 0; i < perPhone; i++) phone.signed.push(signedRequest(phone.from, textOf(phone.script, phone.turn + i)));
    phone.first = phone.turn;
    phones.push(phone);
  }
  return phones;
}

function saveProgress(phones) {
  if (!statePath) return;
  const answered = {};
  const inFlight = {};
  // A phone goes on after its last message the bot answered. One still in flight when the step ended may or may not
  // have reached the bot: skipping it would answer the bot's next question with the wrong message, and sending it
  // again (when the bot did take it) repeats an answer. So it is kept, and the next run asks the database.
  for (const phone of phones) {
    answered[phone.from] = phone.answered ?? phone.first;
    if (phone.inFlight && phone.inFlight.turn >= answered[phone.from]) inFlight[phone.from] = phone.inFlight;
  }
  fs.writeFileSync(statePath, JSON.stringify({ answered, inFlight }));
}

/** Of the messages in flight when the last run ended, those the bot recorded (--db): phone -> the turn after it. */
function recordedInFlight(inFlight) {
  const entries = Object.entries(inFlight);
  if (!dbPath || entries.length === 0) return {};
  const sids = entries.map(([, m]) => m.sid).filter(sid => /^[A-Za-z0-9]+$/.test(sid));
  const recorded = new Set(execFileSync('sqlite3', ['-cmd', '.timeout 5000', dbPath,
    `SELECT MessageId FROM InboundReceipts WHERE MessageId IN (${sids.map(sid => `'${sid}'`).join(',')});`], { encoding: 'utf8' })
    .split('\n').filter(Boolean));
  return Object.fromEntries(entries.filter(([, m]) => recorded.has(m.sid)).map(([from, m]) => [from, m.turn + 1]));
}

function textOf({ first, tail }, turn) {
  return turn < first.length ? first[turn] : tail[(turn - first.length) % tail.length];
}

/** cpu: process.cpuUsage() taken just before the run, so cpuMs is this process's CPU during it (all its threads). */
function summarise(kind, result, cpu) {
  const ok = result['2xx'];
  const used = process.cpuUsage(cpu);
  return {
    kind, connections, seconds: result.duration, ok, non2xx: result.non2xx, errors: result.errors, timeouts: result.timeouts,
    perSecond: Math.round(ok / result.duration), p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99,
    max: result.latency.max, byStatus: result.statusCodeStats, cpuMs: Math.round((used.user + used.system) / 1000),
  };
}

async function runHealth() {
  const cpu = process.cpuUsage();
  const result = await autocannon({ url: url + '/health', connections, duration: seconds });
  process.stdout.write(JSON.stringify(summarise('health', result, cpu)) + '\n');
}

async function runTurns() {
  const phones = buildPhones();
  const accepted = [];
  let cursor = 0;
  const nextPhone = () => {
    const now = Date.now();
    let oldest = null;
    for (let tries = 0; tries < phones.length; tries++) {
      const phone = phones[cursor];
      cursor = (cursor + 1) % phones.length;
      if (phone.busySince === 0) {
        phone.busySince = now;
        return phone;
      }
      if (oldest === null || phone.busySince < oldest.busySince) oldest = phone;
    }
    // Every phone waits for an answer: only when requests were lost (the bot was killed, connections refused).
    // The longest-waiting phone goes on; its lost message will not be answered.
    oldest.busySince = now;
    return oldest;
  };
  const cpu = process.cpuUsage();
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    timeout: 20,
    ...(rate ? { overallRate: rate } : {}),
    ...(bailout ? { bailout: Number(bailout) } : {}),
    requests: [{
      // The context lives from here until this request's answer (autocannon resets it between requests).
      setupRequest: (request, context) => {
        const phone = nextPhone();
        const next = phone.signed[phone.turn - phone.first] || signedRequest(phone.from, textOf(phone.script, phone.turn));
        context.turn = phone.turn;
        phone.turn++;
        context.phone = phone;
        context.sid = next.sid;
        phone.inFlight = { turn: context.turn, sid: next.sid };
        return { ...request, method: next.method, path: next.path, headers: next.headers, body: next.body };
      },
      onResponse: (status, _body, context) => {
        if (status === 200) accepted.push(context.sid);
        if (status === 200 && context.phone) context.phone.answered = Math.max(context.phone.answered ?? 0, context.turn + 1);
        if (context.phone) context.phone.busySince = 0;
        if (context.phone && context.phone.inFlight?.sid === context.sid) context.phone.inFlight = null;
      },
    }],
  });
  if (acceptedPath) fs.writeFileSync(acceptedPath, accepted.join('\n') + (accepted.length ? '\n' : ''));
  saveProgress(phones);
  process.stdout.write(JSON.stringify(summarise('turns', result, cpu)) + '\n');
}

/** The same message (one MessageSid) delivered `duplicates` times over `connections` connections at once. */
async function runDuplicates() {
  const one = signedRequest(phoneNumber(999, 1), 'hallo', 'SM' + 'd'.repeat(32));
  const cpu = process.cpuUsage();
  const result = await autocannon({
    url: url + one.path, connections, amount: duplicates, timeout: 20,
    method: one.method, headers: one.headers, body: one.body,
  });
  process.stdout.write(JSON.stringify({ ...summarise('duplicates', result, cpu), sid: one.sid, from: phoneNumber(999, 1) }) + '\n');
}

(flag('health') ? runHealth() : duplicates > 0 ? runDuplicates() : runTurns()).catch(e => {
  process.stderr.write(String(e && e.stack || e) + '\n');
  process.exit(1);
});
