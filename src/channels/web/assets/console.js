// The helpdesk console: asks /api/ask and shows the answer as the server drew it (its `html`: escaped there,
// labelled in the page's language), copies quotes and the e-mail text, takes feedback. The few words this
// script writes itself come from the page (#console-labels, the server's catalogue). The conversation is kept
// in sessionStorage, so a reload keeps it until "New conversation". Text this script writes is set with
// textContent; the server's markup is parsed in an inert <template>, so nothing in it runs.

const form = document.getElementById('ask-form');
const input = document.getElementById('question');
const list = document.getElementById('conversation');
const status = document.getElementById('status');
const askButton = document.getElementById('ask-button');
const LANG = document.documentElement.lang === 'en' ? 'en' : 'nl';
const TEXT = JSON.parse(document.getElementById('console-labels').textContent);
const STORE_KEY = 'charterbot.conversation';
const JSON_POST = { method: 'POST', headers: { 'content-type': 'application/json' } };

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
  for (const child of children) node.append(child);
  return node;
}

// ---- the conversation, kept for this browser tab --------------------------------------------------

function load() {
  try {
    const saved = JSON.parse(sessionStorage.getItem(STORE_KEY) || 'null');
    if (saved && typeof saved.thread === 'string' && Array.isArray(saved.turns)) return saved;
  } catch {
    // A damaged or foreign value: start afresh.
  }
  return { thread: `c-${crypto.randomUUID()}`, turns: [] };
}
let conversation = load();
function save() {
  try {
    sessionStorage.setItem(STORE_KEY, JSON.stringify(conversation));
  } catch {
    // Storage full or disabled: the conversation still works, it is only not kept over a reload.
  }
}

// ---- one turn: the question, and the answer as the server drew it ------------------------------------

/** Each shown turn's item, to its turn: the buttons in it act on that turn. */
const turnOf = new WeakMap();

function showTurn(turn) {
  const item = el('li', { class: `turn ${turn.answer.status}` });
  item.append(
    el('p', { class: 'question' }, el('span', { class: 'visually-hidden' }, TEXT.question), turn.question),
  );
  const markup = document.createElement('template');
  markup.innerHTML = turn.html;
  item.append(markup.content);
  const box = item.querySelector('.feedback');
  if (box && turn.feedback) thank(box, false);
  turnOf.set(item, turn);
  list.append(item);
  return item;
}

/** The answer drawn again in the page's language (the interface changed, or it was kept without markup). */
async function redraw(turn) {
  try {
    const res = await fetch('/api/render/html', {
      ...JSON_POST,
      body: JSON.stringify({ answer: turn.answer, ...(turn.id ? { answerId: turn.id } : {}) }),
    });
    if (res.ok) Object.assign(turn, { html: await res.text(), lang: LANG });
    else if (res.status === 401) showRefusal(res, null);
  } catch {
    status.textContent = TEXT.offline;
  }
}

async function restore() {
  const stale = conversation.turns.filter((turn) => typeof turn.html !== 'string' || turn.lang !== LANG);
  await Promise.all(stale.map(redraw));
  for (const turn of conversation.turns) if (typeof turn.html === 'string') showTurn(turn);
  save();
}

// ---- what the answer's buttons do -------------------------------------------------------------------

list.addEventListener('click', (event) => {
  const button = event.target.closest('button[data-action]');
  const item = button?.closest('li.turn');
  const turn = item && turnOf.get(item);
  if (!turn) return;
  const done = button.parentElement.querySelector('.copied');
  switch (button.dataset.action) {
    case 'copy-quote':
      copyQuote(button.closest('figure').querySelector('blockquote').textContent, done);
      break;
    case 'ask':
      ask(button.textContent);
      break;
    case 'copy-email':
      copyEmail(turn.answer, item, button.parentElement.querySelector('select').value, done);
      break;
    case 'helpful':
      sendFeedback(turn, button.closest('.feedback'), 'helpful');
      break;
    case 'not-helpful': {
      const reasons = document.getElementById(button.getAttribute('aria-controls'));
      reasons.hidden = false;
      button.setAttribute('aria-expanded', 'true');
      reasons.querySelector('input')?.focus();
      break;
    }
    case 'send-reason': {
      const box = button.closest('.feedback');
      const chosen = box.querySelector('.reasons input:checked');
      if (chosen) sendFeedback(turn, box, 'not_helpful', chosen.value);
      else box.querySelector('.copied').textContent = TEXT.chooseReasonFirst;
      break;
    }
  }
});

async function copyQuote(quote, done) {
  try {
    await navigator.clipboard.writeText(quote);
    done.textContent = TEXT.quoteCopied;
  } catch {
    done.textContent = TEXT.selectText;
  }
}

// The e-mail in the language chosen beside the button, the confirmation next to the button that was pressed.
async function copyEmail(answer, item, language, done) {
  done.textContent = '';
  let res;
  try {
    res = await fetch('/api/render/email', { ...JSON_POST, body: JSON.stringify({ answer, language }) });
  } catch {
    done.textContent = TEXT.offline;
    return;
  }
  if (!res.ok) {
    const data = await res.json().catch(() => null);
    if (res.status === 401) showRefusal(res, data);
    else done.textContent = data?.message || `${TEXT.error} ${res.status}`;
    return;
  }
  const text = await res.text();
  try {
    await navigator.clipboard.writeText(text);
    done.textContent = TEXT.emailCopied[language];
  } catch {
    // No clipboard permission: show the text selected, ready for Ctrl+C.
    const area = el('textarea', { class: 'email', rows: '8', 'aria-label': TEXT.copyEmail, readonly: '' });
    area.value = text;
    item.append(area);
    area.select();
    done.textContent = TEXT.selectText;
  }
}

/** Thanks instead of the feedback buttons: announced when just given, quiet when shown again. */
function thank(box, announce) {
  box.replaceChildren(
    el('p', announce ? { class: 'copied', role: 'status' } : { class: 'copied' }, TEXT.responseThanks),
  );
}

// Helpful, or not helpful with a reason, stored with the answer's audit record as in Slack and Teams.
async function sendFeedback(turn, box, rating, reason) {
  const done = box.querySelector('.copied');
  try {
    const res = await fetch('/api/feedback', {
      ...JSON_POST,
      body: JSON.stringify({ answerId: turn.id, rating, ...(reason ? { reason } : {}) }),
    });
    if (res.status === 401) {
      showRefusal(res, null);
      return;
    }
    if (!res.ok) {
      const data = await res.json().catch(() => null);
      done.textContent = data?.message || `${TEXT.error} ${res.status}`;
      return;
    }
    turn.feedback = rating;
    save();
    thank(box, true);
  } catch {
    done.textContent = TEXT.offline;
  }
}

// ---- asking ---------------------------------------------------------------------------------------

// A session that ended while the page was open (staff sign-in): say so and offer to sign in again,
// coming back to this page.
function showRefusal(res, data) {
  if (res.status === 401) {
    status.replaceChildren(
      TEXT.expired,
      el('a', { href: `/auth/login?returnTo=${encodeURIComponent(location.pathname)}` }, TEXT.signIn),
    );
    return;
  }
  status.textContent = data?.message || `${TEXT.error} ${res.status}`;
}

async function ask(question) {
  const q = question.trim();
  if (!q) {
    status.textContent = TEXT.empty;
    input.focus();
    return;
  }
  askButton.disabled = true;
  status.textContent = TEXT.working;
  try {
    const res = await fetch('/api/ask', {
      ...JSON_POST,
      body: JSON.stringify({ question: q, thread: conversation.thread }),
    });
    const data = await res.json().catch(() => null);
    if (!res.ok || !data) {
      showRefusal(res, data);
      return;
    }
    const { html, ...answer } = data;
    await restored; // earlier turns first
    const turn = { question: q, answer, id: res.headers.get('x-answer-id'), html, lang: LANG };
    conversation.turns.push(turn);
    save();
    showTurn(turn).scrollIntoView({ block: 'nearest' });
    input.value = '';
    status.textContent = '';
  } catch {
    status.textContent = TEXT.offline;
  } finally {
    askButton.disabled = false;
    input.focus();
  }
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  ask(input.value);
});
input.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && !event.shiftKey) {
    event.preventDefault();
    ask(input.value);
  }
});
document.getElementById('new-conversation').addEventListener('click', () => {
  conversation = { thread: `c-${crypto.randomUUID()}`, turns: [] };
  save();
  list.replaceChildren();
  status.textContent = TEXT.newConversation;
  input.focus();
});
for (const b of document.querySelectorAll('button.example'))
  b.addEventListener('click', () => ask(b.textContent));

const restored = restore();
