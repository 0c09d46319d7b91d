// Adds an email field after load, the way a form builder would, to show that the script tag
// enhances inputs that appear later.
document.getElementById('add-field')?.addEventListener('click', () => {
  const form = document.createElement('form');
  form.method = 'post';
  form.action = '/demo/signup';
  form.className = 'waitlist';
  const key = document.querySelector('input[name="key"]');
  form.innerHTML = `
    <input type="hidden" name="key" value="${key instanceof HTMLInputElement ? key.value : 'test'}" />
    <input type="hidden" name="name" value="Waitlist" />
    <input type="email" name="email" aria-label="Another email address" placeholder="friend@company.com" required />
    <button class="primary" type="submit">Invite</button>`;
  document.getElementById('later')?.append(form);
});
