// Compiled with tsc in the consumer project: every entry point's types must resolve.
import express from 'express';
import { EmailCheck } from 'email-check';
import { checkSyntax, suggest, type Verdict } from 'email-check/core';
import { createApp, verdictTokenMiddleware, verifyVerdictToken } from 'email-check/proxy';

const element: EmailCheck = document.createElement('email-check');
element.publicKey = 'pk_test_0123456789abcdef';
element.addEventListener('email-check-result', (event) => {
  const verdict: Verdict = event.detail.verdict;
  console.log(verdict.result, verdict.score);
});

const syntax = checkSyntax('jane@example.com');
const fixed: string | undefined = suggest('jane@gmial.com')?.full;
console.log(syntax.valid, syntax.normalized, fixed);

const site = express();
site.use('/email-check', createApp({ keys: [] }));
site.post(
  '/signup',
  express.urlencoded({ extended: false }),
  verdictTokenMiddleware({ secret: 'a-token-secret-of-at-least-32-characters' }),
);
const check = verifyVerdictToken(
  'token',
  'jane@example.com',
  'a-token-secret-of-at-least-32-characters',
);
if (!check.ok) console.log(check.reason);
