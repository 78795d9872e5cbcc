// The `test` of the browser tests: one Chromium per test file, a fresh browser
// context (no cookies, no localStorage) per test. When a test fails, a screenshot
// of every open page goes to frontend/test-results/, and the tail of the server log
// and the browser's console errors are printed.

import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { inject, test as base } from 'vitest';
import { BEHEERDER } from './accounts';
import { graphqlAs } from './graphql';
import { RESULTS_DIR, logTail } from './paths';

export { describe, expect } from 'vitest';

/** How long a single action or wait may take before the test fails. */
export const ACTION_TIMEOUT_MS = 10_000;

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

function safeName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[^\w.-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 120);
}

interface Session {
  context: BrowserContext;
  page: Page;
  /** Console errors and uncaught page errors, printed when the test fails. */
  problems: string[];
}

async function openSession(browser: Browser, baseURL: string): Promise<Session> {
  const context = await browser.newContext({ baseURL, locale: 'nl-NL', viewport: { width: 1280, height: 800 } });
  context.setDefaultTimeout(ACTION_TIMEOUT_MS);
  context.setDefaultNavigationTimeout(20_000);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console.error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  return { context, page, problems };
}

/**
 * Fixtures: `baseURL` of the server under test; `browser` (one per file); `page`, a
 * page in a fresh context; `newPage()`, another page in its own fresh context (a
 * second person at the same time); `admin`, GraphQL as the demo beheerder for
 * setup and for checking what was stored.
 */
export const test = base
  .extend('baseURL', { scope: 'file' }, () => inject('baseURL'))
  // eslint-disable-next-line no-empty-pattern
  .extend('browser', { scope: 'file' }, async ({}, { onCleanup }) => {
    const browser = await launchBrowser();
    onCleanup(() => browser.close());
    return browser;
  })
  .extend('sessions', async ({ browser, baseURL, task }, { onCleanup }) => {
    const sessions: Session[] = [];
    onCleanup(async () => {
      if (task.result?.state === 'fail') await reportFailure(task.name, task.file.name, sessions);
      await Promise.all(sessions.map((s) => s.context.close().catch(() => undefined)));
    });
    const open = async () => {
      const session = await openSession(browser, baseURL);
      sessions.push(session);
      return session.page;
    };
    return { open, first: await open() };
  })
  .extend('page', ({ sessions }) => sessions.first)
  .extend('newPage', ({ sessions }) => sessions.open)
  .extend('admin', async ({ baseURL }, { onCleanup }) => {
    const client = await graphqlAs(baseURL, BEHEERDER.email);
    onCleanup(() => client.dispose());
    return client;
  });

async function reportFailure(testName: string, fileName: string, sessions: Session[]): Promise<void> {
  const lines: string[] = [`[e2e] "${testName}" failed.`];
  mkdirSync(RESULTS_DIR, { recursive: true });
  for (const [index, session] of sessions.entries()) {
    const suffix = sessions.length > 1 ? `-page${index + 1}` : '';
    const file = path.join(RESULTS_DIR, `${safeName(`${path.basename(fileName, '.test.ts')}-${testName}`)}${suffix}.png`);
    try {
      await session.page.screenshot({ path: file, fullPage: true, timeout: 5_000 });
      lines.push(`Screenshot of ${session.page.url()}: ${file}`);
    } catch (error) {
      lines.push(`No screenshot of page ${index + 1}: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (session.problems.length > 0) {
      lines.push(`Browser errors on page ${index + 1}:`, ...session.problems.map((p) => `  ${p}`));
    }
  }
  lines.push('Last lines of the server log:', logTail(inject('serverLog'), 30));
  console.error(lines.join('\n'));
}
