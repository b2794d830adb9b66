// The BuurtBot simulator page: several phones side by side, each sending through the simulator API.
// Bot messages are only ever drawn from the outbox (GET /api/simulator/outbox), read with one cursor
// and routed by the number they were sent to, so each appears once, in the panel of its number,
// whichever phone's turn caused it. The phone's own messages are kept in localStorage with the phones.

const STORAGE_KEY = 'buurtbot.simulator.phones';
const POLL_MS = 1000;
const PAGE_SIZE = 1000;
const MAX_KEPT_SENT = 200;
const CHANNELS = { sms: 'SMS', whatsapp: 'WhatsApp', voice: 'Telefoongesprek', simulator: 'Simulator' };
const DEFAULT_PHONES = [
  { number: '+31612345678', channel: 'sms', sent: [] },
  { number: '+31687654321', channel: 'whatsapp', sent: [] },
];

const phones = loadPhones();          // [{ number, channel, sent: [{ text, at, after }] }]
const panels = new Map();             // number -> { phone, root, list, error, seen: Set<id>, queue }
const received = new Map();           // number -> outbox entries sent to it, in order
const others = new Map();             // number -> channel, for numbers reached after page load without a panel
let lastId = 0;
let startId = null;                   // the outbox cursor once history was read: later messages are "new"
let refreshing = Promise.resolve();

const $ = (selector, root = document) => root.querySelector(selector);

// ---- Phone numbers (the same rules as the server's PhoneNumber.TryNormalize) ----

export function normalizePhone(input) {
  const text = String(input ?? '');
  if (text.trim() === '' || text.length > 32) return null;
  let digits = '';
  let plus = false;
  for (const c of text.trim()) {
    if (c >= '0' && c <= '9') digits += c;
    else if (c === '+' && digits === '' && !plus) plus = true;
    else if (!' -.()'.includes(c)) return null;
  }
  if (!plus) {
    if (digits.startsWith('00')) digits = digits.slice(2);
    else if (digits.length === 10 && digits[0] === '0') digits = '31' + digits.slice(1);
    else return null;
  }
  if (digits.length < 8 || digits.length > 15 || digits[0] === '0') return null;
  if (digits.startsWith('31') && digits.length !== 11) return null;
  return '+' + digits;
}

function displayNumber(e164) {
  const mobile = /^\+316(\d{4})(\d{4})$/.exec(e164);
  return mobile ? `+31 6 ${mobile[1]} ${mobile[2]}` : e164;
}

// ---- Storage ----

function loadPhones() {
  try {
    const stored = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null');
    if (!Array.isArray(stored)) return structuredClone(DEFAULT_PHONES);
    return stored
      .filter(p => normalizePhone(p?.number) === p?.number && p.channel in CHANNELS && p.channel !== 'simulator')
      .map(p => ({ number: p.number, channel: p.channel, sent: (Array.isArray(p.sent) ? p.sent : []).filter(isSentMessage) }));
  } catch {
    return structuredClone(DEFAULT_PHONES);
  }
}

function isSentMessage(m) {
  return typeof m?.text === 'string' && typeof m.at === 'string' && Number.isFinite(m.after);
}

function savePhones() {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(phones));
  } catch {
    // storage full or switched off: the page still works, it only forgets the phones on reload
  }
}

// ---- Talking to the server ----

class ApiError extends Error {
  constructor(status, reason) {
    super(reason);
    this.status = status;
    this.reason = reason;
  }
}

async function api(path, options = {}) {
  const response = await fetch(path, { ...options, headers: { Accept: 'application/json', ...options.headers } });
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new ApiError(response.status, body?.error ?? '');
  return body;
}

function explain(error) {
  if (!(error instanceof ApiError)) {
    return 'BuurtBot is niet bereikbaar. Controleer of de simulator nog aanstaat en probeer het opnieuw.';
  }
  if (error.status !== 400) {
    return `Er ging iets mis bij BuurtBot (foutcode ${error.status}). Probeer het opnieuw.`;
  }
  const reason = error.reason.includes("'from'") ? 'het telefoonnummer klopt niet.'
    : error.reason.includes("'channel'") ? 'dit kanaal kent BuurtBot niet.'
    : /longer|larger/.test(error.reason) ? 'het bericht is te lang.'
    : 'het verzoek klopt niet.';
  return `BuurtBot heeft het bericht geweigerd: ${reason}` + (error.reason ? ` (Technische melding: ${error.reason})` : '');
}

// Reads every outbox entry after the cursor. Calls are chained, so they never overlap or reorder.
function refresh() {
  refreshing = refreshing.then(readOutbox);
  return refreshing;
}

async function readOutbox() {
  try {
    for (;;) {
      const entries = await api(`/api/simulator/outbox?after=${lastId}&limit=${PAGE_SIZE}`);
      entries.forEach(receive);
      if (entries.length < PAGE_SIZE) break;
    }
    startId ??= lastId;
    showConnection('');
  } catch (error) {
    showConnection(explain(error));
  }
}

function receive(entry) {
  lastId = Math.max(lastId, entry.id);
  if (!received.has(entry.to)) received.set(entry.to, []);
  received.get(entry.to).push(entry);
  const panel = panels.get(entry.to);
  if (panel) {
    showBotMessage(panel, entry);
  } else if (startId !== null && entry.id > startId) {
    others.set(entry.to, entry.channel);
    renderOthers();
  }
}

async function send(panel, text) {
  await refresh(); // so the message is filed after every bot message that already exists
  const message = { text, at: new Date().toISOString(), after: lastId };
  const item = showOwnMessage(panel, message, 'wordt verstuurd…');
  try {
    await api('/api/simulator/messages', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ from: panel.phone.number, channel: panel.phone.channel, text }),
    });
    setStatus(item, '');
    panel.phone.sent = [...panel.phone.sent, message].slice(-MAX_KEPT_SENT);
    savePhones();
    showError(panel, '');
  } catch (error) {
    item.classList.add('failed');
    setStatus(item, 'niet verstuurd');
    showError(panel, explain(error));
    const box = $('.send-text', panel.root);
    if (box.value === '') box.value = text;
  }
  await refresh();
}

// ---- Drawing ----

const timeOfDay = new Intl.DateTimeFormat('nl-NL', { hour: '2-digit', minute: '2-digit' });
const dayAndTime = new Intl.DateTimeFormat('nl-NL', { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });

// .NET writes seven decimals ("09:00:00.1234567+00:00"); JavaScript promises to read only three.
function parseTime(text) {
  return new Date(String(text).replace(/(\.\d{3})\d+/, '$1'));
}

function formatTime(date) {
  if (Number.isNaN(date.getTime())) return '';
  return date.toDateString() === new Date().toDateString() ? timeOfDay.format(date) : dayAndTime.format(date);
}

function showConnection(text) {
  const box = $('#connection');
  if (box.textContent !== text) box.textContent = text;
}

function showError(panel, text) {
  panel.error.textContent = text;
}

function showBotMessage(panel, entry) {
  if (panel.seen.has(entry.id)) return;
  panel.seen.add(entry.id);
  const via = entry.channel !== panel.phone.channel ? `via ${CHANNELS[entry.channel] ?? entry.channel}` : '';
  const item = messageItem('bot', 'BuurtBot', entry.text, parseTime(entry.sentAt), via);
  item.dataset.id = entry.id;
  insert(panel, item, entry.id);
}

function showOwnMessage(panel, message, status = '') {
  const item = messageItem('own', 'Deze telefoon', message.text, new Date(message.at), status);
  insert(panel, item, message.after + 0.5, true);
  return item;
}

// <li class="message bot|own"><p class="meta">who, time, note</p><p class="text">…</p></li>
function messageItem(kind, who, text, date, note) {
  const item = document.createElement('li');
  item.className = `message ${kind}`;
  const meta = document.createElement('p');
  meta.className = 'meta';
  const author = document.createElement('span');
  author.className = 'who';
  author.textContent = who;
  const time = document.createElement('time');
  if (!Number.isNaN(date.getTime())) time.dateTime = date.toISOString();
  time.textContent = formatTime(date);
  const extra = Object.assign(document.createElement('span'), { className: 'note', textContent: note });
  meta.append(author, ' ', time, ' ', extra);
  const body = Object.assign(document.createElement('p'), { className: 'text', textContent: text });
  item.append(meta, body);
  return item;
}

function setStatus(item, text) {
  $('.note', item).textContent = text;
}

// Keeps the list in order of the outbox: an own message sorts just after the last bot message before it.
function insert(panel, item, key, scroll = false) {
  const list = panel.list;
  const atBottom = list.scrollHeight - list.scrollTop - list.clientHeight < 48;
  item.dataset.key = key;
  let next = null;
  for (let c = list.lastElementChild; c && Number(c.dataset.key) > key; c = c.previousElementSibling) next = c;
  list.insertBefore(item, next);
  if (scroll || atBottom) list.scrollTop = list.scrollHeight;
}

function addPanel(phone) {
  const root = $('#phone-template').content.firstElementChild.cloneNode(true);
  const id = `phone-${phone.number.slice(1)}`;
  const name = displayNumber(phone.number);
  root.dataset.number = phone.number;
  root.dataset.channel = phone.channel;
  root.setAttribute('aria-labelledby', `${id}-title`);
  $('.phone-title', root).id = `${id}-title`;
  $('.phone-number', root).textContent = name;
  $('.phone-channel', root).textContent = CHANNELS[phone.channel];
  $('.remove', root).setAttribute('aria-label', `Telefoon ${name} verwijderen`);
  $('.messages', root).setAttribute('aria-label', `Berichten van telefoon ${name}`);
  $('.send-label', root).htmlFor = `${id}-text`;
  $('.send-label', root).textContent = `Bericht van ${name} (${CHANNELS[phone.channel]})`;
  $('.send-text', root).id = `${id}-text`;
  $('.send-hint', root).id = `${id}-hint`;
  $('.send-text', root).setAttribute('aria-describedby', `${id}-hint`);

  const panel = { phone, root, list: $('.messages', root), error: $('.error', root), seen: new Set(), queue: Promise.resolve() };
  panels.set(phone.number, panel);
  phone.sent.forEach(message => showOwnMessage(panel, message));
  (received.get(phone.number) ?? []).forEach(entry => showBotMessage(panel, entry));

  const form = $('.send', root);
  const box = $('.send-text', root);
  form.addEventListener('submit', event => {
    event.preventDefault();
    const text = box.value.trim();
    if (text === '') {
      showError(panel, 'Typ eerst een bericht.');
      box.focus();
      return;
    }
    box.value = '';
    panel.queue = panel.queue.then(() => send(panel, text));
  });
  box.addEventListener('keydown', event => {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      form.requestSubmit();
    }
  });
  $('.remove', root).addEventListener('click', () => removePhone(phone.number));

  $('#phones').append(root);
  $('#no-phones').hidden = true;
  return panel;
}

function removePhone(number) {
  panels.get(number)?.root.remove();
  panels.delete(number);
  phones.splice(phones.findIndex(p => p.number === number), 1);
  savePhones();
  $('#no-phones').hidden = phones.length > 0;
  $('#new-number').focus();
}

function addPhone(number, channel) {
  const phone = { number, channel, sent: [] };
  phones.push(phone);
  savePhones();
  others.delete(number);
  renderOthers();
  const panel = addPanel(phone);
  $('.send-text', panel.root).focus();
}

function renderOthers() {
  const list = $('#others-list');
  list.replaceChildren(...[...others].map(([number, channel]) => {
    const item = document.createElement('li');
    const button = Object.assign(document.createElement('button'), { type: 'button', textContent: 'Toon als telefoon' });
    button.setAttribute('aria-label', `Toon ${displayNumber(number)} als telefoon`);
    button.addEventListener('click', () => addPhone(number, channel in CHANNELS && channel !== 'simulator' ? channel : 'sms'));
    item.append(`${displayNumber(number)} (${CHANNELS[channel] ?? channel}) `, button);
    return item;
  }));
  $('#others').hidden = others.size === 0;
}

// ---- Start ----

function onAddPhone(event) {
  event.preventDefault();
  const input = $('#new-number');
  const error = $('#new-number-error');
  const number = normalizePhone(input.value);
  const message = number === null ? 'Dit is geen geldig telefoonnummer. Typ bijvoorbeeld 06 1234 5678 of +31 6 1234 5678.'
    : panels.has(number) ? `Telefoon ${displayNumber(number)} staat er al.`
    : '';
  error.textContent = message;
  input.setAttribute('aria-invalid', String(message !== ''));
  if (message) {
    input.focus();
    return;
  }
  input.value = '';
  addPhone(number, $('#new-channel').value);
}

async function start() {
  $('#add-phone-form').addEventListener('submit', onAddPhone);
  phones.forEach(addPanel);
  $('#no-phones').hidden = phones.length > 0;
  document.body.dataset.ready = 'false';
  for (;;) {
    await refresh();
    document.body.dataset.ready = String(startId !== null);
    await new Promise(resolve => setTimeout(resolve, POLL_MS));
  }
}

start();
