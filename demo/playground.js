// The playground's panels: what the instant checks said, the proxy's verdict, how long each took
// and whether the proxy answered from its cache.
const check = document.getElementById('check');
const input = document.getElementById('address');
const show = (id, text) => {
  const node = document.getElementById(id);
  if (node) node.textContent = text;
};
const ms = (value) => `${value < 1 ? value.toFixed(3) : value.toFixed(1)} ms`;

// Time every round trip to the proxy without touching the element: wrap fetch for this page.
const endpoint = check?.getAttribute('endpoint') ?? '';
const pageFetch = window.fetch.bind(window);
window.fetch = async (resource, init) => {
  const url = resource instanceof Request ? resource.url : String(resource);
  if (!endpoint || !url.includes(endpoint)) return pageFetch(resource, init);
  const started = performance.now();
  try {
    return await pageFetch(resource, init);
  } finally {
    show('remote-time', ms(performance.now() - started));
  }
};

let typedAt = 0;
input?.addEventListener('input', () => {
  typedAt = performance.now();
});

check?.addEventListener('email-check-result', (event) => {
  const { verdict, phase } = event.detail;
  if (phase === 'instant') {
    show('instant-time', typedAt ? ms(performance.now() - typedAt) : '–');
    const { email, result, suggestion, checks, reasons } = verdict;
    show(
      'instant',
      JSON.stringify({ email, result, suggestion, syntax: checks.syntax, reasons }, null, 2),
    );
  } else {
    show('verdict', JSON.stringify(verdict, null, 2));
    show('cached', verdict.cached ? 'yes' : 'no');
  }
});

check?.addEventListener('email-check-error', (event) => {
  show(
    'verdict',
    `The check failed (${event.detail.code}): ${event.detail.message}\nThe form treats this as unknown and lets the address through.`,
  );
});
