// The helpdesk console: asks /api/ask, shows the answer and its quotes, copies the e-mail text, takes
// feedback. The conversation is kept in sessionStorage, so a reload keeps it until "New conversation".
// Every piece of text is set with textContent, never innerHTML.

const form = document.getElementById('ask-form');
const input = document.getElementById('question');
const list = document.getElementById('conversation');
const status = document.getElementById('status');
const askButton = document.getElementById('ask-button');
const LANG = document.documentElement.lang === 'en' ? 'en' : 'nl';
const STORE_KEY = 'charterbot.conversation';

const TEXT = {
  nl: {
    status: {
      answered: 'Antwoord',
      partial: 'Deels beantwoord',
      not_found: 'Niet in het charter',
      clarify: 'Graag preciezer',
    },
    question: 'Vraag: ',
    suggestions: 'Suggesties',
    copyEmail: 'Kopieer e-mailtekst',
    emailIn: 'in',
    emailCopied: { nl: 'E-mailtekst gekopieerd.', en: 'Engelse e-mailtekst gekopieerd.' },
    selectText: 'Kopieer de geselecteerde tekst.',
    copyQuote: 'Kopieer citaat',
    quoteCopied: 'Citaat gekopieerd.',
    clause: 'Naar de bepaling',
    helpful: 'Nuttig',
    notHelpful: 'Niet nuttig',
    feedbackQuestion: 'Wat was er mis?',
    reasons: {
      wrong_figure: 'Verkeerd cijfer',
      wrong_clause: 'Verkeerde bepaling',
      not_in_charter: 'Staat niet in het charter',
      other: 'Anders',
    },
    send: 'Versturen',
    chooseReason: 'Kies eerst wat er mis was.',
    thanks: 'Dank voor uw reactie.',
    empty: 'Typ eerst een vraag.',
    working: 'Bezig…',
    offline: 'Geen verbinding met de server.',
    expired: 'Uw aanmelding is verlopen. ',
    signIn: 'Opnieuw aanmelden',
    error: 'Fout',
    newConversation: 'Nieuw gesprek.',
  },
  en: {
    status: {
      answered: 'Answer',
      partial: 'Partly answered',
      not_found: 'Not in the charter',
      clarify: 'Please be more specific',
    },
    question: 'Question: ',
    suggestions: 'Suggestions',
    copyEmail: 'Copy e-mail text',
    emailIn: 'in',
    emailCopied: { nl: 'Dutch e-mail text copied.', en: 'E-mail text copied.' },
    selectText: 'Copy the selected text.',
    copyQuote: 'Copy quote',
    quoteCopied: 'Quote copied.',
    clause: 'Go to the clause',
    helpful: 'Helpful',
    notHelpful: 'Not helpful',
    feedbackQuestion: 'What was wrong?',
    reasons: {
      wrong_figure: 'Wrong figure',
      wrong_clause: 'Wrong clause',
      not_in_charter: 'Not in the charter',
      other: 'Other',
    },
    send: 'Send',
    chooseReason: 'First choose what was wrong.',
    thanks: 'Thank you for your feedback.',
    empty: 'Please type a question first.',
    working: 'Working…',
    offline: 'No connection to the server.',
    expired: 'Your sign-in has expired. ',
    signIn: 'Sign in again',
    error: 'Error',
    newConversation: 'New conversation.',
  },
}[LANG];

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

// ---- one answer -----------------------------------------------------------------------------------

/** The answer's text: paragraphs, and lines starting with "- " or "• " as a real list. */
function answerText(text) {
  const nodes = [];
  let items = null;
  for (const line of text.split('\n')) {
    const item = /^\s*[-•]\s+(.*)$/.exec(line);
    if (item) {
      items ??= el('ul', { class: 'answer-list' });
      items.append(el('li', {}, item[1]));
      continue;
    }
    if (items) nodes.push(items);
    items = null;
    if (line.trim()) nodes.push(el('p', {}, line));
  }
  if (items) nodes.push(items);
  return nodes;
}

function citation(c) {
  const done = el('span', { class: 'copied', role: 'status' });
  const copy = el('button', { type: 'button', class: 'secondary small' }, TEXT.copyQuote);
  copy.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(c.quote);
      done.textContent = TEXT.quoteCopied;
    } catch {
      done.textContent = TEXT.selectText;
    }
  });
  return el(
    'figure',
    { class: 'citation' },
    el('blockquote', { lang: 'nl' }, c.quote),
    el(
      'figcaption',
      {},
      el('a', { href: `/clauses/${encodeURIComponent(c.id)}`, lang: 'nl' }, c.section),
      ' ',
      copy,
      ' ',
      done,
    ),
  );
}

let counter = 0;

function renderTurn(turn) {
  const { question, answer } = turn;
  const item = el('li', { class: `turn ${answer.status}` });
  item.append(
    el('p', { class: 'question' }, el('span', { class: 'visually-hidden' }, TEXT.question), question),
  );
  const body = el('div', { class: 'answer', lang: answer.language });
  body.append(el('p', { class: 'badge' }, TEXT.status[answer.status] || answer.status));
  body.append(...answerText(answer.answer));
  for (const c of answer.citations) body.append(citation(c));
  if (answer.suggestions?.length) {
    const ul = el('ul', { class: 'suggestions', 'aria-label': TEXT.suggestions });
    for (const s of answer.suggestions) {
      const b = el('button', { type: 'button', class: 'link' }, s);
      b.addEventListener('click', () => ask(s));
      ul.append(el('li', {}, b));
    }
    body.append(ul);
  }
  // Only an answer has an e-mail to send a citizen; "not in the charter" and "be more specific" do not.
  if (answer.status === 'answered' || answer.status === 'partial') body.append(emailActions(answer, item));
  if (turn.id) body.append(feedback(turn));
  item.append(body);
  list.append(item);
  return item;
}

// "Copy e-mail text" with the e-mail's language beside it (staff asking in English may write to a
// Dutch-speaking citizen), and the confirmation next to the button that was pressed.
function emailActions(answer, item) {
  const n = ++counter;
  const copy = el('button', { type: 'button', class: 'copy' }, TEXT.copyEmail);
  const choice = el(
    'select',
    { id: `email-language-${n}`, class: 'email-language' },
    el('option', { value: 'nl', lang: 'nl' }, 'Nederlands'),
    el('option', { value: 'en', lang: 'en' }, 'English'),
  );
  choice.value = answer.language;
  const done = el('span', { class: 'copied', role: 'status' });
  copy.addEventListener('click', () => copyEmail(answer, item, choice.value, done));
  return el(
    'div',
    { class: 'email-actions' },
    copy,
    el('label', { for: `email-language-${n}` }, TEXT.emailIn),
    choice,
    done,
  );
}

async function copyEmail(answer, item, language, done) {
  done.textContent = '';
  let res;
  try {
    res = await fetch('/api/render/email', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ answer, language }),
    });
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

// Helpful, or not helpful with a reason (none chosen in advance), as in Slack and Teams.
function feedback(turn) {
  const n = ++counter;
  const box = el('div', { class: 'feedback' });
  const done = el('span', { class: 'copied', role: 'status' });
  const send = async (rating, reason) => {
    try {
      const res = await fetch('/api/feedback', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
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
      box.replaceChildren(el('p', { class: 'copied', role: 'status' }, TEXT.thanks));
    } catch {
      done.textContent = TEXT.offline;
    }
  };
  if (turn.feedback) {
    box.append(el('p', { class: 'copied' }, TEXT.thanks));
    return box;
  }
  const helpful = el('button', { type: 'button', class: 'secondary small' }, TEXT.helpful);
  const notHelpful = el(
    'button',
    { type: 'button', class: 'secondary small', 'aria-expanded': 'false', 'aria-controls': `reasons-${n}` },
    TEXT.notHelpful,
  );
  const reasons = el('fieldset', { id: `reasons-${n}`, class: 'reasons', hidden: '' });
  reasons.append(el('legend', {}, TEXT.feedbackQuestion));
  for (const [value, label] of Object.entries(TEXT.reasons)) {
    const id = `reason-${n}-${value}`;
    reasons.append(
      el(
        'div',
        {},
        el('input', { type: 'radio', name: `reason-${n}`, id, value }),
        ' ',
        el('label', { for: id }, label),
      ),
    );
  }
  const submit = el('button', { type: 'button', class: 'small' }, TEXT.send);
  reasons.append(submit);
  helpful.addEventListener('click', () => send('helpful'));
  notHelpful.addEventListener('click', () => {
    reasons.hidden = false;
    notHelpful.setAttribute('aria-expanded', 'true');
    reasons.querySelector('input')?.focus();
  });
  submit.addEventListener('click', () => {
    const chosen = reasons.querySelector('input:checked');
    if (!chosen) {
      done.textContent = TEXT.chooseReason;
      return;
    }
    send('not_helpful', chosen.value);
  });
  box.append(helpful, ' ', notHelpful, ' ', done, reasons);
  return box;
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
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ question: q, thread: conversation.thread }),
    });
    const data = await res.json().catch(() => null);
    if (!res.ok || !data) {
      showRefusal(res, data);
      return;
    }
    const turn = { question: q, answer: data, id: res.headers.get('x-answer-id') };
    conversation.turns.push(turn);
    save();
    renderTurn(turn).scrollIntoView({ block: 'nearest' });
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

for (const turn of conversation.turns) renderTurn(turn);
