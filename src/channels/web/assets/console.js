// The helpdesk console: asks /api/ask, shows the answer and its quotes, copies the e-mail text.
// Every piece of text is set with textContent, never innerHTML.

const form = document.getElementById('ask-form');
const input = document.getElementById('question');
const list = document.getElementById('conversation');
const status = document.getElementById('status');
const askButton = document.getElementById('ask-button');
let thread = newThread();

function newThread() {
  return `c-${crypto.randomUUID()}`;
}

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
  for (const child of children) node.append(child);
  return node;
}

const STATUS_LABEL = {
  answered: 'Antwoord / Answer',
  partial: 'Deels beantwoord / Partly answered',
  not_found: 'Niet in het charter / Not in the charter',
  clarify: 'Graag preciezer / Please be more specific',
};

function renderAnswer(question, answer) {
  const item = el('li', { class: `turn ${answer.status}` });
  item.append(el('p', { class: 'question' }, el('span', { class: 'visually-hidden' }, 'Vraag: '), question));
  const body = el('div', { class: 'answer', lang: answer.language });
  body.append(el('p', { class: 'badge' }, STATUS_LABEL[answer.status] || answer.status));
  for (const line of answer.answer.split('\n')) body.append(el('p', {}, line));
  for (const c of answer.citations) {
    const link = el('a', { href: `/clauses/${encodeURIComponent(c.id)}` }, c.section);
    body.append(
      el(
        'figure',
        { class: 'citation' },
        el('blockquote', { lang: 'nl' }, c.quote),
        el('figcaption', {}, link),
      ),
    );
  }
  if (answer.suggestions?.length) {
    const ul = el('ul', { class: 'suggestions', 'aria-label': 'Suggesties / Suggestions' });
    for (const s of answer.suggestions) {
      const b = el('button', { type: 'button', class: 'link' }, s);
      b.addEventListener('click', () => ask(s));
      ul.append(el('li', {}, b));
    }
    body.append(ul);
  }
  // Only an answer has an e-mail to send a citizen; "not in the charter" and "be more specific" do not.
  if (answer.status === 'answered' || answer.status === 'partial') body.append(emailActions(answer, item));
  item.append(body);
  list.append(item);
  item.scrollIntoView({ block: 'nearest' });
}

// A session that ended while the page was open (staff sign-in): say so and offer to sign in again,
// coming back to this page.
function showRefusal(res, data) {
  if (res.status === 401) {
    status.replaceChildren(
      'Uw aanmelding is verlopen / Your sign-in has expired. ',
      el(
        'a',
        { href: `/auth/login?returnTo=${encodeURIComponent(location.pathname)}` },
        'Opnieuw aanmelden / Sign in again',
      ),
    );
    return;
  }
  status.textContent = (data && data.message) || `Fout / Error ${res.status}`;
}

let emailCount = 0;

// "Copy e-mail text" with the e-mail's language beside it (staff asking in English may write to a
// Dutch-speaking citizen), and the confirmation next to the button that was pressed.
function emailActions(answer, item) {
  const n = ++emailCount;
  const copy = el('button', { type: 'button', class: 'copy' }, 'Kopieer e-mailtekst / Copy e-mail text');
  const choice = el(
    'select',
    { id: `email-language-${n}`, class: 'email-language' },
    el('option', { value: 'nl' }, 'Nederlands'),
    el('option', { value: 'en' }, 'English'),
  );
  choice.value = answer.language;
  const done = el('span', { class: 'copied', role: 'status' });
  copy.addEventListener('click', () => copyEmail(answer, item, choice.value, done));
  return el(
    'div',
    { class: 'email-actions' },
    copy,
    el('label', { for: `email-language-${n}` }, 'in '),
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
    done.textContent = 'Geen verbinding met de server / No connection to the server.';
    return;
  }
  if (!res.ok) {
    const data = await res.json().catch(() => null);
    if (res.status === 401) showRefusal(res, data);
    else done.textContent = (data && data.message) || `Fout / Error ${res.status}`;
    return;
  }
  const text = await res.text();
  try {
    await navigator.clipboard.writeText(text);
    done.textContent = language === 'nl' ? 'E-mailtekst gekopieerd.' : 'E-mail text copied.';
  } catch {
    // No clipboard permission: show the text selected, ready for Ctrl+C.
    const area = el('textarea', {
      class: 'email',
      rows: '8',
      'aria-label': 'E-mailtekst / E-mail text',
      readonly: '',
    });
    area.value = text;
    item.append(area);
    area.select();
    done.textContent = 'Kopieer de geselecteerde tekst / Copy the selected text.';
  }
}

async function ask(question) {
  const q = question.trim();
  if (!q) {
    status.textContent = 'Typ eerst een vraag / Please type a question first.';
    input.focus();
    return;
  }
  askButton.disabled = true;
  status.textContent = 'Bezig… / Working…';
  try {
    const res = await fetch('/api/ask', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ question: q, thread }),
    });
    const data = await res.json().catch(() => null);
    if (!res.ok || !data) {
      showRefusal(res, data);
      return;
    }
    renderAnswer(q, data);
    input.value = '';
    status.textContent = '';
  } catch {
    status.textContent = 'Geen verbinding met de server / No connection to the server.';
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
  thread = newThread();
  list.replaceChildren();
  status.textContent = 'Nieuw gesprek / New conversation.';
  input.focus();
});
for (const b of document.querySelectorAll('button.example'))
  b.addEventListener('click', () => ask(b.textContent));
