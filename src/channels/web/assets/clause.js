// The clause page: "Copy the text" puts the clause on the clipboard, word for word, and says so beside the button.
for (const button of document.querySelectorAll('button.copy-quote')) {
  const done = document.createElement('span');
  done.className = 'copied';
  done.setAttribute('role', 'status');
  button.after(' ', done);
  button.addEventListener('click', async () => {
    const nl = document.documentElement.lang === 'nl';
    try {
      await navigator.clipboard.writeText(button.dataset.copy || '');
      done.textContent = nl ? 'Gekopieerd.' : 'Copied.';
    } catch {
      done.textContent = nl ? 'Kopiëren lukte niet: selecteer de tekst.' : 'Could not copy: select the text.';
    }
  });
}
