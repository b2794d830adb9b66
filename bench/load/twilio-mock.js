#!/usr/bin/env node
/*
 * twilio-mock.js - a recording stand-in for Twilio's REST API on loopback, for the load and fault runs.
 *
 *   node twilio-mock.js --port 0 [--record sent.jsonl]
 *
 * POST /2010-04-01/Accounts/{sid}/Messages.json and Calls.json: 201 with a new SID (SM.../CA...), and the
 * accepted request is recorded (in memory and, with --record, one JSON line per message, written before the
 * answer leaves). A refused request (fault mode) is not recorded: Twilio did not take it.
 * GET  .../Messages.json?To=...  lists what was accepted for that address (newest first), as Twilio's list does.
 * Control (JSON):
 *   GET  /_mock/stats                 {"accepted","refused","byStatus"}
 *   GET  /_mock/sent                  every accepted message/call: [{"sid","to","from","body","at"}]
 *   POST /_mock/faults {"rate":0.2,"seconds":60}   refuse that share of sends with 500 or 429 for that long
 * Prints "listening <port>" on stdout once ready.
 */
'use strict';
const http = require('http');
const fs = require('fs');

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf('--' + name);
  return i === -1 ? fallback : args[i + 1];
};
const port = Number(opt('port', '0'));
const recordPath = opt('record', null);
const record = recordPath ? fs.openSync(recordPath, 'a') : null;

const sent = [];
let counter = 0;
let refused = 0;
const byStatus = {};
let faults = { rate: 0, until: 0 };

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', c => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function json(res, status, value) {
  const body = JSON.stringify(value);
  byStatus[status] = (byStatus[status] || 0) + 1;
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

function resource(sid, form, kind) {
  const now = new Date().toUTCString().replace('GMT', '+0000');
  return {
    sid, account_sid: 'AC00000000000000000000000000000000', api_version: '2010-04-01',
    to: form.get('To'), from: form.get('From'), body: kind === 'SM' ? (form.get('Body') || '') : undefined,
    status: 'queued', direction: 'outbound-api', num_segments: '1', num_media: '0', price: null, price_unit: 'USD',
    error_code: null, error_message: null, date_created: now, date_updated: now, date_sent: null,
    uri: `/2010-04-01/Accounts/AC00000000000000000000000000000000/${kind === 'SM' ? 'Messages' : 'Calls'}/${sid}.json`,
  };
}

const server = http.createServer(async (req, res) => {
  try {
    const url = new URL(req.url, 'http://mock');
    const path = url.pathname;
    if (req.method === 'GET' && path === '/_mock/stats') return json(res, 200, { accepted: sent.length, refused, byStatus });
    if (req.method === 'GET' && path === '/_mock/sent') return json(res, 200, sent.map(({ resource: _, ...rest }) => rest));
    if (req.method === 'POST' && path === '/_mock/faults') {
      const f = JSON.parse((await readBody(req)) || '{}');
      faults = { rate: Number(f.rate || 0), until: Date.now() + 1000 * Number(f.seconds || 0) };
      return json(res, 200, { rate: faults.rate, until: new Date(faults.until).toISOString() });
    }

    const m = /^\/2010-04-01\/Accounts\/([^/]+)\/(Messages|Calls)\.json$/.exec(path);
    if (!m) return json(res, 404, { code: 20404, message: 'not found', status: 404 });
    if (!/^Basic /.test(req.headers.authorization || '')) return json(res, 401, { code: 20003, message: 'Authenticate', status: 401 });

    if (req.method === 'GET' && m[2] === 'Messages') {
      const to = url.searchParams.get('To');
      const list = sent.filter(s => s.kind === 'SM' && (!to || s.to === to)).reverse().map(s => s.resource);
      return json(res, 200, { messages: list, page: 0, page_size: list.length, first_page_uri: path, next_page_uri: null });
    }
    if (req.method !== 'POST') return json(res, 405, { code: 20004, message: 'Method not allowed', status: 405 });

    const form = new URLSearchParams(await readBody(req));
    if (faults.rate > 0 && Date.now() < faults.until && Math.random() < faults.rate) {
      refused++;
      return Math.random() < 0.5
        ? json(res, 500, { code: 20500, message: 'Internal Server Error', status: 500 })
        : json(res, 429, { code: 20429, message: 'Too Many Requests', status: 429 });
    }

    const kind = m[2] === 'Messages' ? 'SM' : 'CA';
    const sid = kind + (++counter).toString(16).padStart(32, '0');
    const entry = { sid, kind, to: form.get('To'), from: form.get('From'), body: form.get('Body') || form.get('Twiml') || form.get('ContentVariables') || '', at: Date.now() };
    entry.resource = resource(sid, form, kind);
    sent.push(entry);
    if (record !== null) fs.writeSync(record, JSON.stringify({ sid, to: entry.to, body: entry.body, at: entry.at }) + '\n');
    return json(res, 201, entry.resource);
  } catch (e) {
    return json(res, 400, { code: 21600, message: String(e), status: 400 });
  }
});

server.keepAliveTimeout = 60000;
server.listen(port, '127.0.0.1', () => {
  process.stdout.write(`listening ${server.address().port}\n`);
});
const stop = () => server.close(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
