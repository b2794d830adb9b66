#!/usr/bin/env node
/*
 * twilio-oracle.js - batch front end to the official `twilio` npm package for the C# tests, so one
 * node start answers hundreds of cases (sign.js answers one per process). Same library calls as
 * ../../../../../shared/twilio/sign.js; nothing here computes a signature itself.
 *
 * stdin:  {"sign":  [{"token":..., "url":..., "params": {name: value | [values]}}],
 *          "check": [{"token":..., "url":..., "params": {...}, "signature":...}],
 *          "bodyHash": ["raw body", ...]}
 * stdout: {"sign": ["base64", ...], "check": [true|false, ...], "bodyHash": ["hex", ...]}
 */
'use strict';
const fs = require('fs');

// The package's webhooks module (what twilio.getExpectedTwilioSignature etc. re-export): loading only
// it takes a fifth of the time of the whole package.
function loadTwilio() {
  for (const dir of [process.env.TWILIO_PEER || '/tmp/twilio-peer', process.cwd()]) {
    try { return require(require.resolve('twilio/lib/webhooks/webhooks', { paths: [dir] })); } catch (_) { /* next */ }
  }
  console.error('twilio-oracle.js: npm package "twilio" not found; run ../shared/twilio/run-mock.sh --install-only');
  process.exit(2);
}

const twilio = loadTwilio();
const input = JSON.parse(fs.readFileSync(0, 'utf8'));
const out = {
  sign: (input.sign || []).map(c => twilio.getExpectedTwilioSignature(c.token, c.url, c.params)),
  check: (input.check || []).map(c => twilio.validateRequest(c.token, c.signature, c.url, c.params)),
  bodyHash: (input.bodyHash || []).map(b => twilio.getExpectedBodyHash(b)),
};
process.stdout.write(JSON.stringify(out));
