// An existing site that mounts the proxy under /email-check and calls it once.
import express from 'express';
import { createApp } from 'email-check/proxy';

const site = express();
site.get('/', (_req, res) => res.send('my site'));
const proxy = createApp({
  keys: [{ key: 'sk_live_package_smoke_test_key' }],
  tokenSecret: 'a-token-secret-of-at-least-32-characters',
  log: { level: 'silent' },
});
site.use('/email-check', proxy);

const server = site.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  const response = await fetch(`http://127.0.0.1:${port}/email-check/v1/validate`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': 'sk_live_package_smoke_test_key' },
    body: JSON.stringify({ email: 'Jane@@example.com' }),
  });
  const home = await fetch(`http://127.0.0.1:${port}/`);
  console.log(
    JSON.stringify({
      status: response.status,
      body: await response.json(),
      home: await home.text(),
    }),
  );
  server.close();
  await proxy.close();
});
